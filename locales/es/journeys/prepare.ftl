## Preparar los documentos del permiso de trabajo: unas preguntas, una estimación de la categoría y una lista de documentos personal. Público, sin cuenta.

prepare-title = Prepare los documentos de su permiso de trabajo
prepare-lead = Sepa qué documentos necesita para un permiso de trabajo en China, cómo debe certificarse y traducirse cada uno y cuándo conseguirlo.
prepare-does-heading = Qué hace este servicio
prepare-does = Crea su propia lista de documentos a partir de unas pocas respuestas, estima la categoría de su permiso y le avisa cuando un documento vencería demasiado cerca de la fecha de presentación.
prepare-does-not = No presenta nada. Su empleador (o la agencia con la que trabaje) presenta la solicitud en línea. Usted reúne los documentos.
prepare-need-heading = Qué necesita
prepare-need = Su pasaporte, el título de su grado académico más alto y la fecha en que su empleador prevé presentar la solicitud. Tarda unos 5 minutos.
prepare-privacy = Sus respuestas se quedan en esta pestaña del navegador. No se envía nada a un servidor ni se guarda en este dispositivo, así que desaparecen al cerrar la pestaña.
prepare-start = Empezar
prepare-step = Prepare sus documentos
prepare-continue = Continuar
prepare-lost = Sus respuestas ya no están en esta pestaña: solo se conservan mientras la pestaña está abierta.
prepare-start-again = Empezar de nuevo

prepare-nationality-title = ¿Cuál es su nacionalidad?
prepare-nationality-hint = Tal como figura en su pasaporte. Su certificado de antecedentes penales suele proceder de este país.
prepare-country = País
prepare-choose-country = Elija un país
prepare-nationality-missing = Seleccione su nacionalidad

prepare-degree-title = Su grado académico más alto
prepare-education = ¿Cuál es su grado académico más alto?
prepare-education-doctorate = Doctorado
prepare-education-master = Máster o maestría
prepare-education-bachelor = Licenciatura o grado
prepare-education-none = Sin título de licenciatura o superior
prepare-education-missing = Seleccione su grado académico más alto
prepare-degree-country = País donde lo obtuvo
prepare-degree-country-hint = El país de la universidad. Si no tiene título universitario, el país que expidió su cualificación profesional.
prepare-degree-country-missing = Seleccione el país donde obtuvo su título o su cualificación

prepare-application-title = Sobre la solicitud
prepare-application = ¿Ya tiene un permiso de trabajo chino?
prepare-application-new = No, es mi primer permiso de trabajo en China
prepare-application-renewal = Sí, y lo estoy renovando para el mismo empleo
prepare-application-change-of-employer = Sí, y voy a cambiar de empleador
prepare-application-missing = Indique si ya tiene un permiso de trabajo chino
prepare-submission = ¿Cuándo presentará su empleador la solicitud?
prepare-submission-hint = Basta con una fecha aproximada. Por ejemplo, 15 3 2027
prepare-submission-missing = Escriba la fecha en que su empleador prevé presentar la solicitud
prepare-submission-invalid = Escriba una fecha real, por ejemplo 15 3 2027
prepare-submission-past = La fecha de presentación debe ser hoy o posterior

prepare-points-title = Sobre el empleo y sobre usted
prepare-points-hint = Con sus respuestas se estima la categoría de su permiso según la tabla oficial de puntos.
prepare-salary = Salario anual pagado en China, en yuanes
prepare-salary-hint = Antes de impuestos. Por ejemplo, 360000
prepare-salary-missing = Escriba su salario anual
prepare-salary-invalid = Escriba el salario como una cantidad en yuanes, por ejemplo 360000
prepare-experience = Años de experiencia laboral pertinente
prepare-experience-invalid = Escriba sus años de experiencia laboral como un número entero, por ejemplo 3
prepare-months = Meses al año que trabajará en China
prepare-months-invalid = Escriba los meses como un número entero del 0 al 12
prepare-age = Su edad en años
prepare-age-invalid = Escriba su edad como un número entero del 16 al 99, por ejemplo 34
prepare-chinese = Su nivel de chino
prepare-chinese-chinese-taught-degree-or-hsk5 = Un título cursado en chino, o HSK 5 o 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = Ningún nivel certificado
prepare-chinese-missing = Seleccione su nivel de chino
prepare-bonus = ¿Se aplica a usted alguno de estos casos?
prepare-bonus-hint = Seleccione todos los que correspondan.
prepare-bonus-location = El empleo está en la región occidental, en una antigua base industrial del noreste o en un distrito de alivio de la pobreza
prepare-bonus-distinction = Se graduó en una universidad de primer nivel, trabaja para una empresa de la lista Fortune 500, es titular de propiedad intelectual o ha trabajado en China durante 5 años o más

