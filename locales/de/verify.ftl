### The public check of a work permit shown by QR code.

verify-title = QR-Code einer Arbeitserlaubnis prüfen
verify-lead = Prüfen Sie, ob eine Arbeitserlaubnis, die Ihnen als QR-Code gezeigt wird, echt und noch gültig ist. Sie müssen sich dafür nicht anmelden.
verify-token-label = Der Text des QR-Codes
verify-token-hint = Scannen Sie den QR-Code der Inhaberin oder des Inhabers mit einem QR-Leser und fügen Sie den Text hier ein.
verify-token-hint-scan = Scannen Sie den QR-Code der Inhaberin oder des Inhabers mit der Kamera oder fügen Sie den Text hier ein.
verify-token-missing = Fügen Sie den Text des QR-Codes ein oder scannen Sie ihn
verify-submit = Prüfen
verify-scan = Mit der Kamera scannen
verify-scan-stop = Scannen beenden
verify-camera-unavailable = Die Kamera kann nicht verwendet werden. Fügen Sie stattdessen den Text des QR-Codes ein.
verify-genuine = Echt: Diese Arbeitserlaubnis ist gültig
verify-valid-until = Gültig bis
verify-expired = Dieser QR-Code ist abgelaufen
verify-expired-advice = QR-Codes sind 60 Sekunden gültig. Bitten Sie die Inhaberin oder den Inhaber, einen neuen zu zeigen, und prüfen Sie dann erneut.
verify-invalid = Dieser QR-Code ist nicht gültig
verify-invalid-malformed = Es ist kein QR-Code der elektronischen Sozialversicherungskarte, oder er wurde verändert.
verify-invalid-purpose = Er wurde für einen anderen Zweck erstellt.
verify-invalid-revoked = Die Karte oder die zugehörige Arbeitserlaubnis ist nicht mehr gültig.
