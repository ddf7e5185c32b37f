## Iniciar y cerrar sesión, la zona de cuenta del encabezado y la página de la tarjeta.

header-sign-in = Iniciar sesión
header-sign-out = Cerrar sesión
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = Sesión iniciada como { $name }
network-failed = Falló la conexión. Compruébela y vuelva a intentarlo. Sus respuestas se conservan.

sign-in-title = Inicie sesión en su e-SSC
sign-in-lead = Use el número y la contraseña con los que se registró.
sign-in-kind-legend = ¿Con qué número inicia sesión?
sign-in-kind-missing = Seleccione el número con el que inicia sesión
sign-in-identifier-label = Su número
sign-in-identifier-hint = 18 caracteres. Puede escribir espacios entre los grupos.
sign-in-identifier-missing = Escriba su número
sign-in-password-label = Contraseña
sign-in-password-missing = Escriba su contraseña
sign-in-submit = Iniciar sesión
password-show = Mostrar contraseña
password-hide = Ocultar contraseña

signed-out-title = Ha cerrado sesión
signed-out-body = Su sesión en este dispositivo ha terminado. En un dispositivo compartido, cierre también la ventana del navegador.
signed-out-again = Volver a iniciar sesión
