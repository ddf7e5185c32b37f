## Home page.

home-title = Your work permit is now on your electronic Social Security Card
home-lead = What changed for foreign workers in China, what the card does, and what you need — in your language, with the official Chinese terms beside ours.

home-changed-heading = What changed on 1 December 2024
home-changed-permit = Foreign workers in China no longer receive a physical work permit card. The Ministry of Human Resources and Social Security moved the work permit onto the electronic Social Security Card (e-SSC).
home-changed-register = You register the e-SSC with your full name exactly as in your passport and your work permit number or social security number, then pass a face check to show you are a real person.
home-changed-existing = If you already hold a valid physical work permit, you keep using it until your next extension or change.
home-terms-heading = Terms you will see

home-card-heading = What the e-SSC does
home-card-intro = The e-SSC is your Social Security Card on your phone. With it you can:
home-card-identity = prove who you are when you use public services
home-card-medical = show a QR code to settle medical costs at hospitals and pharmacies
home-card-permit = see and download your work permit information: workplace, position and work address
home-card-payments = check your social insurance payment records, month by month
home-card-verify = let officials and employers check that your work permit is genuine by scanning a QR code

home-insurance-heading = The five social insurances
home-insurance-intro = Your employer registers you for social insurance and pays in every month. You and your employer share most contributions.
home-insurance-column-name = Insurance
home-insurance-column-payer = Who pays
home-insurance-shared = You and your employer
home-insurance-employer = Your employer only
home-insurance-maternity = Your employer only; in most cities it is now part of medical insurance
home-insurance-agreement = If your country has a social security agreement with China, a certificate of coverage from your home country can exempt you from some of these insurances.

home-documents-heading = Documents for a work permit
home-documents-intro = Your employer applies for your work permit online. You give them these documents:
home-doc-past-employment = From your former employer: your position, the period, a seal or signature, and a contact who can confirm it.
home-doc-qualification = Your highest degree or a professional qualification; a foreign degree must be certified.
home-doc-criminal-record = Usually legalised or apostilled, with a translation.
home-doc-physical = After you arrive, from the international travel health centre; valid for 6 months.
home-doc-contract = In Chinese, stating the place of work, duties, salary, term and position.
home-doc-passport = The page with your photo and personal details.
home-doc-photo = Recent, on a white background.
home-documents-translation = Documents not in Chinese need a Chinese translation sealed by your employer.
home-documents-after = When the permit is approved you receive the Notification Letter of Foreigner's Work Permit. It carries your work permit number, which you need to register your e-SSC.
home-prepare-link = Prepare your work-permit documents
home-life-link = A new passport, a new employer, a permit about to expire: what to do and by when
home-status-link = Check your work-permit application's progress with its number and your date of birth
