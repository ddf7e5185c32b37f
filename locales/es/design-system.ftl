## Sistema de diseño: un ejemplo funcional de cada componente.

design-system-title = Sistema de diseño
design-system-lead = Ejemplos funcionales de los componentes que usa este servicio, en su idioma.
design-system-notice = Los ejemplos usan los términos de la
design-system-surname-label = Apellidos
design-system-surname-hint = Tal como figuran en su pasaporte, en letras latinas.
design-system-surname-missing = Escriba sus apellidos
design-system-identifier-legend = ¿Qué número usará?
design-system-identifier-ssn-hint = Solo si ya tiene uno.
design-system-identifier-missing = Seleccione el número que usará
design-system-documents-legend = ¿Qué documentos tiene?
design-system-documents-hint = Seleccione todos los que correspondan.
design-system-documents-missing = Seleccione al menos un documento
design-system-birth-legend = Fecha de nacimiento
design-system-birth-hint = Por ejemplo, 12 8 1974
design-system-birth-missing = Escriba su fecha de nacimiento con día, mes y año
design-system-submit = Comprobar el ejemplo
design-system-reset = Empezar de nuevo
design-system-panel-title = Ejemplo completado
design-system-panel-body = Se respondieron todas las preguntas del ejemplo.
design-system-summary-heading = Sus respuestas del ejemplo
