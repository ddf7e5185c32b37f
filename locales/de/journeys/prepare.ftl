## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = Dokumente für die Arbeitserlaubnis vorbereiten
prepare-lead = Erfahren Sie, welche Dokumente Sie für eine chinesische Arbeitserlaubnis brauchen, wie jedes beglaubigt und übersetzt werden muss und wann Sie es besorgen sollten.
prepare-does-heading = Was diese Hilfe tut
prepare-does = Sie erstellt aus ein paar Antworten Ihre persönliche Checkliste, schätzt die Kategorie Ihrer Arbeitserlaubnis und warnt Sie, wenn ein Dokument zu kurz nach dem Einreichungsdatum ablaufen würde.
prepare-does-not = Sie reicht nichts ein. Ihr Arbeitgeber oder dessen Agentur reicht den Antrag online ein. Sie stellen die Dokumente zusammen.
prepare-need-heading = Was Sie brauchen
prepare-need = Ihren Pass, das Zeugnis Ihres höchsten Abschlusses und das Datum, an dem Ihr Arbeitgeber den Antrag einreichen will. Das dauert etwa 5 Minuten.
prepare-privacy = Ihre Antworten bleiben in diesem Browser-Tab. Nichts wird an einen Server gesendet oder auf diesem Gerät gespeichert; wenn Sie den Tab schließen, sind sie weg.
prepare-start = Jetzt starten
prepare-step = Dokumente vorbereiten
prepare-continue = Weiter
prepare-lost = Ihre Antworten sind nicht mehr in diesem Tab: Sie werden nur gespeichert, solange der Tab geöffnet ist.
prepare-start-again = Neu beginnen

prepare-nationality-title = Welche Staatsangehörigkeit haben Sie?
prepare-nationality-hint = Wie in Ihrem Pass angegeben. Ihr Führungszeugnis kommt meist aus diesem Land.
prepare-country = Land
prepare-choose-country = Land auswählen
prepare-nationality-missing = Wählen Sie Ihre Staatsangehörigkeit aus

prepare-degree-title = Ihr höchster Abschluss
prepare-education = Was ist Ihr höchster Abschluss?
prepare-education-doctorate = Promotion
prepare-education-master = Master
prepare-education-bachelor = Bachelor
prepare-education-none = Kein Bachelor oder höherer Abschluss
prepare-education-missing = Wählen Sie Ihren höchsten Abschluss aus
prepare-degree-country = Land, in dem Sie ihn erworben haben
prepare-degree-country-hint = Das Land der Hochschule. Ohne Abschluss: das Land, das Ihre Berufsqualifikation ausgestellt hat.
prepare-degree-country-missing = Wählen Sie das Land aus, in dem Sie Ihren Abschluss oder Ihre Qualifikation erworben haben

prepare-application-title = Zum Antrag
prepare-application = Haben Sie bereits eine chinesische Arbeitserlaubnis?
prepare-application-new = Nein, das ist meine erste Arbeitserlaubnis in China
prepare-application-renewal = Ja, und ich verlängere sie für dieselbe Stelle
prepare-application-change-of-employer = Ja, und ich wechsle den Arbeitgeber
prepare-application-missing = Wählen Sie aus, ob Sie bereits eine chinesische Arbeitserlaubnis haben
prepare-submission = Wann reicht Ihr Arbeitgeber den Antrag ein?
prepare-submission-hint = Eine Schätzung genügt. Zum Beispiel 15 3 2027
prepare-submission-missing = Geben Sie das Datum ein, an dem Ihr Arbeitgeber den Antrag einreichen will
prepare-submission-invalid = Geben Sie ein gültiges Datum ein, zum Beispiel 15 3 2027
prepare-submission-past = Das Einreichungsdatum muss heute oder später sein

