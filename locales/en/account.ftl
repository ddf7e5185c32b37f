## Signing in and out, the header's account area, and the card page.

header-sign-in = Sign in
header-sign-out = Sign out
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = Signed in as { $name }
network-failed = The connection failed. Check your connection and try again. Your answers are kept.

sign-in-title = Sign in to your e-SSC
sign-in-lead = Use the number and the password you registered with.
sign-in-kind-legend = Which number do you sign in with?
sign-in-kind-missing = Select the number you sign in with
sign-in-identifier-label = Your number
sign-in-identifier-hint = 18 characters. You can type spaces between groups.
sign-in-identifier-missing = Enter your number
sign-in-password-label = Password
sign-in-password-missing = Enter your password
sign-in-submit = Sign in
password-show = Show password
password-hide = Hide password

signed-out-title = You have signed out
signed-out-body = Your session on this device has ended. On a shared device, also close the browser window.
signed-out-again = Sign in again

