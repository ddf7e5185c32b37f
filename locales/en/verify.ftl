### The public check of a work permit shown by QR code.

verify-title = Check a work permit QR code
verify-lead = Check that a work permit shown to you as a QR code is genuine and still valid. You do not need to sign in.
verify-token-label = The text of the QR code
verify-token-hint = Scan the holder's QR code with a QR reader and paste its text here.
verify-token-hint-scan = Scan the holder's QR code with the camera, or paste its text here.
verify-token-missing = Paste or scan the text of the QR code
verify-submit = Check
verify-scan = Scan with the camera
verify-scan-stop = Stop scanning
verify-camera-unavailable = The camera cannot be used. Paste the text of the QR code instead.
verify-genuine = Genuine: this work permit is valid
verify-valid-until = Valid until
verify-expired = This QR code has expired
verify-expired-advice = QR codes are valid for 60 seconds. Ask the holder to show a new one, then check again.
verify-invalid = This QR code is not valid
verify-invalid-malformed = It is not a QR code of the electronic Social Security Card, or it was changed.
verify-invalid-purpose = It was made for another purpose.
verify-invalid-revoked = The card or the work permit behind it is no longer valid.
