## Accessibility statement.

accessibility-title = Accessibility statement
accessibility-lead = We want everyone to be able to use this service, on a phone, on a computer or on a shared screen in a service hall. It is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
accessibility-can-heading = What you can do
accessibility-can-keyboard = use every part of the service with a keyboard alone
accessibility-can-screen-reader = use a screen reader: pages have headings, labelled fields and error messages linked to their fields
accessibility-can-zoom = zoom in up to 400% or use a screen 320 pixels wide without losing content
accessibility-can-language = change language at any time without losing your place, including right-to-left Arabic
accessibility-can-motion = turn off animation in your device settings, and the service follows
accessibility-testing-heading = How we test this service
accessibility-testing = Every page is checked automatically with the axe accessibility engine, in every language, each time the service changes. We also test with a keyboard alone.
accessibility-limits-heading = Known limitations
accessibility-limits-chinese = Official Chinese terms are marked as Chinese so screen readers can pronounce them. Some screen readers read them only when a Chinese voice is installed.
accessibility-limits-translations = Translations other than English were drafted and reviewed with machine help and have not yet been checked by native-speaker officials. Where a sentence is unclear, rely on the official Chinese term shown beside ours, or ask the staff at a service hall.
accessibility-report-heading = Reporting a problem
accessibility-report = If something does not work for you, tell the staff at a service hall, or call the social insurance hotline on 12333.
accessibility-prepared = This statement was prepared on 27 November 2026.
