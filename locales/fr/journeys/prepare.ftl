## Préparer les documents du permis de travail : quelques questions, une estimation de la catégorie et une liste de contrôle personnelle. Public, sans compte.

prepare-title = Préparer les documents de votre permis de travail
prepare-lead = Découvrez quels documents il vous faut pour un permis de travail chinois, comment chacun doit être certifié et traduit, et quand l'obtenir.
prepare-does-heading = Ce que fait cet outil
prepare-does = Il établit votre propre liste de contrôle à partir de quelques réponses, estime la catégorie de votre permis et vous avertit quand un document expirerait trop près de la date de dépôt.
prepare-does-not = Il ne dépose rien. Votre employeur, ou l'agence qu'il mandate, dépose la demande en ligne. Vous rassemblez les documents.
prepare-need-heading = Ce dont vous avez besoin
prepare-need = Votre passeport, votre diplôme le plus élevé et la date à laquelle votre employeur prévoit de déposer la demande. Cela prend environ 5 minutes.
prepare-privacy = Vos réponses restent dans cet onglet du navigateur. Rien n'est envoyé à un serveur ni enregistré sur cet appareil : elles disparaissent quand vous fermez l'onglet.
prepare-start = Commencer
prepare-step = Préparer vos documents
prepare-continue = Continuer
prepare-lost = Vos réponses ne sont plus dans cet onglet : elles ne sont conservées que tant que l'onglet est ouvert.
prepare-start-again = Recommencer

prepare-nationality-title = Quelle est votre nationalité ?
prepare-nationality-hint = Comme indiqué dans votre passeport. Votre extrait de casier judiciaire provient généralement de ce pays.
prepare-country = Pays
prepare-choose-country = Choisissez un pays
prepare-nationality-missing = Sélectionnez votre nationalité

prepare-degree-title = Votre diplôme le plus élevé
prepare-education = Quel est votre diplôme le plus élevé ?
prepare-education-doctorate = Doctorat
prepare-education-master = Master
prepare-education-bachelor = Licence (bachelor)
prepare-education-none = Pas de licence ni de diplôme supérieur
prepare-education-missing = Sélectionnez votre diplôme le plus élevé
prepare-degree-country = Pays où vous l'avez obtenu
prepare-degree-country-hint = Le pays de l'université. Sans diplôme universitaire, le pays qui a délivré votre qualification professionnelle.
prepare-degree-country-missing = Sélectionnez le pays où vous avez obtenu votre diplôme ou votre qualification

prepare-application-title = À propos de la demande
prepare-application = Avez-vous déjà un permis de travail chinois ?
prepare-application-new = Non, c'est mon premier permis de travail en Chine
prepare-application-renewal = Oui, et je le renouvelle pour le même emploi
prepare-application-change-of-employer = Oui, et je change d'employeur
prepare-application-missing = Indiquez si vous avez déjà un permis de travail chinois
prepare-submission = Quand votre employeur déposera-t-il la demande ?
prepare-submission-hint = Une estimation suffit. Par exemple, 15 3 2027
prepare-submission-missing = Saisissez la date à laquelle votre employeur prévoit de déposer la demande
prepare-submission-invalid = Saisissez une date réelle, par exemple 15 3 2027
prepare-submission-past = La date de dépôt ne peut pas être déjà passée

prepare-points-title = À propos de l'emploi et de vous
prepare-points-hint = Vos réponses permettent d'estimer la catégorie de votre permis selon le barème officiel de points.
prepare-salary = Salaire annuel versé en Chine, en yuans
prepare-salary-hint = Avant impôt. Par exemple, 360000
prepare-salary-missing = Saisissez votre salaire annuel
prepare-salary-invalid = Saisissez le salaire en yuans, comme 360000
prepare-experience = Années d'expérience professionnelle pertinente
prepare-experience-invalid = Saisissez vos années d'expérience professionnelle en nombre entier, comme 3
prepare-months = Mois par an travaillés en Chine
prepare-months-invalid = Saisissez le nombre de mois en nombre entier, de 0 à 12
prepare-age = Votre âge en années
prepare-age-invalid = Saisissez votre âge en nombre entier, de 16 à 99, comme 34
prepare-chinese = Votre niveau de chinois
prepare-chinese-chinese-taught-degree-or-hsk5 = Un diplôme obtenu en chinois, ou HSK 5 ou 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = Aucun niveau certifié
prepare-chinese-missing = Sélectionnez votre niveau de chinois
prepare-bonus = L'une de ces situations s'applique-t-elle à vous ?
prepare-bonus-hint = Sélectionnez toutes les réponses qui s'appliquent.
prepare-bonus-location = L'emploi se situe dans la région de l'Ouest, dans une ancienne base industrielle du Nord-Est ou dans un district de lutte contre la pauvreté
prepare-bonus-distinction = Vous avez obtenu votre diplôme dans une université de premier rang, vous travaillez pour une entreprise du Fortune 500, vous détenez de la propriété intellectuelle ou vous avez travaillé en Chine pendant 5 ans ou plus

