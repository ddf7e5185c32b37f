## Life events after the work permit: a new passport, a permit about to expire, a new employer, leaving China. Public, no account; each deadline can go into the person's calendar.

life-title = Wenn sich etwas ändert
life-lead = Ein neuer Pass, ein neuer Arbeitgeber oder eine bald ablaufende Erlaubnis lösen jeweils eine Frist aus. Erfahren Sie, was zu tun ist und bis wann, und tragen Sie den Termin in Ihren Kalender ein.
life-new-passport-link = Ich habe einen neuen Pass
life-expiry-link = Meine Arbeitserlaubnis läuft bald ab
life-employer-link = Ich wechsle den Arbeitgeber
life-leaving-link = Ich verlasse China
life-privacy = Die Daten, die Sie eingeben, bleiben in diesem Browser-Tab. Nichts wird gesendet oder gespeichert.
life-back = Andere Änderungen

## Shared: one deadline and the calendar
# Variables:
#   $date (String) - the deadline, as a full date
life-due = Fällig bis zum { $date }
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] Das ist heute.
    [one] Noch { $days } Tag.
   *[other] Noch { $days } Tage.
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = { $days ->
    [one] Die Frist ist vor { $days } Tag abgelaufen.
   *[other] Die Frist ist vor { $days } Tagen abgelaufen.
}
life-soon = Handeln Sie jetzt: Es bleiben höchstens 10 Tage.
life-passed = Dieser Termin ist vorbei. Wenden Sie sich noch heute an Ihren Arbeitgeber oder die Behörde und erklären Sie die Lage; wer zu spät handelt, riskiert ein Bußgeld.
life-uncertain = Die Quellen machen hierzu unterschiedliche Angaben. Lassen Sie sich die Angabe von Ihrem Arbeitgeber oder der örtlichen Behörde bestätigen.
# Variables:
#   $source (String) - where the figure comes from
life-source = Quelle: { $source }
life-calendar = In Kalender eintragen
life-calendar-hint = Lädt eine Kalenderdatei (.ics) mit einer Erinnerung 7 Tage vorher herunter. Nichts wird irgendwohin gesendet.
life-print = Diese Termine drucken
life-show = Termine anzeigen
life-dates-heading = Ihre Termine
life-date-missing = Geben Sie das Datum ein
life-date-invalid = Geben Sie ein gültiges Datum ein, zum Beispiel 27 3 2026
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = In Arbeitstagen gezählt; Tage nach dem { $date } werden nur von Montag bis Freitag gezählt, weil der Feiertagsplan für dieses Jahr noch nicht veröffentlicht ist.
life-holidays-source = Die Arbeitstage richten sich nach den vom Staatsrat veröffentlichten Feiertagsplänen für 2025 und 2026.

## I have a new passport
life-new-passport-title = Ich habe einen neuen Pass
life-new-passport-lead = Auf Ihrer Arbeitserlaubnis und Ihrer Aufenthaltserlaubnis steht Ihre Passnummer, daher müssen beide geändert werden.
life-passport-issued = Wann wurde Ihr neuer Pass ausgestellt?
life-passport-issued-hint = Wie im neuen Pass angegeben, zum Beispiel 27 3 2026
life-passport-change = Änderung der Arbeitserlaubnis beantragen
life-passport-change-how = Ihr Arbeitgeber reicht die Änderung im Servicesystem für in China arbeitende Ausländer ein. Die Quellen nennen 10 Tage ab Ausstellung des neuen Passes; eine Stadt rechnet mit 10 Arbeitstagen.
life-passport-residence = Lassen Sie Ihre Aufenthaltserlaubnis innerhalb derselben 10 Tage bei der Ein- und Ausreisebehörde ändern.
life-passport-bring = Was die Behörden meist verlangen: den neuen und den alten Pass, Ihre Aufenthaltserlaubnis und ein aktuelles Foto. Fragen Sie Ihren Arbeitgeber, da es von Stadt zu Stadt Unterschiede gibt.
life-passport-source = Hinweise örtlicher Ein- und Ausreisebehörden und Arbeitserlaubnisbehörden, die bei den Arbeitstagen voneinander abweichen

