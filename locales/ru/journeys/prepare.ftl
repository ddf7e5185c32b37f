## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = Подготовьте документы для разрешения на работу
prepare-lead = Узнайте, какие документы нужны для разрешения на работу в Китае, как заверить и перевести каждый из них и когда его получать.
prepare-does-heading = Что делает этот сервис
prepare-does = По нескольким ответам он составляет ваш личный список документов, оценивает категорию разрешения и предупреждает, если срок действия документа истечёт слишком близко к дате подачи.
prepare-does-not = Он ничего не подаёт. Заявление подаёт через интернет ваш работодатель или его агентство. Вы собираете документы.
prepare-need-heading = Что вам понадобится
prepare-need = Паспорт, диплом о самом высоком полученном образовании и дата, когда работодатель планирует подать заявление. Это займёт около 5 минут.
prepare-privacy = Ваши ответы остаются в этой вкладке браузера. Ничего не отправляется на сервер и не сохраняется на устройстве, поэтому после закрытия вкладки ответы пропадут.
prepare-start = Начать
prepare-step = Подготовка документов
prepare-continue = Продолжить
prepare-lost = Ваших ответов больше нет в этой вкладке: они хранятся, только пока вкладка открыта.
prepare-start-again = Начать заново

prepare-nationality-title = Какое у вас гражданство?
prepare-nationality-hint = Как указано в паспорте. Справку об отсутствии судимости обычно выдаёт эта страна.
prepare-country = Страна
prepare-choose-country = Выберите страну
prepare-nationality-missing = Выберите гражданство

prepare-degree-title = Ваша самая высокая степень
prepare-education = Какая у вас самая высокая академическая степень?
prepare-education-doctorate = Докторская степень (PhD, кандидат или доктор наук)
prepare-education-master = Степень магистра
prepare-education-bachelor = Степень бакалавра
prepare-education-none = Нет степени бакалавра или выше
prepare-education-missing = Выберите самую высокую степень
prepare-degree-country = Страна, где вы её получили
prepare-degree-country-hint = Страна университета. Если степени нет — страна, выдавшая документ о профессиональной квалификации.
prepare-degree-country-missing = Выберите страну, где вы получили степень или квалификацию

prepare-application-title = О заявлении
prepare-application = У вас уже есть разрешение на работу в Китае?
prepare-application-new = Нет, это моё первое разрешение на работу в Китае
prepare-application-renewal = Да, и я продлеваю его для той же работы
prepare-application-change-of-employer = Да, и я меняю работодателя
prepare-application-missing = Укажите, есть ли у вас уже разрешение на работу в Китае
prepare-submission = Когда работодатель подаст заявление?
prepare-submission-hint = Можно указать примерно. Например: 15 3 2027
prepare-submission-missing = Введите дату, когда работодатель планирует подать заявление
prepare-submission-invalid = Введите существующую дату, например 15 3 2027
prepare-submission-past = Дата подачи должна быть сегодняшней или более поздней

prepare-points-title = О работе и о вас
prepare-points-hint = По вашим ответам мы оценим категорию разрешения по официальной таблице баллов.
prepare-salary = Годовая зарплата в Китае, в юанях
prepare-salary-hint = До вычета налогов. Например: 360000
prepare-salary-missing = Введите годовую зарплату
prepare-salary-invalid = Введите зарплату числом в юанях, например 360000
prepare-experience = Стаж работы по специальности, лет
prepare-experience-invalid = Введите стаж работы целым числом лет, например 3
prepare-months = Сколько месяцев в году вы будете работать в Китае
prepare-months-invalid = Введите число месяцев целым числом от 0 до 12
prepare-age = Ваш возраст, полных лет
prepare-age-invalid = Введите возраст целым числом от 16 до 99, например 34
prepare-chinese = Ваш уровень китайского языка
prepare-chinese-chinese-taught-degree-or-hsk5 = Степень, полученная при обучении на китайском языке, или HSK 5 или 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = Нет подтверждённого уровня
prepare-chinese-missing = Выберите уровень китайского языка
prepare-bonus = Относится ли к вам что-то из этого?
prepare-bonus-hint = Выберите все подходящие варианты.
prepare-bonus-location = Работа находится в западном регионе, на старой промышленной базе Северо-Востока или в уезде программы борьбы с бедностью
prepare-bonus-distinction = Вы окончили университет из числа ведущих, работаете в компании из списка Fortune 500, владеете интеллектуальной собственностью или проработали в Китае 5 лет и более

