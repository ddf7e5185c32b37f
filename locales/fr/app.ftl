## Le cadre de chaque page, et les mots partagés par les composants.

service-name = Carte de sécurité sociale électronique pour les travailleurs étrangers
# Le nom du service dans l'en-tête d'un écran étroit, où le nom complet prendrait plusieurs lignes.
service-name-short = e-SSC
skip-to-content = Aller au contenu principal
kiosk-badge = Appareil partagé
language-switcher-label = Langue
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = Impossible de charger la langue { $language }. Vérifiez votre connexion et choisissez-la à nouveau.
backend-unreachable = Vous êtes hors ligne, ou le service est injoignable. Vous pouvez toujours lire ces pages et utiliser le calculateur et la liste des documents ; la connexion à votre compte, votre carte et tout envoi au service nécessitent une connexion Internet.
update-ready = Une nouvelle version de ce service est disponible.
update-reload = Recharger pour l'utiliser
footer-nav-label = Liens d'assistance
footer-hotlines = Ligne d'assistance des assurances sociales : 12333. Ligne d'assistance des services d'immigration : 12367.
footer-disclaimer = Les termes officiels chinois s'affichent à côté des nôtres pour que vous puissiez les retrouver sur vos documents et auprès du personnel.

title-error-prefix = Erreur :
error-prefix = Erreur :
error-summary-title = Il y a un problème
back-link = Retour
change-link = Modifier
date-day = Jour
date-month = Mois
date-year = Année

not-found-title = Page introuvable
not-found-typed = Si vous avez saisi l'adresse web, vérifiez qu'elle est correcte.
not-found-pasted = Si vous avez collé l'adresse web, vérifiez que vous avez copié l'adresse entière.
not-found-home = Aller à la page d'accueil

page-loading = Chargement de la page…
page-load-failed = Cette page n'a pas pu être chargée.
page-load-failed-advice = Vérifiez votre connexion, puis réessayez. Rien de ce que vous avez saisi n'est perdu.
page-load-retry = Réessayer
