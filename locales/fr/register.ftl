## Le parcours d'inscription : une question par page, puis la vérification des réponses.

register-start-title = Inscrire votre carte de sécurité sociale électronique
register-start-lead = Inscrivez l'e-SSC qui contient votre permis de travail. Cela prend environ 10 minutes.
register-start-need-heading = Ce dont vous avez besoin
register-start-need-passport = votre passeport
register-start-need-number = votre numéro de permis de travail, indiqué sur votre Lettre de notification du permis de travail pour étrangers, ou votre numéro de sécurité sociale
register-start-need-phone = un numéro de mobile chinois, si vous en avez un (facultatif)
register-start-need-camera = un appareil équipé d'une caméra, pour la vérification faciale
register-start-letter-heading = Où trouver votre numéro de permis de travail
register-start-letter-alt = Un dessin de la Lettre de notification du permis de travail pour étrangers. Le numéro de permis de travail à 18 chiffres est signalé par le chiffre 1.
register-start-letter-caption = 1 : le numéro de permis de travail compte 18 chiffres. Sur la Lettre de notification, il est imprimé à côté de son nom chinois :
register-start-physical-heading = Si vous avez déjà une carte physique
register-start-physical = Si vous avez déjà une carte de sécurité sociale physique, vous pouvez quand même vous inscrire ici avec les mêmes numéros.
register-start-button = Commencer
register-step = Inscrire votre e-SSC
register-continue = Continuer

register-name-title = Quel est votre nom, tel qu'il figure dans votre passeport ?
register-name-hint = Utilisez les lettres latines imprimées dans votre passeport, dans le même ordre. Saisissez séparément le nom de famille et les prénoms.
register-surname-label = Nom de famille
register-surname-missing = Saisissez votre nom de famille tel qu'il figure dans votre passeport
register-given-label = Prénoms
register-given-hint = Tous vos prénoms, dans l'ordre du passeport. Laissez vide si votre passeport n'en indique aucun.
register-mrz-summary = Remplir votre nom à partir de la zone de lecture automatique du passeport (facultatif)
register-mrz-label = Les deux lignes en bas de la page photo du passeport
register-mrz-hint = 44 lettres, chiffres et signes < sur chaque ligne. Saisissez ou collez les lignes exactement telles qu'elles sont imprimées. Elles ne servent que sur cette page et ne sont pas envoyées.
register-mrz-use = Remplir mon nom
register-mrz-filled = Votre nom a été rempli à partir de la zone de lecture automatique. Vérifiez-le avec votre passeport.
register-name-compared = Nous comparerons ce nom avec les données enregistrées de votre permis de travail :

register-identifier-title = Avec quel numéro allez-vous vous inscrire ?
register-identifier-kind-missing = Sélectionnez le numéro avec lequel vous allez vous inscrire
register-wp-label = Numéro de permis de travail
register-wp-hint = 18 chiffres, sur votre Lettre de notification du permis de travail pour étrangers.
register-ssn-label = Numéro de sécurité sociale
register-ssn-hint = 18 caractères. Seulement si vous en avez déjà un.
register-identifier-missing = Saisissez le numéro

register-password-title = Créez un mot de passe
register-password-label = Mot de passe
register-password-rules = Votre mot de passe doit :
register-password-rule-length = comporter de 8 à 16 caractères
register-password-rule-kinds = utiliser au moins deux types parmi : lettres, chiffres, symboles
register-password-rule-charset = n'utiliser que des lettres, des chiffres et des symboles (pas d'espaces)
register-password-rule-met = respecté
register-password-rule-unmet = pas encore respecté

register-phone-title = Avez-vous un numéro de mobile chinois ?
register-phone-hint = Nous enverrons un code pour le vérifier. Vous pouvez laisser ce champ vide et continuer sans numéro.
register-phone-label = Numéro de mobile (facultatif)
register-phone-normalised = Nous enverrons le code au :

register-check-title = Vérifiez vos réponses avant de vous inscrire
register-check-name = Nom
register-check-number = Numéro
register-check-password = Mot de passe
register-check-password-set = Défini (non affiché)
register-check-phone = Numéro de mobile
register-check-phone-none = Aucun
register-declaration-heading = Inscrivez-vous
register-declaration = En vous inscrivant, vous confirmez que ces informations sont celles de votre passeport et de votre Lettre de notification, et que vous êtes la personne qu'elles désignent.
register-submit = Accepter et s'inscrire
register-mismatch-help = Vérifiez votre nom et votre numéro avec votre passeport et votre Lettre de notification, puis réessayez.

register-code-title = Saisissez le code envoyé sur votre téléphone
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = Nous avons envoyé un code à 6 chiffres au { $phone }. Il est valable 5 minutes.
register-code-label = Code
register-code-hint = 6 chiffres, reçus par SMS.
register-code-missing = Saisissez le code à 6 chiffres
register-code-resend = Envoyer un nouveau code
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds ->
    [one] Vous pourrez demander un nouveau code dans { $seconds } seconde.
   *[other] Vous pourrez demander un nouveau code dans { $seconds } secondes.
}
register-code-skip = Continuer sans numéro de téléphone
register-no-secure-random = Ce navigateur ne peut pas empêcher que votre inscription soit envoyée deux fois. Mettez-le à jour ou utilisez un autre navigateur.

register-done-title = Inscription terminée
register-done-panel = Votre carte de sécurité sociale électronique est prête
register-done-panel-body = Ses fonctions de sécurité sociale sont activées.
register-done-next-heading = Ce que vous pouvez faire maintenant
register-done-next = Présentez le code QR de la carte dans les hôpitaux et aux guichets de services, consultez les informations de votre permis de travail et vérifiez vos cotisations d'assurances sociales.
register-done-card-link = Aller à votre carte