prepare-estimate-title = Votre catégorie estimée
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total } sur { $max } points
prepare-estimate-a = 85 points ou plus : catégorie A, talents de haut niveau.
prepare-estimate-b = De 60 à 84 points : catégorie B, talents professionnels.
prepare-estimate-c = Moins de 60 points : catégorie C, autres personnels étrangers. Les places sont limitées par des quotas.
prepare-factors = Points par critère
prepare-factor = Critère
prepare-points = Points
prepare-points-max = Maximum possible
prepare-factor-salary = Salaire annuel
prepare-factor-education = Formation
prepare-factor-work-experience = Expérience professionnelle
prepare-factor-months-in-china = Mois par an en Chine
prepare-factor-chinese-level = Chinois
prepare-factor-work-location = Lieu de travail
prepare-factor-age = Âge
prepare-factor-distinction = Université, employeur, propriété intellectuelle ou années en Chine
prepare-direct-heading = Autres voies d'accès à une catégorie
prepare-direct-a = La catégorie A est aussi accordée aux talents de haut niveau reconnus, quels que soient leurs points, par exemple les lauréats de grands prix internationaux ou les personnes sélectionnées par des programmes nationaux de talents.
prepare-direct-b = La catégorie B est aussi accordée, par exemple, aux titulaires d'une licence ou d'un diplôme supérieur ayant au moins 2 ans d'expérience professionnelle pertinente.
prepare-authority-decides = Ceci est une estimation établie à partir du barème de points publié. L'autorité décide de la catégorie lorsqu'elle examine la demande.
prepare-category = Pour quelle catégorie votre employeur va-t-il déposer la demande ?
prepare-category-hint = Votre employeur connaît peut-être une voie que cette estimation ne couvre pas. Votre liste de contrôle en dépend : pour la catégorie A, vous pouvez signer un engagement au lieu d'obtenir un extrait de casier judiciaire.
prepare-category-missing = Sélectionnez la catégorie que votre employeur va demander
prepare-see-checklist = Voir votre liste de contrôle

