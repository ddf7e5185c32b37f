## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = Encerrar
idle-title = Você ainda está aí?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = { $seconds ->
    [one] Para proteger seus dados, esta tela será apagada em { $seconds } segundo.
   *[other] Para proteger seus dados, esta tela será apagada em { $seconds } segundos.
}
idle-more-time = Preciso de mais tempo
idle-finish-now = Encerrar agora
idle-ending = Desconectando você e apagando a tela…
idle-ending-waiting = A conexão caiu. Seus dados continuam ocultos, e sua sessão será encerrada assim que ela voltar.

## The welcome screen, where each visit starts
welcome-touch = Toque para começar
welcome-choose = Escolha seu idioma

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = Mover a página para baixo

## The on-screen keyboard for Latin letters and digits
osk-label = Teclado na tela
osk-space = Espaço
osk-backspace = Apagar
osk-done = Concluído
osk-hyphen = Hífen
osk-apostrophe = Apóstrofo
