## Un quiosco compartido en un centro de servicios gubernamentales: la pantalla de bienvenida y el final de una visita. Solo se carga en un quiosco (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = Terminar
idle-title = ¿Sigue ahí?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = { $seconds ->
    [one] Para proteger sus datos, esta pantalla se borrará dentro de { $seconds } segundo.
   *[other] Para proteger sus datos, esta pantalla se borrará dentro de { $seconds } segundos.
}
idle-more-time = Necesito más tiempo
idle-finish-now = Terminar ahora
idle-ending = Cerrando su sesión y borrando la pantalla…
idle-ending-waiting = La conexión se ha interrumpido. Sus datos siguen ocultos y su sesión se cerrará en cuanto vuelva la conexión.

## La pantalla de bienvenida, donde empieza cada visita
welcome-touch = Toque para empezar
welcome-choose = Elija su idioma

## Al alcance: la página se desplaza hacia abajo en la pantalla, para usuarios de silla de ruedas o personas de baja estatura
reach-lower = Mover la página hacia abajo

## El teclado en pantalla para letras latinas y dígitos
osk-label = Teclado en pantalla
osk-space = Espacio
osk-backspace = Borrar
osk-done = Listo
osk-hyphen = Guion
osk-apostrophe = Apóstrofo
