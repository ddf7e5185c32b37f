## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = Prepare your work-permit documents
prepare-lead = Find out which documents you need for a Chinese work permit, how each must be certified and translated, and when to get it.
prepare-does-heading = What this does
prepare-does = It makes your own checklist from a few answers, estimates your permit category and warns you when a document would expire too close to the filing date.
prepare-does-not = It does not file anything. Your employer, or its agency, files the application online. You gather the documents.
prepare-need-heading = What you need
prepare-need = Your passport, your highest degree certificate and the date your employer plans to file. It takes about 5 minutes.
prepare-privacy = Your answers stay in this browser tab. Nothing is sent to a server or saved on this device, so they are gone when you close the tab.
prepare-start = Start now
prepare-step = Prepare your documents
prepare-continue = Continue
prepare-lost = Your answers are no longer in this tab: they are kept only while the tab is open.
prepare-start-again = Start again

prepare-nationality-title = What is your nationality?
prepare-nationality-hint = As shown in your passport. Your criminal record certificate usually comes from this country.
prepare-country = Country
prepare-choose-country = Choose a country
prepare-nationality-missing = Select your nationality

prepare-degree-title = Your highest degree
prepare-education = What is your highest degree?
prepare-education-doctorate = Doctorate
prepare-education-master = Master's degree
prepare-education-bachelor = Bachelor's degree
prepare-education-none = No bachelor's degree or higher
prepare-education-missing = Select your highest degree
prepare-degree-country = Country where you obtained it
prepare-degree-country-hint = The country of the university. Without a degree, the country that issued your professional qualification.
prepare-degree-country-missing = Select the country where you obtained your degree or qualification

prepare-application-title = About the application
prepare-application = Do you already hold a Chinese work permit?
prepare-application-new = No, this is my first work permit in China
prepare-application-renewal = Yes, and I am renewing it for the same job
prepare-application-change-of-employer = Yes, and I am changing employer
prepare-application-missing = Select whether you already hold a Chinese work permit
prepare-submission = When will your employer file the application?
prepare-submission-hint = An estimate is fine. For example, 15 3 2027
prepare-submission-missing = Enter the date your employer plans to file the application
prepare-submission-invalid = Enter a real date, for example 15 3 2027
prepare-submission-past = The filing date must be today or later

prepare-points-title = About the job and you
prepare-points-hint = Your answers give an estimate of your permit category from the official points table.
prepare-salary = Annual salary paid in China, in yuan
prepare-salary-hint = Before tax. For example, 360000
prepare-salary-missing = Enter your annual salary
prepare-salary-invalid = Enter the salary as a number of yuan, like 360000
prepare-experience = Years of relevant work experience
prepare-experience-invalid = Enter your years of work experience as a whole number, like 3
prepare-months = Months a year you will work in China
prepare-months-invalid = Enter the months as a whole number from 0 to 12
prepare-age = Your age in years
prepare-age-invalid = Enter your age as a whole number from 16 to 99, like 34
prepare-chinese = Your level of Chinese
prepare-chinese-chinese-taught-degree-or-hsk5 = A degree taught in Chinese, or HSK 5 or 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = No certified level
prepare-chinese-missing = Select your level of Chinese
prepare-bonus = Does any of these apply to you?
prepare-bonus-hint = Select all that apply.
prepare-bonus-location = The job is in the western region, a north-east old industrial base or a poverty-alleviation county
prepare-bonus-distinction = You graduated from a top-ranked university, work for a Fortune 500 company, hold intellectual property or have worked in China for 5 years or more

