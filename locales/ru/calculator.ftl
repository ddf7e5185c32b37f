### The public contribution calculator.

calculator-title = Расчёт ежемесячных взносов на социальное страхование
calculator-lead = Узнайте, сколько вы и ваш работодатель платите каждый месяц с вашей зарплаты, по официальным ставкам Пекина и Шанхая.
calculator-city = Город
calculator-beijing = Пекин
calculator-shanghai = Шанхай
calculator-city-missing = Выберите город, в котором вы работаете
calculator-period = Месяц
calculator-month = Месяц
calculator-year = Год
calculator-salary = Зарплата в месяц, в юанях
calculator-salary-hint = До вычета налогов. Например: 12345.67
calculator-salary-missing = Введите вашу месячную зарплату
calculator-salary-invalid = Введите зарплату числом в юанях, не более чем с двумя десятичными знаками, например 12345.67
calculator-submit = Рассчитать взносы
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } — { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = Официальных ставок на { $period } здесь пока нет. Выберите месяц из периода: { $covered }
calculator-result = Взносы за месяц
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = Ваша зарплата { $salary } находится между минимальной базой { $floor } и максимальной базой { $ceiling }, поэтому базой служит ваша зарплата.
calculator-base-floor = Ваша зарплата { $salary } ниже минимальной базы { $floor }, поэтому взносы рассчитываются с суммы { $base }.
calculator-base-ceiling = Ваша зарплата { $salary } выше максимальной базы { $ceiling }, поэтому взносы рассчитываются с суммы { $base }.
calculator-employer-rate = Ставка работодателя
calculator-employee-rate = Ваша ставка
calculator-combined = Вы и работодатель вместе:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = Эти ставки действуют в период: { $from } — { $until }.
calculator-maternity = Страхование по материнству входит в медицинское страхование. Для страхования от производственных травм взята самая низкая ставка; ставка вашего работодателя зависит от его отрасли.
