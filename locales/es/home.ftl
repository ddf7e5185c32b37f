## Página de inicio.

home-title = Su permiso de trabajo ahora está en su Tarjeta electrónica de Seguridad Social
home-lead = Qué cambió para los trabajadores extranjeros en China, qué hace la tarjeta y qué necesita usted, en su idioma y con los términos oficiales en chino junto a los nuestros.

home-changed-heading = Qué cambió el 1 de diciembre de 2024
home-changed-permit = Los trabajadores extranjeros en China ya no reciben una tarjeta física de permiso de trabajo. El Ministerio de Recursos Humanos y Seguridad Social trasladó el permiso de trabajo a la Tarjeta electrónica de Seguridad Social (e-SSC).
home-changed-register = Para registrar la e-SSC, indique su nombre completo exactamente como figura en su pasaporte y su número de permiso de trabajo o su número de seguridad social; después, pase una verificación facial que demuestre que es una persona real.
home-changed-existing = Si ya tiene un permiso de trabajo físico válido, puede seguir usándolo hasta su próxima prórroga o modificación.
home-terms-heading = Términos que verá

home-card-heading = Qué hace la e-SSC
home-card-intro = La e-SSC es su Tarjeta de Seguridad Social en el teléfono. Con ella puede:
home-card-identity = demostrar su identidad cuando usa servicios públicos
home-card-medical = mostrar un código QR para liquidar gastos médicos en hospitales y farmacias
home-card-permit = ver y descargar la información de su permiso de trabajo: lugar de trabajo, puesto y dirección de trabajo
home-card-payments = consultar, mes a mes, su registro de pagos del seguro social
home-card-verify = permitir que funcionarios y empleadores comprueben que su permiso de trabajo es auténtico escaneando un código QR

home-insurance-heading = Los cinco seguros sociales
home-insurance-intro = Su empleador se encarga de su inscripción en el seguro social y paga cada mes. Usted y su empleador comparten la mayoría de las cotizaciones.
home-insurance-column-name = Seguro
home-insurance-column-payer = Quién paga
home-insurance-shared = Usted y su empleador
home-insurance-employer = Solo su empleador
home-insurance-maternity = Solo su empleador; en la mayoría de las ciudades ahora forma parte del seguro médico
home-insurance-agreement = Si su país tiene un convenio de seguridad social con China, un certificado de cobertura de su país de origen puede eximirle de algunos de estos seguros.

home-documents-heading = Documentos para un permiso de trabajo
home-documents-intro = Su empleador solicita su permiso de trabajo en línea. Usted le entrega estos documentos:
home-doc-past-employment = De su empleador anterior: su puesto, el periodo, un sello o una firma y un contacto que pueda confirmarlo.
home-doc-qualification = Su título más alto o una cualificación profesional; un título extranjero debe estar certificado.
home-doc-criminal-record = Normalmente legalizado o apostillado, con traducción.
home-doc-physical = Después de llegar, del Centro Internacional de Salud para Viajeros; válido durante 6 meses.
home-doc-contract = En chino, con el lugar de trabajo, las funciones, el salario, la duración y el puesto.
home-doc-passport = La página con su foto y sus datos personales.
home-doc-photo = Reciente, con fondo blanco.
home-documents-translation = Los documentos que no estén en chino necesitan una traducción al chino sellada por su empleador.
home-documents-after = Cuando se aprueba el permiso, usted recibe la Carta de Notificación del Permiso de Trabajo para Extranjeros. En ella figura su número de permiso de trabajo, que necesita para registrar su e-SSC.
home-prepare-link = Prepare los documentos de su permiso de trabajo
home-life-link = Un pasaporte nuevo, un nuevo empleador, un permiso a punto de vencer: qué hacer y en qué plazo
home-status-link = Consulte el avance de la solicitud de su permiso de trabajo con su número y su fecha de nacimiento
