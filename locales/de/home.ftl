## Home page.

home-title = Ihre Arbeitserlaubnis ist jetzt auf Ihrer elektronischen Sozialversicherungskarte
home-lead = Was sich für ausländische Arbeitskräfte in China geändert hat, was die Karte kann und was Sie brauchen – in Ihrer Sprache, mit den amtlichen chinesischen Begriffen neben unseren.

home-changed-heading = Was sich am 1. Dezember 2024 geändert hat
home-changed-permit = Ausländische Arbeitskräfte in China erhalten keine physische Arbeitserlaubniskarte mehr. Das Ministerium für Humanressourcen und soziale Sicherheit hat die Arbeitserlaubnis auf die elektronische Sozialversicherungskarte (e-SSC) übertragen.
home-changed-register = Sie registrieren die e-SSC mit Ihrem vollständigen Namen, genau wie in Ihrem Pass, und Ihrer Arbeitserlaubnisnummer oder Sozialversicherungsnummer. Anschließend bestehen Sie eine Gesichtsprüfung, die zeigt, dass Sie eine echte Person sind.
home-changed-existing = Wenn Sie bereits eine gültige physische Arbeitserlaubniskarte besitzen, verwenden Sie diese bis zur nächsten Verlängerung oder Änderung weiter.
home-terms-heading = Begriffe, denen Sie begegnen

home-card-heading = Was die e-SSC kann
home-card-intro = Die e-SSC ist Ihre Sozialversicherungskarte auf dem Mobiltelefon. Damit können Sie:
home-card-identity = sich ausweisen, wenn Sie öffentliche Dienste nutzen
home-card-medical = in Krankenhäusern und Apotheken einen QR-Code zeigen, um Behandlungskosten abzurechnen
home-card-permit = die Daten Ihrer Arbeitserlaubnis ansehen und herunterladen: Arbeitsstelle, Position und Arbeitsort
home-card-payments = Ihre Beitragsnachweise der Sozialversicherung Monat für Monat prüfen
home-card-verify = Behörden und Arbeitgeber per QR-Code prüfen lassen, ob Ihre Arbeitserlaubnis echt ist

home-insurance-heading = Die fünf Sozialversicherungen
home-insurance-intro = Ihr Arbeitgeber meldet Sie bei der Sozialversicherung an und zahlt jeden Monat ein. Die meisten Beiträge teilen Sie sich mit Ihrem Arbeitgeber.
home-insurance-column-name = Versicherung
home-insurance-column-payer = Wer zahlt
home-insurance-shared = Sie und Ihr Arbeitgeber
home-insurance-employer = Nur Ihr Arbeitgeber
home-insurance-maternity = Nur Ihr Arbeitgeber; in den meisten Städten ist sie jetzt Teil der Krankenversicherung
home-insurance-agreement = Wenn Ihr Land ein Sozialversicherungsabkommen mit China hat, kann eine Entsendebescheinigung aus Ihrem Heimatland Sie von einigen dieser Versicherungen befreien.

home-documents-heading = Dokumente für eine Arbeitserlaubnis
home-documents-intro = Ihr Arbeitgeber beantragt Ihre Arbeitserlaubnis online. Sie geben ihm diese Dokumente:
home-doc-past-employment = Von Ihrem früheren Arbeitgeber: Ihre Position, der Zeitraum, ein Stempel oder eine Unterschrift und eine Kontaktperson, die die Angaben bestätigen kann.
home-doc-qualification = Ihr höchster Abschluss oder eine Berufsqualifikation; ein ausländischer Abschluss muss beglaubigt sein.
home-doc-criminal-record = Meist legalisiert oder mit Apostille, mit Übersetzung.
home-doc-physical = Nach Ihrer Ankunft, vom Internationalen Reisegesundheitszentrum; 6 Monate gültig.
home-doc-contract = Auf Chinesisch, mit Arbeitsort, Aufgaben, Gehalt, Laufzeit und Position.
home-doc-passport = Die Seite mit Ihrem Foto und Ihren persönlichen Daten.
home-doc-photo = Aktuell, vor weißem Hintergrund.
home-documents-translation = Dokumente, die nicht auf Chinesisch sind, brauchen eine chinesische Übersetzung mit dem Stempel Ihres Arbeitgebers.
home-documents-after = Wenn die Erlaubnis genehmigt ist, erhalten Sie das Mitteilungsschreiben zur Arbeitserlaubnis für Ausländer. Darauf steht Ihre Arbeitserlaubnisnummer, die Sie für die Registrierung Ihrer e-SSC brauchen.
home-prepare-link = Dokumente für die Arbeitserlaubnis vorbereiten
home-life-link = Neuer Pass, neuer Arbeitgeber, Erlaubnis läuft bald ab: was zu tun ist und bis wann
home-status-link = Stand Ihres Antrags auf Arbeitserlaubnis mit Antragsnummer und Geburtsdatum prüfen
