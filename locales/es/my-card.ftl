### La tarjeta del titular con sesión iniciada, el código QR, los datos del permiso de trabajo y el registro de pagos.

card-nav-label = Su e-SSC
card-show-details = Mostrar todos los datos
card-hide-details = Ocultar los datos

qr-title = Su código QR
qr-use = Muéstrelo en hospitales, farmacias y ventanillas de atención para comprobar su identidad y para la liquidación del seguro médico.
qr-image-label = Código QR de su Tarjeta electrónica de Seguridad Social
qr-loading = Obteniendo un código QR nuevo…
qr-expired = Este código QR ha caducado. Seleccione Actualizar para obtener uno nuevo.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds ->
    [one] Código nuevo en { $seconds } segundo
   *[other] Código nuevo en { $seconds } segundos
}
qr-refreshed = Se muestra un código QR nuevo. Es válido durante 60 segundos.
qr-refresh-failed = No se pudo obtener un código QR nuevo.
qr-refresh = Actualizar el código QR
qr-brightness = Consejo: suba el brillo de la pantalla para que el lector de la ventanilla pueda leer el código.

work-permit-title = Su permiso de trabajo
permit-category = Categoría
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = { $days ->
    [one] Queda { $days } día
   *[other] Quedan { $days } días
}
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days ->
    [one] Venció hace { $days } día
   *[other] Venció hace { $days } días
}
permit-source = Estos datos proceden del registro del permiso de trabajo en el Sistema de Servicios para Extranjeros que Trabajan en China. Si algo es incorrecto, pida a su empleador que lo corrija allí.
print-page = Imprimir esta página
qr-copy-text = Copiar el código como texto
copy-number = Copiar
copied = Copiado
copy-failed = No se pudo copiar: este navegador no lo permitió.

payments-title = Sus pagos del seguro social
card-timeline-title = Su cronología
payments-lead = Lo que su empleador pagó por usted cada mes y lo que se descontó de su salario.
payments-year = Año
payments-insurance = Seguro
payments-all-insurances = Todos los seguros
payments-apply = Mostrar pagos
payments-status = Estado
payments-total = Total
payments-none = No hay registros de pagos para este año.
# Variables:
#   $year (Number) - the year shown
payments-caption = Pagos de { $year }, por mes y por seguro
payments-no-record = No hay registro para este mes
payments-arrears-heading = Meses con pagos atrasados:
payments-arrears-explained = Su empleador no ha pagado las cotizaciones de estos meses. Pregunte al departamento de recursos humanos de su empleador o llame a la línea de atención del seguro social, 12333.
payments-missing-heading = Meses sin registro:
payments-missing-explained = No se declaró nada para estos meses. Si en ese tiempo trabajaba para su empleador, pregúntele por qué.
payments-export = Descargar como hoja de cálculo (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] En { $year } se pagó un total de { $total }. El mes con más pagos fue { $month }, con { $highest }. Ningún mes tiene pagos atrasados.
    [one] En { $year } se pagó un total de { $total }. El mes con más pagos fue { $month }, con { $highest }. { $arrears } mes tiene pagos atrasados.
   *[other] En { $year } se pagó un total de { $total }. El mes con más pagos fue { $month }, con { $highest }. { $arrears } meses tienen pagos atrasados.
}

card-title = Su Tarjeta electrónica de Seguridad Social
card-rendering-note = Una representación de su tarjeta como referencia; no es el diseño oficial de la tarjeta.
card-holder = Nombre
card-number = Número de tarjeta
card-status = Estado
card-status-active = Activa
card-status-sealed = Inactiva
card-sealed-explained = Su tarjeta está inactiva: sus funciones de seguridad social se activan cuando termine de verificar su identidad.
card-issued = Fecha de emisión
card-load-failed = No se pudo cargar su tarjeta. Vuelva a intentarlo más tarde.
card-verify-now = Verificar su identidad ahora
