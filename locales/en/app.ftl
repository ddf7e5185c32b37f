## The frame around every page, and words shared by components.

service-name = Electronic Social Security Card for foreign workers
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = Skip to main content
kiosk-badge = Shared device
language-switcher-label = Language
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = { $language } could not be loaded. Check your connection and choose it again.
backend-unreachable = You are offline, or the service cannot be reached. You can still read these pages and use the calculator and the document checklist; signing in, your card and anything sent to the service need a connection.
update-ready = A new version of this service is ready.
update-reload = Reload to use it
footer-nav-label = Support links
footer-hotlines = Social insurance hotline: 12333. Immigration service hotline: 12367.
footer-disclaimer = Official Chinese terms are shown beside ours so you can match them to your documents and to staff.

title-error-prefix = Error:
error-prefix = Error:
error-summary-title = There is a problem
back-link = Back
change-link = Change
date-day = Day
date-month = Month
date-year = Year

not-found-title = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
not-found-home = Go to the home page

page-loading = Loading this page…
page-load-failed = This page could not be loaded.
page-load-failed-advice = Check your connection, then try again. Nothing you have typed is lost.
page-load-retry = Try again
