### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = Ваша карта e-SSC
card-show-details = Показать все данные
card-hide-details = Скрыть данные

qr-title = Ваш QR-код
qr-use = Показывайте его в больницах, аптеках и у стоек обслуживания для подтверждения личности и расчётов по медицинскому страхованию.
qr-image-label = QR-код вашей электронной карты социального обеспечения
qr-loading = Получаем новый QR-код…
qr-expired = Срок действия этого QR-кода истёк. Нажмите «Обновить QR-код», чтобы получить новый.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds ->
    [one] Новый код через { $seconds } секунду
    [few] Новый код через { $seconds } секунды
    [many] Новый код через { $seconds } секунд
   *[other] Новый код через { $seconds } секунды
}
qr-refreshed = Показан новый QR-код. Он действует 60 секунд.
qr-refresh-failed = Не удалось получить новый QR-код.
qr-refresh = Обновить QR-код
qr-brightness = Совет: увеличьте яркость экрана, чтобы сканер у стойки смог прочитать код.

work-permit-title = Ваше разрешение на работу
permit-category = Категория
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = { $days ->
    [one] Остался { $days } день
    [few] Осталось { $days } дня
    [many] Осталось { $days } дней
   *[other] Осталось { $days } дня
}
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days ->
    [one] Срок истёк { $days } день назад
    [few] Срок истёк { $days } дня назад
    [many] Срок истёк { $days } дней назад
   *[other] Срок истёк { $days } дня назад
}
permit-source = Эти данные взяты из записи о разрешении на работу в Системе обслуживания иностранцев, работающих в Китае. Если в них есть ошибка, попросите работодателя исправить её там.
print-page = Распечатать страницу
qr-copy-text = Скопировать код как текст
copy-number = Копировать
copied = Скопировано
copy-failed = Не удалось скопировать: браузер не разрешил это сделать.

payments-title = Ваши взносы на социальное страхование
card-timeline-title = Ваша хронология
payments-lead = Сколько работодатель платил за вас каждый месяц и сколько удерживалось из вашей зарплаты.
payments-year = Год
payments-insurance = Вид страхования
payments-all-insurances = Все виды страхования
payments-apply = Показать взносы
payments-status = Статус
payments-total = Итого
payments-none = За этот год нет записей об уплате взносов.
# Variables:
#   $year (Number) - the year shown
payments-caption = Взносы за { $year } год по месяцам и видам страхования
payments-no-record = Нет записи за этот месяц
payments-arrears-heading = Месяцы с задолженностью:
payments-arrears-explained = Работодатель не уплатил взносы за эти месяцы. Обратитесь в отдел кадров работодателя или позвоните на горячую линию социального страхования 12333.
payments-missing-heading = Месяцы без записей:
payments-missing-explained = За эти месяцы ничего не было передано. Если вы в то время работали у этого работодателя, спросите его о причине.
payments-export = Скачать как таблицу (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] В { $year } году всего уплачено { $total }. Больше всего уплачено за { $month }: { $highest }. Месяцев с задолженностью нет.
    [one] В { $year } году всего уплачено { $total }. Больше всего уплачено за { $month }: { $highest }. Задолженность за { $arrears } месяц.
    [few] В { $year } году всего уплачено { $total }. Больше всего уплачено за { $month }: { $highest }. Задолженность за { $arrears } месяца.
    [many] В { $year } году всего уплачено { $total }. Больше всего уплачено за { $month }: { $highest }. Задолженность за { $arrears } месяцев.
   *[other] В { $year } году всего уплачено { $total }. Больше всего уплачено за { $month }: { $highest }. Задолженность за { $arrears } месяца.
}

card-title = Ваша электронная карта социального обеспечения
card-rendering-note = Изображение карты для справки, а не официальный дизайн карты.
card-holder = Имя
card-number = Номер карты
card-status = Статус
card-status-active = Активна
card-status-sealed = Не активирована
card-sealed-explained = Ваша карта ещё не активирована: функции социального обеспечения включатся, когда вы завершите подтверждение личности.
card-issued = Дата выдачи
card-load-failed = Не удалось загрузить вашу карту. Попробуйте позже.
card-verify-now = Подтвердить личность сейчас
