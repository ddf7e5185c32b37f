### Vérification publique d'un permis de travail présenté sous forme de code QR.

verify-title = Vérifier le code QR d'un permis de travail
verify-lead = Vérifiez qu'un permis de travail qui vous est présenté sous forme de code QR est authentique et toujours valide. Vous n'avez pas besoin de vous connecter.
verify-token-label = Le texte du code QR
verify-token-hint = Scannez le code QR du titulaire avec un lecteur de codes QR et collez son texte ici.
verify-token-hint-scan = Scannez le code QR du titulaire avec la caméra, ou collez son texte ici.
verify-token-missing = Collez ou scannez le texte du code QR
verify-submit = Vérifier
verify-scan = Scanner avec la caméra
verify-scan-stop = Arrêter le scan
verify-camera-unavailable = La caméra ne peut pas être utilisée. Collez plutôt le texte du code QR.
verify-genuine = Authentique : ce permis de travail est valide
verify-valid-until = Valable jusqu'au
verify-expired = Ce code QR a expiré
verify-expired-advice = Les codes QR sont valables 60 secondes. Demandez au titulaire d'en afficher un nouveau, puis vérifiez à nouveau.
verify-invalid = Ce code QR n'est pas valide
verify-invalid-malformed = Ce n'est pas un code QR de la carte de sécurité sociale électronique, ou il a été modifié.
verify-invalid-purpose = Il a été créé pour un autre usage.
verify-invalid-revoked = La carte ou le permis de travail auquel il renvoie n'est plus valide.
