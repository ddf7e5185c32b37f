## Événements après le permis de travail : nouveau passeport, permis bientôt expiré, nouvel employeur, départ de Chine. Public, sans compte ; chaque échéance peut être ajoutée au calendrier de la personne.

life-title = Quand quelque chose change
life-lead = Un nouveau passeport, un nouvel employeur ou un permis bientôt expiré font chacun courir un délai. Découvrez ce qu'il faut faire et dans quel délai, et ajoutez la date à votre calendrier.
life-new-passport-link = J'ai un nouveau passeport
life-expiry-link = Mon permis de travail expire bientôt
life-employer-link = Je change d'employeur
life-leaving-link = Je quitte la Chine
life-privacy = Les dates que vous saisissez restent dans cet onglet du navigateur. Rien n'est envoyé ni enregistré.
life-back = Autres changements

## Commun : une échéance et le calendrier
# Variables:
#   $date (String) - the deadline, as a full date
life-due = À faire au plus tard le { $date }
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] C'est aujourd'hui.
    [one] Il reste { $days } jour.
   *[other] Il reste { $days } jours.
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = { $days ->
    [one] Date dépassée depuis { $days } jour.
   *[other] Date dépassée depuis { $days } jours.
}
life-soon = Agissez maintenant : il reste 10 jours ou moins.
life-passed = Cette date est dépassée. Contactez votre employeur ou le bureau compétent dès aujourd'hui et expliquez la situation ; un retard peut entraîner une amende.
life-uncertain = Les sources ne concordent pas sur ce chiffre. Faites-le confirmer par votre employeur ou par le bureau local.
# Variables:
#   $source (String) - where the figure comes from
life-source = Source : { $source }
life-calendar = Ajouter à mon calendrier
life-calendar-hint = Télécharge un fichier de calendrier (.ics) avec un rappel 7 jours avant. Rien n'est envoyé nulle part.
life-print = Imprimer ces dates
life-show = Afficher les dates
life-dates-heading = Vos dates
life-date-missing = Saisissez la date
life-date-invalid = Saisissez une date réelle, par exemple 27 3 2026
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = Calcul en jours ouvrés ; après le { $date }, seuls les jours du lundi au vendredi sont comptés, car le calendrier des jours fériés de cette année n'est pas encore publié.
life-holidays-source = Les jours ouvrés suivent les calendriers des jours fériés publiés par le Conseil des affaires de l'État pour 2025 et 2026.

## J'ai un nouveau passeport
life-new-passport-title = J'ai un nouveau passeport
life-new-passport-lead = Votre permis de travail et votre permis de séjour portent votre numéro de passeport : les deux doivent donc être modifiés.
life-passport-issued = Quand votre nouveau passeport a-t-il été délivré ?
life-passport-issued-hint = Comme indiqué dans le nouveau passeport, par exemple 27 3 2026
life-passport-change = Demander la modification de votre permis de travail
life-passport-change-how = Votre employeur dépose la demande de modification dans le Système de services pour les étrangers travaillant en Chine. Les sources indiquent 10 jours à compter de la délivrance du nouveau passeport ; une ville compte 10 jours ouvrés.
life-passport-residence = Faites modifier votre permis de séjour au bureau des entrées et sorties dans ces mêmes 10 jours.
life-passport-bring = Ce que les bureaux demandent généralement : le nouveau passeport et l'ancien, votre permis de séjour et une photo récente. Renseignez-vous auprès de votre employeur, car les villes ont des pratiques différentes.
life-passport-source = consignes des bureaux locaux des entrées et sorties et des permis de travail, qui diffèrent sur les jours ouvrés

## Mon permis de travail expire bientôt
life-expiry-title = Mon permis de travail expire bientôt
life-expiry-lead = Votre employeur peut demander la prolongation de votre permis de travail à partir de 90 jours et jusqu'à 30 jours avant son expiration. Quand il reste moins de 30 jours, le système refuse toute prolongation.
life-expiry-date = Quand votre permis de travail expire-t-il ?
life-expiry-date-hint = La durée de validité indiquée sur votre permis de travail, par exemple 30 6 2027
life-expiry-opens = Ouverture de la période de prolongation
life-expiry-closes = Fermeture de la période de prolongation
life-expiry-ends = Expiration de votre permis de travail
life-expiry-not-yet = La période n'est pas encore ouverte. Rappelez-le à votre employeur dès son ouverture.
life-expiry-open = La période est ouverte : demandez à votre employeur de faire la demande maintenant.
life-expiry-closed = La période est close. Parlez immédiatement à votre employeur d'une nouvelle demande ; sans permis valide, vous n'avez pas le droit de travailler.
life-expiry-source = consignes du Bureau des sciences et technologies de Tianjin sur les prolongations

