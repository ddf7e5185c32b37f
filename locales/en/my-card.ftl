### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = Your e-SSC
card-show-details = Show full details
card-hide-details = Hide details

qr-title = Your QR code
qr-use = Show it at hospitals, pharmacies and service counters for identity checks and medical insurance settlement.
qr-image-label = QR code of your electronic Social Security Card
qr-loading = Getting a new QR code…
qr-expired = This QR code has expired. Select Refresh for a new one.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds ->
    [one] A new code in 1 second
   *[other] A new code in { $seconds } seconds
}
qr-refreshed = A new QR code is shown. It is valid for 60 seconds.
qr-refresh-failed = A new QR code could not be fetched.
qr-refresh = Refresh the QR code
qr-brightness = Tip: turn up your screen's brightness so the counter's scanner can read the code.

work-permit-title = Your work permit
permit-category = Category
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days ->
    [one] Expired 1 day ago
   *[other] Expired { $days } days ago
}
permit-source = These details come from the work-permit record of the Service System for Foreigners Working in China. If something is wrong, ask your employer to correct it there.
print-page = Print this page
qr-copy-text = Copy the code as text
copy-number = Copy
copied = Copied
copy-failed = Could not copy: this browser did not allow it.

payments-title = Your social insurance payments
card-timeline-title = Your timeline
payments-lead = What your employer has paid in for you each month, and what was taken from your salary.
payments-year = Year
payments-insurance = Insurance
payments-all-insurances = All insurances
payments-apply = Show payments
payments-status = Status
payments-total = Total
payments-none = There are no payment records for this year.
# Variables:
#   $year (Number) - the year shown
payments-caption = Payments in { $year }, by month and insurance
payments-no-record = No record for this month
payments-arrears-heading = Months in arrears:
payments-arrears-explained = Your employer has not paid the contributions for these months. Ask your employer's human resources department, or call the social insurance hotline 12333.
payments-missing-heading = Months with no record:
payments-missing-explained = Nothing was reported for these months. If you were working for your employer then, ask them why.
payments-export = Download as a spreadsheet (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] In { $year }, { $total } was paid in altogether. The most was { $highest }, in { $month }. No month is in arrears.
    [one] In { $year }, { $total } was paid in altogether. The most was { $highest }, in { $month }. 1 month is in arrears.
   *[other] In { $year }, { $total } was paid in altogether. The most was { $highest }, in { $month }. { $arrears } months are in arrears.
}

card-title = Your electronic Social Security Card
card-rendering-note = A rendering of your card for reference, not the official card design.
card-holder = Name
card-number = Card number
card-status = Status
card-status-active = Active
card-status-sealed = Sealed
card-sealed-explained = Your card is sealed: its social security functions are switched on when you finish verifying your identity.
card-issued = Issued on
card-load-failed = Your card could not be loaded. Try again later.
card-verify-now = Verify your identity now
