## Signing in and out, the header's account area, and the card page.

header-sign-in = Anmelden
header-sign-out = Abmelden
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = Angemeldet als { $name }
network-failed = Die Verbindung ist fehlgeschlagen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. Ihre Antworten bleiben erhalten.

sign-in-title = Bei Ihrer e-SSC anmelden
sign-in-lead = Verwenden Sie die Nummer und das Passwort, mit denen Sie sich registriert haben.
sign-in-kind-legend = Mit welcher Nummer melden Sie sich an?
sign-in-kind-missing = Wählen Sie die Nummer aus, mit der Sie sich anmelden
sign-in-identifier-label = Ihre Nummer
sign-in-identifier-hint = 18 Zeichen. Sie können zwischen den Gruppen Leerzeichen eingeben.
sign-in-identifier-missing = Geben Sie Ihre Nummer ein
sign-in-password-label = Passwort
sign-in-password-missing = Geben Sie Ihr Passwort ein
sign-in-submit = Anmelden
password-show = Passwort anzeigen
password-hide = Passwort verbergen

signed-out-title = Sie haben sich abgemeldet
signed-out-body = Ihre Sitzung auf diesem Gerät ist beendet. Schließen Sie auf einem gemeinsam genutzten Gerät auch das Browserfenster.
signed-out-again = Erneut anmelden

