## Page d'accueil.

home-title = Votre permis de travail figure désormais sur votre carte de sécurité sociale électronique
home-lead = Ce qui a changé pour les travailleurs étrangers en Chine, à quoi sert la carte et ce dont vous avez besoin — dans votre langue, avec les termes officiels chinois à côté des nôtres.

home-changed-heading = Ce qui a changé le 1er décembre 2024
home-changed-permit = Les travailleurs étrangers en Chine ne reçoivent plus de carte de permis de travail physique. Le ministère des Ressources humaines et de la Sécurité sociale a transféré le permis de travail sur la carte de sécurité sociale électronique (e-SSC).
home-changed-register = Pour inscrire votre e-SSC, vous indiquez votre nom complet exactement comme dans votre passeport et votre numéro de permis de travail ou votre numéro de sécurité sociale, puis vous passez une vérification faciale pour prouver que vous êtes une personne réelle.
home-changed-existing = Si vous avez déjà une carte de permis de travail physique valide, vous continuez à l'utiliser jusqu'à sa prochaine prolongation ou modification.
home-terms-heading = Les termes que vous rencontrerez

home-card-heading = À quoi sert l'e-SSC
home-card-intro = L'e-SSC est votre carte de sécurité sociale sur votre téléphone. Elle vous permet de :
home-card-identity = prouver votre identité lorsque vous utilisez des services publics
home-card-medical = présenter un code QR pour régler vos frais médicaux à l'hôpital et en pharmacie
home-card-permit = consulter et télécharger les informations de votre permis de travail : lieu de travail, poste et adresse de travail
home-card-payments = consulter vos relevés de cotisations d'assurances sociales, mois par mois
home-card-verify = permettre aux agents publics et aux employeurs de vérifier l'authenticité de votre permis de travail en scannant un code QR

home-insurance-heading = Les cinq assurances sociales
home-insurance-intro = Votre employeur vous inscrit aux assurances sociales et cotise chaque mois. Vous et votre employeur partagez la plupart des cotisations.
home-insurance-column-name = Assurance
home-insurance-column-payer = Qui paie
home-insurance-shared = Vous et votre employeur
home-insurance-employer = Votre employeur seul
home-insurance-maternity = Votre employeur seul ; dans la plupart des villes, elle fait désormais partie de l'assurance maladie
home-insurance-agreement = Si votre pays a signé un accord de sécurité sociale avec la Chine, un certificat d'affiliation délivré par votre pays d'origine peut vous dispenser de certaines de ces assurances.

home-documents-heading = Les documents pour un permis de travail
home-documents-intro = Votre employeur demande votre permis de travail en ligne. Vous lui remettez ces documents :
home-doc-past-employment = Délivrée par votre ancien employeur : votre poste, la période, un cachet ou une signature, et une personne à contacter qui peut la confirmer.
home-doc-qualification = Votre diplôme le plus élevé ou une qualification professionnelle ; un diplôme étranger doit être certifié.
home-doc-criminal-record = Généralement légalisé ou apostillé, avec une traduction.
home-doc-physical = Après votre arrivée, délivré par le centre international de santé des voyageurs ; valable 6 mois.
home-doc-contract = En chinois, précisant le lieu de travail, les fonctions, le salaire, la durée et le poste.
home-doc-passport = La page avec votre photo et vos informations personnelles.
home-doc-photo = Récente, sur fond blanc.
home-documents-translation = Les documents qui ne sont pas en chinois doivent être accompagnés d'une traduction en chinois portant le cachet de votre employeur.
home-documents-after = Quand le permis est accordé, vous recevez la Lettre de notification du permis de travail pour étrangers. Elle indique votre numéro de permis de travail, dont vous avez besoin pour inscrire votre e-SSC.
home-prepare-link = Préparer les documents de votre permis de travail
home-life-link = Nouveau passeport, nouvel employeur, permis bientôt expiré : que faire et dans quel délai
home-status-link = Suivre l'avancement de votre demande de permis de travail avec son numéro et votre date de naissance
