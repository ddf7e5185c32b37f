### La verificación facial después del registro, la página de problemas con la cámara y la verificación en persona.

face-check-title = Demuestre que es usted
face-intro-lead = El servicio de seguridad social comprueba que la persona que se registra es la titular del pasaporte. Con la cámara de este dispositivo, tarda menos de un minuto.
face-intro-what-heading = Qué ocurre
face-intro-step-allow = Su navegador le pregunta si esta página puede usar la cámara. Elija Permitir.
face-intro-step-frame = Coloque la cara dentro del óvalo de la pantalla.
face-intro-step-turn = Siga las instrucciones: mire al frente y luego gire la cabeza despacio hacia un lado y vuelva. Mientras lo hace, tomamos algunas fotos.
face-intro-privacy = Las fotos solo se usan para esta verificación. La cámara se apaga cuando termina la verificación o cuando sale de esta página.
face-start-camera = Encender la cámara
face-ready-heading = Prepárese
face-ready-frame = Mantenga toda la cara dentro del óvalo.
face-ready-turn = Cuando empiece la verificación, gire la cabeza despacio según indiquen las instrucciones.
face-ready-light = Póngase de frente a una luz; no se coloque con una ventana o una lámpara detrás.
face-start-check = Empezar la verificación
face-prompt-look-ahead = Mire directamente a la cámara
face-prompt-turn-one-way = Gire la cabeza despacio hacia un lado
face-prompt-turn-back = Ahora gire despacio hacia el otro lado
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = Foto { $current } de { $total }
face-uploading = Enviando las fotos
face-failed-heading = No se superó la verificación
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = { $remaining ->
    [one] Puede intentarlo una vez más. Después, tendrá que verificar su identidad en persona.
   *[other] Puede intentarlo { $remaining } veces más. Después, tendrá que verificar su identidad en persona.
}
face-try-again = Reintentar
face-not-sent = Las fotos no se verificaron.
face-send-again = Volver a enviar las fotos
face-no-pictures = No se envió ninguna foto, y este intento no cuenta.
face-in-person-link = Verificar su identidad en persona

face-failure-undecodable = No se pudieron leer las fotos.
face-advice-undecodable = Vuelva a intentarlo. Si vuelve a ocurrir, use otro navegador u otro dispositivo.
face-failure-resolution-too-low = Las fotos son demasiado pequeñas.
face-advice-resolution-too-low = Cierre otras aplicaciones que usen la cámara o use un dispositivo con una cámara mejor.
face-failure-too-dark = Demasiado oscuro.
face-advice-too-dark = Vaya a un lugar con más luz o encienda una luz delante de usted.
face-failure-too-bright = Demasiada luz.
face-advice-too-bright = Apártese de la luz directa del sol o de una luz intensa detrás o encima de usted.
face-failure-blurry = Las fotos están borrosas.
face-advice-blurry = Limpie la lente de la cámara y mantenga el dispositivo quieto.
face-failure-no-motion = No se detectó movimiento.
face-advice-no-motion = Gire la cabeza despacio cuando se lo pidan las instrucciones. Una foto o una imagen fija no puede superar la verificación.
face-failure-no-face = No se encontró ninguna cara en las fotos.
face-advice-no-face = Mire directamente a la cámara con toda la cara dentro del óvalo. Quítese las gafas de sol, la mascarilla o el sombrero si le tapan la cara.
face-failure-face-too-small = Su cara aparece demasiado pequeña en la foto.
face-advice-face-too-small = Acérquese para que su cara llene el óvalo.
face-failure-too-few-frames = No se tomaron suficientes fotos.
face-advice-too-few-frames = Mantenga esta página abierta y delante de otras ventanas hasta que termine la verificación.

face-camera-title = No se puede usar la cámara
face-camera-denied = Su navegador no permitió que esta página usara la cámara.
face-camera-absent = No se encontró ninguna cámara, o este navegador no puede usarla.
face-camera-busy = Otra aplicación está usando la cámara. Ciérrela y vuelva a intentarlo.
face-camera-allow-heading = Para permitir la cámara
face-camera-allow-icon = Seleccione el icono de la cámara o del candado junto a la dirección web.
face-camera-allow-choose = Elija Permitir para la cámara.
face-camera-allow-reload = Vuelva a esta página y seleccione Reintentar.
face-camera-other-heading = Otras formas de terminar
face-camera-other-device = Inicie sesión en un teléfono o una computadora con cámara y continúe allí. Su registro está guardado.
face-camera-other-in-person = Verifique su identidad en persona en un centro de servicios gubernamentales.

face-in-person-title = Verifique su identidad en persona
face-in-person-lead = No se pudo comprobar su identidad con la cámara, así que el personal la comprobará en persona.
face-in-person-where = Acuda a un centro de servicios gubernamentales que atienda trámites de seguridad social en la ciudad donde trabaja. Antes de ir, consulte su horario de atención.
face-in-person-bring-heading = Qué debe llevar
face-in-person-bring-passport = Su pasaporte.
face-in-person-bring-number = Su número de permiso de trabajo, que figura en la Carta de Notificación.
face-in-person-bring-phone = El teléfono móvil que registró, si dio un número.
face-in-person-saved = Su registro está guardado. Su tarjeta seguirá inactiva hasta que el personal compruebe su identidad.
face-in-person-card-link = Ir a su tarjeta
