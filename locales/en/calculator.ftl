### The public contribution calculator.

calculator-title = Work out monthly social insurance contributions
calculator-lead = See what you and your employer pay each month for a salary, from the official rates of Beijing and Shanghai.
calculator-city = City
calculator-beijing = Beijing
calculator-shanghai = Shanghai
calculator-city-missing = Select the city where you work
calculator-period = Month
calculator-month = Month
calculator-year = Year
calculator-salary = Monthly salary in yuan
calculator-salary-hint = Before tax. For example, 12345.67
calculator-salary-missing = Enter your monthly salary
calculator-salary-invalid = Enter the salary as a number of yuan, with at most two decimals, like 12345.67
calculator-submit = Work out contributions
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } to { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = There are no official rates for { $period } here yet. Choose a month in: { $covered }
calculator-result = Contributions for the month
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = Your salary { $salary } is between the lowest base { $floor } and the highest base { $ceiling }, so your salary is the base.
calculator-base-floor = Your salary { $salary } is below the lowest base { $floor }, so contributions are worked out on { $base }.
calculator-base-ceiling = Your salary { $salary } is above the highest base { $ceiling }, so contributions are worked out on { $base }.
calculator-employer-rate = Employer rate
calculator-employee-rate = Your rate
calculator-combined = Employer and you together:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = These rates apply from { $from } to { $until }.
calculator-maternity = Maternity insurance is part of medical insurance. Work-injury insurance uses the lowest rate; your employer's rate depends on its industry.
