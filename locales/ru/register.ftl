## The registration journey: one question per page, then check your answers.

register-start-title = Регистрация электронной карты социального обеспечения
register-start-lead = Зарегистрируйте карту e-SSC, на которой хранится ваше разрешение на работу. Это займёт около 10 минут.
register-start-need-heading = Что вам понадобится
register-start-need-passport = паспорт
register-start-need-number = номер разрешения на работу из Уведомления о разрешении на работу иностранца или номер социального обеспечения
register-start-need-phone = китайский номер мобильного телефона, если он у вас есть (необязательно)
register-start-need-camera = устройство с камерой для проверки по лицу
register-start-letter-heading = Где найти номер разрешения на работу
register-start-letter-alt = Схема Уведомления о разрешении на работу иностранца. 18-значный номер разрешения на работу отмечен цифрой 1.
register-start-letter-caption = 1: номер разрешения на работу состоит из 18 цифр. В Уведомлении он напечатан рядом со своим китайским названием:
register-start-physical-heading = Если у вас уже есть пластиковая карта
register-start-physical = Если у вас уже есть пластиковая карта социального обеспечения, вы всё равно можете зарегистрироваться здесь с теми же номерами.
register-start-button = Начать
register-step = Регистрация карты e-SSC
register-continue = Продолжить

register-name-title = Как вас зовут — как в паспорте?
register-name-hint = Используйте латинские буквы, напечатанные в паспорте, в том же порядке. Фамилию и имена вводите отдельно.
register-surname-label = Фамилия
register-surname-missing = Введите фамилию как в паспорте
register-given-label = Имя (имена)
register-given-hint = Все имена в том же порядке, что и в паспорте. Оставьте поле пустым, если в паспорте их нет.
register-mrz-summary = Заполнить имя по машиночитаемой зоне паспорта (необязательно)
register-mrz-label = Две строки внизу страницы паспорта с фотографией
register-mrz-hint = В каждой строке 44 знака: буквы, цифры и знаки <. Введите или вставьте их точно так, как они напечатаны. Они используются только на этой странице и никуда не отправляются.
register-mrz-use = Заполнить имя
register-mrz-filled = Имя заполнено по машиночитаемой зоне. Сверьте его с паспортом.
register-name-compared = Мы сравним это имя с записью о вашем разрешении на работу:

register-identifier-title = По какому номеру вы будете регистрироваться?
register-identifier-kind-missing = Выберите номер для регистрации
register-wp-label = Номер разрешения на работу
register-wp-hint = 18 цифр. Указан в Уведомлении о разрешении на работу иностранца.
register-ssn-label = Номер социального обеспечения
register-ssn-hint = 18 символов. Только если он у вас уже есть.
register-identifier-missing = Введите номер

register-password-title = Придумайте пароль
register-password-label = Пароль
register-password-rules = Пароль должен:
register-password-rule-length = содержать от 8 до 16 символов
register-password-rule-kinds = включать хотя бы два типа символов из трёх: буквы, цифры, знаки
register-password-rule-charset = состоять только из букв, цифр и знаков (без пробелов)
register-password-rule-met = выполнено
register-password-rule-unmet = пока не выполнено

register-phone-title = У вас есть китайский номер мобильного телефона?
register-phone-hint = Мы отправим на него код для проверки. Можно оставить поле пустым и продолжить без номера.
register-phone-label = Номер мобильного телефона (необязательно)
register-phone-normalised = Мы отправим код на номер:

register-check-title = Проверьте ответы перед регистрацией
register-check-name = Имя
register-check-number = Номер
register-check-password = Пароль
register-check-password-set = Задан (не показывается)
register-check-phone = Мобильный телефон
register-check-phone-none = Нет
register-declaration-heading = Теперь зарегистрируйтесь
register-declaration = Регистрируясь, вы подтверждаете, что эти данные совпадают с данными в вашем паспорте и Уведомлении о разрешении на работу иностранца и что вы — тот человек, который в них указан.
register-submit = Принять и зарегистрироваться
register-mismatch-help = Сверьте имя и номер с паспортом и Уведомлением о разрешении на работу иностранца и попробуйте ещё раз.

register-code-title = Введите код, который мы отправили на ваш телефон
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = Мы отправили 6-значный код на номер { $phone }. Он действует 5 минут.
register-code-label = Код
register-code-hint = 6 цифр из SMS.
register-code-missing = Введите 6-значный код
register-code-resend = Отправить новый код
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds ->
    [one] Новый код можно запросить через { $seconds } секунду.
    [few] Новый код можно запросить через { $seconds } секунды.
    [many] Новый код можно запросить через { $seconds } секунд.
   *[other] Новый код можно запросить через { $seconds } секунды.
}
register-code-skip = Продолжить без номера телефона
register-no-secure-random = Этот браузер не может защитить регистрацию от повторной отправки. Обновите его или используйте другой браузер.

register-done-title = Регистрация завершена
register-done-panel = Ваша электронная карта социального обеспечения готова
register-done-panel-body = Функции социального обеспечения включены.
register-done-next-heading = Что можно сделать сейчас
register-done-next = Показывайте QR-код карты в больницах и у стоек обслуживания, просматривайте сведения о разрешении на работу и проверяйте взносы на социальное страхование.
register-done-card-link = Перейти к карте