prepare-points-title = Zur Stelle und zu Ihnen
prepare-points-hint = Aus Ihren Antworten wird die Kategorie Ihrer Arbeitserlaubnis nach der amtlichen Punktetabelle geschätzt.
prepare-salary = In China gezahltes Jahresgehalt in Yuan
prepare-salary-hint = Vor Steuern. Zum Beispiel 360000
prepare-salary-missing = Geben Sie Ihr Jahresgehalt ein
prepare-salary-invalid = Geben Sie das Gehalt als Betrag in Yuan ein, zum Beispiel 360000
prepare-experience = Jahre einschlägiger Berufserfahrung
prepare-experience-invalid = Geben Sie Ihre Jahre Berufserfahrung als ganze Zahl ein, zum Beispiel 3
prepare-months = Monate pro Jahr, die Sie in China arbeiten werden
prepare-months-invalid = Geben Sie die Monate als ganze Zahl von 0 bis 12 ein
prepare-age = Ihr Alter in Jahren
prepare-age-invalid = Geben Sie Ihr Alter als ganze Zahl von 16 bis 99 ein, zum Beispiel 34
prepare-chinese = Ihr Chinesisch-Niveau
prepare-chinese-chinese-taught-degree-or-hsk5 = Ein auf Chinesisch unterrichteter Studienabschluss oder HSK 5 oder 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = Kein zertifiziertes Niveau
prepare-chinese-missing = Wählen Sie Ihr Chinesisch-Niveau aus
prepare-bonus = Trifft etwas davon auf Sie zu?
prepare-bonus-hint = Wählen Sie alle zutreffenden aus.
prepare-bonus-location = Die Stelle liegt in der Westregion, in einer alten Industriebasis im Nordosten oder in einem Kreis der Armutsbekämpfung
prepare-bonus-distinction = Sie haben einen Abschluss einer Spitzenuniversität, arbeiten für ein Fortune-500-Unternehmen, besitzen geistiges Eigentum oder haben 5 Jahre oder länger in China gearbeitet

prepare-estimate-title = Ihre geschätzte Kategorie
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total } von { $max } Punkten
prepare-estimate-a = 85 Punkte oder mehr: Kategorie A, Spitzenkräfte.
prepare-estimate-b = 60 bis 84 Punkte: Kategorie B, Fachkräfte.
prepare-estimate-c = Weniger als 60 Punkte: Kategorie C, sonstige ausländische Arbeitskräfte. Die Plätze sind durch Kontingente begrenzt.
prepare-factors = Punkte je Faktor
prepare-factor = Faktor
prepare-points = Punkte
prepare-points-max = Maximum
prepare-factor-salary = Jahresgehalt
prepare-factor-education = Abschluss
prepare-factor-work-experience = Berufserfahrung
prepare-factor-months-in-china = Monate pro Jahr in China
prepare-factor-chinese-level = Chinesisch
prepare-factor-work-location = Arbeitsort
prepare-factor-age = Alter
prepare-factor-distinction = Hochschule, Arbeitgeber, geistiges Eigentum oder Jahre in China
prepare-direct-heading = Andere Wege zu einer Kategorie
prepare-direct-a = Kategorie A erhalten unabhängig von der Punktzahl auch anerkannte Spitzenkräfte, zum Beispiel Gewinner wichtiger internationaler Preise oder Personen, die von nationalen Talentprogrammen ausgewählt wurden.
prepare-direct-b = Kategorie B erhalten zum Beispiel auch Personen mit mindestens einem Bachelor und mindestens 2 Jahren einschlägiger Berufserfahrung.
prepare-authority-decides = Dies ist eine Schätzung nach der veröffentlichten Punktetabelle. Die Behörde legt die Kategorie fest, wenn sie den Antrag prüft.
prepare-category = Für welche Kategorie wird Ihr Arbeitgeber den Antrag stellen?
prepare-category-hint = Ihr Arbeitgeber kennt vielleicht einen Weg, den diese Schätzung nicht abdeckt. Ihre Checkliste hängt davon ab: Bei Kategorie A können Sie statt eines Führungszeugnisses eine Erklärung unterschreiben.
prepare-category-missing = Wählen Sie die Kategorie aus, die Ihr Arbeitgeber beantragen wird
prepare-see-checklist = Zur Checkliste

