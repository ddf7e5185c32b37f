## Life events after the work permit: a new passport, a permit about to expire, a new employer, leaving China. Public, no account; each deadline can go into the person's calendar.

life-title = When something changes
life-lead = A new passport, a new employer or a permit about to expire each start a deadline. Find out what to do, by when, and put the date in your calendar.
life-new-passport-link = I have a new passport
life-expiry-link = My work permit expires soon
life-employer-link = I am changing employer
life-leaving-link = I am leaving China
life-privacy = The dates you enter stay in this browser tab. Nothing is sent or saved.
life-back = Other changes

## Shared: one deadline and the calendar
# Variables:
#   $date (String) - the deadline, as a full date
life-due = Due by { $date }
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] That is today.
    [one] 1 day left.
   *[other] { $days } days left.
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = { $days ->
    [one] It passed 1 day ago.
   *[other] It passed { $days } days ago.
}
life-soon = Act now: 10 days or fewer are left.
life-passed = This date has passed. Contact your employer or the office today and explain; acting late can bring a fine.
life-uncertain = The sources disagree on this figure. Confirm it with your employer or the local office.
# Variables:
#   $source (String) - where the figure comes from
life-source = Source: { $source }
life-calendar = Add to my calendar
life-calendar-hint = Downloads a calendar file (.ics) with a reminder 7 days before. Nothing is sent anywhere.
life-print = Print these dates
life-show = Show the dates
life-dates-heading = Your dates
life-date-missing = Enter the date
life-date-invalid = Enter a real date, for example 27 3 2026
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = Counted in working days; days after { $date } are counted Monday to Friday only, because that year's holiday schedule is not published yet.
life-holidays-source = Working days follow the State Council's published holiday schedules for 2025 and 2026.

## I have a new passport
life-new-passport-title = I have a new passport
life-new-passport-lead = Your work permit and residence permit carry your passport number, so both must be changed.
life-passport-issued = When was your new passport issued?
life-passport-issued-hint = As shown in the new passport, for example 27 3 2026
life-passport-change = Apply to change your work permit
life-passport-change-how = Your employer files the change in the Service System for Foreigners Working in China. The sources give 10 days from the new passport's issue; one city counts 10 working days.
life-passport-residence = Change your residence permit at the exit-entry office within the same 10 days.
life-passport-bring = What offices usually ask for: the new passport and the old one, your residence permit, and a recent photo. Check with your employer, as cities differ.
life-passport-source = local exit-entry and work-permit office guidance, which differs on working days

## My work permit expires soon
life-expiry-title = My work permit expires soon
life-expiry-lead = Your employer can apply to extend your work permit from 90 days until 30 days before it expires. With fewer than 30 days left, the system refuses an extension.
life-expiry-date = When does your work permit expire?
life-expiry-date-hint = The period of validity on your work permit, for example 30 6 2027
life-expiry-opens = The extension window opens
life-expiry-closes = The extension window closes
life-expiry-ends = Your work permit expires
life-expiry-not-yet = The window is not open yet. Remind your employer when it opens.
life-expiry-open = The window is open: ask your employer to apply now.
life-expiry-closed = The window has closed. Ask your employer about a new application straight away; without a valid permit you may not work.
life-expiry-source = Tianjin Science and Technology Bureau guidance on extensions

## Changing employer and leaving China
life-last-day = What is your last working day?
life-last-day-hint = For example 31 1 2027
life-cancel = Your employer cancels your work permit
life-cancel-who = Your current employer cancels your work permit in the Service System for Foreigners Working in China, within 10 working days of your last day (one source says 15 days).
life-employer-title = I am changing employer
life-employer-lead = A work permit is tied to one employer. Your new employer applies for a new permit for you; your current employer cancels the old one.
life-employer-new = Your new employer applies for your new work permit. Gather the documents again: the checklist helps.
life-employer-card = Your social security number stays the same for life. Your payment records stay under it, and your new employer's contributions continue them.
life-leaving-title = I am leaving China
life-leaving-lead = Before you leave, make sure your employer cancels your work permit, and decide what to do with your social insurance.
life-leaving-residence = Your residence permit for work ends with the job: ask the exit-entry office how long you may stay.
life-leaving-insurance = If you leave China before you qualify for a pension, you may keep your social insurance account for a later return, or ask to close it and be paid your individual pension account's balance.
life-leaving-insurance-source = Interim Measures for Foreigners Employed in China to Participate in Social Insurance (2011), article 7
life-prepare-link = Prepare your work-permit documents
life-status-link = Where is my application? Check its progress

## The public check of an application's progress (no account)
status-title = Check an application's progress
status-lead = Your employer applies for your work permit. Enter the application number and your date of birth to see where the application stands. You do not need an account.
status-number = Application number
status-number-hint = On the acknowledgement your employer received when the application was submitted. Letters and digits; spaces do not matter.
status-number-missing = Enter the application number
status-birth = Your date of birth
status-birth-hint = As in your passport, for example 14 2 1991
status-birth-missing = Enter your date of birth
status-submit = Check progress
status-result-heading = Where your application stands
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = Since { $date }
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = A decision is due by { $date }: 20 working days from acceptance for a permit of more than 90 days (10 more working days in special cases).
status-decision-weekdays = Days past the published holiday schedules are counted Monday to Friday.
status-privacy = Only the stage and its date are shown here. Your employer's account in the Service System for Foreigners Working in China has the details. Nothing you enter is saved.

## An application's stages
stage-submitted = Submitted by your employer
stage-pre-review = Pre-review
stage-accepted = Accepted
stage-under-review = Under review
stage-more-documents = More documents requested
stage-approved = Approved
stage-refused = Refused
stage-submitted-meaning = Your employer has submitted the application online. The office checks it is complete before accepting it.
stage-pre-review-meaning = The office is checking that the application is complete. It is then accepted, or your employer is asked for more documents.
stage-accepted-meaning = The application is complete and accepted. The office now decides.
stage-under-review-meaning = The office is deciding. A decision is due within 20 working days of acceptance for a permit of more than 90 days, or 5 working days for a shorter one.
stage-more-documents-meaning = The office has asked your employer for more documents. Ask your employer which ones, and send them as soon as you can: the application waits until they arrive.
stage-approved-meaning = The work permit is approved and the Notification Letter is issued. Next: the Z visa, then entry to China, where your deadlines start.
stage-refused-meaning = The application was refused. Your employer's account shows the reason. Your employer can apply again once the reason is dealt with.
step-done = Done:
step-current = Now:
step-to-come = To come:

## Your timeline (signed in)
timeline-lead = Everything from the application to your next deadline, in one place. Days left are counted from today in China.
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = Today in China: { $date }
timeline-application-heading = Your application
timeline-application-number = Application number:
timeline-no-application = No application is on record for your work permit.
timeline-earlier = Earlier applications
timeline-asked-for = The office asked for:
timeline-after-heading = After approval
timeline-entry = Entry to China on the Z visa
timeline-residence = Residence permit (for work)
timeline-on-site = On-site verification of your original documents
timeline-watch-heading = Dates to watch
timeline-letter-expires = Your Notification Letter expires
timeline-residence-due = Apply for your residence permit
timeline-on-site-due = Bring your original documents for on-site verification
timeline-medical-expires = Your medical report expires (the on-site verification needs one under 6 months old)
refusal-document-expired = Reason: a document was out of date when the application was filed (a criminal record certificate or a medical report is valid for 6 months from issue).
refusal-not-authenticated = Reason: a foreign document had neither an apostille nor consular legalisation.
refusal-points-too-low = Reason: the points fell short of the category applied for.