## My work permit expires soon
life-expiry-title = Meine Arbeitserlaubnis läuft bald ab
life-expiry-lead = Ihr Arbeitgeber kann die Verlängerung Ihrer Arbeitserlaubnis frühestens 90 und spätestens 30 Tage vor Ablauf beantragen. Bleiben weniger als 30 Tage, lehnt das System eine Verlängerung ab.
life-expiry-date = Wann läuft Ihre Arbeitserlaubnis ab?
life-expiry-date-hint = Die Gültigkeitsdauer auf Ihrer Arbeitserlaubnis, zum Beispiel 30 6 2027
life-expiry-opens = Verlängerungszeitraum beginnt
life-expiry-closes = Verlängerungszeitraum endet
life-expiry-ends = Ihre Arbeitserlaubnis läuft ab
life-expiry-not-yet = Der Zeitraum hat noch nicht begonnen. Erinnern Sie Ihren Arbeitgeber, wenn er beginnt.
life-expiry-open = Der Zeitraum läuft: Bitten Sie Ihren Arbeitgeber, jetzt den Antrag zu stellen.
life-expiry-closed = Der Zeitraum ist vorbei. Sprechen Sie sofort mit Ihrem Arbeitgeber über einen neuen Antrag; ohne gültige Erlaubnis dürfen Sie nicht arbeiten.
life-expiry-source = Hinweise des Amts für Wissenschaft und Technologie Tianjin zu Verlängerungen

## Changing employer and leaving China
life-last-day = Was ist Ihr letzter Arbeitstag?
life-last-day-hint = Zum Beispiel 31 1 2027
life-cancel = Ihr Arbeitgeber meldet Ihre Arbeitserlaubnis ab
life-cancel-who = Ihr aktueller Arbeitgeber meldet Ihre Arbeitserlaubnis im Servicesystem für in China arbeitende Ausländer ab, innerhalb von 10 Arbeitstagen nach Ihrem letzten Tag (eine Quelle nennt 15 Tage).
life-employer-title = Ich wechsle den Arbeitgeber
life-employer-lead = Eine Arbeitserlaubnis ist an einen Arbeitgeber gebunden. Ihr neuer Arbeitgeber beantragt eine neue Erlaubnis für Sie; Ihr aktueller Arbeitgeber meldet die alte ab.
life-employer-new = Ihr neuer Arbeitgeber beantragt Ihre neue Arbeitserlaubnis. Stellen Sie die Dokumente erneut zusammen: Die Checkliste hilft Ihnen dabei.
life-employer-card = Ihre Sozialversicherungsnummer bleibt lebenslang gleich. Ihre Beitragsnachweise bleiben unter dieser Nummer, und die Beiträge Ihres neuen Arbeitgebers setzen sie fort.
life-leaving-title = Ich verlasse China
life-leaving-lead = Sorgen Sie vor Ihrer Abreise dafür, dass Ihr Arbeitgeber Ihre Arbeitserlaubnis abmeldet, und entscheiden Sie, was mit Ihrer Sozialversicherung geschehen soll.
life-leaving-residence = Ihre Aufenthaltserlaubnis (zu Arbeitszwecken) endet mit der Stelle: Fragen Sie bei der Ein- und Ausreisebehörde, wie lange Sie bleiben dürfen.
life-leaving-insurance = Wenn Sie China verlassen, bevor Sie Anspruch auf eine Rente haben, können Sie Ihr Sozialversicherungskonto für eine spätere Rückkehr behalten oder die Schließung beantragen und sich das Guthaben Ihres persönlichen Rentenkontos auszahlen lassen.
life-leaving-insurance-source = Vorläufige Maßnahmen zur Teilnahme von in China beschäftigten Ausländern an der Sozialversicherung (2011), Artikel 7
life-prepare-link = Dokumente für die Arbeitserlaubnis vorbereiten
life-status-link = Wo steht mein Antrag? Stand prüfen

## The public check of an application's progress (no account)
status-title = Stand eines Antrags prüfen
status-lead = Ihr Arbeitgeber beantragt Ihre Arbeitserlaubnis. Geben Sie die Antragsnummer und Ihr Geburtsdatum ein, um zu sehen, wo der Antrag steht. Sie brauchen kein Konto.
status-number = Antragsnummer
status-number-hint = Auf der Eingangsbestätigung, die Ihr Arbeitgeber beim Einreichen des Antrags erhalten hat. Buchstaben und Ziffern; Leerzeichen spielen keine Rolle.
status-number-missing = Geben Sie die Antragsnummer ein
status-birth = Ihr Geburtsdatum
status-birth-hint = Wie in Ihrem Pass, zum Beispiel 14 2 1991
status-birth-missing = Geben Sie Ihr Geburtsdatum ein
status-submit = Stand prüfen
status-result-heading = Wo Ihr Antrag steht
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = Seit dem { $date }
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = Eine Entscheidung ist bis zum { $date } fällig: 20 Arbeitstage ab Annahme bei einer Erlaubnis für mehr als 90 Tage (in besonderen Fällen 10 Arbeitstage mehr).
status-decision-weekdays = Tage nach dem Ende der veröffentlichten Feiertagspläne werden von Montag bis Freitag gezählt.
status-privacy = Hier werden nur der Bearbeitungsschritt und sein Datum angezeigt. Die Einzelheiten stehen im Konto Ihres Arbeitgebers im Servicesystem für in China arbeitende Ausländer. Nichts, was Sie eingeben, wird gespeichert.

