### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = Ihre e-SSC
card-show-details = Alle Angaben anzeigen
card-hide-details = Angaben verbergen

qr-title = Ihr QR-Code
qr-use = Zeigen Sie ihn in Krankenhäusern, Apotheken und an Serviceschaltern vor, zur Identitätsprüfung und zur Abrechnung mit der Krankenversicherung.
qr-image-label = QR-Code Ihrer elektronischen Sozialversicherungskarte
qr-loading = Neuer QR-Code wird abgerufen…
qr-expired = Dieser QR-Code ist abgelaufen. Wählen Sie „QR-Code aktualisieren“ für einen neuen.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds ->
    [one] Neuer Code in { $seconds } Sekunde
   *[other] Neuer Code in { $seconds } Sekunden
}
qr-refreshed = Ein neuer QR-Code wird angezeigt. Er ist 60 Sekunden gültig.
qr-refresh-failed = Es konnte kein neuer QR-Code abgerufen werden.
qr-refresh = QR-Code aktualisieren
qr-brightness = Tipp: Stellen Sie Ihren Bildschirm heller, damit der Scanner am Schalter den Code lesen kann.

work-permit-title = Ihre Arbeitserlaubnis
permit-category = Kategorie
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = { $days ->
    [one] Noch { $days } Tag
   *[other] Noch { $days } Tage
}
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days ->
    [one] Vor { $days } Tag abgelaufen
   *[other] Vor { $days } Tagen abgelaufen
}
permit-source = Diese Angaben stammen aus dem Datensatz Ihrer Arbeitserlaubnis im Servicesystem für in China arbeitende Ausländer. Wenn etwas nicht stimmt, bitten Sie Ihren Arbeitgeber, es dort zu korrigieren.
print-page = Diese Seite drucken
qr-copy-text = Code als Text kopieren
copy-number = Kopieren
copied = Kopiert
copy-failed = Kopieren nicht möglich: Dieser Browser hat es nicht erlaubt.

payments-title = Ihre Sozialversicherungsbeiträge
card-timeline-title = Ihre Zeitleiste
payments-lead = Was Ihr Arbeitgeber jeden Monat für Sie eingezahlt hat und was von Ihrem Gehalt abgezogen wurde.
payments-year = Jahr
payments-insurance = Versicherung
payments-all-insurances = Alle Versicherungen
payments-apply = Beiträge anzeigen
payments-status = Status
payments-total = Summe
payments-none = Für dieses Jahr gibt es keine Beitragsnachweise.
# Variables:
#   $year (Number) - the year shown
payments-caption = Beiträge { $year } nach Monat und Versicherung
payments-no-record = Kein Eintrag für diesen Monat
payments-arrears-heading = Monate im Rückstand:
payments-arrears-explained = Ihr Arbeitgeber hat die Beiträge für diese Monate nicht gezahlt. Fragen Sie die Personalabteilung Ihres Arbeitgebers oder rufen Sie die Sozialversicherungs-Hotline 12333 an.
payments-missing-heading = Monate ohne Eintrag:
payments-missing-explained = Für diese Monate wurde nichts gemeldet. Wenn Sie in dieser Zeit für Ihren Arbeitgeber gearbeitet haben, fragen Sie ihn nach dem Grund.
payments-export = Als Tabelle herunterladen (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] Im Jahr { $year } wurden insgesamt { $total } eingezahlt. Am meisten waren es { $highest } im { $month }. Kein Monat ist im Rückstand.
    [one] Im Jahr { $year } wurden insgesamt { $total } eingezahlt. Am meisten waren es { $highest } im { $month }. { $arrears } Monat ist im Rückstand.
   *[other] Im Jahr { $year } wurden insgesamt { $total } eingezahlt. Am meisten waren es { $highest } im { $month }. { $arrears } Monate sind im Rückstand.
}

card-title = Ihre elektronische Sozialversicherungskarte
card-rendering-note = Eine Darstellung Ihrer Karte zur Orientierung, nicht das amtliche Kartendesign.
card-holder = Name
card-number = Kartennummer
card-status = Status
card-status-active = Aktiv
card-status-sealed = Inaktiv
card-sealed-explained = Ihre Karte ist noch inaktiv: Ihre Sozialversicherungsfunktionen werden freigeschaltet, sobald Sie die Prüfung Ihrer Identität abgeschlossen haben.
card-issued = Ausgestellt am
card-load-failed = Ihre Karte konnte nicht geladen werden. Versuchen Sie es später erneut.
card-verify-now = Identität jetzt prüfen lassen
