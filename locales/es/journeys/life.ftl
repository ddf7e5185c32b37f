## Cambios en su vida después del permiso de trabajo: un pasaporte nuevo, un permiso a punto de vencer, un nuevo empleador, la salida de China. Público, sin cuenta; cada plazo se puede añadir al calendario de la persona.

life-title = Cuando algo cambia
life-lead = Un pasaporte nuevo, un nuevo empleador o un permiso a punto de vencer abren un plazo. Sepa qué hacer y antes de qué fecha, y añada la fecha a su calendario.
life-new-passport-link = Tengo un pasaporte nuevo
life-expiry-link = Mi permiso de trabajo vence pronto
life-employer-link = Voy a cambiar de empleador
life-leaving-link = Me voy de China
life-privacy = Las fechas que escribe se quedan en esta pestaña del navegador. No se envía ni se guarda nada.
life-back = Otros cambios

## Compartido: un plazo y el calendario
# Variables:
#   $date (String) - the deadline, as a full date
life-due = Fecha límite: { $date }
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] Es hoy.
    [one] Queda { $days } día.
   *[other] Quedan { $days } días.
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = { $days ->
    [one] Venció hace { $days } día.
   *[other] Venció hace { $days } días.
}
life-soon = Actúe ya: quedan 10 días o menos.
life-passed = Esta fecha ya pasó. Póngase en contacto hoy mismo con su empleador o con la oficina y explique la situación; actuar tarde puede acarrear una multa.
life-uncertain = Las fuentes no coinciden en esta cifra. Confírmela con su empleador o con la oficina local.
# Variables:
#   $source (String) - where the figure comes from
life-source = Fuente: { $source }
life-calendar = Añadir a mi calendario
life-calendar-hint = Descarga un archivo de calendario (.ics) con un recordatorio 7 días antes. No se envía nada a ningún sitio.
life-print = Imprimir estas fechas
life-show = Mostrar las fechas
life-dates-heading = Sus fechas
life-date-missing = Escriba la fecha
life-date-invalid = Escriba una fecha real, por ejemplo 27 3 2026
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = Se cuenta en días hábiles; los días posteriores al { $date } se cuentan solo de lunes a viernes, porque aún no se ha publicado el calendario de festivos de ese año.
life-holidays-source = Los días hábiles siguen los calendarios de festivos publicados por el Consejo de Estado para 2025 y 2026.

## Tengo un pasaporte nuevo
life-new-passport-title = Tengo un pasaporte nuevo
life-new-passport-lead = Su permiso de trabajo y su permiso de residencia llevan su número de pasaporte, así que hay que modificar ambos.
life-passport-issued = ¿Cuándo se expidió su pasaporte nuevo?
life-passport-issued-hint = Tal como figura en el pasaporte nuevo, por ejemplo 27 3 2026
life-passport-change = Solicite la modificación de su permiso de trabajo
life-passport-change-how = Su empleador presenta la modificación en el Sistema de Servicios para Extranjeros que Trabajan en China. Las fuentes indican un plazo de 10 días desde la expedición del pasaporte nuevo; una ciudad cuenta 10 días hábiles.
life-passport-residence = Modifique su permiso de residencia en la oficina de entrada y salida dentro de esos mismos 10 días.
life-passport-bring = Lo que suelen pedir las oficinas: el pasaporte nuevo y el antiguo, su permiso de residencia y una foto reciente. Consúltelo con su empleador, porque cada ciudad es distinta.
life-passport-source = indicaciones de las oficinas locales de entrada y salida y de permisos de trabajo, que difieren en cuanto a los días hábiles

## Mi permiso de trabajo vence pronto
life-expiry-title = Mi permiso de trabajo vence pronto
life-expiry-lead = Su empleador puede solicitar la prórroga de su permiso de trabajo desde 90 días hasta 30 días antes de que venza. Si quedan menos de 30 días, el sistema rechaza la prórroga.
life-expiry-date = ¿Cuándo vence su permiso de trabajo?
life-expiry-date-hint = El periodo de validez que figura en su permiso de trabajo, por ejemplo 30 6 2027
life-expiry-opens = Se abre el plazo de prórroga
life-expiry-closes = Se cierra el plazo de prórroga
life-expiry-ends = Vence su permiso de trabajo
life-expiry-not-yet = El plazo aún no está abierto. Recuérdeselo a su empleador cuando se abra.
life-expiry-open = El plazo está abierto: pida a su empleador que presente la solicitud ya.
life-expiry-closed = El plazo se ha cerrado. Consulte de inmediato a su empleador sobre una nueva solicitud; sin un permiso válido no puede trabajar.
life-expiry-source = indicaciones de la Oficina de Ciencia y Tecnología de Tianjin sobre prórrogas