prepare-tasks-title = Votre liste de contrôle des documents
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = Documents terminés : { $done } sur { $total }.
prepare-tasks-lead = Sélectionnez un document pour voir qui le délivre, comment le certifier et le traduire, et jusqu'à quand il est valable.
prepare-status-not-started = Pas commencé
prepare-status-in-progress = En cours
prepare-status-completed = Terminé
prepare-status-cannot-start-yet = Trop tôt pour commencer
prepare-status-problem = Il y a un problème
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = Votre { $document } n'est valable que jusqu'au { $date }, avant la date de dépôt prévue. Procurez-vous-en un nouveau.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = Votre { $document } n'est valable que jusqu'au { $date }, soit { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après la date de dépôt prévue. Si le dépôt est retardé, il ne sera plus valable.
prepare-answers = Vos réponses
prepare-change = Modifier
prepare-filing-date = Date de dépôt
prepare-category-short = Catégorie

prepare-document-passport = Page d'identité du passeport
prepare-document-photo = Photo d'identité
prepare-document-job-contract = Contrat de travail ou lettre d'engagement
prepare-document-degree = Diplôme ou certificat de qualification professionnelle
prepare-document-work-experience = Attestation d'expérience professionnelle
prepare-document-criminal-record = Extrait de casier judiciaire
prepare-document-medical-report = Rapport d'examen médical
prepare-issuer = Qui le délivre
prepare-issuer-passport = Vous-même : un scan ou une photo nette de la page avec votre photo et vos informations.
prepare-issuer-photo = Un photographe, ou vous-même : une photo couleur récente, tête nue, sur fond blanc.
prepare-issuer-job-contract = Votre nouvel employeur en Chine.
prepare-issuer-degree = L'université, ou l'organisme qui vous a délivré votre qualification professionnelle.
prepare-issuer-work-experience = Votre ancien employeur : votre poste, la période, vos fonctions, un cachet ou une signature et une personne à contacter qui peut la confirmer.
prepare-issuer-criminal-record = La police ou les tribunaux du pays dont vous avez la nationalité, ou du pays où vous résidez habituellement.
prepare-issuer-medical-report = Un hôpital à l'étranger, ou le centre international de santé des voyageurs en Chine, qui vérifie aussi les rapports établis à l'étranger.
prepare-certify = Comment le certifier
prepare-certify-none = Il ne nécessite ni apostille ni légalisation.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = Faites apposer une apostille par l'autorité compétente du pays d'émission ({ $country }). La Convention Apostille s'applique entre ce pays et la Chine depuis le { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = La Convention Apostille ne s'applique pas entre la Chine et le pays d'émission ({ $country }) : faites légaliser le document par les autorités de ce pays, puis par une ambassade ou un consulat de Chine dans ce pays.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = La règle applicable aux documents du pays d'émission ({ $country }) n'est pas établie. Renseignez-vous auprès de votre employeur ou du bureau local des permis de travail avant de le faire certifier.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = Un diplôme est un acte sous seing privé : faites-le d'abord certifier par un notaire du pays d'émission ({ $country }).
prepare-alternative-cscse-verification = À la place, vous pouvez faire vérifier votre diplôme par le CSCSE (China Service Center for Scholarly Exchange, 中国留学服务中心) ; l'autorité accepte cette vérification.
prepare-alternative-pledge = Pour la catégorie A, vous pouvez signer un engagement d'absence de casier judiciaire au lieu d'obtenir cet extrait.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = Source : { $source }, au { $date }.
prepare-certify-uncertain = Cette règle provient de sources secondaires ou n'est pas établie. Vérifiez-la auprès de votre employeur avant de payer une certification.
prepare-translation = Traduction
prepare-translation-not-needed = Il ne nécessite pas de traduction.
prepare-translation-sealed-by-employer = S'il n'est pas en chinois, il doit être accompagné d'une traduction en chinois portant le cachet de votre employeur.
prepare-translation-chinese-version = Il doit exister en version chinoise précisant le lieu de travail, les fonctions, le salaire, la durée et le poste.
prepare-validity = Validité
prepare-validity-none = Il n'expire pas pour cette demande.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = Valable { $months } mois à compter de sa date de délivrance, et non de sa certification.
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = Obtenez-le à partir du { $date }. Un document délivré plus tôt expirerait moins de 30 jours après le dépôt prévu.
prepare-issued = Quand a-t-il été délivré ?
prepare-issued-hint = Laissez vide si vous ne l'avez pas encore. Par exemple, 15 9 2026
prepare-issued-invalid = Saisissez une date de délivrance réelle, par exemple 15 9 2026
prepare-issued-future = La date de délivrance ne peut pas être dans le futur
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = Il est valable jusqu'au { $date }.
prepare-ready-legend = État
prepare-ready = Ce document est prêt
prepare-save = Enregistrer et revenir à la liste
prepare-files = Fichiers
prepare-files-hint = JPEG, PNG ou PDF, jusqu'à 1 MB chacun. Le type est lu dans le fichier lui-même, pas dans son nom. Rien n'est téléversé : les fichiers restent dans cet onglet jusqu'à ce que vous téléchargiez votre dossier.
prepare-photo-hint = Une photo JPEG, 3 de large sur 4 de haut, de 354 × 472 à 420 × 560 pixels et de 40 KB à 120 KB, sur fond blanc. N'importe quelle photo de téléphone convient : elle est vérifiée ici et peut être corrigée automatiquement.
prepare-add-files = Ajouter des fichiers
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name } : { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name } : le navigateur n'a pas pu lire ce fichier. Choisissez-le à nouveau.
prepare-no-files = Aucun fichier ajouté pour l'instant.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = Supprimer
prepare-package = Continuer plus tard
prepare-package-hint = Téléchargez un dossier contenant vos réponses, l'avancement de chaque document et vos fichiers. Ouvrez-le ici plus tard pour reprendre, ou remettez-le au service RH de votre employeur. Rien n'est conservé dans ce navigateur.
prepare-download-package = Télécharger votre dossier
prepare-print-checklist = Imprimer la liste
prepare-have-package = J'ai un dossier
prepare-open-package = Ouvrir votre dossier
prepare-open-package-hint = Le fichier .zip que vous avez téléchargé depuis ce service.
prepare-package-not-ours = Ce fichier n'est pas un dossier de ce service, ou il est endommagé. Choisissez le fichier .zip que vous avez téléchargé.
prepare-package-changed = Un fichier de ce dossier a été modifié depuis sa création. Choisissez le dossier tel que vous l'avez téléchargé.
prepare-package-too-large = Le dossier est trop volumineux. Supprimez quelques fichiers et réessayez.
prepare-checklist-for = Liste de contrôle pour le service RH de l'employeur
prepare-column-document = Document
prepare-column-status = État
prepare-column-dates = Date de délivrance et fin de validité

