## Déclaration d'accessibilité.

accessibility-title = Déclaration d'accessibilité
accessibility-lead = Nous voulons que chacun puisse utiliser ce service, sur un téléphone, sur un ordinateur ou sur un écran partagé dans un centre de services administratifs. Il est conçu pour respecter les Règles pour l'accessibilité des contenus Web (WCAG) 2.2, niveau AA.
accessibility-can-heading = Ce que vous pouvez faire
accessibility-can-keyboard = utiliser toutes les parties du service uniquement au clavier
accessibility-can-screen-reader = utiliser un lecteur d'écran : les pages ont des titres, les champs ont des étiquettes et les messages d'erreur sont reliés à leur champ
accessibility-can-zoom = agrandir jusqu'à 400 % ou utiliser un écran de 320 pixels de large sans perdre de contenu
accessibility-can-language = changer de langue à tout moment sans perdre votre progression, y compris pour l'arabe, qui s'écrit de droite à gauche
accessibility-can-motion = désactiver les animations dans les réglages de votre appareil : le service s'y conforme
accessibility-testing-heading = Comment nous testons ce service
accessibility-testing = Chaque page est vérifiée automatiquement avec le moteur d'accessibilité axe, dans chaque langue, à chaque modification du service. Nous testons aussi l'utilisation au clavier seul.
accessibility-limits-heading = Limites connues
accessibility-limits-chinese = Les termes officiels chinois sont marqués comme du chinois pour que les lecteurs d'écran puissent les prononcer. Certains lecteurs d'écran ne les lisent que si une voix chinoise est installée.
accessibility-limits-translations = Les traductions autres que l'anglais ont été rédigées et relues avec l'aide de la traduction automatique et n'ont pas encore été vérifiées par des agents publics dont c'est la langue maternelle. Si une phrase n'est pas claire, fiez-vous au terme officiel chinois affiché à côté du nôtre, ou demandez au personnel d'un centre de services administratifs.
accessibility-report-heading = Signaler un problème
accessibility-report = Si quelque chose ne fonctionne pas pour vous, parlez-en au personnel d'un centre de services administratifs, ou appelez la ligne d'assistance des assurances sociales au 12333.
accessibility-prepared = Cette déclaration a été établie le 27 novembre 2026.
