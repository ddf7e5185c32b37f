## Nuestros nombres para los términos oficiales; fuera del chino, se muestra a su lado el original chino.

term-mohrss = Ministerio de Recursos Humanos y Seguridad Social
term-service-system = Sistema de Servicios para Extranjeros que Trabajan en China
term-work-permit = Permiso de Trabajo para Extranjeros
term-work-permit-number = número de permiso de trabajo
term-notification-letter = Carta de Notificación del Permiso de Trabajo para Extranjeros
term-social-security-card = Tarjeta de Seguridad Social
term-essc = Tarjeta electrónica de Seguridad Social (e-SSC)
term-social-security-number = número de seguridad social
term-real-person-verification = verificación de persona real (reconocimiento facial)
term-pension = seguro básico de pensiones (jubilación)
term-medical = seguro médico básico
term-work-injury = seguro de accidentes de trabajo
term-unemployment = seguro de desempleo
term-maternity = seguro de maternidad
term-payment-record = registro de pagos
term-medical-settlement = liquidación del seguro médico
term-qr-code = código QR
term-past-employment = certificado de experiencia laboral
term-qualification = título académico o certificado de cualificación profesional
term-criminal-record = certificado de antecedentes penales
term-physical-examination = informe de examen médico
term-employment-contract = contrato de trabajo o carta de nombramiento
term-passport-page = página de datos del pasaporte
term-id-photo = foto de identificación
term-service-hall = centro de servicios gubernamentales
term-category-a = Categoría A (talento de alto nivel)
term-category-b = Categoría B (talento profesional)
term-category-c = Categoría C (otro personal extranjero)
term-card-number = número de tarjeta
term-nationality = nacionalidad
term-employer = empleador
term-workplace = lugar de trabajo
term-position = puesto
term-work-address = dirección de trabajo
term-validity = periodo de validez
term-contribution-base = base de cotización
term-employer-contribution = cotización del empleador
term-employee-contribution = cotización individual
term-contribution-period = periodo de cotización (mes)
term-paid = pagado
term-arrears = atrasado
term-pending = pendiente

## Dónde encuentra el titular cada número (indicaciones en las opciones de inicio de sesión y de registro).
term-work-permit-number-where = 18 dígitos, en su Carta de Notificación del Permiso de Trabajo para Extranjeros o en su tarjeta de permiso de trabajo.
term-social-security-number-where = 18 caracteres, en una Tarjeta de Seguridad Social emitida en China. Solo si ya tiene una.