prepare-estimate-title = Ваша предполагаемая категория
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $max ->
    [one] { $total } из { $max } балла
    [few] { $total } из { $max } баллов
    [many] { $total } из { $max } баллов
   *[other] { $total } из { $max } балла
}
prepare-estimate-a = 85 баллов и более: категория A, специалисты высшего уровня.
prepare-estimate-b = От 60 до 84 баллов: категория B, квалифицированные специалисты.
prepare-estimate-c = Меньше 60 баллов: категория C, прочие иностранные работники. Число мест ограничено квотой.
prepare-factors = Баллы по каждому фактору
prepare-factor = Фактор
prepare-points = Баллы
prepare-points-max = Максимум
prepare-factor-salary = Годовая зарплата
prepare-factor-education = Образование
prepare-factor-work-experience = Опыт работы
prepare-factor-months-in-china = Месяцев в году в Китае
prepare-factor-chinese-level = Китайский язык
prepare-factor-work-location = Место работы
prepare-factor-age = Возраст
prepare-factor-distinction = Университет, работодатель, интеллектуальная собственность или годы в Китае
prepare-direct-heading = Другие пути к категории
prepare-direct-a = Категорию A также получают признанные специалисты высшего уровня независимо от баллов, например лауреаты крупных международных премий или участники национальных программ привлечения талантов.
prepare-direct-b = Категорию B также получают, например, люди со степенью бакалавра или выше и не менее чем 2 годами опыта работы по специальности.
prepare-authority-decides = Это оценка по опубликованной таблице баллов. Категорию определяет ведомство при рассмотрении заявления.
prepare-category = На какую категорию будет подавать заявление работодатель?
prepare-category-hint = Работодатель может знать путь, который эта оценка не учитывает. От этого зависит ваш список документов: для категории A вместо справки об отсутствии судимости можно подписать обязательство.
prepare-category-missing = Выберите категорию, на которую будет подавать заявление работодатель
prepare-see-checklist = Перейти к списку документов

prepare-tasks-title = Ваш список документов
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = Готово документов: { $done } из { $total }.
prepare-tasks-lead = Выберите документ, чтобы узнать, кто его выдаёт, как его заверить и перевести и до какого числа он действует.
prepare-status-not-started = Не начато
prepare-status-in-progress = В работе
prepare-status-completed = Готово
prepare-status-cannot-start-yet = Пока нельзя начать
prepare-status-problem = Есть проблема
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = Документ «{ $document }» действует только до { $date }, то есть истекает раньше планируемой даты подачи. Получите новый.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = Документ «{ $document }» действует только до { $date }, то есть всего на { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } дольше планируемой даты подачи. Если подача задержится, к моменту подачи он уже будет недействителен.
prepare-answers = Ваши ответы
prepare-change = Изменить
prepare-filing-date = Дата подачи
prepare-category-short = Категория

