## Accessibility statement.

accessibility-title = Erklärung zur Barrierefreiheit
accessibility-lead = Alle sollen diesen Dienst nutzen können: auf dem Mobiltelefon, am Computer oder an einem öffentlichen Bildschirm in einem Servicezentrum. Er ist so gebaut, dass er die Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA erfüllt.
accessibility-can-heading = Was Sie tun können
accessibility-can-keyboard = jeden Teil des Dienstes allein mit der Tastatur bedienen
accessibility-can-screen-reader = einen Screenreader nutzen: Die Seiten haben Überschriften, beschriftete Felder und Fehlermeldungen, die mit ihren Feldern verknüpft sind
accessibility-can-zoom = bis auf 400 % vergrößern oder einen 320 Pixel breiten Bildschirm nutzen, ohne dass Inhalte verloren gehen
accessibility-can-language = jederzeit die Sprache wechseln und dort weitermachen, wo Sie waren – auch auf Arabisch, das von rechts nach links geschrieben wird
accessibility-can-motion = Animationen in den Einstellungen Ihres Geräts ausschalten – der Dienst richtet sich danach
accessibility-testing-heading = Wie wir diesen Dienst testen
accessibility-testing = Jede Seite wird bei jeder Änderung des Dienstes automatisch mit der Prüfsoftware axe geprüft, in jeder Sprache. Außerdem testen wir allein mit der Tastatur.
accessibility-limits-heading = Bekannte Einschränkungen
accessibility-limits-chinese = Amtliche chinesische Begriffe sind als Chinesisch gekennzeichnet, damit Screenreader sie richtig aussprechen können. Manche Screenreader lesen sie nur vor, wenn eine chinesische Stimme installiert ist.
accessibility-limits-translations = Die Übersetzungen außer der englischen wurden maschinengestützt erstellt und geprüft und noch nicht von muttersprachlichen Behördenmitarbeitenden kontrolliert. Wenn ein Satz unklar ist, verlassen Sie sich auf den amtlichen chinesischen Begriff neben unserem oder fragen Sie die Mitarbeitenden in einem Servicezentrum.
accessibility-report-heading = Ein Problem melden
accessibility-report = Wenn etwas für Sie nicht funktioniert, sagen Sie es den Mitarbeitenden in einem Servicezentrum oder rufen Sie die Sozialversicherungs-Hotline 12333 an.
accessibility-prepared = Diese Erklärung wurde am 27. November 2026 erstellt.