## Cambiar de empleador y salir de China
life-last-day = ¿Cuál es su último día de trabajo?
life-last-day-hint = Por ejemplo 31 1 2027
life-cancel = Su empleador cancela su permiso de trabajo
life-cancel-who = Su empleador actual cancela su permiso de trabajo en el Sistema de Servicios para Extranjeros que Trabajan en China en un plazo de 10 días hábiles desde su último día (una fuente indica 15 días).
life-employer-title = Voy a cambiar de empleador
life-employer-lead = Un permiso de trabajo está vinculado a un solo empleador. Su nuevo empleador solicita un permiso nuevo para usted; su empleador actual cancela el anterior.
life-employer-new = Su nuevo empleador solicita su nuevo permiso de trabajo. Vuelva a reunir los documentos: la lista de documentos le ayuda.
life-employer-card = Su número de seguridad social es el mismo de por vida. Su registro de pagos sigue asociado a él, y las cotizaciones de su nuevo empleador lo continúan.
life-leaving-title = Me voy de China
life-leaving-lead = Antes de irse, asegúrese de que su empleador cancele su permiso de trabajo. Además, decida qué hacer con su seguro social.
life-leaving-residence = Su permiso de residencia por trabajo termina con el empleo: pregunte en la oficina de entrada y salida cuánto tiempo puede quedarse.
life-leaving-insurance = Si sale de China antes de tener derecho a una pensión, puede conservar su cuenta del seguro social para un posible regreso, o pedir que se cierre y que se le pague el saldo de su cuenta individual de pensiones.
life-leaving-insurance-source = Medidas Provisionales para la Participación en el Seguro Social de los Extranjeros Empleados en China (2011), artículo 7
life-prepare-link = Prepare los documentos de su permiso de trabajo
life-status-link = ¿Dónde está mi solicitud? Consulte su avance

## Consulta pública del avance de una solicitud (sin cuenta)
status-title = Consultar el avance de una solicitud
status-lead = Su empleador solicita su permiso de trabajo. Escriba el número de solicitud y su fecha de nacimiento para ver en qué punto está la solicitud. No necesita una cuenta.
status-number = Número de solicitud
status-number-hint = Figura en el acuse de recibo que recibió su empleador al presentar la solicitud. Letras y dígitos; los espacios no importan.
status-number-missing = Escriba el número de solicitud
status-birth = Su fecha de nacimiento
status-birth-hint = Tal como figura en su pasaporte, por ejemplo 14 2 1991
status-birth-missing = Escriba su fecha de nacimiento
status-submit = Consultar el avance
status-result-heading = En qué punto está su solicitud
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = Desde el { $date }
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = Debe haber una decisión a más tardar el { $date }: 20 días hábiles desde la admisión para un permiso de más de 90 días (10 días hábiles más en casos especiales).
status-decision-weekdays = Los días posteriores a los calendarios de festivos publicados se cuentan de lunes a viernes.
status-privacy = Aquí solo se muestran la etapa y su fecha. Los detalles están en la cuenta de su empleador en el Sistema de Servicios para Extranjeros que Trabajan en China. No se guarda nada de lo que escribe.

## Las etapas de una solicitud
stage-submitted = Presentada por su empleador
stage-pre-review = Revisión previa
stage-accepted = Admitida
stage-under-review = En evaluación
stage-more-documents = Se piden más documentos
stage-approved = Aprobada
stage-refused = Denegada
stage-submitted-meaning = Su empleador presentó la solicitud en línea. La oficina comprueba que esté completa antes de admitirla.
stage-pre-review-meaning = La oficina está comprobando que la solicitud esté completa. Después se admite, o se le piden más documentos a su empleador.
stage-accepted-meaning = La solicitud está completa y admitida. Ahora la oficina decide.
stage-under-review-meaning = La oficina está decidiendo. La decisión debe llegar en un plazo de 20 días hábiles desde la admisión para un permiso de más de 90 días, o de 5 días hábiles para uno más corto.
stage-more-documents-meaning = La oficina pidió más documentos a su empleador. Pregunte a su empleador cuáles son y envíelos lo antes posible: la solicitud queda en espera hasta que lleguen.
stage-approved-meaning = El permiso de trabajo está aprobado y se ha emitido la Carta de Notificación. Siguientes pasos: la visa Z y después la entrada en China, donde empiezan sus plazos.
stage-refused-meaning = La solicitud fue denegada. La cuenta de su empleador muestra el motivo. Su empleador puede volver a presentarla una vez resuelto el motivo.
step-done = Hecho:
step-current = Ahora:
step-to-come = Por venir:

## Su cronología (con sesión iniciada)
timeline-lead = Todo, desde la solicitud hasta su próximo plazo, en un solo lugar. Los días restantes se cuentan desde hoy en China.
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = Hoy en China: { $date }
timeline-application-heading = Su solicitud
timeline-application-number = Número de solicitud:
timeline-no-application = No hay ninguna solicitud registrada para su permiso de trabajo.
timeline-earlier = Solicitudes anteriores
timeline-asked-for = La oficina pidió:
timeline-after-heading = Después de la aprobación
timeline-entry = Entrada en China con la visa Z
timeline-residence = Permiso de residencia (por trabajo)
timeline-on-site = Verificación presencial de sus documentos originales
timeline-watch-heading = Fechas importantes
timeline-letter-expires = Vence su Carta de Notificación
timeline-residence-due = Solicite su permiso de residencia
timeline-on-site-due = Lleve sus documentos originales a la verificación presencial
timeline-medical-expires = Vence su informe médico (para la verificación presencial debe tener menos de 6 meses)
refusal-document-expired = Motivo: un documento estaba vencido cuando se presentó la solicitud (un certificado de antecedentes penales o un informe médico es válido durante 6 meses desde su expedición).
refusal-not-authenticated = Motivo: un documento extranjero no tenía ni apostilla ni legalización consular.
refusal-points-too-low = Motivo: la puntuación no alcanzó el mínimo de la categoría solicitada.
