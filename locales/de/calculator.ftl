### The public contribution calculator.

calculator-title = Monatliche Sozialversicherungsbeiträge berechnen
calculator-lead = Sehen Sie, was Sie und Ihr Arbeitgeber bei einem bestimmten Gehalt jeden Monat zahlen – nach den amtlichen Sätzen von Peking und Shanghai.
calculator-city = Stadt
calculator-beijing = Peking
calculator-shanghai = Shanghai
calculator-city-missing = Wählen Sie die Stadt aus, in der Sie arbeiten
calculator-period = Monat
calculator-month = Monat
calculator-year = Jahr
calculator-salary = Monatsgehalt in Yuan
calculator-salary-hint = Vor Steuern. Zum Beispiel 12.345,67
calculator-salary-missing = Geben Sie Ihr Monatsgehalt ein
calculator-salary-invalid = Geben Sie das Gehalt als Betrag in Yuan mit höchstens zwei Nachkommastellen ein, zum Beispiel 12.345,67
calculator-submit = Beiträge berechnen
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } bis { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = Für { $period } gibt es hier noch keine amtlichen Sätze. Wählen Sie einen Monat im Zeitraum: { $covered }
calculator-result = Beiträge für den Monat
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = Ihr Gehalt von { $salary } liegt zwischen der niedrigsten Beitragsgrundlage ({ $floor }) und der höchsten ({ $ceiling }). Ihr Gehalt ist daher die Beitragsgrundlage.
calculator-base-floor = Ihr Gehalt von { $salary } liegt unter der niedrigsten Beitragsgrundlage ({ $floor }). Die Beiträge werden daher auf Basis von { $base } berechnet.
calculator-base-ceiling = Ihr Gehalt von { $salary } liegt über der höchsten Beitragsgrundlage ({ $ceiling }). Die Beiträge werden daher auf Basis von { $base } berechnet.
calculator-employer-rate = Arbeitgebersatz
calculator-employee-rate = Ihr Satz
calculator-combined = Arbeitgeber und Sie zusammen:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = Diese Sätze gelten von { $from } bis { $until }.
calculator-maternity = Die Mutterschaftsversicherung ist Teil der Krankenversicherung. Für die Arbeitsunfallversicherung wird der niedrigste Satz verwendet; der Satz Ihres Arbeitgebers hängt von seiner Branche ab.
