## Connexion et déconnexion, zone du compte dans l'en-tête, et page de la carte.

header-sign-in = Se connecter
header-sign-out = Se déconnecter
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = Connecté : { $name }
network-failed = La connexion a échoué. Vérifiez votre connexion et réessayez. Vos réponses sont conservées.

sign-in-title = Connectez-vous à votre e-SSC
sign-in-lead = Utilisez le numéro et le mot de passe indiqués lors de votre inscription.
sign-in-kind-legend = Avec quel numéro vous connectez-vous ?
sign-in-kind-missing = Sélectionnez le numéro avec lequel vous vous connectez
sign-in-identifier-label = Votre numéro
sign-in-identifier-hint = 18 caractères. Vous pouvez mettre des espaces entre les groupes.
sign-in-identifier-missing = Saisissez votre numéro
sign-in-password-label = Mot de passe
sign-in-password-missing = Saisissez votre mot de passe
sign-in-submit = Se connecter
password-show = Afficher le mot de passe
password-hide = Masquer le mot de passe

signed-out-title = Déconnexion effectuée
signed-out-body = Votre session sur cet appareil est terminée. Sur un appareil partagé, fermez aussi la fenêtre du navigateur.
signed-out-again = Se reconnecter
