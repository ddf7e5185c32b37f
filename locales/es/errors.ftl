## Mensajes para los códigos de validación y de error de la API (crate protocol). Un mensaje por código.

validation-required = Escriba esta información
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = Escriba al menos { $min } caracteres
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = Escriba como máximo { $max } caracteres
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = Escriba exactamente { $expected } caracteres
validation-digits-only = Use solo los dígitos del 0 al 9
validation-invalid-characters = Quite los caracteres no permitidos
validation-check-character-mismatch = El último carácter no coincide con el resto del número. Compruebe que copió correctamente todos los dígitos.
validation-must-start-with-nine = Un número de Tarjeta de Identidad de Residente Permanente para Extranjeros empieza por 9
validation-invalid-birth-date = La fecha de nacimiento que contiene este número no es una fecha real
validation-not-a-china-mobile = Escriba un número de móvil chino: 11 dígitos que empiecen por un número del 13 al 19, como 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = La línea { $line } debe tener exactamente { $expected } caracteres
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = La línea { $line } solo puede contener las letras de la A a la Z, los dígitos del 0 al 9 y el signo <
validation-mrz-not-passport = La línea 1 debe empezar por P. Copie las líneas de su pasaporte.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] El dígito de control del número de pasaporte no coincide
    [birth-date] El dígito de control de la fecha de nacimiento no coincide
    [expiry-date] El dígito de control de la fecha de caducidad no coincide
    [personal-number] El dígito de control del número personal no coincide
   *[composite] El dígito de control final de la línea 2 no coincide
}. Compruebe que copió las líneas exactamente.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] La fecha de nacimiento de las líneas del pasaporte no es una fecha real
   *[expiry-date] La fecha de caducidad de las líneas del pasaporte no es una fecha real
}
validation-mrz-invalid-sex = El sexo en la línea 2 debe ser M, F o <
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } no es un código de país usado en los pasaportes
validation-document-expired = Este pasaporte ha caducado. Use su pasaporte vigente.
validation-non-latin-script = Use las letras latinas impresas en su pasaporte, como en sus líneas de lectura mecánica
validation-password-needs-two-kinds = Use al menos dos de estos tipos: letras, dígitos, símbolos
validation-pin-sequential = No use dígitos consecutivos, como 123456 o 654321
validation-pin-repeated = No use el mismo dígito seis veces
validation-pin-in-id-number = No use dígitos tomados de su número de identificación
validation-file-empty = El archivo seleccionado está vacío
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = El archivo debe ocupar menos de { $kilobytes } KB
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = { $pages ->
    [one] El PDF no debe tener más de { $pages } página
   *[other] El PDF no debe tener más de { $pages } páginas
}
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = El archivo debe ocupar al menos { $kilobytes } KB
validation-file-type-not-allowed = No se acepta este tipo de archivo
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = La imagen debe tener al menos { $width } × { $height } píxeles
validation-image-unreadable = No se puede leer la imagen: puede estar incompleta o dañada. Elija otro archivo

api-bad-request = La solicitud tenía algún error. Vuelva a intentarlo.
api-validation-failed = Hay respuestas que corregir
api-unauthenticated = Inicie sesión para continuar
api-session-expired = Se cerró su sesión para proteger sus datos. Vuelva a iniciar sesión.
api-invalid-credentials = El número o la contraseña no son correctos
api-forbidden-origin = Se rechazó la solicitud. Recargue la página y vuelva a intentarlo.
api-not-found = No se encontró lo que busca
api-method-not-allowed = Esa acción no es posible aquí
api-already-registered = Este número ya tiene una cuenta de e-SSC. Inicie sesión.
api-identity-mismatch = Su nombre y su número no coinciden con los registros del permiso de trabajo. Compare ambos con su pasaporte y su Carta de Notificación.
api-application-not-found = Ninguna solicitud coincide con este número y esta fecha de nacimiento. Compruebe el número en el acuse de recibo que recibió su empleador y su fecha de nacimiento tal como figura en su pasaporte.
api-idempotency-key-reused = Esto ya se envió con otras respuestas. Empiece de nuevo.
api-idempotency-key-missing = No se pudo comprobar la solicitud. Recargue la página y vuelva a intentarlo.
api-idempotency-key-in-use = Sus respuestas todavía se están enviando. Espere un momento y vuelva a intentarlo.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = { $attempts ->
    [one] El código no es correcto. Le queda { $attempts } intento.
   *[other] El código no es correcto. Le quedan { $attempts } intentos.
}
api-sms-code-expired = El código ha caducado. Pida un código nuevo.
api-sms-too-many-attempts = Demasiados códigos incorrectos. Pida un código nuevo.
api-sms-code-not-requested = Primero pida un código
api-phone-not-verified = Primero escriba el código que enviamos a su teléfono móvil
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = { $seconds ->
    [one] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundo.
   *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
}
api-manual-review-required = Verifique su identidad en persona en un centro de servicios gubernamentales
api-card-not-issued = Su tarjeta todavía no se ha emitido. Primero termine de verificar su identidad.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = El archivo que envía es demasiado grande. El límite es { $kilobytes } KB.
api-unsupported-media-type = No se acepta este tipo de archivo
api-internal = Algo falló por nuestra parte. Vuelva a intentarlo más tarde.
api-unavailable = El servicio no está disponible en este momento. Vuelva a intentarlo en unos minutos.