prepare-estimate-title = Your estimated category
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total } of { $max } points
prepare-estimate-a = 85 points or more: Category A, high-end talent.
prepare-estimate-b = 60 to 84 points: Category B, professional talent.
prepare-estimate-c = Fewer than 60 points: Category C, other foreign personnel. Places are limited by quota.
prepare-factors = Points for each factor
prepare-factor = Factor
prepare-points = Points
prepare-points-max = Most possible
prepare-factor-salary = Annual salary
prepare-factor-education = Education
prepare-factor-work-experience = Work experience
prepare-factor-months-in-china = Months a year in China
prepare-factor-chinese-level = Chinese
prepare-factor-work-location = Work location
prepare-factor-age = Age
prepare-factor-distinction = University, employer, intellectual property or years in China
prepare-direct-heading = Other routes to a category
prepare-direct-a = Category A also goes to recognised high-end talent whatever their points, for example winners of major international awards or people selected by national talent programmes.
prepare-direct-b = Category B also goes to, for example, a bachelor's degree or higher with at least 2 years of relevant work experience.
prepare-authority-decides = This is an estimate from the published points table. The authority decides the category when it reviews the application.
prepare-category = Which category will your employer apply for?
prepare-category-hint = Your employer may know a route this estimate does not cover. Your checklist depends on it: for Category A you may sign a pledge instead of getting a criminal record certificate.
prepare-category-missing = Select the category your employer will apply for
prepare-see-checklist = See your checklist

prepare-tasks-title = Your document checklist
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = You have completed { $done } of { $total } documents.
prepare-tasks-lead = Select a document to see who issues it, how to certify and translate it, and until when it is valid.
prepare-status-not-started = Not started
prepare-status-in-progress = In progress
prepare-status-completed = Completed
prepare-status-cannot-start-yet = Cannot start yet
prepare-status-problem = There is a problem
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = Your { $document } is valid only until { $date }, before the planned filing date. Get a new one.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = Your { $document } is valid only until { $date }, { $days ->
        [one] 1 day
       *[other] { $days } days
    } after the planned filing date. If the filing is delayed, it will no longer be valid.
prepare-answers = Your answers
prepare-change = Change
prepare-filing-date = Filing date
prepare-category-short = Category

