## Système de design : un exemple fonctionnel de chaque composant.

design-system-title = Système de design
design-system-lead = Des exemples fonctionnels des composants qu'utilise ce service, dans votre langue.
design-system-notice = Les exemples reprennent les termes de la
design-system-surname-label = Nom de famille
design-system-surname-hint = Tel qu'il figure dans votre passeport, en lettres latines.
design-system-surname-missing = Saisissez votre nom de famille
design-system-identifier-legend = Quel numéro allez-vous utiliser ?
design-system-identifier-ssn-hint = Seulement si vous en avez déjà un.
design-system-identifier-missing = Sélectionnez le numéro que vous allez utiliser
design-system-documents-legend = Quels documents avez-vous ?
design-system-documents-hint = Sélectionnez toutes les réponses qui s'appliquent.
design-system-documents-missing = Sélectionnez au moins un document
design-system-birth-legend = Date de naissance
design-system-birth-hint = Par exemple, 12 8 1974
design-system-birth-missing = Saisissez votre date de naissance : jour, mois et année
design-system-submit = Vérifier l'exemple
design-system-reset = Recommencer
design-system-panel-title = Exemple terminé
design-system-panel-body = Toutes les réponses de l'exemple ont été données.
design-system-summary-heading = Vos réponses à l'exemple
