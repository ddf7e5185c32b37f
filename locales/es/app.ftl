## El marco de cada página y las palabras que comparten los componentes.

service-name = Tarjeta electrónica de Seguridad Social para trabajadores extranjeros
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = Ir al contenido principal
kiosk-badge = Dispositivo compartido
language-switcher-label = Idioma
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = No se pudo cargar { $language }. Compruebe su conexión y vuelva a elegirlo.
backend-unreachable = No tiene conexión o no se puede acceder al servicio. Puede seguir leyendo estas páginas y usar la calculadora y la lista de documentos; para iniciar sesión, ver su tarjeta y enviar cualquier cosa al servicio necesita conexión.
update-ready = Hay una nueva versión de este servicio.
update-reload = Recargar para usarla
footer-nav-label = Enlaces de ayuda
footer-hotlines = Línea de atención del seguro social: 12333. Línea de atención de inmigración: 12367.
footer-disclaimer = Los términos oficiales en chino aparecen junto a los nuestros para que pueda cotejarlos con sus documentos y usarlos al hablar con el personal.

title-error-prefix = Error:
error-prefix = Error:
error-summary-title = Hay un problema
back-link = Atrás
change-link = Cambiar
date-day = Día
date-month = Mes
date-year = Año

not-found-title = No se encontró la página
not-found-typed = Si escribió la dirección web, compruebe que sea correcta.
not-found-pasted = Si pegó la dirección web, compruebe que copió la dirección completa.
not-found-home = Ir a la página de inicio

page-loading = Cargando esta página…
page-load-failed = No se pudo cargar esta página.
page-load-failed-advice = Compruebe su conexión y vuelva a intentarlo. No se ha perdido nada de lo que escribió.
page-load-retry = Reintentar
