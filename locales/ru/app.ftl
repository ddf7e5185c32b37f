## The frame around every page, and words shared by components.

service-name = Электронная карта социального обеспечения для иностранных работников
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = Перейти к основному содержимому
kiosk-badge = Общее устройство
language-switcher-label = Язык
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = Не удалось загрузить язык: { $language }. Проверьте подключение и выберите язык ещё раз.
backend-unreachable = Вы не в сети, или сервис недоступен. Вы по-прежнему можете читать эти страницы, пользоваться калькулятором и списком документов; для входа, просмотра карты и отправки данных в сервис нужно подключение.
update-ready = Готова новая версия сервиса.
update-reload = Перезагрузить
footer-nav-label = Помощь и поддержка
footer-hotlines = Горячая линия социального страхования: 12333. Горячая линия миграционной службы: 12367.
footer-disclaimer = Рядом с нашими терминами показаны официальные китайские, чтобы вам было проще сверяться с документами и общаться с сотрудниками.

title-error-prefix = Ошибка:
error-prefix = Ошибка:
error-summary-title = Возникла проблема
back-link = Назад
change-link = Изменить
date-day = День
date-month = Месяц
date-year = Год

not-found-title = Страница не найдена
not-found-typed = Если вы вводили адрес вручную, проверьте, правильно ли он написан.
not-found-pasted = Если вы вставили адрес, проверьте, что скопировали его полностью.
not-found-home = Перейти на главную страницу

page-loading = Загрузка страницы…
page-load-failed = Не удалось загрузить эту страницу.
page-load-failed-advice = Проверьте подключение и попробуйте ещё раз. Всё, что вы ввели, сохранено.
page-load-retry = Повторить
