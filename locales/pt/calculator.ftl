### The public contribution calculator.

calculator-title = Calcule as contribuições mensais ao seguro social
calculator-lead = Veja quanto você e seu empregador pagam por mês para um determinado salário, com base nas alíquotas oficiais de Pequim e Xangai.
calculator-city = Cidade
calculator-beijing = Pequim
calculator-shanghai = Xangai
calculator-city-missing = Selecione a cidade onde você trabalha
calculator-period = Mês
calculator-month = Mês
calculator-year = Ano
calculator-salary = Salário mensal em yuans
calculator-salary-hint = Antes dos impostos. Por exemplo, 12.345,67
calculator-salary-missing = Digite seu salário mensal
calculator-salary-invalid = Digite o salário como um valor em yuans, com no máximo duas casas decimais, como 12.345,67
calculator-submit = Calcular contribuições
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } a { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = Ainda não há alíquotas oficiais para { $period } aqui. Escolha um mês entre: { $covered }
calculator-result = Contribuições do mês
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = Seu salário de { $salary } está entre a base mínima de { $floor } e a base máxima de { $ceiling }; por isso, seu salário é a base.
calculator-base-floor = Seu salário de { $salary } está abaixo da base mínima de { $floor }; por isso, as contribuições são calculadas sobre { $base }.
calculator-base-ceiling = Seu salário de { $salary } está acima da base máxima de { $ceiling }; por isso, as contribuições são calculadas sobre { $base }.
calculator-employer-rate = Alíquota do empregador
calculator-employee-rate = Sua alíquota
calculator-combined = Empregador e você juntos:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = Estas alíquotas valem de { $from } a { $until }.
calculator-maternity = O seguro-maternidade faz parte do seguro médico. O seguro contra acidentes de trabalho usa a alíquota mais baixa; a alíquota do seu empregador depende do ramo de atividade dele.
