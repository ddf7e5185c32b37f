## Declaración de accesibilidad.

accessibility-title = Declaración de accesibilidad
accessibility-lead = Queremos que todas las personas puedan usar este servicio, en un teléfono, en una computadora o en una pantalla compartida de un centro de servicios gubernamentales. Está diseñado para cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA.
accessibility-can-heading = Qué puede hacer
accessibility-can-keyboard = usar todas las partes del servicio solo con el teclado
accessibility-can-screen-reader = usar un lector de pantalla: las páginas tienen encabezados, campos con etiqueta y mensajes de error vinculados a sus campos
accessibility-can-zoom = ampliar hasta el 400 % o usar una pantalla de 320 píxeles de ancho sin perder contenido
accessibility-can-language = cambiar de idioma en cualquier momento sin perder su sitio, incluido el árabe, que se escribe de derecha a izquierda
accessibility-can-motion = desactivar las animaciones en la configuración de su dispositivo; el servicio respeta esa opción
accessibility-testing-heading = Cómo probamos este servicio
accessibility-testing = Cada página se revisa automáticamente con el motor de accesibilidad axe, en todos los idiomas, cada vez que cambia el servicio. También hacemos pruebas usando solo el teclado.
accessibility-limits-heading = Limitaciones conocidas
accessibility-limits-chinese = Los términos oficiales en chino están marcados como chino para que los lectores de pantalla puedan pronunciarlos. Algunos lectores de pantalla solo los leen si hay una voz china instalada.
accessibility-limits-translations = Las traducciones a idiomas distintos del inglés se redactaron y revisaron con ayuda de traducción automática, y todavía no las han revisado funcionarios hablantes nativos. Si una frase no está clara, guíese por el término oficial en chino que aparece junto al nuestro o pregunte al personal de un centro de servicios gubernamentales.
accessibility-report-heading = Cómo informar de un problema
accessibility-report = Si algo no le funciona, dígaselo al personal de un centro de servicios gubernamentales o llame a la línea de atención del seguro social, 12333.
accessibility-prepared = Esta declaración se preparó el 27 de noviembre de 2026.
