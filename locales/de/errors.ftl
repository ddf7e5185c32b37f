## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = Geben Sie diese Angabe ein
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = Geben Sie mindestens { $min } Zeichen ein
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = Geben Sie höchstens { $max } Zeichen ein
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = Geben Sie genau { $expected } Zeichen ein
validation-digits-only = Verwenden Sie nur die Ziffern 0 bis 9
validation-invalid-characters = Entfernen Sie die nicht erlaubten Zeichen
validation-check-character-mismatch = Das letzte Zeichen passt nicht zum Rest der Nummer. Prüfen Sie, ob Sie jede Ziffer richtig abgeschrieben haben.
validation-must-start-with-nine = Eine Nummer des Daueraufenthaltsausweises für Ausländer beginnt mit 9
validation-invalid-birth-date = Das Geburtsdatum in dieser Nummer ist kein gültiges Datum
validation-not-a-china-mobile = Geben Sie eine chinesische Mobilnummer ein: 11 Ziffern, beginnend mit 13 bis 19, zum Beispiel 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = Zeile { $line } muss genau { $expected } Zeichen haben
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = Zeile { $line } darf nur die Buchstaben A bis Z, die Ziffern 0 bis 9 und das Zeichen < enthalten
validation-mrz-not-passport = Zeile 1 muss mit P beginnen. Übernehmen Sie die Zeilen aus Ihrem Pass.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] Die Prüfziffer der Passnummer stimmt nicht
    [birth-date] Die Prüfziffer des Geburtsdatums stimmt nicht
    [expiry-date] Die Prüfziffer des Ablaufdatums stimmt nicht
    [personal-number] Die Prüfziffer der persönlichen Nummer stimmt nicht
   *[composite] Die letzte Prüfziffer von Zeile 2 stimmt nicht
}. Prüfen Sie, ob Sie die Zeilen genau abgeschrieben haben.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] Das Geburtsdatum in den Passzeilen ist kein gültiges Datum
   *[expiry-date] Das Ablaufdatum in den Passzeilen ist kein gültiges Datum
}
validation-mrz-invalid-sex = Das Geschlecht in Zeile 2 muss M, F oder < sein
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } ist kein in Pässen verwendeter Ländercode
validation-document-expired = Dieser Pass ist abgelaufen. Verwenden Sie Ihren aktuellen Pass.
validation-non-latin-script = Verwenden Sie die lateinischen Buchstaben aus Ihrem Pass, wie in seinen maschinenlesbaren Zeilen
validation-password-needs-two-kinds = Verwenden Sie mindestens zwei davon: Buchstaben, Ziffern, Sonderzeichen
validation-pin-sequential = Verwenden Sie keine aufeinanderfolgenden Ziffern wie 123456 oder 654321
validation-pin-repeated = Verwenden Sie nicht sechsmal dieselbe Ziffer
validation-pin-in-id-number = Verwenden Sie keine Ziffern aus Ihrer Ausweisnummer
validation-file-empty = Die ausgewählte Datei ist leer
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = Die Datei muss kleiner als { $kilobytes } KB sein
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = { $pages ->
    [one] Das PDF darf höchstens { $pages } Seite haben
   *[other] Das PDF darf höchstens { $pages } Seiten haben
}
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = Die Datei muss mindestens { $kilobytes } KB groß sein
validation-file-type-not-allowed = Dieser Dateityp wird nicht akzeptiert
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = Das Bild muss mindestens { $width } × { $height } Pixel groß sein
validation-image-unreadable = Das Bild kann nicht gelesen werden: Es ist möglicherweise unvollständig oder beschädigt. Wählen Sie eine andere Datei

api-bad-request = Mit der Anfrage stimmte etwas nicht. Versuchen Sie es erneut.
api-validation-failed = Einige Antworten müssen korrigiert werden
api-unauthenticated = Melden Sie sich an, um fortzufahren
api-session-expired = Sie wurden zum Schutz Ihrer Daten abgemeldet. Melden Sie sich erneut an.
api-invalid-credentials = Die Nummer oder das Passwort ist falsch
api-forbidden-origin = Die Anfrage wurde abgelehnt. Laden Sie die Seite neu und versuchen Sie es erneut.
api-not-found = Das konnte nicht gefunden werden
api-method-not-allowed = Diese Aktion ist hier nicht möglich
api-already-registered = Für diese Nummer gibt es bereits ein e-SSC-Konto. Melden Sie sich stattdessen an.
api-identity-mismatch = Ihr Name und Ihre Nummer stimmen nicht mit den Daten der Arbeitserlaubnis überein. Vergleichen Sie beides mit Ihrem Pass und Ihrem Mitteilungsschreiben.
api-application-not-found = Zu dieser Nummer und diesem Geburtsdatum passt kein Antrag. Prüfen Sie die Nummer auf der Eingangsbestätigung, die Ihr Arbeitgeber erhalten hat, und Ihr Geburtsdatum laut Pass.
api-idempotency-key-reused = Dies wurde bereits mit anderen Antworten gesendet. Beginnen Sie neu.
api-idempotency-key-missing = Die Anfrage konnte nicht geprüft werden. Laden Sie die Seite neu und versuchen Sie es erneut.
api-idempotency-key-in-use = Ihre Antworten werden noch gesendet. Warten Sie einen Moment und versuchen Sie es dann erneut.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = { $attempts ->
    [one] Der Code ist falsch. Sie haben noch { $attempts } Versuch.
   *[other] Der Code ist falsch. Sie haben noch { $attempts } Versuche.
}
api-sms-code-expired = Der Code ist abgelaufen. Fordern Sie einen neuen Code an.
api-sms-too-many-attempts = Zu viele falsche Codes. Fordern Sie einen neuen Code an.
api-sms-code-not-requested = Fordern Sie zuerst einen Code an
api-phone-not-verified = Geben Sie zuerst den Code ein, den wir an Ihr Mobiltelefon gesendet haben
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = { $seconds ->
    [one] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunden erneut.
}
api-manual-review-required = Lassen Sie Ihre Identität persönlich in einem Servicezentrum prüfen
api-card-not-issued = Ihre Karte ist noch nicht ausgestellt. Schließen Sie zuerst die Prüfung Ihrer Identität ab.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = Der Upload ist zu groß. Die Grenze liegt bei { $kilobytes } KB.
api-unsupported-media-type = Dieser Dateityp wird nicht akzeptiert
api-internal = Bei uns ist etwas schiefgelaufen. Versuchen Sie es später erneut.
api-unavailable = Der Dienst ist gerade nicht verfügbar. Versuchen Sie es in ein paar Minuten erneut.