prepare-document-passport = Passport information page
prepare-document-photo = ID photo
prepare-document-job-contract = Employment contract or appointment letter
prepare-document-degree = Education or professional qualification certificate
prepare-document-work-experience = Verification of past employment
prepare-document-criminal-record = Criminal record certificate
prepare-document-medical-report = Physical examination record
prepare-issuer = Who issues it
prepare-issuer-passport = You do: a clear scan or photo of the page with your photo and details.
prepare-issuer-photo = A photographer, or you: a recent colour photo, bareheaded, on a white background.
prepare-issuer-job-contract = Your new employer in China.
prepare-issuer-degree = The university, or the body that awarded your professional qualification.
prepare-issuer-work-experience = Your former employer: your position, the period, your duties, a seal or signature and a contact who can confirm it.
prepare-issuer-criminal-record = The police or courts of your country of nationality, or of the country where you usually live.
prepare-issuer-medical-report = A hospital abroad, or the International Travel Healthcare Center in China, which also checks reports from abroad.
prepare-certify = How to certify it
prepare-certify-none = It needs no apostille or legalisation.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = Get an apostille from the competent authority of { $country }. The Apostille Convention applies between { $country } and China since { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = The Apostille Convention does not apply between { $country } and China: have it legalised by the authorities of { $country }, then by a Chinese embassy or consulate there.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = The rule for documents from { $country } is not settled. Ask your employer or the local work-permit office before you certify it.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = A diploma is a private document: have it notarised in { $country } first.
prepare-alternative-cscse-verification = Instead, you may have the degree verified by the CSCSE (China Service Center for Scholarly Exchange, 中国留学服务中心); the authority accepts its verification.
prepare-alternative-pledge = For Category A you may sign a pledge of no criminal record instead of getting this certificate.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = Source: { $source }, as of { $date }.
prepare-certify-uncertain = This rule comes from secondary sources or is not settled. Check it with your employer before you pay for a certification.
prepare-translation = Translation
prepare-translation-not-needed = It needs no translation.
prepare-translation-sealed-by-employer = Unless it is in Chinese, it needs a Chinese translation bearing your employer's seal.
prepare-translation-chinese-version = It must have a Chinese version that states the work location, duties, salary, term and position.
prepare-validity = Validity
prepare-validity-none = It does not expire for this application.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = Valid for { $months } months from its issue date, not from its certification.
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = Get it on or after { $date }. One issued earlier would expire less than 30 days after the planned filing.
prepare-issued = When was it issued?
prepare-issued-hint = Leave empty if you do not have it yet. For example, 15 9 2026
prepare-issued-invalid = Enter a real issue date, for example 15 9 2026
prepare-issued-future = The issue date must be today or earlier
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = It is valid until { $date }.
prepare-ready-legend = Status
prepare-ready = This document is ready
prepare-save = Save and return to the checklist
prepare-files = Files
prepare-files-hint = JPEG, PNG or PDF, up to 1 MB each. The type is read from the file itself, not its name. Nothing is uploaded: files stay in this tab until you download your package.
prepare-photo-hint = A JPEG photo, 3 wide by 4 high, from 354 × 472 to 420 × 560 pixels and from 40 KB to 120 KB, on a white background. Any photo from a phone will do: it is checked here and can be fixed automatically.
prepare-add-files = Add files
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: the browser could not read this file. Choose it again.
prepare-no-files = No files added yet.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = Remove
prepare-package = Continue later
prepare-package-hint = Download a package with your answers, each document's progress and your files. Open it here later to carry on, or give it to your employer's HR. Nothing is kept in this browser.
prepare-download-package = Download your package
prepare-print-checklist = Print checklist
prepare-have-package = I have a package
prepare-open-package = Open your package
prepare-open-package-hint = The .zip file you downloaded from this service.
prepare-package-not-ours = This file is not a package from this service, or it is damaged. Choose the .zip file you downloaded.
prepare-package-changed = A file in this package has changed since it was made. Choose the package as you downloaded it.
prepare-package-too-large = The package is too large. Remove some files and try again.
prepare-checklist-for = Checklist for the employer's HR
prepare-column-document = Document
prepare-column-status = Status
prepare-column-dates = Issued and valid until

## The ID photo: check and automatic fix
prepare-photo-choose = Choose your photo
prepare-photo-passes = Your photo meets every rule. It has been added to this document.
prepare-photo-problems = Your photo does not meet these rules:
prepare-photo-not-jpeg = It is a PNG file; the upload takes JPEG.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = It is { $width } × { $height } pixels; at least { $min-width } × { $min-height } are needed. The fix cannot add detail: take a new photo.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = It is { $width } × { $height } pixels; at most { $max-width } × { $max-height } are accepted.
prepare-photo-wrong-ratio = It is not 3 wide by 4 high, the shape the upload needs.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = It is { $size }; at most { $limit } is accepted.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = It is { $size }; at least { $limit } is needed.
prepare-photo-background = The background does not look white. The fix cannot change it: if you can, take a new photo against a plain white wall.
prepare-photo-fix-heading = Automatic fix
prepare-photo-fix-explain = The photo below is cut to 3 by 4, scaled and saved as a JPEG of the right size. If your face is not in the frame, move the frame. Check the result, then use it.
prepare-photo-before = Before:
prepare-photo-after = After:
prepare-photo-before-alt = Your photo, with a frame marking the part that is kept
prepare-photo-after-alt = The fixed photo
prepare-photo-across = Move the frame left or right
prepare-photo-down = Move the frame up or down
prepare-photo-fixing = Fixing the photo…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } pixels, { $size }
prepare-photo-fix-failed = This browser could not fix the photo. Try another browser, or fix it with a photo editor.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = The fixed photo cannot be made between { $smallest } and { $largest }: the photo has too little detail. Take a sharper photo in good light.
prepare-photo-use = Use the fixed photo
prepare-photo-download = Download the fixed photo
prepare-photo-used = The fixed photo has been added to this document.

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = Larger than { $limit }: make one PDF from the images to shrink it.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = Photos of a paper document's pages can become one PDF under { $limit }, one page each, in the order you added them.
prepare-combine = Make one PDF from the images
prepare-combining = Making the PDF…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = { $pages ->
    [one] The image is now a PDF of 1 page.
   *[other] The images are now one PDF of { $pages } pages.
}
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = The pages do not fit in { $limit }, even at a lower resolution. Remove some images and make two PDFs.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: the browser could not read this image. Remove it and add it again.
