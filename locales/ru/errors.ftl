## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = Введите эти данные
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = { $min ->
    [one] Введите не менее { $min } символа
    [few] Введите не менее { $min } символов
    [many] Введите не менее { $min } символов
   *[other] Введите не менее { $min } символа
}
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = { $max ->
    [one] Введите не более { $max } символа
    [few] Введите не более { $max } символов
    [many] Введите не более { $max } символов
   *[other] Введите не более { $max } символа
}
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = { $expected ->
    [one] Введите ровно { $expected } символ
    [few] Введите ровно { $expected } символа
    [many] Введите ровно { $expected } символов
   *[other] Введите ровно { $expected } символа
}
validation-digits-only = Используйте только цифры от 0 до 9
validation-invalid-characters = Удалите недопустимые символы
validation-check-character-mismatch = Последний символ не соответствует остальной части номера. Проверьте, что вы правильно переписали все цифры.
validation-must-start-with-nine = Номер удостоверения личности иностранца с постоянным видом на жительство начинается с 9
validation-invalid-birth-date = В этом номере указана несуществующая дата рождения
validation-not-a-china-mobile = Введите китайский номер мобильного телефона: 11 цифр, первые две — от 13 до 19, например 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = { $expected ->
    [one] Строка { $line } должна содержать ровно { $expected } символ
    [few] Строка { $line } должна содержать ровно { $expected } символа
    [many] Строка { $line } должна содержать ровно { $expected } символов
   *[other] Строка { $line } должна содержать ровно { $expected } символа
}
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = Строка { $line } может содержать только латинские буквы от A до Z, цифры от 0 до 9 и знак <
validation-mrz-not-passport = Строка 1 должна начинаться с буквы P. Перепишите строки из вашего паспорта.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] Контрольная цифра номера паспорта не совпадает
    [birth-date] Контрольная цифра даты рождения не совпадает
    [expiry-date] Контрольная цифра даты окончания срока действия не совпадает
    [personal-number] Контрольная цифра личного номера не совпадает
   *[composite] Итоговая контрольная цифра строки 2 не совпадает
}. Проверьте, что вы переписали строки в точности.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] В строках паспорта указана несуществующая дата рождения
   *[expiry-date] В строках паспорта указана несуществующая дата окончания срока действия
}
validation-mrz-invalid-sex = Пол в строке 2 должен быть указан как M, F или <
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } не является кодом страны, используемым в паспортах
validation-document-expired = Срок действия этого паспорта истёк. Используйте действующий паспорт.
validation-non-latin-script = Используйте латинские буквы, напечатанные в паспорте, как в его машиночитаемых строках
validation-password-needs-two-kinds = Используйте хотя бы два типа символов из трёх: буквы, цифры, знаки
validation-pin-sequential = Не используйте цифры подряд, например 123456 или 654321
validation-pin-repeated = Не используйте одну и ту же цифру шесть раз
validation-pin-in-id-number = Не используйте цифры из номера вашего удостоверения личности
validation-file-empty = Выбранный файл пуст
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = Размер файла должен быть меньше { $kilobytes } KB
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = { $pages ->
    [one] В PDF-файле должно быть не более { $pages } страницы
    [few] В PDF-файле должно быть не более { $pages } страниц
    [many] В PDF-файле должно быть не более { $pages } страниц
   *[other] В PDF-файле должно быть не более { $pages } страницы
}
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = Размер файла должен быть не менее { $kilobytes } KB
validation-file-type-not-allowed = Файлы этого типа не принимаются
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = { $height ->
    [one] Размер изображения должен быть не менее { $width } × { $height } пикселя
    [few] Размер изображения должен быть не менее { $width } × { $height } пикселей
    [many] Размер изображения должен быть не менее { $width } × { $height } пикселей
   *[other] Размер изображения должен быть не менее { $width } × { $height } пикселя
}
validation-image-unreadable = Не удаётся прочитать изображение: возможно, файл обрезан или повреждён. Выберите другой файл

api-bad-request = С запросом что-то не так. Попробуйте ещё раз.
api-validation-failed = Некоторые ответы нужно исправить
api-unauthenticated = Войдите, чтобы продолжить
api-session-expired = Для защиты ваших данных выполнен выход из системы. Войдите снова.
api-invalid-credentials = Неверный номер или пароль
api-forbidden-origin = Запрос отклонён. Перезагрузите страницу и попробуйте ещё раз.
api-not-found = Ничего не найдено
api-method-not-allowed = Здесь это действие невозможно
api-already-registered = Для этого номера уже есть учётная запись e-SSC. Войдите в неё.
api-identity-mismatch = Ваше имя и номер не совпадают с данными о разрешении на работу. Сверьте их с паспортом и Уведомлением о разрешении на работу иностранца.
api-application-not-found = Нет заявления с таким номером и датой рождения. Проверьте номер в подтверждении, которое получил ваш работодатель, и дату рождения по паспорту.
api-idempotency-key-reused = Эти данные уже были отправлены с другими ответами. Начните заново.
api-idempotency-key-missing = Не удалось проверить запрос. Перезагрузите страницу и попробуйте ещё раз.
api-idempotency-key-in-use = Ваши ответы ещё отправляются. Подождите немного и попробуйте ещё раз.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = { $attempts ->
    [one] Неверный код. У вас осталась ещё { $attempts } попытка.
    [few] Неверный код. У вас осталось ещё { $attempts } попытки.
    [many] Неверный код. У вас осталось ещё { $attempts } попыток.
   *[other] Неверный код. У вас осталось ещё { $attempts } попытки.
}
api-sms-code-expired = Срок действия кода истёк. Запросите новый код.
api-sms-too-many-attempts = Слишком много неверных кодов. Запросите новый код.
api-sms-code-not-requested = Сначала запросите код
api-phone-not-verified = Сначала введите код из SMS, которое мы отправили на ваш мобильный телефон
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = { $seconds ->
    [one] Слишком много попыток. Повторите через { $seconds } секунду.
    [few] Слишком много попыток. Повторите через { $seconds } секунды.
    [many] Слишком много попыток. Повторите через { $seconds } секунд.
   *[other] Слишком много попыток. Повторите через { $seconds } секунды.
}
api-manual-review-required = Подтвердите личность лично в центре госуслуг
api-card-not-issued = Ваша карта ещё не выпущена. Сначала завершите подтверждение личности.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = Загружаемый файл слишком большой. Максимум — { $kilobytes } KB.
api-unsupported-media-type = Файлы этого типа не принимаются
api-internal = У нас что-то пошло не так. Попробуйте позже.
api-unavailable = Сервис сейчас недоступен. Попробуйте через несколько минут.
