## Unsere Bezeichnungen für amtliche Begriffe; außerhalb des Chinesischen steht das chinesische Original daneben.

term-mohrss = Ministerium für Humanressourcen und soziale Sicherheit
term-service-system = Servicesystem für in China arbeitende Ausländer
term-work-permit = Arbeitserlaubnis für Ausländer
term-work-permit-number = Arbeitserlaubnisnummer
term-notification-letter = Mitteilungsschreiben zur Arbeitserlaubnis für Ausländer
term-social-security-card = Sozialversicherungskarte
term-essc = Elektronische Sozialversicherungskarte (e-SSC)
term-social-security-number = Sozialversicherungsnummer
term-real-person-verification = Personenprüfung (Gesichtsprüfung)
term-pension = Grundrentenversicherung
term-medical = Grundkrankenversicherung
term-work-injury = Arbeitsunfallversicherung
term-unemployment = Arbeitslosenversicherung
term-maternity = Mutterschaftsversicherung
term-payment-record = Beitragsnachweis
term-medical-settlement = Abrechnung mit der Krankenversicherung
term-qr-code = QR-Code
term-past-employment = Nachweis der Berufserfahrung
term-qualification = Abschlusszeugnis oder Berufsqualifikationsnachweis
term-criminal-record = Führungszeugnis
term-physical-examination = Ärztlicher Untersuchungsbericht
term-employment-contract = Arbeitsvertrag oder Einstellungsschreiben
term-passport-page = Passdatenseite
term-id-photo = Passfoto
term-service-hall = Servicezentrum
term-category-a = Kategorie A (Spitzenkräfte)
term-category-b = Kategorie B (Fachkräfte)
term-category-c = Kategorie C (sonstige ausländische Arbeitskräfte)
term-card-number = Kartennummer
term-nationality = Staatsangehörigkeit
term-employer = Arbeitgeber
term-workplace = Arbeitsstelle
term-position = Position
term-work-address = Arbeitsort
term-validity = Gültigkeitsdauer
term-contribution-base = Beitragsgrundlage
term-employer-contribution = Arbeitgeberanteil
term-employee-contribution = Arbeitnehmeranteil
term-contribution-period = Beitragszeitraum (Monat)
term-paid = Bezahlt
term-arrears = Im Rückstand
term-pending = Ausstehend

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18 Ziffern, auf Ihrem Mitteilungsschreiben zur Arbeitserlaubnis für Ausländer oder auf Ihrer Arbeitserlaubniskarte.
term-social-security-number-where = 18 Zeichen, auf einer in China ausgestellten Sozialversicherungskarte. Nur, wenn Sie eine haben.
