### La carte du titulaire connecté, le code QR, les informations du permis de travail et les relevés de cotisations.

card-nav-label = Votre e-SSC
card-show-details = Afficher tous les détails
card-hide-details = Masquer les détails

qr-title = Votre code QR
qr-use = Présentez-le dans les hôpitaux, les pharmacies et aux guichets de services pour les contrôles d'identité et le règlement de l'assurance maladie.
qr-image-label = Code QR de votre carte de sécurité sociale électronique
qr-loading = Obtention d'un nouveau code QR…
qr-expired = Ce code QR a expiré. Sélectionnez Actualiser pour en obtenir un nouveau.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds ->
    [one] Nouveau code dans { $seconds } seconde
   *[other] Nouveau code dans { $seconds } secondes
}
qr-refreshed = Un nouveau code QR s'affiche. Il est valable 60 secondes.
qr-refresh-failed = Impossible d'obtenir un nouveau code QR.
qr-refresh = Actualiser le code QR
qr-brightness = Conseil : augmentez la luminosité de votre écran pour que le lecteur du guichet puisse lire le code.

work-permit-title = Votre permis de travail
permit-category = Catégorie
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days ->
    [one] Expiré depuis { $days } jour
   *[other] Expiré depuis { $days } jours
}
permit-source = Ces informations proviennent des données du permis de travail enregistrées dans le Système de services pour les étrangers travaillant en Chine. Si une information est erronée, demandez à votre employeur de la corriger dans ce système.
print-page = Imprimer cette page
qr-copy-text = Copier le code sous forme de texte
copy-number = Copier
copied = Copié
copy-failed = Copie impossible : ce navigateur ne l'a pas autorisée.

payments-title = Vos cotisations d'assurances sociales
card-timeline-title = Votre chronologie
payments-lead = Ce que votre employeur a versé pour vous chaque mois, et ce qui a été prélevé sur votre salaire.
payments-year = Année
payments-insurance = Assurance
payments-all-insurances = Toutes les assurances
payments-apply = Afficher les cotisations
payments-status = État
payments-total = Total
payments-none = Il n'y a aucun relevé de cotisations pour cette année.
# Variables:
#   $year (Number) - the year shown
payments-caption = Cotisations en { $year }, par mois et par assurance
payments-no-record = Aucun relevé pour ce mois
payments-arrears-heading = Mois impayés :
payments-arrears-explained = Votre employeur n'a pas payé les cotisations de ces mois. Renseignez-vous auprès du service des ressources humaines de votre employeur, ou appelez la ligne d'assistance des assurances sociales au 12333.
payments-missing-heading = Mois sans relevé :
payments-missing-explained = Rien n'a été déclaré pour ces mois. Si vous travailliez alors pour votre employeur, demandez-lui pourquoi.
payments-export = Télécharger sous forme de tableur (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] En { $year }, le total versé s'élève à { $total }. Le mois le plus élevé est { $month }, avec { $highest }. Aucun mois n'est impayé.
    [one] En { $year }, le total versé s'élève à { $total }. Le mois le plus élevé est { $month }, avec { $highest }. { $arrears } mois est impayé.
   *[other] En { $year }, le total versé s'élève à { $total }. Le mois le plus élevé est { $month }, avec { $highest }. { $arrears } mois sont impayés.
}

card-title = Votre carte de sécurité sociale électronique
card-rendering-note = Une représentation de votre carte, à titre indicatif ; ce n'est pas le modèle officiel de la carte.
card-holder = Nom
card-number = Numéro de carte
card-status = État
card-status-active = Active
card-status-sealed = Non activée
card-sealed-explained = Votre carte n'est pas encore activée : ses fonctions de sécurité sociale le seront quand vous aurez terminé la vérification de votre identité.
card-issued = Délivrée le
card-load-failed = Votre carte n'a pas pu être chargée. Réessayez plus tard.
card-verify-now = Vérifier votre identité maintenant
