## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = Enter this information
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = Enter at least { $min } characters
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = Enter no more than { $max } characters
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = Enter exactly { $expected } characters
validation-digits-only = Use only the digits 0 to 9
validation-invalid-characters = Remove the characters that are not allowed
validation-check-character-mismatch = The last character does not match the rest of the number. Check you copied every digit correctly.
validation-must-start-with-nine = A Foreign Permanent Resident ID number starts with 9
validation-invalid-birth-date = The date of birth inside this number is not a real date
validation-not-a-china-mobile = Enter a Chinese mobile number: 11 digits starting with 13 to 19, like 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = Line { $line } must have exactly { $expected } characters
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = Line { $line } can only contain the letters A to Z, the digits 0 to 9 and the < sign
validation-mrz-not-passport = Line 1 must start with P. Copy the lines from your passport.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] The check digit of the passport number does not match
    [birth-date] The check digit of the date of birth does not match
    [expiry-date] The check digit of the expiry date does not match
    [personal-number] The check digit of the personal number does not match
   *[composite] The final check digit of line 2 does not match
}. Check you copied the lines exactly.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] The date of birth in the passport lines is not a real date
   *[expiry-date] The expiry date in the passport lines is not a real date
}
validation-mrz-invalid-sex = The sex in line 2 must be M, F or <
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } is not a country code used in passports
validation-document-expired = This passport has expired. Use your current passport.
validation-non-latin-script = Use the Latin letters printed in your passport, as in its machine-readable lines
validation-password-needs-two-kinds = Use at least two of these: letters, digits, symbols
validation-pin-sequential = Do not use digits in order, such as 123456 or 654321
validation-pin-repeated = Do not use the same digit six times
validation-pin-in-id-number = Do not use digits taken from your ID number
validation-file-empty = The selected file is empty
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = The file must be smaller than { $kilobytes } KB
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = { $pages ->
    [one] The PDF must have no more than 1 page
   *[other] The PDF must have no more than { $pages } pages
}
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = The file must be at least { $kilobytes } KB
validation-file-type-not-allowed = This type of file is not accepted
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = The image must be at least { $width } × { $height } pixels
validation-image-unreadable = The image cannot be read: it may be cut short or damaged. Choose another file

api-bad-request = Something was wrong with the request. Try again.
api-validation-failed = Some answers need correcting
api-unauthenticated = Sign in to continue
api-session-expired = You were signed out to keep your details safe. Sign in again.
api-invalid-credentials = The number or the password is not right
api-forbidden-origin = The request was refused. Reload the page and try again.
api-not-found = This could not be found
api-method-not-allowed = That action is not possible here
api-already-registered = This number already has an e-SSC account. Sign in instead.
api-identity-mismatch = Your name and number do not match the work permit records. Check both against your passport and your Notification Letter.
api-application-not-found = No application matches this number and date of birth. Check the number on the acknowledgement your employer received, and your date of birth as in your passport.
api-idempotency-key-reused = This was already sent with different answers. Start again.
api-idempotency-key-missing = The request could not be checked. Reload the page and try again.
api-idempotency-key-in-use = Your answers are still being sent. Wait a moment, then try again.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = { $attempts ->
    [one] The code is not right. You have 1 more try.
   *[other] The code is not right. You have { $attempts } more tries.
}
api-sms-code-expired = The code has expired. Ask for a new code.
api-sms-too-many-attempts = Too many wrong codes. Ask for a new code.
api-sms-code-not-requested = Ask for a code first
api-phone-not-verified = Enter the code we sent to your mobile phone first
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = { $seconds ->
    [one] Too many attempts. Try again in 1 second.
   *[other] Too many attempts. Try again in { $seconds } seconds.
}
api-manual-review-required = Verify your identity in person at a service hall
api-card-not-issued = Your card is not issued yet. Finish verifying your identity first.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = The upload is too large. The limit is { $kilobytes } KB.
api-unsupported-media-type = This type of file is not accepted
api-internal = Something went wrong on our side. Try again later.
api-unavailable = The service is not available right now. Try again in a few minutes.