## An application's stages
stage-submitted = Von Ihrem Arbeitgeber eingereicht
stage-pre-review = Vorprüfung
stage-accepted = Angenommen
stage-under-review = In Prüfung
stage-more-documents = Weitere Dokumente angefordert
stage-approved = Genehmigt
stage-refused = Abgelehnt
stage-submitted-meaning = Ihr Arbeitgeber hat den Antrag online eingereicht. Die Behörde prüft, ob er vollständig ist, bevor sie ihn annimmt.
stage-pre-review-meaning = Die Behörde prüft, ob der Antrag vollständig ist. Danach wird er angenommen, oder Ihr Arbeitgeber wird um weitere Dokumente gebeten.
stage-accepted-meaning = Der Antrag ist vollständig und angenommen. Die Behörde entscheidet jetzt.
stage-under-review-meaning = Die Behörde entscheidet. Bei einer Erlaubnis für mehr als 90 Tage ist eine Entscheidung innerhalb von 20 Arbeitstagen ab Annahme fällig, bei einer kürzeren innerhalb von 5 Arbeitstagen.
stage-more-documents-meaning = Die Behörde hat Ihren Arbeitgeber um weitere Dokumente gebeten. Fragen Sie Ihren Arbeitgeber, welche, und schicken Sie sie so bald wie möglich: Der Antrag wartet, bis sie eingegangen sind.
stage-approved-meaning = Die Arbeitserlaubnis ist genehmigt und das Mitteilungsschreiben ist ausgestellt. Als Nächstes: das Z-Visum, dann die Einreise nach China, mit der Ihre Fristen beginnen.
stage-refused-meaning = Der Antrag wurde abgelehnt. Im Konto Ihres Arbeitgebers steht der Grund. Ihr Arbeitgeber kann einen neuen Antrag stellen, sobald der Grund behoben ist.
step-done = Erledigt:
step-current = Jetzt:
step-to-come = Noch offen:

## Your timeline (signed in)
timeline-lead = Alles vom Antrag bis zu Ihrer nächsten Frist an einem Ort. Die verbleibenden Tage werden ab dem heutigen Tag in China gezählt.
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = Heute in China: { $date }
timeline-application-heading = Ihr Antrag
timeline-application-number = Antragsnummer:
timeline-no-application = Für Ihre Arbeitserlaubnis ist kein Antrag erfasst.
timeline-earlier = Frühere Anträge
timeline-asked-for = Die Behörde hat angefordert:
timeline-after-heading = Nach der Genehmigung
timeline-entry = Einreise nach China mit dem Z-Visum
timeline-residence = Aufenthaltserlaubnis (zu Arbeitszwecken)
timeline-on-site = Vor-Ort-Prüfung Ihrer Originaldokumente
timeline-watch-heading = Wichtige Termine
timeline-letter-expires = Ihr Mitteilungsschreiben läuft ab
timeline-residence-due = Aufenthaltserlaubnis beantragen
timeline-on-site-due = Originaldokumente zur Vor-Ort-Prüfung vorlegen
timeline-medical-expires = Ihr ärztlicher Untersuchungsbericht läuft ab (für die Vor-Ort-Prüfung darf er höchstens 6 Monate alt sein)
refusal-document-expired = Grund: Ein Dokument war bei Einreichung des Antrags nicht mehr gültig (ein Führungszeugnis oder ein ärztlicher Untersuchungsbericht ist ab Ausstellung 6 Monate gültig).
refusal-not-authenticated = Grund: Ein ausländisches Dokument hatte weder eine Apostille noch eine konsularische Legalisation.
refusal-points-too-low = Grund: Die Punktzahl reichte für die beantragte Kategorie nicht aus.