prepare-estimate-title = Su categoría estimada
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total } de { $max } puntos
prepare-estimate-a = 85 puntos o más: Categoría A, talento de alto nivel.
prepare-estimate-b = De 60 a 84 puntos: Categoría B, talento profesional.
prepare-estimate-c = Menos de 60 puntos: Categoría C, otro personal extranjero. Las plazas están limitadas por cupo.
prepare-factors = Puntos por cada factor
prepare-factor = Factor
prepare-points = Puntos
prepare-points-max = Máximo posible
prepare-factor-salary = Salario anual
prepare-factor-education = Formación
prepare-factor-work-experience = Experiencia laboral
prepare-factor-months-in-china = Meses al año en China
prepare-factor-chinese-level = Chino
prepare-factor-work-location = Lugar del empleo
prepare-factor-age = Edad
prepare-factor-distinction = Universidad, empleador, propiedad intelectual o años en China
prepare-direct-heading = Otras vías para obtener una categoría
prepare-direct-a = La Categoría A también se concede a talentos de alto nivel reconocidos, sean cuales sean sus puntos; por ejemplo, ganadores de premios internacionales importantes o personas seleccionadas por programas nacionales de talento.
prepare-direct-b = La Categoría B también se concede, por ejemplo, a quien tenga una licenciatura o un título superior y al menos 2 años de experiencia laboral pertinente.
prepare-authority-decides = Esta es una estimación basada en la tabla de puntos publicada. La autoridad decide la categoría cuando evalúa la solicitud.
prepare-category = ¿Qué categoría solicitará su empleador?
prepare-category-hint = Puede que su empleador conozca una vía que esta estimación no contempla. Su lista de documentos depende de ello: para la Categoría A puede firmar una declaración jurada en lugar de obtener un certificado de antecedentes penales.
prepare-category-missing = Seleccione la categoría que solicitará su empleador
prepare-see-checklist = Ver su lista de documentos

