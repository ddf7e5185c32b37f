### The face check after registration, the camera-problem page and in-person verification.

face-check-title = Show that it is really you
face-intro-lead = The social security service checks that the person registering is the holder of the passport. This takes less than a minute with the camera of this device.
face-intro-what-heading = What happens
face-intro-step-allow = Your browser asks whether this page may use the camera. Choose Allow.
face-intro-step-frame = Place your face inside the oval on the screen.
face-intro-step-turn = Follow the instructions: look ahead, then turn your head slowly one way and back. We take a few pictures while you do.
face-intro-privacy = The pictures are used only for this check. The camera turns off when the check ends or when you leave this page.
face-start-camera = Turn on the camera
face-ready-heading = Get ready
face-ready-frame = Keep your whole face inside the oval.
face-ready-turn = When the check starts, turn your head slowly as the instructions say.
face-ready-light = Face a light; do not stand with a window or lamp behind you.
face-start-check = Start the check
face-prompt-look-ahead = Look straight at the camera
face-prompt-turn-one-way = Turn your head slowly to one side
face-prompt-turn-back = Now turn slowly to the other side
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = Picture { $current } of { $total }
face-uploading = Sending the pictures
face-failed-heading = The check did not pass
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = { $remaining ->
    [one] You can try once more. After that, you will need to verify your identity in person.
   *[other] You can try { $remaining } more times. After that, you will need to verify your identity in person.
}
face-try-again = Try again
face-not-sent = The pictures were not checked.
face-send-again = Send the pictures again
face-no-pictures = No pictures were sent, and this did not count as a try.
face-in-person-link = Verify your identity in person instead

face-failure-undecodable = The pictures could not be read.
face-advice-undecodable = Try again. If this happens again, use another browser or device.
face-failure-resolution-too-low = The pictures are too small.
face-advice-resolution-too-low = Close other apps that use the camera, or use a device with a better camera.
face-failure-too-dark = Too dark.
face-advice-too-dark = Move somewhere brighter or turn on a light in front of you.
face-failure-too-bright = Too bright.
face-advice-too-bright = Move out of direct sunlight, or away from a bright light behind or above you.
face-failure-blurry = The pictures are blurred.
face-advice-blurry = Wipe the camera lens and hold the device still.
face-failure-no-motion = No movement was seen.
face-advice-no-motion = Turn your head slowly when the instructions ask you to. A photo or a still picture cannot pass.
face-failure-no-face = No face was found in the pictures.
face-advice-no-face = Look straight at the camera with your whole face inside the oval. Take off sunglasses, a mask or a hat that hides your face.
face-failure-face-too-small = Your face is too small in the picture.
face-advice-face-too-small = Come closer, so that your face fills the oval.
face-failure-too-few-frames = Not enough pictures were taken.
face-advice-too-few-frames = Keep this page open and in front of other windows until the check ends.

face-camera-title = The camera cannot be used
face-camera-denied = Your browser did not allow this page to use the camera.
face-camera-absent = No camera was found, or this browser cannot use it.
face-camera-busy = Another app is using the camera. Close it, then try again.
face-camera-allow-heading = To allow the camera
face-camera-allow-icon = Select the camera or lock icon beside the web address.
face-camera-allow-choose = Choose Allow for the camera.
face-camera-allow-reload = Come back to this page and select Try again.
face-camera-other-heading = Other ways to finish
face-camera-other-device = Sign in on a phone or computer with a camera and continue there. Your registration is saved.
face-camera-other-in-person = Verify your identity in person at a service hall.

face-in-person-title = Verify your identity in person
face-in-person-lead = Your identity could not be checked with the camera, so staff will check it in person.
face-in-person-where = Go to a social security service hall in the city where you work. Check its opening hours before you go.
face-in-person-bring-heading = What to bring
face-in-person-bring-passport = Your passport.
face-in-person-bring-number = Your work-permit number, from the Notification Letter.
face-in-person-bring-phone = The mobile phone you registered, if you gave a number.
face-in-person-saved = Your registration is saved. Your card stays sealed until staff have checked your identity.
face-in-person-card-link = Go to your card

