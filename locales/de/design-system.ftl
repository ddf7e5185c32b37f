## Design system: a working example of every component.

design-system-title = Designsystem
design-system-lead = Funktionierende Beispiele der Komponenten, die dieser Dienst verwendet, in Ihrer Sprache.
design-system-notice = Die Beispiele verwenden die Begriffe dieser Karte:
design-system-surname-label = Nachname
design-system-surname-hint = Wie in Ihrem Pass gedruckt, in lateinischen Buchstaben.
design-system-surname-missing = Geben Sie Ihren Nachnamen ein
design-system-identifier-legend = Welche Nummer werden Sie verwenden?
design-system-identifier-ssn-hint = Nur, wenn Sie bereits eine haben.
design-system-identifier-missing = Wählen Sie die Nummer aus, die Sie verwenden werden
design-system-documents-legend = Welche Dokumente haben Sie?
design-system-documents-hint = Wählen Sie alle zutreffenden aus.
design-system-documents-missing = Wählen Sie mindestens ein Dokument aus
design-system-birth-legend = Geburtsdatum
design-system-birth-hint = Zum Beispiel 12 8 1974
design-system-birth-missing = Geben Sie Ihr Geburtsdatum als Tag, Monat und Jahr ein
design-system-submit = Beispiel prüfen
design-system-reset = Neu beginnen
design-system-panel-title = Beispiel abgeschlossen
design-system-panel-body = Alle Beispielantworten wurden gegeben.
design-system-summary-heading = Ihre Beispielantworten
