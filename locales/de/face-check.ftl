### The face check after registration, the camera-problem page and in-person verification.

face-check-title = Zeigen Sie, dass Sie es wirklich sind
face-intro-lead = Die Sozialversicherung prüft, ob die Person, die sich registriert, auch die Person im Pass ist. Das dauert mit der Kamera dieses Geräts weniger als eine Minute.
face-intro-what-heading = So läuft es ab
face-intro-step-allow = Ihr Browser fragt, ob diese Seite die Kamera verwenden darf. Wählen Sie „Zulassen“ (oder „Erlauben“).
face-intro-step-frame = Bringen Sie Ihr Gesicht in das Oval auf dem Bildschirm.
face-intro-step-turn = Folgen Sie den Anweisungen: Schauen Sie geradeaus und drehen Sie dann den Kopf langsam zu einer Seite und zurück. Dabei nehmen wir einige Bilder auf.
face-intro-privacy = Die Bilder werden nur für diese Prüfung verwendet. Die Kamera schaltet sich aus, wenn die Prüfung endet oder wenn Sie diese Seite verlassen.
face-start-camera = Kamera einschalten
face-ready-heading = Machen Sie sich bereit
face-ready-frame = Halten Sie Ihr ganzes Gesicht im Oval.
face-ready-turn = Drehen Sie den Kopf nach dem Start der Prüfung langsam, wie in den Anweisungen beschrieben.
face-ready-light = Wenden Sie das Gesicht dem Licht zu; stehen Sie nicht mit einem Fenster oder einer Lampe im Rücken.
face-start-check = Prüfung starten
face-prompt-look-ahead = Schauen Sie direkt in die Kamera
face-prompt-turn-one-way = Drehen Sie den Kopf langsam zu einer Seite
face-prompt-turn-back = Drehen Sie den Kopf jetzt langsam zur anderen Seite
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = Bild { $current } von { $total }
face-uploading = Die Bilder werden gesendet
face-failed-heading = Die Prüfung war nicht erfolgreich
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = { $remaining ->
    [one] Sie haben noch { $remaining } Versuch. Danach müssen Sie Ihre Identität persönlich prüfen lassen.
   *[other] Sie haben noch { $remaining } Versuche. Danach müssen Sie Ihre Identität persönlich prüfen lassen.
}
face-try-again = Erneut versuchen
face-not-sent = Die Bilder wurden nicht geprüft.
face-send-again = Bilder erneut senden
face-no-pictures = Es wurden keine Bilder gesendet, und dies zählt nicht als Versuch.
face-in-person-link = Identität stattdessen persönlich prüfen lassen

face-failure-undecodable = Die Bilder konnten nicht gelesen werden.
face-advice-undecodable = Versuchen Sie es erneut. Wenn das wieder passiert, verwenden Sie einen anderen Browser oder ein anderes Gerät.
face-failure-resolution-too-low = Die Bilder sind zu klein.
face-advice-resolution-too-low = Schließen Sie andere Apps, die die Kamera verwenden, oder nutzen Sie ein Gerät mit einer besseren Kamera.
face-failure-too-dark = Zu dunkel.
face-advice-too-dark = Gehen Sie an einen helleren Ort oder schalten Sie vor sich ein Licht ein.
face-failure-too-bright = Zu hell.
face-advice-too-bright = Gehen Sie aus dem direkten Sonnenlicht oder weg von einem hellen Licht hinter oder über Ihnen.
face-failure-blurry = Die Bilder sind unscharf.
face-advice-blurry = Wischen Sie die Kameralinse ab und halten Sie das Gerät ruhig.
face-failure-no-motion = Es wurde keine Bewegung erkannt.
face-advice-no-motion = Drehen Sie den Kopf langsam, wenn die Anweisungen Sie dazu auffordern. Mit einem Foto oder einem Standbild ist die Prüfung nicht zu bestehen.
face-failure-no-face = Auf den Bildern wurde kein Gesicht gefunden.
face-advice-no-face = Schauen Sie direkt in die Kamera, mit dem ganzen Gesicht im Oval. Nehmen Sie Sonnenbrille, Maske oder Hut ab, wenn sie Ihr Gesicht verdecken.
face-failure-face-too-small = Ihr Gesicht ist auf dem Bild zu klein.
face-advice-face-too-small = Kommen Sie näher, sodass Ihr Gesicht das Oval ausfüllt.
face-failure-too-few-frames = Es wurden nicht genug Bilder aufgenommen.
face-advice-too-few-frames = Lassen Sie diese Seite geöffnet und im Vordergrund, bis die Prüfung endet.

face-camera-title = Die Kamera kann nicht verwendet werden
face-camera-denied = Ihr Browser hat dieser Seite nicht erlaubt, die Kamera zu verwenden.
face-camera-absent = Es wurde keine Kamera gefunden, oder dieser Browser kann sie nicht verwenden.
face-camera-busy = Eine andere App verwendet die Kamera. Schließen Sie sie und versuchen Sie es dann erneut.
face-camera-allow-heading = So erlauben Sie den Kamerazugriff
face-camera-allow-icon = Wählen Sie das Kamera- oder Schlosssymbol neben der Webadresse.
face-camera-allow-choose = Wählen Sie für die Kamera „Zulassen“ (oder „Erlauben“).
face-camera-allow-reload = Kehren Sie zu dieser Seite zurück und wählen Sie „Erneut versuchen“.
face-camera-other-heading = Andere Wege zum Abschluss
face-camera-other-device = Melden Sie sich auf einem Mobiltelefon oder Computer mit Kamera an und machen Sie dort weiter. Ihre Registrierung ist gespeichert.
face-camera-other-in-person = Lassen Sie Ihre Identität persönlich in einem Servicezentrum prüfen.

face-in-person-title = Identität persönlich prüfen lassen
face-in-person-lead = Ihre Identität konnte nicht mit der Kamera geprüft werden. Deshalb prüfen die Mitarbeitenden sie persönlich.
face-in-person-where = Gehen Sie zu einem Servicezentrum der Sozialversicherung in der Stadt, in der Sie arbeiten. Prüfen Sie vorher die Öffnungszeiten.
face-in-person-bring-heading = Was Sie mitbringen müssen
face-in-person-bring-passport = Ihren Pass.
face-in-person-bring-number = Ihre Arbeitserlaubnisnummer aus dem Mitteilungsschreiben.
face-in-person-bring-phone = Das Mobiltelefon, dessen Nummer Sie registriert haben, falls Sie eine angegeben haben.
face-in-person-saved = Ihre Registrierung ist gespeichert. Ihre Karte bleibt inaktiv, bis die Mitarbeitenden Ihre Identität geprüft haben.
face-in-person-card-link = Zu Ihrer Karte

