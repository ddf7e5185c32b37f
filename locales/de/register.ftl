## The registration journey: one question per page, then check your answers.

register-start-title = Elektronische Sozialversicherungskarte registrieren
register-start-lead = Registrieren Sie die e-SSC, auf der Ihre Arbeitserlaubnis gespeichert ist. Das dauert etwa 10 Minuten.
register-start-need-heading = Was Sie brauchen
register-start-need-passport = Ihren Pass
register-start-need-number = Ihre Arbeitserlaubnisnummer aus Ihrem Mitteilungsschreiben zur Arbeitserlaubnis für Ausländer oder Ihre Sozialversicherungsnummer
register-start-need-phone = eine chinesische Mobilnummer, falls Sie eine haben (optional)
register-start-need-camera = ein Gerät mit Kamera für die Gesichtsprüfung
register-start-letter-heading = Wo Sie Ihre Arbeitserlaubnisnummer finden
register-start-letter-alt = Eine Zeichnung des Mitteilungsschreibens zur Arbeitserlaubnis für Ausländer. Die 18-stellige Arbeitserlaubnisnummer ist mit der Zahl 1 markiert.
register-start-letter-caption = 1: Die Arbeitserlaubnisnummer hat 18 Ziffern. Auf dem Mitteilungsschreiben steht sie neben ihrer chinesischen Bezeichnung:
register-start-physical-heading = Wenn Sie bereits eine physische Karte haben
register-start-physical = Wenn Sie bereits eine physische Sozialversicherungskarte besitzen, können Sie sich trotzdem hier mit denselben Nummern registrieren.
register-start-button = Jetzt starten
register-step = e-SSC registrieren
register-continue = Weiter

register-name-title = Wie lautet Ihr Name laut Pass?
register-name-hint = Verwenden Sie die lateinischen Buchstaben aus Ihrem Pass, in derselben Reihenfolge. Geben Sie Nachnamen und Vornamen getrennt ein.
register-surname-label = Nachname
register-surname-missing = Geben Sie Ihren Nachnamen wie im Pass ein
register-given-label = Vornamen
register-given-hint = Alle Vornamen, in der Reihenfolge im Pass. Lassen Sie das Feld leer, wenn Ihr Pass keine enthält.
register-mrz-summary = Namen aus der maschinenlesbaren Zone des Passes übernehmen (optional)
register-mrz-label = Die zwei Zeilen unten auf der Fotoseite des Passes
register-mrz-hint = 44 Buchstaben, Ziffern und <-Zeichen pro Zeile. Tippen oder fügen Sie sie genau wie gedruckt ein. Sie werden nur auf dieser Seite verwendet und nicht gesendet.
register-mrz-use = Meinen Namen übernehmen
register-mrz-filled = Ihr Name wurde aus der maschinenlesbaren Zone übernommen. Vergleichen Sie ihn mit Ihrem Pass.
register-name-compared = Wir vergleichen diesen Namen mit dem Datensatz Ihrer Arbeitserlaubnis:

register-identifier-title = Mit welcher Nummer registrieren Sie sich?
register-identifier-kind-missing = Wählen Sie die Nummer aus, mit der Sie sich registrieren
register-wp-label = Arbeitserlaubnisnummer
register-wp-hint = 18 Ziffern, auf Ihrem Mitteilungsschreiben zur Arbeitserlaubnis für Ausländer.
register-ssn-label = Sozialversicherungsnummer
register-ssn-hint = 18 Zeichen. Nur, wenn Sie bereits eine haben.
register-identifier-missing = Geben Sie die Nummer ein

register-password-title = Passwort festlegen
register-password-label = Passwort
register-password-rules = Ihr Passwort muss:
register-password-rule-length = 8 bis 16 Zeichen haben
register-password-rule-kinds = mindestens zwei davon enthalten: Buchstaben, Ziffern, Sonderzeichen
register-password-rule-charset = nur Buchstaben, Ziffern und Sonderzeichen enthalten (keine Leerzeichen)
register-password-rule-met = erfüllt
register-password-rule-unmet = noch nicht erfüllt

register-phone-title = Haben Sie eine chinesische Mobilnummer?
register-phone-hint = Wir senden einen Code, um sie zu prüfen. Sie können das Feld leer lassen und ohne Nummer weitermachen.
register-phone-label = Mobilnummer (optional)
register-phone-normalised = Wir senden den Code an:

register-check-title = Prüfen Sie Ihre Antworten vor der Registrierung
register-check-name = Name
register-check-number = Nummer
register-check-password = Passwort
register-check-password-set = Festgelegt (nicht angezeigt)
register-check-phone = Mobilnummer
register-check-phone-none = Keine
register-declaration-heading = Jetzt registrieren
register-declaration = Mit der Registrierung bestätigen Sie, dass diese Angaben mit denen in Ihrem Pass und Ihrem Mitteilungsschreiben übereinstimmen und dass Sie die darin genannte Person sind.
register-submit = Zustimmen und registrieren
register-mismatch-help = Vergleichen Sie Ihren Namen und Ihre Nummer mit Ihrem Pass und Ihrem Mitteilungsschreiben und versuchen Sie es dann erneut.

register-code-title = Geben Sie den Code aus der SMS ein
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = Wir haben einen 6-stelligen Code an { $phone } gesendet. Er ist 5 Minuten gültig.
register-code-label = Code
register-code-hint = 6 Ziffern, aus der SMS.
register-code-missing = Geben Sie den 6-stelligen Code ein
register-code-resend = Neuen Code senden
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds ->
    [one] Sie können in { $seconds } Sekunde einen neuen Code anfordern.
   *[other] Sie können in { $seconds } Sekunden einen neuen Code anfordern.
}
register-code-skip = Ohne Mobilnummer weitermachen
register-no-secure-random = Dieser Browser kann nicht verhindern, dass Ihre Registrierung doppelt gesendet wird. Aktualisieren Sie ihn oder verwenden Sie einen anderen Browser.

register-done-title = Registrierung abgeschlossen
register-done-panel = Ihre elektronische Sozialversicherungskarte ist bereit
register-done-panel-body = Die Sozialversicherungsfunktionen der Karte sind freigeschaltet.
register-done-next-heading = Was Sie jetzt tun können
register-done-next = Zeigen Sie den QR-Code der Karte in Krankenhäusern und an Serviceschaltern vor, lesen Sie die Daten Ihrer Arbeitserlaubnis und prüfen Sie Ihre Sozialversicherungsbeiträge.
register-done-card-link = Zu Ihrer Karte
