## Une borne partagée dans un centre de services : l'écran d'accueil et la fin d'une visite. Chargé uniquement sur une borne (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = Terminer
idle-title = Êtes-vous toujours là ?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = { $seconds ->
    [one] Pour protéger vos informations, cet écran sera effacé dans { $seconds } seconde.
   *[other] Pour protéger vos informations, cet écran sera effacé dans { $seconds } secondes.
}
idle-more-time = J'ai besoin de plus de temps
idle-finish-now = Terminer maintenant
idle-ending = Déconnexion et effacement de l'écran…
idle-ending-waiting = La connexion est interrompue. Vos informations restent masquées, et votre session sera fermée dès que la connexion sera rétablie.

## L'écran d'accueil, où commence chaque visite
welcome-touch = Touchez pour commencer
welcome-choose = Choisissez votre langue

## À portée de main : la page descendue sur l'écran, pour les personnes en fauteuil roulant ou de petite taille
reach-lower = Descendre la page

## Le clavier à l'écran pour les lettres latines et les chiffres
osk-label = Clavier à l'écran
osk-space = Espace
osk-backspace = Effacer
osk-done = OK
osk-hyphen = Trait d'union
osk-apostrophe = Apostrophe