## Changement d'employeur et départ de Chine
life-last-day = Quel est votre dernier jour de travail ?
life-last-day-hint = Par exemple 31 1 2027
life-cancel = Votre employeur annule votre permis de travail
life-cancel-who = Votre employeur actuel annule votre permis de travail dans le Système de services pour les étrangers travaillant en Chine, dans les 10 jours ouvrés suivant votre dernier jour (une source indique 15 jours).
life-employer-title = Je change d'employeur
life-employer-lead = Un permis de travail est lié à un seul employeur. Votre nouvel employeur demande un nouveau permis pour vous ; votre employeur actuel annule l'ancien.
life-employer-new = Votre nouvel employeur demande votre nouveau permis de travail. Rassemblez à nouveau les documents : la liste de contrôle vous y aide.
life-employer-card = Votre numéro de sécurité sociale reste le même à vie. Vos relevés de cotisations y restent rattachés, et les cotisations de votre nouvel employeur viennent s'y ajouter.
life-leaving-title = Je quitte la Chine
life-leaving-lead = Avant de partir, assurez-vous que votre employeur annule votre permis de travail, et décidez de ce que vous faites de vos assurances sociales.
life-leaving-residence = Votre permis de séjour pour travail prend fin avec l'emploi : demandez au bureau des entrées et sorties combien de temps vous pouvez rester.
life-leaving-insurance = Si vous quittez la Chine avant d'avoir droit à une retraite, vous pouvez conserver votre compte d'assurances sociales pour un retour ultérieur, ou demander sa clôture et le versement du solde de votre compte individuel de retraite.
life-leaving-insurance-source = Mesures provisoires sur la participation des étrangers employés en Chine aux assurances sociales (2011), article 7
life-prepare-link = Préparer les documents de votre permis de travail
life-status-link = Où en est ma demande ? Suivre son avancement

## Suivi public de l'avancement d'une demande (sans compte)
status-title = Suivre l'avancement d'une demande
status-lead = Votre employeur demande votre permis de travail. Saisissez le numéro de la demande et votre date de naissance pour voir où en est la demande. Vous n'avez pas besoin de compte.
status-number = Numéro de la demande
status-number-hint = Sur l'accusé de réception que votre employeur a reçu lors du dépôt de la demande. Lettres et chiffres ; les espaces n'ont pas d'importance.
status-number-missing = Saisissez le numéro de la demande
status-birth = Votre date de naissance
status-birth-hint = Comme dans votre passeport, par exemple 14 2 1991
status-birth-missing = Saisissez votre date de naissance
status-submit = Voir l'avancement
status-result-heading = Où en est votre demande
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = Depuis le { $date }
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = Une décision doit être rendue au plus tard le { $date } : 20 jours ouvrés après l'acceptation pour un permis de plus de 90 jours (10 jours ouvrés de plus dans certains cas particuliers).
status-decision-weekdays = Au-delà des calendriers des jours fériés publiés, les jours sont comptés du lundi au vendredi.
status-privacy = Seules l'étape et sa date s'affichent ici. Le compte de votre employeur dans le Système de services pour les étrangers travaillant en Chine contient les détails. Rien de ce que vous saisissez n'est enregistré.

## Les étapes d'une demande
stage-submitted = Déposée par votre employeur
stage-pre-review = Pré-examen
stage-accepted = Acceptée
stage-under-review = En cours d'examen
stage-more-documents = Documents complémentaires demandés
stage-approved = Approuvée
stage-refused = Refusée
stage-submitted-meaning = Votre employeur a déposé la demande en ligne. Le bureau vérifie qu'elle est complète avant de l'accepter.
stage-pre-review-meaning = Le bureau vérifie que la demande est complète. Elle est ensuite acceptée, ou des documents complémentaires sont demandés à votre employeur.
stage-accepted-meaning = La demande est complète et acceptée. Le bureau va maintenant statuer.
stage-under-review-meaning = Le bureau est en train de statuer. Une décision doit être rendue dans les 20 jours ouvrés suivant l'acceptation pour un permis de plus de 90 jours, ou dans les 5 jours ouvrés pour un permis plus court.
stage-more-documents-meaning = Le bureau a demandé des documents complémentaires à votre employeur. Demandez à votre employeur lesquels, et envoyez-les dès que possible : la demande reste en attente jusqu'à leur arrivée.
stage-approved-meaning = Le permis de travail est approuvé et la Lettre de notification est délivrée. Ensuite : le visa Z, puis l'entrée en Chine, où vos délais commencent à courir.
stage-refused-meaning = La demande a été refusée. Le compte de votre employeur indique le motif. Votre employeur peut déposer une nouvelle demande une fois le motif traité.
step-done = Terminé :
step-current = En cours :
step-to-come = À venir :

## Votre chronologie (connecté)
timeline-lead = Tout, de la demande à votre prochaine échéance, au même endroit. Les jours restants sont comptés à partir d'aujourd'hui, heure de Chine.
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = Aujourd'hui en Chine : { $date }
timeline-application-heading = Votre demande
timeline-application-number = Numéro de la demande :
timeline-no-application = Aucune demande n'est enregistrée pour votre permis de travail.
timeline-earlier = Demandes précédentes
timeline-asked-for = Le bureau a demandé :
timeline-after-heading = Après l'approbation
timeline-entry = Entrée en Chine avec le visa Z
timeline-residence = Permis de séjour (pour travail)
timeline-on-site = Vérification sur place de vos documents originaux
timeline-watch-heading = Dates à surveiller
timeline-letter-expires = Expiration de votre Lettre de notification
timeline-residence-due = Demander votre permis de séjour
timeline-on-site-due = Apporter vos documents originaux pour la vérification sur place
timeline-medical-expires = Expiration de votre rapport médical (la vérification sur place exige un rapport de moins de 6 mois)
refusal-document-expired = Motif : un document n'était plus valide au moment du dépôt de la demande (un extrait de casier judiciaire ou un rapport médical est valable 6 mois à compter de sa délivrance).
refusal-not-authenticated = Motif : un document étranger n'avait ni apostille ni légalisation consulaire.
refusal-points-too-low = Motif : le nombre de points était insuffisant pour la catégorie demandée.
