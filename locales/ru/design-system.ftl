## Design system: a working example of every component.

design-system-title = Дизайн-система
design-system-lead = Рабочие примеры компонентов, которые использует этот сервис, на вашем языке.
design-system-notice = В примерах используются термины по теме:
design-system-surname-label = Фамилия
design-system-surname-hint = Как в паспорте, латинскими буквами.
design-system-surname-missing = Введите фамилию
design-system-identifier-legend = Какой номер вы будете использовать?
design-system-identifier-ssn-hint = Только если он у вас уже есть.
design-system-identifier-missing = Выберите номер, который вы будете использовать
design-system-documents-legend = Какие документы у вас есть?
design-system-documents-hint = Выберите все подходящие варианты.
design-system-documents-missing = Выберите хотя бы один документ
design-system-birth-legend = Дата рождения
design-system-birth-hint = Например: 12 8 1974
design-system-birth-missing = Введите дату рождения: день, месяц и год
design-system-submit = Проверить пример
design-system-reset = Начать заново
design-system-panel-title = Пример заполнен
design-system-panel-body = Даны ответы на все вопросы примера.
design-system-summary-heading = Ваши ответы в примере
