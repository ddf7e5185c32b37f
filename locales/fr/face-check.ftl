### La vérification faciale après l'inscription, la page en cas de problème de caméra et la vérification en personne.

face-check-title = Montrez que c'est bien vous
face-intro-lead = Le service de sécurité sociale vérifie que la personne qui s'inscrit est bien le titulaire du passeport. Cela prend moins d'une minute avec la caméra de cet appareil.
face-intro-what-heading = Comment ça se passe
face-intro-step-allow = Votre navigateur demande si cette page peut utiliser la caméra. Choisissez Autoriser.
face-intro-step-frame = Placez votre visage dans l'ovale à l'écran.
face-intro-step-turn = Suivez les instructions : regardez droit devant, tournez lentement la tête d'un côté, puis revenez au centre. Nous prenons quelques photos pendant ce temps.
face-intro-privacy = Les photos servent uniquement à cette vérification. La caméra s'éteint à la fin de la vérification ou quand vous quittez cette page.
face-start-camera = Allumer la caméra
face-ready-heading = Préparez-vous
face-ready-frame = Gardez tout votre visage dans l'ovale.
face-ready-turn = Quand la vérification commence, tournez lentement la tête comme l'indiquent les instructions.
face-ready-light = Placez-vous face à la lumière ; ne vous tenez pas dos à une fenêtre ou à une lampe.
face-start-check = Lancer la vérification
face-prompt-look-ahead = Regardez la caméra bien en face
face-prompt-turn-one-way = Tournez lentement la tête d'un côté
face-prompt-turn-back = Tournez maintenant lentement de l'autre côté
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = Photo { $current } sur { $total }
face-uploading = Envoi des photos
face-failed-heading = La vérification n'a pas réussi
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = { $remaining ->
    [one] Il vous reste { $remaining } essai. Ensuite, vous devrez faire vérifier votre identité en personne.
   *[other] Il vous reste { $remaining } essais. Ensuite, vous devrez faire vérifier votre identité en personne.
}
face-try-again = Réessayer
face-not-sent = Les photos n'ont pas été vérifiées.
face-send-again = Renvoyer les photos
face-no-pictures = Aucune photo n'a été envoyée, et cette tentative n'a pas été comptée.
face-in-person-link = Faire plutôt vérifier votre identité en personne

face-failure-undecodable = Les photos n'ont pas pu être lues.
face-advice-undecodable = Réessayez. Si cela se reproduit, utilisez un autre navigateur ou un autre appareil.
face-failure-resolution-too-low = Les photos sont trop petites.
face-advice-resolution-too-low = Fermez les autres applications qui utilisent la caméra, ou utilisez un appareil doté d'une meilleure caméra.
face-failure-too-dark = Trop sombre.
face-advice-too-dark = Allez dans un endroit plus lumineux ou allumez une lumière devant vous.
face-failure-too-bright = Trop lumineux.
face-advice-too-bright = Éloignez-vous de la lumière directe du soleil, ou d'une lumière vive derrière ou au-dessus de vous.
face-failure-blurry = Les photos sont floues.
face-advice-blurry = Essuyez l'objectif de la caméra et tenez l'appareil immobile.
face-failure-no-motion = Aucun mouvement n'a été détecté.
face-advice-no-motion = Tournez lentement la tête quand les instructions vous le demandent. Une photo ou une image fixe ne peut pas réussir la vérification.
face-failure-no-face = Aucun visage n'a été trouvé sur les photos.
face-advice-no-face = Regardez la caméra bien en face, avec tout votre visage dans l'ovale. Retirez lunettes de soleil, masque ou chapeau qui cachent votre visage.
face-failure-face-too-small = Votre visage est trop petit sur la photo.
face-advice-face-too-small = Rapprochez-vous, pour que votre visage remplisse l'ovale.
face-failure-too-few-frames = Trop peu de photos ont été prises.
face-advice-too-few-frames = Gardez cette page ouverte et au premier plan jusqu'à la fin de la vérification.

face-camera-title = La caméra ne peut pas être utilisée
face-camera-denied = Votre navigateur n'a pas autorisé cette page à utiliser la caméra.
face-camera-absent = Aucune caméra n'a été trouvée, ou ce navigateur ne peut pas l'utiliser.
face-camera-busy = Une autre application utilise la caméra. Fermez-la, puis réessayez.
face-camera-allow-heading = Pour autoriser la caméra
face-camera-allow-icon = Sélectionnez l'icône de caméra ou de cadenas à côté de l'adresse web.
face-camera-allow-choose = Choisissez Autoriser pour la caméra.
face-camera-allow-reload = Revenez sur cette page et sélectionnez Réessayer.
face-camera-other-heading = Autres façons de terminer
face-camera-other-device = Connectez-vous sur un téléphone ou un ordinateur équipé d'une caméra et continuez là-bas. Votre inscription est enregistrée.
face-camera-other-in-person = Faites vérifier votre identité en personne dans un centre de services administratifs.

face-in-person-title = Faire vérifier votre identité en personne
face-in-person-lead = Votre identité n'a pas pu être vérifiée avec la caméra : le personnel la vérifiera donc en personne.
face-in-person-where = Rendez-vous dans un centre de services de la sécurité sociale de la ville où vous travaillez. Vérifiez ses horaires d'ouverture avant d'y aller.
face-in-person-bring-heading = Ce qu'il faut apporter
face-in-person-bring-passport = Votre passeport.
face-in-person-bring-number = Votre numéro de permis de travail, indiqué sur la Lettre de notification.
face-in-person-bring-phone = Le téléphone mobile dont vous avez indiqué le numéro, si vous en avez donné un.
face-in-person-saved = Votre inscription est enregistrée. Votre carte reste non activée jusqu'à ce que le personnel ait vérifié votre identité.
face-in-person-card-link = Aller à votre carte