prepare-tasks-title = Ihre Dokumenten-Checkliste
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = Sie haben { $done } von { $total } Dokumenten erledigt.
prepare-tasks-lead = Wählen Sie ein Dokument aus, um zu sehen, wer es ausstellt, wie es beglaubigt und übersetzt wird und bis wann es gültig ist.
prepare-status-not-started = Nicht begonnen
prepare-status-in-progress = In Bearbeitung
prepare-status-completed = Erledigt
prepare-status-cannot-start-yet = Noch nicht möglich
prepare-status-problem = Es gibt ein Problem
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = Das Dokument „{ $document }“ ist nur bis zum { $date } gültig, also nicht mehr am geplanten Einreichungsdatum. Besorgen Sie ein neues.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = Das Dokument „{ $document }“ ist nur bis zum { $date } gültig, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach dem geplanten Einreichungsdatum. Wenn sich die Einreichung verzögert, ist es nicht mehr gültig.
prepare-answers = Ihre Antworten
prepare-change = Ändern
prepare-filing-date = Einreichungsdatum
prepare-category-short = Kategorie

prepare-document-passport = Passdatenseite
prepare-document-photo = Passfoto
prepare-document-job-contract = Arbeitsvertrag oder Einstellungsschreiben
prepare-document-degree = Abschlusszeugnis oder Berufsqualifikationsnachweis
prepare-document-work-experience = Nachweis der Berufserfahrung
prepare-document-criminal-record = Führungszeugnis
prepare-document-medical-report = Ärztlicher Untersuchungsbericht
prepare-issuer = Wer es ausstellt
prepare-issuer-passport = Sie selbst: ein gut lesbarer Scan oder ein Foto der Seite mit Ihrem Foto und Ihren Daten.
prepare-issuer-photo = Ein Fotograf oder Sie selbst: ein aktuelles Farbfoto ohne Kopfbedeckung vor weißem Hintergrund.
prepare-issuer-job-contract = Ihr neuer Arbeitgeber in China.
prepare-issuer-degree = Die Hochschule oder die Stelle, die Ihre Berufsqualifikation verliehen hat.
prepare-issuer-work-experience = Ihr früherer Arbeitgeber: Ihre Position, der Zeitraum, Ihre Aufgaben, ein Stempel oder eine Unterschrift und eine Kontaktperson, die die Angaben bestätigen kann.
prepare-issuer-criminal-record = Die Polizei oder die Gerichte des Landes Ihrer Staatsangehörigkeit oder des Landes, in dem Sie gewöhnlich leben.
prepare-issuer-medical-report = Ein Krankenhaus im Ausland oder das Internationale Reisegesundheitszentrum in China, das auch Untersuchungsberichte aus dem Ausland prüft.
prepare-certify = Wie es beglaubigt wird
prepare-certify-none = Es braucht weder Apostille noch Legalisation.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = Lassen Sie von der zuständigen Behörde des Ausstellungslandes ({ $country }) eine Apostille ausstellen. Das Apostille-Übereinkommen gilt zwischen diesem Land und China seit dem { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = Das Apostille-Übereinkommen gilt nicht zwischen dem Ausstellungsland ({ $country }) und China: Lassen Sie das Dokument zuerst von den Behörden dieses Landes und dann von einer chinesischen Botschaft oder einem chinesischen Konsulat dort legalisieren.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = Die Regel für Dokumente aus dem Ausstellungsland ({ $country }) ist nicht geklärt. Fragen Sie Ihren Arbeitgeber oder die örtliche Arbeitserlaubnisbehörde, bevor Sie es beglaubigen lassen.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = Ein Abschlusszeugnis ist eine Privaturkunde: Lassen Sie es zuerst im Ausstellungsland ({ $country }) notariell beglaubigen.
prepare-alternative-cscse-verification = Stattdessen können Sie den Abschluss vom CSCSE (China Service Center for Scholarly Exchange, 中国留学服务中心) prüfen lassen; die Behörde erkennt dessen Prüfung an.
prepare-alternative-pledge = Bei Kategorie A können Sie statt dieses Zeugnisses eine Erklärung unterschreiben, dass Sie nicht vorbestraft sind.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = Quelle: { $source }, Stand: { $date }.
prepare-certify-uncertain = Diese Regel stammt aus Sekundärquellen oder ist nicht geklärt. Klären Sie sie mit Ihrem Arbeitgeber, bevor Sie für eine Beglaubigung bezahlen.
prepare-translation = Übersetzung
prepare-translation-not-needed = Es braucht keine Übersetzung.
prepare-translation-sealed-by-employer = Wenn es nicht auf Chinesisch ist, braucht es eine chinesische Übersetzung mit dem Stempel Ihres Arbeitgebers.
prepare-translation-chinese-version = Es muss eine chinesische Fassung haben, die Arbeitsort, Aufgaben, Gehalt, Laufzeit und Position nennt.
prepare-validity = Gültigkeit
prepare-validity-none = Es läuft für diesen Antrag nicht ab.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = { $months ->
    [one] { $months } Monat ab dem Ausstellungsdatum gültig, nicht ab der Beglaubigung.
   *[other] { $months } Monate ab dem Ausstellungsdatum gültig, nicht ab der Beglaubigung.
}
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = Besorgen Sie es am { $date } oder später. Ein früher ausgestelltes Dokument liefe weniger als 30 Tage nach der geplanten Einreichung ab.
prepare-issued = Wann wurde es ausgestellt?
prepare-issued-hint = Lassen Sie das Feld leer, wenn Sie es noch nicht haben. Zum Beispiel 15 9 2026
prepare-issued-invalid = Geben Sie ein gültiges Ausstellungsdatum ein, zum Beispiel 15 9 2026
prepare-issued-future = Das Ausstellungsdatum muss heute oder früher sein
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = Es ist bis zum { $date } gültig.
prepare-ready-legend = Status
prepare-ready = Dieses Dokument ist fertig
prepare-save = Speichern und zurück zur Checkliste
prepare-files = Dateien
prepare-files-hint = JPEG, PNG oder PDF, jeweils bis 1 MB. Der Dateityp wird aus der Datei selbst gelesen, nicht aus ihrem Namen. Nichts wird hochgeladen: Die Dateien bleiben in diesem Tab, bis Sie Ihr Paket herunterladen.
prepare-photo-hint = Ein JPEG-Foto im Format 3 breit zu 4 hoch, von 354 × 472 bis 420 × 560 Pixel und von 40 KB bis 120 KB, vor weißem Hintergrund. Jedes Foto von einem Mobiltelefon ist geeignet: Es wird hier geprüft und kann automatisch korrigiert werden.
prepare-add-files = Dateien hinzufügen
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: Der Browser konnte diese Datei nicht lesen. Wählen Sie sie erneut aus.
prepare-no-files = Noch keine Dateien hinzugefügt.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = Entfernen
prepare-package = Später weitermachen
prepare-package-hint = Laden Sie ein Paket mit Ihren Antworten, dem Stand jedes Dokuments und Ihren Dateien herunter. Öffnen Sie es später hier, um weiterzumachen, oder geben Sie es der Personalabteilung Ihres Arbeitgebers. In diesem Browser wird nichts gespeichert.
prepare-download-package = Paket herunterladen
prepare-print-checklist = Checkliste drucken
prepare-have-package = Ich habe ein Paket
prepare-open-package = Ihr Paket öffnen
prepare-open-package-hint = Die .zip-Datei, die Sie von diesem Dienst heruntergeladen haben.
prepare-package-not-ours = Diese Datei ist kein Paket dieses Dienstes, oder sie ist beschädigt. Wählen Sie die .zip-Datei, die Sie heruntergeladen haben.
prepare-package-changed = Eine Datei in diesem Paket wurde nach seiner Erstellung verändert. Wählen Sie das Paket so, wie Sie es heruntergeladen haben.
prepare-package-too-large = Das Paket ist zu groß. Entfernen Sie einige Dateien und versuchen Sie es erneut.
prepare-checklist-for = Checkliste für die Personalabteilung
prepare-column-document = Dokument
prepare-column-status = Status
prepare-column-dates = Ausgestellt und gültig bis

## The ID photo: check and automatic fix
prepare-photo-choose = Foto auswählen
prepare-photo-passes = Ihr Foto erfüllt alle Regeln. Es wurde zu diesem Dokument hinzugefügt.
prepare-photo-problems = Ihr Foto erfüllt diese Regeln nicht:
prepare-photo-not-jpeg = Es ist eine PNG-Datei; für den Upload ist JPEG nötig.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = Es hat { $width } × { $height } Pixel; mindestens { $min-width } × { $min-height } sind nötig. Die Korrektur kann keine Details hinzufügen: Machen Sie ein neues Foto.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = Es hat { $width } × { $height } Pixel; höchstens { $max-width } × { $max-height } sind erlaubt.
prepare-photo-wrong-ratio = Es hat nicht das Format 3 breit zu 4 hoch, das der Upload verlangt.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = Es ist { $size } groß; höchstens { $limit } sind erlaubt.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = Es ist { $size } groß; mindestens { $limit } sind nötig.
prepare-photo-background = Der Hintergrund sieht nicht weiß aus. Die Korrektur kann ihn nicht ändern: Machen Sie nach Möglichkeit ein neues Foto vor einer schlichten weißen Wand.
prepare-photo-fix-heading = Automatische Korrektur
prepare-photo-fix-explain = Das Foto unten wird auf 3 zu 4 zugeschnitten, skaliert und als JPEG in der richtigen Größe gespeichert. Wenn Ihr Gesicht nicht im Rahmen ist, verschieben Sie den Rahmen. Prüfen Sie das Ergebnis und verwenden Sie es dann.
prepare-photo-before = Vorher:
prepare-photo-after = Nachher:
prepare-photo-before-alt = Ihr Foto mit einem Rahmen um den Teil, der erhalten bleibt
prepare-photo-after-alt = Das korrigierte Foto
prepare-photo-across = Rahmen nach links oder rechts verschieben
prepare-photo-down = Rahmen nach oben oder unten verschieben
prepare-photo-fixing = Foto wird korrigiert…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } Pixel, { $size }
prepare-photo-fix-failed = Dieser Browser konnte das Foto nicht korrigieren. Versuchen Sie einen anderen Browser oder korrigieren Sie es mit einem Bildbearbeitungsprogramm.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = Das korrigierte Foto lässt sich nicht auf eine Größe zwischen { $smallest } und { $largest } bringen: Das Foto hat zu wenig Details. Machen Sie ein schärferes Foto bei gutem Licht.
prepare-photo-use = Korrigiertes Foto verwenden
prepare-photo-download = Korrigiertes Foto herunterladen
prepare-photo-used = Das korrigierte Foto wurde zu diesem Dokument hinzugefügt.

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = Größer als { $limit }: Erstellen Sie aus den Bildern ein PDF, um die Größe zu verringern.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = Fotos der Seiten eines Papierdokuments lassen sich zu einem PDF unter { $limit } zusammenfügen, eine Seite pro Foto, in der Reihenfolge, in der Sie sie hinzugefügt haben.
prepare-combine = Ein PDF aus den Bildern erstellen
prepare-combining = PDF wird erstellt…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = { $pages ->
    [one] Das Bild ist jetzt ein PDF mit { $pages } Seite.
   *[other] Die Bilder sind jetzt ein PDF mit { $pages } Seiten.
}
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = Die Seiten passen nicht in { $limit }, auch nicht bei geringerer Auflösung. Entfernen Sie einige Bilder und erstellen Sie zwei PDFs.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: Der Browser konnte dieses Bild nicht lesen. Entfernen Sie es und fügen Sie es erneut hinzu.
