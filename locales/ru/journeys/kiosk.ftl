## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = Завершить
idle-title = Вы ещё здесь?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = { $seconds ->
    [one] Для защиты ваших данных экран будет очищен через { $seconds } секунду.
    [few] Для защиты ваших данных экран будет очищен через { $seconds } секунды.
    [many] Для защиты ваших данных экран будет очищен через { $seconds } секунд.
   *[other] Для защиты ваших данных экран будет очищен через { $seconds } секунды.
}
idle-more-time = Мне нужно больше времени
idle-finish-now = Завершить сейчас
idle-ending = Выполняем выход и очищаем экран…
idle-ending-waiting = Нет соединения. Ваши данные скрыты, а выход будет выполнен, как только связь восстановится.

## The welcome screen, where each visit starts
welcome-touch = Коснитесь, чтобы начать
welcome-choose = Выберите язык

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = Опустить страницу ниже

## The on-screen keyboard for Latin letters and digits
osk-label = Экранная клавиатура
osk-space = Пробел
osk-backspace = Удалить
osk-done = Готово
osk-hyphen = Дефис
osk-apostrophe = Апостроф
