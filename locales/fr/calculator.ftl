### Le calculateur public des cotisations.

calculator-title = Calculer les cotisations mensuelles d'assurances sociales
calculator-lead = Voyez ce que vous et votre employeur payez chaque mois pour un salaire donné, selon les taux officiels de Pékin et de Shanghai.
calculator-city = Ville
calculator-beijing = Pékin
calculator-shanghai = Shanghai
calculator-city-missing = Sélectionnez la ville où vous travaillez
calculator-period = Mois
calculator-month = Mois
calculator-year = Année
calculator-salary = Salaire mensuel en yuans
calculator-salary-hint = Avant impôt. Par exemple, 12 345,67
calculator-salary-missing = Saisissez votre salaire mensuel
calculator-salary-invalid = Saisissez le salaire en yuans, avec au plus deux décimales, comme 12 345,67
calculator-submit = Calculer les cotisations
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = de { $from } à { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = Il n'y a pas encore de taux officiels pour { $period } ici. Choisissez un mois dans cette période : { $covered }
calculator-result = Cotisations du mois
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = Votre salaire de { $salary } est compris entre l'assiette minimale de { $floor } et l'assiette maximale de { $ceiling } : votre salaire sert donc d'assiette.
calculator-base-floor = Votre salaire de { $salary } est inférieur à l'assiette minimale de { $floor } : les cotisations sont donc calculées sur { $base }.
calculator-base-ceiling = Votre salaire de { $salary } est supérieur à l'assiette maximale de { $ceiling } : les cotisations sont donc calculées sur { $base }.
calculator-employer-rate = Taux employeur
calculator-employee-rate = Votre taux
calculator-combined = Votre employeur et vous, ensemble :
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = Ces taux s'appliquent de { $from } à { $until }.
calculator-maternity = L'assurance maternité fait partie de l'assurance maladie. L'assurance accidents du travail est calculée au taux le plus bas ; le taux de votre employeur dépend de son secteur d'activité.
