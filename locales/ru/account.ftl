## Signing in and out, the header's account area, and the card page.

header-sign-in = Войти
header-sign-out = Выйти
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = Вы вошли как { $name }
network-failed = Не удалось установить соединение. Проверьте подключение и попробуйте ещё раз. Ваши ответы сохранены.

sign-in-title = Вход в e-SSC
sign-in-lead = Используйте номер и пароль, указанные при регистрации.
sign-in-kind-legend = По какому номеру вы входите?
sign-in-kind-missing = Выберите номер для входа
sign-in-identifier-label = Ваш номер
sign-in-identifier-hint = 18 символов. Между группами можно ставить пробелы.
sign-in-identifier-missing = Введите номер
sign-in-password-label = Пароль
sign-in-password-missing = Введите пароль
sign-in-submit = Войти
password-show = Показать пароль
password-hide = Скрыть пароль

signed-out-title = Вы вышли
signed-out-body = Сеанс на этом устройстве завершён. Если устройство общее, закройте также окно браузера.
signed-out-again = Войти снова
