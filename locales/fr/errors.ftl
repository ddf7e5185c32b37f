## Messages de validation et codes d'erreur de l'API (crate protocol). Un message par code.

validation-required = Saisissez cette information
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = Saisissez au moins { $min } caractères
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = Ne saisissez pas plus de { $max } caractères
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = Saisissez exactement { $expected } caractères
validation-digits-only = Utilisez uniquement les chiffres de 0 à 9
validation-invalid-characters = Supprimez les caractères qui ne sont pas autorisés
validation-check-character-mismatch = Le dernier caractère ne correspond pas au reste du numéro. Vérifiez que vous avez bien recopié chaque chiffre.
validation-must-start-with-nine = Un numéro de carte d'identité de résident permanent étranger commence par 9
validation-invalid-birth-date = La date de naissance contenue dans ce numéro n'est pas une date réelle
validation-not-a-china-mobile = Saisissez un numéro de mobile chinois : 11 chiffres commençant par 13 à 19, comme 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = La ligne { $line } doit comporter exactement { $expected } caractères
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = La ligne { $line } ne peut contenir que les lettres de A à Z, les chiffres de 0 à 9 et le signe <
validation-mrz-not-passport = La ligne 1 doit commencer par P. Recopiez les lignes de votre passeport.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] Le chiffre de contrôle du numéro de passeport ne correspond pas
    [birth-date] Le chiffre de contrôle de la date de naissance ne correspond pas
    [expiry-date] Le chiffre de contrôle de la date d'expiration ne correspond pas
    [personal-number] Le chiffre de contrôle du numéro personnel ne correspond pas
   *[composite] Le chiffre de contrôle final de la ligne 2 ne correspond pas
}. Vérifiez que vous avez recopié les lignes exactement.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] La date de naissance dans les lignes du passeport n'est pas une date réelle
   *[expiry-date] La date d'expiration dans les lignes du passeport n'est pas une date réelle
}
validation-mrz-invalid-sex = Le sexe indiqué dans la ligne 2 doit être M, F ou <
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } n'est pas un code pays utilisé dans les passeports
validation-document-expired = Ce passeport a expiré. Utilisez votre passeport en cours de validité.
validation-non-latin-script = Utilisez les lettres latines imprimées dans votre passeport, comme dans ses lignes lisibles par machine
validation-password-needs-two-kinds = Utilisez au moins deux de ces types : lettres, chiffres, symboles
validation-pin-sequential = N'utilisez pas des chiffres qui se suivent, comme 123456 ou 654321
validation-pin-repeated = N'utilisez pas six fois le même chiffre
validation-pin-in-id-number = N'utilisez pas des chiffres tirés de votre numéro d'identité
validation-file-empty = Le fichier sélectionné est vide
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = Le fichier doit faire moins de { $kilobytes } KB
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = { $pages ->
    [one] Le PDF ne doit pas dépasser { $pages } page
   *[other] Le PDF ne doit pas dépasser { $pages } pages
}
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = Le fichier doit faire au moins { $kilobytes } KB
validation-file-type-not-allowed = Ce type de fichier n'est pas accepté
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = L'image doit faire au moins { $width } × { $height } pixels
validation-image-unreadable = L'image ne peut pas être lue : elle est peut-être incomplète ou endommagée. Choisissez un autre fichier

api-bad-request = La demande comportait une erreur. Réessayez.
api-validation-failed = Certaines réponses doivent être corrigées
api-unauthenticated = Connectez-vous pour continuer
api-session-expired = Votre session a été fermée pour protéger vos informations. Reconnectez-vous.
api-invalid-credentials = Le numéro ou le mot de passe est incorrect
api-forbidden-origin = La demande a été refusée. Rechargez la page et réessayez.
api-not-found = Élément introuvable
api-method-not-allowed = Cette action n'est pas possible ici
api-already-registered = Un compte e-SSC existe déjà pour ce numéro. Connectez-vous plutôt.
api-identity-mismatch = Votre nom et votre numéro ne correspondent pas aux données enregistrées de votre permis de travail. Vérifiez-les tous les deux avec votre passeport et votre Lettre de notification.
api-application-not-found = Aucune demande ne correspond à ce numéro et à cette date de naissance. Vérifiez le numéro sur l'accusé de réception reçu par votre employeur, et votre date de naissance telle qu'elle figure dans votre passeport.
api-idempotency-key-reused = Cette demande a déjà été envoyée avec des réponses différentes. Recommencez.
api-idempotency-key-missing = La demande n'a pas pu être vérifiée. Rechargez la page et réessayez.
api-idempotency-key-in-use = Vos réponses sont encore en cours d'envoi. Patientez un instant, puis réessayez.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = { $attempts ->
    [one] Le code est incorrect. Il vous reste { $attempts } essai.
   *[other] Le code est incorrect. Il vous reste { $attempts } essais.
}
api-sms-code-expired = Le code a expiré. Demandez un nouveau code.
api-sms-too-many-attempts = Trop de codes incorrects. Demandez un nouveau code.
api-sms-code-not-requested = Demandez d'abord un code
api-phone-not-verified = Saisissez d'abord le code que nous avons envoyé sur votre téléphone mobile
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = { $seconds ->
    [one] Trop de tentatives. Réessayez dans { $seconds } seconde.
   *[other] Trop de tentatives. Réessayez dans { $seconds } secondes.
}
api-manual-review-required = Faites vérifier votre identité en personne dans un centre de services administratifs
api-card-not-issued = Votre carte n'est pas encore délivrée. Terminez d'abord la vérification de votre identité.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = L'envoi est trop volumineux. La limite est de { $kilobytes } KB.
api-unsupported-media-type = Ce type de fichier n'est pas accepté
api-internal = Une erreur s'est produite de notre côté. Réessayez plus tard.
api-unavailable = Le service n'est pas disponible pour le moment. Réessayez dans quelques minutes.