prepare-tasks-title = Su lista de documentos
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = Ha completado { $done } de { $total } documentos.
prepare-tasks-lead = Seleccione un documento para ver quién lo expide, cómo certificarlo y traducirlo, y hasta cuándo es válido.
prepare-status-not-started = Sin empezar
prepare-status-in-progress = En curso
prepare-status-completed = Completado
prepare-status-cannot-start-yet = Aún no se puede empezar
prepare-status-problem = Hay un problema
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = Su { $document } solo tiene validez hasta el { $date }, antes de la fecha prevista de presentación. Obtenga un ejemplar nuevo.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = Su { $document } solo tiene validez hasta el { $date }, { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de la fecha prevista de presentación. Si la presentación se retrasa, ya no tendrá validez.
prepare-answers = Sus respuestas
prepare-change = Cambiar
prepare-filing-date = Fecha de presentación
prepare-category-short = Categoría

prepare-document-passport = Página de datos del pasaporte
prepare-document-photo = Foto de identificación
prepare-document-job-contract = Contrato de trabajo o carta de nombramiento
prepare-document-degree = Título académico o certificado de cualificación profesional
prepare-document-work-experience = Certificado de experiencia laboral
prepare-document-criminal-record = Certificado de antecedentes penales
prepare-document-medical-report = Informe de examen médico
prepare-issuer = Quién lo expide
prepare-issuer-passport = Usted: un escaneo o una foto nítida de la página con su foto y sus datos.
prepare-issuer-photo = Un fotógrafo, o usted: una foto en color reciente, con la cabeza descubierta y con fondo blanco.
prepare-issuer-job-contract = Su nuevo empleador en China.
prepare-issuer-degree = La universidad, o el organismo que le otorgó la cualificación profesional.
prepare-issuer-work-experience = Su empleador anterior: su puesto, el periodo, sus funciones, un sello o una firma y un contacto que pueda confirmarlo.
prepare-issuer-criminal-record = La policía o los tribunales del país de su nacionalidad, o del país donde reside habitualmente.
prepare-issuer-medical-report = Un hospital en el extranjero, o el Centro Internacional de Salud para Viajeros en China, que también revisa los informes del extranjero.
prepare-certify = Cómo certificarlo
prepare-certify-none = No necesita apostilla ni legalización.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = Obtenga una apostilla de la autoridad competente de { $country }. El Convenio de la Apostilla se aplica entre { $country } y China desde el { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = El Convenio de la Apostilla no se aplica entre { $country } y China: hágalo legalizar por las autoridades de { $country } y, después, por una embajada o un consulado de China en ese país.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = La norma para los documentos de { $country } no está clara. Pregunte a su empleador o a la oficina local de permisos de trabajo antes de certificarlo.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = Un diploma es un documento privado: primero hágalo certificar ante notario en { $country }.
prepare-alternative-cscse-verification = En su lugar, puede hacer verificar el título por el CSCSE (China Service Center for Scholarly Exchange, 中国留学服务中心); la autoridad acepta su verificación.
prepare-alternative-pledge = Para la Categoría A, puede firmar una declaración jurada de que no tiene antecedentes penales en lugar de obtener este certificado.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = Fuente: { $source }, a fecha de { $date }.
prepare-certify-uncertain = Esta norma procede de fuentes secundarias o no está clara. Confírmela con su empleador antes de pagar una certificación.
prepare-translation = Traducción
prepare-translation-not-needed = No necesita traducción.
prepare-translation-sealed-by-employer = Salvo que esté en chino, necesita una traducción al chino con el sello de su empleador.
prepare-translation-chinese-version = Debe tener una versión en chino que indique el lugar de trabajo, las funciones, el salario, la duración y el puesto.
prepare-validity = Validez
prepare-validity-none = No vence para esta solicitud.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = Tiene validez durante { $months } meses a partir de su fecha de expedición, no de su certificación.
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = Obténgalo el { $date } o después. Si se expide antes, vencería menos de 30 días después de la presentación prevista.
prepare-issued = ¿Cuándo se expidió?
prepare-issued-hint = Déjelo vacío si aún no lo tiene. Por ejemplo, 15 9 2026
prepare-issued-invalid = Escriba una fecha de expedición real, por ejemplo 15 9 2026
prepare-issued-future = La fecha de expedición debe ser hoy o anterior
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = Tiene validez hasta el { $date }.
prepare-ready-legend = Estado
prepare-ready = Este documento está listo
prepare-save = Guardar y volver a la lista
prepare-files = Archivos
prepare-files-hint = JPEG, PNG o PDF, de hasta 1 MB cada uno. El tipo se determina por el propio archivo, no por su nombre. No se sube nada: los archivos se quedan en esta pestaña hasta que descargue su paquete.
prepare-photo-hint = Una foto JPEG, de 3 de ancho por 4 de alto, de 354 × 472 a 420 × 560 píxeles y de 40 KB a 120 KB, con fondo blanco. Sirve cualquier foto tomada con un teléfono: aquí se comprueba y se puede corregir automáticamente.
prepare-add-files = Añadir archivos
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: el navegador no pudo leer este archivo. Vuelva a elegirlo.
prepare-no-files = Aún no se han añadido archivos.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = Quitar
prepare-package = Continuar más tarde
prepare-package-hint = Descargue un paquete con sus respuestas, el avance de cada documento y sus archivos. Ábralo aquí más tarde para continuar, o entrégueselo al departamento de recursos humanos de su empleador. No se guarda nada en este navegador.
prepare-download-package = Descargar su paquete
prepare-print-checklist = Imprimir la lista
prepare-have-package = Tengo un paquete
prepare-open-package = Abrir su paquete
prepare-open-package-hint = El archivo .zip que descargó de este servicio.
prepare-package-not-ours = Este archivo no es un paquete de este servicio o está dañado. Elija el archivo .zip que descargó.
prepare-package-changed = Un archivo de este paquete ha cambiado desde que se creó. Elija el paquete tal como lo descargó.
prepare-package-too-large = El paquete es demasiado grande. Quite algunos archivos y vuelva a intentarlo.
prepare-checklist-for = Lista de documentos para el departamento de recursos humanos del empleador
prepare-column-document = Documento
prepare-column-status = Estado
prepare-column-dates = Expedido y válido hasta

## La foto de identificación: comprobación y corrección automática
prepare-photo-choose = Elija su foto
prepare-photo-passes = Su foto cumple todas las normas. Se ha añadido a este documento.
prepare-photo-problems = Su foto no cumple estas normas:
prepare-photo-not-jpeg = Es un archivo PNG; para subirla se necesita JPEG.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = Tiene { $width } × { $height } píxeles; se necesitan al menos { $min-width } × { $min-height }. La corrección no puede añadir detalle: tome una foto nueva.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = Tiene { $width } × { $height } píxeles; se aceptan como máximo { $max-width } × { $max-height }.
prepare-photo-wrong-ratio = No tiene la proporción de 3 de ancho por 4 de alto que se exige para subirla.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = Ocupa { $size }; se acepta como máximo { $limit }.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = Ocupa { $size }; se necesita al menos { $limit }.
prepare-photo-background = El fondo no parece blanco. La corrección no puede cambiarlo: si puede, tome una foto nueva delante de una pared blanca lisa.
prepare-photo-fix-heading = Corrección automática
prepare-photo-fix-explain = La foto de abajo se recorta en proporción 3 por 4, se escala y se guarda como JPEG del tamaño adecuado. Si su cara no queda dentro del marco, mueva el marco. Revise el resultado y, después, úselo.
prepare-photo-before = Antes:
prepare-photo-after = Después:
prepare-photo-before-alt = Su foto, con un marco que señala la parte que se conserva
prepare-photo-after-alt = La foto corregida
prepare-photo-across = Mover el marco a la izquierda o a la derecha
prepare-photo-down = Mover el marco hacia arriba o hacia abajo
prepare-photo-fixing = Corrigiendo la foto…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } píxeles, { $size }
prepare-photo-fix-failed = Este navegador no pudo corregir la foto. Pruebe con otro navegador o corríjala con un editor de fotos.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = No se puede dejar la foto corregida entre { $smallest } y { $largest }: la foto tiene muy poco detalle. Tome una foto más nítida con buena luz.
prepare-photo-use = Usar la foto corregida
prepare-photo-download = Descargar la foto corregida
prepare-photo-used = La foto corregida se ha añadido a este documento.

## Unir fotos de un documento en papel en un solo PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = Supera { $limit }: cree un solo PDF con las imágenes para reducir su tamaño.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = Las fotos de las páginas de un documento en papel pueden convertirse en un solo PDF de menos de { $limit }, con una página por foto, en el orden en que las añadió.
prepare-combine = Crear un solo PDF con las imágenes
prepare-combining = Creando el PDF…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = { $pages ->
    [one] La imagen ahora es un PDF de { $pages } página.
   *[other] Las imágenes ahora son un solo PDF de { $pages } páginas.
}
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = Las páginas no caben en { $limit }, ni siquiera con una resolución menor. Quite algunas imágenes y cree dos PDF.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: el navegador no pudo leer esta imagen. Quítela y vuelva a añadirla.
