## Nos noms pour les termes officiels ; hors du chinois, le terme chinois d'origine s'affiche à côté.

term-mohrss = Ministère des Ressources humaines et de la Sécurité sociale
term-service-system = Système de services pour les étrangers travaillant en Chine
term-work-permit = Permis de travail pour étrangers
term-work-permit-number = numéro de permis de travail
term-notification-letter = Lettre de notification du permis de travail pour étrangers
term-social-security-card = Carte de sécurité sociale
term-essc = carte de sécurité sociale électronique (e-SSC)
term-social-security-number = numéro de sécurité sociale
term-real-person-verification = vérification de la personne réelle (reconnaissance faciale)
term-pension = assurance vieillesse de base (retraite)
term-medical = assurance maladie de base
term-work-injury = assurance accidents du travail
term-unemployment = assurance chômage
term-maternity = assurance maternité
term-payment-record = relevé de cotisations
term-medical-settlement = règlement de l'assurance maladie
term-qr-code = code QR
term-past-employment = attestation d'expérience professionnelle
term-qualification = diplôme ou certificat de qualification professionnelle
term-criminal-record = extrait de casier judiciaire
term-physical-examination = rapport d'examen médical
term-employment-contract = contrat de travail ou lettre d'engagement
term-passport-page = page d'identité du passeport
term-id-photo = photo d'identité
term-service-hall = centre de services administratifs
term-category-a = Catégorie A (talents de haut niveau)
term-category-b = Catégorie B (talents professionnels)
term-category-c = Catégorie C (autres personnels étrangers)
term-card-number = numéro de carte
term-nationality = nationalité
term-employer = employeur
term-workplace = lieu de travail
term-position = poste
term-work-address = adresse de travail
term-validity = durée de validité
term-contribution-base = assiette de cotisation
term-employer-contribution = cotisation patronale
term-employee-contribution = cotisation salariale
term-contribution-period = période de cotisation (mois)
term-paid = payée
term-arrears = impayée
term-pending = en attente

## Où le titulaire trouve chaque numéro (indications sur les choix de connexion et d'inscription).
term-work-permit-number-where = 18 chiffres, sur votre Lettre de notification du permis de travail pour étrangers ou sur votre carte de permis de travail.
term-social-security-number-where = 18 caractères, sur une carte de sécurité sociale délivrée en Chine. Seulement si vous en avez une.