prepare-document-passport = Страница паспорта с личными данными
prepare-document-photo = Фото на документы
prepare-document-job-contract = Трудовой договор или письмо о приёме на работу
prepare-document-degree = Документ об образовании или профессиональной квалификации
prepare-document-work-experience = Справка об опыте работы
prepare-document-criminal-record = Справка об отсутствии судимости
prepare-document-medical-report = Справка о медицинском осмотре
prepare-issuer = Кто выдаёт
prepare-issuer-passport = Вы сами: чёткий скан или фото страницы с вашей фотографией и данными.
prepare-issuer-photo = Фотограф или вы сами: недавнее цветное фото без головного убора на белом фоне.
prepare-issuer-job-contract = Ваш новый работодатель в Китае.
prepare-issuer-degree = Университет или организация, присвоившая вам профессиональную квалификацию.
prepare-issuer-work-experience = Ваш прежний работодатель: ваша должность, период работы, обязанности, печать или подпись и контактное лицо, которое может это подтвердить.
prepare-issuer-criminal-record = Полиция или суды страны вашего гражданства или страны, где вы постоянно живёте.
prepare-issuer-medical-report = Больница за границей или Международный центр охраны здоровья путешественников в Китае, который также проверяет заключения из-за границы.
prepare-certify = Как заверить
prepare-certify-none = Апостиль или легализация не нужны.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = Получите апостиль в компетентном органе страны, выдавшей документ ({ $country }). Конвенция об апостиле действует между этой страной и Китаем с { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = Конвенция об апостиле не действует между Китаем и страной, выдавшей документ ({ $country }): его нужно легализовать в органах этой страны, а затем в посольстве или консульстве Китая в ней.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = Правило для документов из этой страны ({ $country }) окончательно не определено. Прежде чем заверять документ, уточните у работодателя или в местном ведомстве по разрешениям на работу.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = Диплом — частный документ: сначала заверьте его у нотариуса в стране, где он выдан ({ $country }).
prepare-alternative-cscse-verification = Вместо этого можно подтвердить степень в CSCSE (Китайский сервисный центр научных обменов, 中国留学服务中心); ведомство принимает это подтверждение.
prepare-alternative-pledge = Для категории A вместо этой справки можно подписать обязательство об отсутствии судимости.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = Источник: { $source }, по состоянию на { $date }.
prepare-certify-uncertain = Это правило взято из вторичных источников или окончательно не определено. Уточните его у работодателя, прежде чем платить за заверение.
prepare-translation = Перевод
prepare-translation-not-needed = Перевод не нужен.
prepare-translation-sealed-by-employer = Если документ не на китайском языке, нужен перевод на китайский, заверенный печатью работодателя.
prepare-translation-chinese-version = Нужна версия на китайском языке, где указаны место работы, обязанности, зарплата, срок и должность.
prepare-validity = Срок действия
prepare-validity-none = Для этого заявления срок действия не ограничен.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = { $months ->
    [one] Действует { $months } месяц с даты выдачи, а не с даты заверения.
    [few] Действует { $months } месяца с даты выдачи, а не с даты заверения.
    [many] Действует { $months } месяцев с даты выдачи, а не с даты заверения.
   *[other] Действует { $months } месяца с даты выдачи, а не с даты заверения.
}
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = Получите документ не раньше { $date }. Документ, выданный раньше, истечёт менее чем через 30 дней после планируемой даты подачи.
prepare-issued = Когда он выдан?
prepare-issued-hint = Оставьте поле пустым, если документа у вас ещё нет. Например: 15 9 2026
prepare-issued-invalid = Введите существующую дату выдачи, например 15 9 2026
prepare-issued-future = Дата выдачи должна быть сегодняшней или более ранней
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = Действует до { $date }.
prepare-ready-legend = Статус
prepare-ready = Этот документ готов
prepare-save = Сохранить и вернуться к списку
prepare-files = Файлы
prepare-files-hint = JPEG, PNG или PDF, до 1 MB каждый. Тип определяется по содержимому файла, а не по его имени. Ничего не загружается: файлы остаются в этой вкладке, пока вы не скачаете свой пакет.
prepare-photo-hint = Фото в формате JPEG, пропорции 3 : 4 (ширина к высоте), от 354 × 472 до 420 × 560 пикселей и от 40 KB до 120 KB, на белом фоне. Подойдёт любое фото с телефона: оно проверяется здесь и при необходимости исправляется автоматически.
prepare-add-files = Добавить файлы
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: браузер не смог прочитать этот файл. Выберите его ещё раз.
prepare-no-files = Файлы ещё не добавлены.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = Удалить
prepare-package = Продолжить позже
prepare-package-hint = Скачайте пакет с вашими ответами, состоянием каждого документа и вашими файлами. Позже откройте его здесь, чтобы продолжить, или передайте в отдел кадров работодателя. В браузере ничего не сохраняется.
prepare-download-package = Скачать пакет
prepare-print-checklist = Распечатать список
prepare-have-package = У меня есть пакет
prepare-open-package = Открыть пакет
prepare-open-package-hint = Файл .zip, который вы скачали из этого сервиса.
prepare-package-not-ours = Этот файл не является пакетом из этого сервиса или повреждён. Выберите скачанный файл .zip.
prepare-package-changed = Файл в этом пакете был изменён после создания пакета. Выберите пакет в том виде, в каком вы его скачали.
prepare-package-too-large = Пакет слишком большой. Удалите часть файлов и попробуйте ещё раз.
prepare-checklist-for = Список документов для отдела кадров работодателя
prepare-column-document = Документ
prepare-column-status = Статус
prepare-column-dates = Выдан и действует до

## The ID photo: check and automatic fix
prepare-photo-choose = Выберите фото
prepare-photo-passes = Фото соответствует всем требованиям. Оно добавлено к этому документу.
prepare-photo-problems = Фото не соответствует этим требованиям:
prepare-photo-not-jpeg = Это файл PNG, а для загрузки нужен JPEG.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = { $height ->
    [one] Размер фото — { $width } × { $height } пиксель; нужно не менее { $min-width } × { $min-height }. Исправление не может добавить детали: сделайте новое фото.
    [few] Размер фото — { $width } × { $height } пикселя; нужно не менее { $min-width } × { $min-height }. Исправление не может добавить детали: сделайте новое фото.
    [many] Размер фото — { $width } × { $height } пикселей; нужно не менее { $min-width } × { $min-height }. Исправление не может добавить детали: сделайте новое фото.
   *[other] Размер фото — { $width } × { $height } пикселя; нужно не менее { $min-width } × { $min-height }. Исправление не может добавить детали: сделайте новое фото.
}
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = { $height ->
    [one] Размер фото — { $width } × { $height } пиксель; допускается не более { $max-width } × { $max-height }.
    [few] Размер фото — { $width } × { $height } пикселя; допускается не более { $max-width } × { $max-height }.
    [many] Размер фото — { $width } × { $height } пикселей; допускается не более { $max-width } × { $max-height }.
   *[other] Размер фото — { $width } × { $height } пикселя; допускается не более { $max-width } × { $max-height }.
}
prepare-photo-wrong-ratio = Пропорции фото не 3 : 4 (ширина к высоте), а для загрузки нужны именно такие.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = Размер файла — { $size }; допускается не более { $limit }.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = Размер файла — { $size }; нужно не менее { $limit }.
prepare-photo-background = Фон не похож на белый. Исправление не может его изменить: если можете, сделайте новое фото на фоне однотонной белой стены.
prepare-photo-fix-heading = Автоматическое исправление
prepare-photo-fix-explain = Фото ниже обрезано до пропорций 3 : 4, масштабировано и сохранено в формате JPEG нужного размера. Если лицо не попало в рамку, передвиньте рамку. Проверьте результат, а затем используйте его.
prepare-photo-before = До:
prepare-photo-after = После:
prepare-photo-before-alt = Ваше фото с рамкой, отмечающей сохраняемую часть
prepare-photo-after-alt = Исправленное фото
prepare-photo-across = Сдвинуть рамку влево или вправо
prepare-photo-down = Сдвинуть рамку вверх или вниз
prepare-photo-fixing = Исправляем фото…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $height ->
    [one] { $width } × { $height } пиксель, { $size }
    [few] { $width } × { $height } пикселя, { $size }
    [many] { $width } × { $height } пикселей, { $size }
   *[other] { $width } × { $height } пикселя, { $size }
}
prepare-photo-fix-failed = Этот браузер не смог исправить фото. Попробуйте другой браузер или исправьте фото в графическом редакторе.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = Исправленное фото не удаётся сохранить в размере от { $smallest } до { $largest }: на фото слишком мало деталей. Сделайте более чёткое фото при хорошем освещении.
prepare-photo-use = Использовать исправленное фото
prepare-photo-download = Скачать исправленное фото
prepare-photo-used = Исправленное фото добавлено к этому документу.

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = Больше { $limit }: чтобы уменьшить размер, объедините изображения в один PDF-файл.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = Фотографии страниц бумажного документа можно объединить в один PDF-файл размером до { $limit }: по одной странице на фото, в том порядке, в каком вы их добавили.
prepare-combine = Объединить в один PDF
prepare-combining = Создаём PDF…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = { $pages ->
    [one] Готово: PDF-файл из { $pages } страницы.
    [few] Готово: изображения объединены в один PDF-файл из { $pages } страниц.
    [many] Готово: изображения объединены в один PDF-файл из { $pages } страниц.
   *[other] Готово: изображения объединены в один PDF-файл из { $pages } страницы.
}
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = Страницы не помещаются в { $limit } даже при меньшем разрешении. Удалите часть изображений и создайте два PDF-файла.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: браузер не смог прочитать это изображение. Удалите его и добавьте снова.
