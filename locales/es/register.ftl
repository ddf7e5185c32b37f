## El proceso de registro: una pregunta por página y, al final, la revisión de las respuestas.

register-start-title = Registre su Tarjeta electrónica de Seguridad Social
register-start-lead = Registre la e-SSC que contiene su permiso de trabajo. Tarda unos 10 minutos.
register-start-need-heading = Qué necesita
register-start-need-passport = su pasaporte
register-start-need-number = su número de permiso de trabajo, que figura en su Carta de Notificación del Permiso de Trabajo para Extranjeros, o su número de seguridad social
register-start-need-phone = un número de teléfono móvil chino, si tiene uno (opcional)
register-start-need-camera = un dispositivo con cámara, para la verificación facial
register-start-letter-heading = Dónde encontrar su número de permiso de trabajo
register-start-letter-alt = Un dibujo de la Carta de Notificación del Permiso de Trabajo para Extranjeros. El número de permiso de trabajo, de 18 dígitos, está señalado con el número 1.
register-start-letter-caption = 1: el número de permiso de trabajo tiene 18 dígitos. En la Carta de Notificación aparece junto a su nombre en chino:
register-start-physical-heading = Si ya tiene una tarjeta física
register-start-physical = Si ya tiene una Tarjeta de Seguridad Social física, también puede registrarse aquí con los mismos números.
register-start-button = Empezar
register-step = Registre su e-SSC
register-continue = Continuar

register-name-title = ¿Cuál es su nombre, tal como figura en su pasaporte?
register-name-hint = Use las letras latinas impresas en su pasaporte, en el mismo orden. Escriba los apellidos y los nombres por separado.
register-surname-label = Apellidos
register-surname-missing = Escriba sus apellidos tal como figuran en su pasaporte
register-given-label = Nombres
register-given-hint = Todos sus nombres, en el orden del pasaporte. Déjelo vacío si su pasaporte no tiene ninguno.
register-mrz-summary = Complete su nombre a partir de la zona de lectura mecánica del pasaporte (opcional)
register-mrz-label = Las dos líneas de la parte inferior de la página de la foto del pasaporte
register-mrz-hint = 44 letras, dígitos y signos < en cada línea. Escríbalas o péguelas exactamente como están impresas. Solo se usan en esta página y no se envían.
register-mrz-use = Completar mi nombre
register-mrz-filled = Su nombre se completó a partir de la zona de lectura mecánica. Compárelo con su pasaporte.
register-name-compared = Compararemos este nombre con el registro de su permiso de trabajo:

register-identifier-title = ¿Con qué número se registrará?
register-identifier-kind-missing = Seleccione el número con el que se registrará
register-wp-label = Número de permiso de trabajo
register-wp-hint = 18 dígitos, en su Carta de Notificación del Permiso de Trabajo para Extranjeros.
register-ssn-label = Número de seguridad social
register-ssn-hint = 18 caracteres. Solo si ya tiene uno.
register-identifier-missing = Escriba el número

register-password-title = Cree una contraseña
register-password-label = Contraseña
register-password-rules = Su contraseña debe:
register-password-rule-length = tener de 8 a 16 caracteres
register-password-rule-kinds = usar al menos dos de estos tipos: letras, dígitos, símbolos
register-password-rule-charset = usar solo letras, dígitos y símbolos (sin espacios)
register-password-rule-met = cumplido
register-password-rule-unmet = aún no cumplido

register-phone-title = ¿Tiene un número de teléfono móvil chino?
register-phone-hint = Le enviaremos un código para verificarlo. Puede dejarlo vacío y continuar sin número.
register-phone-label = Número de móvil (opcional)
register-phone-normalised = Enviaremos el código a:

register-check-title = Revise sus respuestas antes de registrarse
register-check-name = Nombre
register-check-number = Número
register-check-password = Contraseña
register-check-password-set = Creada (no se muestra)
register-check-phone = Número de móvil
register-check-phone-none = Ninguno
register-declaration-heading = Ahora, regístrese
register-declaration = Al registrarse, confirma que estos datos son los de su pasaporte y su Carta de Notificación, y que usted es la persona que figura en ellos.
register-submit = Aceptar y registrarse
register-mismatch-help = Compare su nombre y su número con su pasaporte y su Carta de Notificación y vuelva a intentarlo.

register-code-title = Escriba el código que enviamos a su teléfono
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = Enviamos un código de 6 dígitos al { $phone }. Es válido durante 5 minutos.
register-code-label = Código
register-code-hint = 6 dígitos, del mensaje de texto (SMS).
register-code-missing = Escriba el código de 6 dígitos
register-code-resend = Enviar un código nuevo
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds ->
    [one] Podrá pedir un código nuevo dentro de { $seconds } segundo.
   *[other] Podrá pedir un código nuevo dentro de { $seconds } segundos.
}
register-code-skip = Continuar sin número de teléfono
register-no-secure-random = Este navegador no puede evitar que su registro se envíe dos veces. Actualícelo o use otro navegador.

register-done-title = Registro completado
register-done-panel = Su Tarjeta electrónica de Seguridad Social está lista
register-done-panel-body = Sus funciones de seguridad social están activadas.
register-done-next-heading = Qué puede hacer ahora
register-done-next = Mostrar el código QR de la tarjeta en hospitales y ventanillas de atención, consultar los datos de su permiso de trabajo y revisar sus pagos del seguro social.
register-done-card-link = Ir a su tarjeta
