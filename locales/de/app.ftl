## The frame around every page, and words shared by components.

service-name = Elektronische Sozialversicherungskarte für ausländische Arbeitskräfte
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = Zum Hauptinhalt springen
kiosk-badge = Öffentliches Gerät
language-switcher-label = Sprache
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = { $language } konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und wählen Sie die Sprache erneut.
backend-unreachable = Sie sind offline, oder der Dienst ist nicht erreichbar. Sie können diese Seiten weiterhin lesen und den Rechner sowie die Dokumenten-Checkliste nutzen. Für die Anmeldung, Ihre Karte und alles, was an den Dienst gesendet wird, brauchen Sie eine Verbindung.
update-ready = Eine neue Version dieses Dienstes ist verfügbar.
update-reload = Jetzt neu laden
footer-nav-label = Hilfe und Kontakt
footer-hotlines = Sozialversicherungs-Hotline: 12333. Hotline der Einwanderungsbehörde: 12367.
footer-disclaimer = Amtliche chinesische Begriffe stehen neben unseren, damit Sie sie Ihren Dokumenten und den Angaben der Mitarbeitenden zuordnen können.

title-error-prefix = Fehler:
error-prefix = Fehler:
error-summary-title = Es gibt ein Problem
back-link = Zurück
change-link = Ändern
date-day = Tag
date-month = Monat
date-year = Jahr

not-found-title = Seite nicht gefunden
not-found-typed = Wenn Sie die Webadresse eingetippt haben, prüfen Sie, ob sie richtig ist.
not-found-pasted = Wenn Sie die Webadresse eingefügt haben, prüfen Sie, ob Sie die vollständige Adresse kopiert haben.
not-found-home = Zur Startseite

page-loading = Diese Seite wird geladen…
page-load-failed = Diese Seite konnte nicht geladen werden.
page-load-failed-advice = Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut. Nichts, was Sie eingegeben haben, geht verloren.
page-load-retry = Erneut versuchen