## La photo d'identité : vérification et correction automatique
prepare-photo-choose = Choisissez votre photo
prepare-photo-passes = Votre photo respecte toutes les règles. Elle a été ajoutée à ce document.
prepare-photo-problems = Votre photo ne respecte pas ces règles :
prepare-photo-not-jpeg = C'est un fichier PNG ; l'envoi n'accepte que le JPEG.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = Elle fait { $width } × { $height } pixels ; il en faut au moins { $min-width } × { $min-height }. La correction ne peut pas ajouter de détails : prenez une nouvelle photo.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = Elle fait { $width } × { $height } pixels ; au maximum { $max-width } × { $max-height } sont acceptés.
prepare-photo-wrong-ratio = Elle ne fait pas 3 de large sur 4 de haut, le format exigé pour l'envoi.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = Elle fait { $size } ; le maximum accepté est de { $limit }.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = Elle fait { $size } ; il faut au moins { $limit }.
prepare-photo-background = Le fond ne semble pas blanc. La correction ne peut pas le modifier : si possible, prenez une nouvelle photo devant un mur blanc uni.
prepare-photo-fix-heading = Correction automatique
prepare-photo-fix-explain = La photo ci-dessous est recadrée au format 3 × 4, redimensionnée et enregistrée en JPEG à la bonne taille. Si votre visage n'est pas dans le cadre, déplacez le cadre. Vérifiez le résultat, puis utilisez-le.
prepare-photo-before = Avant :
prepare-photo-after = Après :
prepare-photo-before-alt = Votre photo, avec un cadre indiquant la partie conservée
prepare-photo-after-alt = La photo corrigée
prepare-photo-across = Déplacer le cadre vers la gauche ou la droite
prepare-photo-down = Déplacer le cadre vers le haut ou le bas
prepare-photo-fixing = Correction de la photo…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } pixels, { $size }
prepare-photo-fix-failed = Ce navigateur n'a pas pu corriger la photo. Essayez un autre navigateur, ou corrigez-la avec un logiciel de retouche photo.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = La photo corrigée ne peut pas être ramenée entre { $smallest } et { $largest } : la photo contient trop peu de détails. Prenez une photo plus nette, avec un bon éclairage.
prepare-photo-use = Utiliser la photo corrigée
prepare-photo-download = Télécharger la photo corrigée
prepare-photo-used = La photo corrigée a été ajoutée à ce document.

## Assembler les photos d'un document papier en un seul PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = Plus de { $limit } : créez un seul PDF à partir des images pour réduire la taille.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = Les photos des pages d'un document papier peuvent être réunies en un seul PDF de moins de { $limit }, une page par photo, dans l'ordre où vous les avez ajoutées.
prepare-combine = Créer un seul PDF à partir des images
prepare-combining = Création du PDF…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = { $pages ->
    [one] L'image est maintenant un PDF de { $pages } page.
   *[other] Les images forment maintenant un seul PDF de { $pages } pages.
}
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = Les pages ne tiennent pas dans { $limit }, même à une résolution plus basse. Supprimez quelques images et créez deux PDF.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name } : le navigateur n'a pas pu lire cette image. Supprimez-la et ajoutez-la à nouveau.
