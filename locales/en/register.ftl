## The registration journey: one question per page, then check your answers.

register-start-title = Register your electronic Social Security Card
register-start-lead = Register the e-SSC that holds your work permit. It takes about 10 minutes.
register-start-need-heading = What you need
register-start-need-passport = your passport
register-start-need-number = your work permit number, from your Notification Letter of Foreigner's Work Permit, or your social security number
register-start-need-phone = a Chinese mobile number, if you have one (optional)
register-start-need-camera = a device with a camera, for the face check
register-start-letter-heading = Where to find your work-permit number
register-start-letter-alt = A drawing of the Notification Letter of Foreigner's Work Permit. The 18-digit work-permit number is marked with the number 1.
register-start-letter-caption = 1: the work-permit number has 18 digits. On the Notification Letter it is printed beside its Chinese name:
register-start-physical-heading = If you already have a physical card
register-start-physical = If you already hold a physical Social Security Card, you can still register here with the same numbers.
register-start-button = Start now
register-step = Register your e-SSC
register-continue = Continue

register-name-title = What is your name, as in your passport?
register-name-hint = Use the Latin letters printed in your passport, in the same order. Enter the surname and the given names separately.
register-surname-label = Surname
register-surname-missing = Enter your surname as in your passport
register-given-label = Given names
register-given-hint = All given names, in passport order. Leave empty if your passport has none.
register-mrz-summary = Fill in your name from the passport's machine-readable zone (optional)
register-mrz-label = The two lines at the bottom of the passport's photo page
register-mrz-hint = 44 letters, digits and < signs on each line. Type or paste them exactly as printed. They are used only on this page and are not sent.
register-mrz-use = Fill in my name
register-mrz-filled = Your name has been filled in from the machine-readable zone. Check it against your passport.
register-name-compared = We will compare this name with your work permit record:

register-identifier-title = Which number will you register with?
register-identifier-kind-missing = Select the number you will register with
register-wp-label = Work permit number
register-wp-hint = 18 digits, on your Notification Letter of Foreigner's Work Permit.
register-ssn-label = Social security number
register-ssn-hint = 18 characters. Only if you already have one.
register-identifier-missing = Enter the number

register-password-title = Create a password
register-password-label = Password
register-password-rules = Your password must:
register-password-rule-length = have 8 to 16 characters
register-password-rule-kinds = use at least two of: letters, digits, symbols
register-password-rule-charset = use only letters, digits and symbols (no spaces)
register-password-rule-met = met
register-password-rule-unmet = not met yet

register-phone-title = Do you have a Chinese mobile number?
register-phone-hint = We will send a code to check it. You can leave this empty and continue without one.
register-phone-label = Mobile number (optional)
register-phone-normalised = We will send the code to:

register-check-title = Check your answers before registering
register-check-name = Name
register-check-number = Number
register-check-password = Password
register-check-password-set = Set (not shown)
register-check-phone = Mobile number
register-check-phone-none = None
register-declaration-heading = Now register
register-declaration = By registering you confirm that these details are the ones in your passport and your Notification Letter, and that you are the person they name.
register-submit = Accept and register
register-mismatch-help = Check your name and number against your passport and your Notification Letter, then try again.

register-code-title = Enter the code we sent to your phone
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = We sent a 6-digit code to { $phone }. It is valid for 5 minutes.
register-code-label = Code
register-code-hint = 6 digits, from the text message.
register-code-missing = Enter the 6-digit code
register-code-resend = Send a new code
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds ->
    [one] You can ask for a new code in 1 second.
   *[other] You can ask for a new code in { $seconds } seconds.
}
register-code-skip = Continue without a phone number
register-no-secure-random = This browser cannot protect your registration from being sent twice. Update it, or use another browser.

register-done-title = Registration complete
register-done-panel = Your electronic Social Security Card is ready
register-done-panel-body = Its social security functions are switched on.
register-done-next-heading = What you can do now
register-done-next = Show the card's QR code at hospitals and service counters, read your work-permit details and check your social insurance payments.
register-done-card-link = Go to your card
