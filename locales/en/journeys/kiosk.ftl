## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = Finish
idle-title = Are you still there?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = { $seconds ->
    [one] To protect your details, this screen will be cleared in 1 second.
   *[other] To protect your details, this screen will be cleared in { $seconds } seconds.
}
idle-more-time = I need more time
idle-finish-now = Finish now
idle-ending = Signing you out and clearing the screen…
idle-ending-waiting = The connection is down. Your details stay hidden, and you will be signed out as soon as it returns.

## The welcome screen, where each visit starts
welcome-touch = Touch to start
welcome-choose = Choose your language

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = Move the page down

## The on-screen keyboard for Latin letters and digits
osk-label = On-screen keyboard
osk-space = Space
osk-backspace = Delete
osk-done = Done
osk-hyphen = Hyphen
osk-apostrophe = Apostrophe
