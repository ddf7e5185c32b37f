## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = Beenden
idle-title = Sind Sie noch da?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = { $seconds ->
    [one] Zum Schutz Ihrer Daten wird dieser Bildschirm in { $seconds } Sekunde geleert.
   *[other] Zum Schutz Ihrer Daten wird dieser Bildschirm in { $seconds } Sekunden geleert.
}
idle-more-time = Ich brauche mehr Zeit
idle-finish-now = Jetzt beenden
idle-ending = Sie werden abgemeldet und der Bildschirm wird geleert…
idle-ending-waiting = Die Verbindung ist unterbrochen. Ihre Daten bleiben verborgen, und Sie werden abgemeldet, sobald sie wieder besteht.

## The welcome screen, where each visit starts
welcome-touch = Zum Starten berühren
welcome-choose = Wählen Sie Ihre Sprache

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = Seite nach unten verschieben

## The on-screen keyboard for Latin letters and digits
osk-label = Bildschirmtastatur
osk-space = Leerzeichen
osk-backspace = Löschen
osk-done = Fertig
osk-hyphen = Bindestrich
osk-apostrophe = Apostroph
