### Comprobación pública de un permiso de trabajo mostrado como código QR.

verify-title = Comprobar el código QR de un permiso de trabajo
verify-lead = Compruebe que un permiso de trabajo que le muestran como código QR es auténtico y sigue siendo válido. No necesita iniciar sesión.
verify-token-label = El texto del código QR
verify-token-hint = Escanee el código QR del titular con un lector de códigos QR y pegue aquí su texto.
verify-token-hint-scan = Escanee el código QR del titular con la cámara o pegue aquí su texto.
verify-token-missing = Pegue o escanee el texto del código QR
verify-submit = Comprobar
verify-scan = Escanear con la cámara
verify-scan-stop = Dejar de escanear
verify-camera-unavailable = No se puede usar la cámara. Pegue el texto del código QR.
verify-genuine = Auténtico: este permiso de trabajo es válido
verify-valid-until = Válido hasta
verify-expired = Este código QR ha caducado
verify-expired-advice = Los códigos QR son válidos durante 60 segundos. Pida al titular que muestre uno nuevo y vuelva a comprobarlo.
verify-invalid = Este código QR no es válido
verify-invalid-malformed = No es un código QR de la Tarjeta electrónica de Seguridad Social o ha sido modificado.
verify-invalid-purpose = Se generó para otro fin.
verify-invalid-revoked = La tarjeta o el permiso de trabajo asociado ya no es válido.
