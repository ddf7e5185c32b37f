## Our names for official terms; the Chinese original is shown beside them outside Chinese.

term-mohrss = Ministry of Human Resources and Social Security
term-service-system = Service System for Foreigners Working in China
term-work-permit = Foreigner's Work Permit
term-work-permit-number = work permit number
term-notification-letter = Notification Letter of Foreigner's Work Permit
term-social-security-card = Social Security Card
term-essc = electronic Social Security Card (e-SSC)
term-social-security-number = social security number
term-real-person-verification = real-person (face) verification
term-pension = basic endowment (pension) insurance
term-medical = basic medical insurance
term-work-injury = work-related injury insurance
term-unemployment = unemployment insurance
term-maternity = maternity insurance
term-payment-record = payment record
term-medical-settlement = medical insurance settlement
term-qr-code = QR code
term-past-employment = verification of past employment
term-qualification = education or professional qualification certificate
term-criminal-record = criminal record certificate
term-physical-examination = physical examination record
term-employment-contract = employment contract or appointment letter
term-passport-page = passport information page
term-id-photo = ID photo
term-service-hall = service hall
term-category-a = Category A (high-end talent)
term-category-b = Category B (professional talent)
term-category-c = Category C (other foreign personnel)
term-card-number = card number
term-nationality = nationality
term-employer = employer
term-workplace = workplace
term-position = position
term-work-address = work address
term-validity = period of validity
term-contribution-base = contribution base
term-employer-contribution = employer contribution
term-employee-contribution = individual contribution
term-contribution-period = contribution period (month)
term-paid = paid
term-arrears = in arrears
term-pending = pending

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18 digits, on your Notification Letter of Foreigner's Work Permit or your work permit card.
term-social-security-number-where = 18 characters, on a Social Security Card issued in China. Only if you have one.
