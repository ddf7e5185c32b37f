### La calculadora pública de cotizaciones.

calculator-title = Calcule las cotizaciones mensuales al seguro social
calculator-lead = Vea lo que usted y su empleador pagan cada mes según un salario, con las tasas oficiales de Pekín y Shanghái.
calculator-city = Ciudad
calculator-beijing = Pekín
calculator-shanghai = Shanghái
calculator-city-missing = Seleccione la ciudad donde trabaja
calculator-period = Mes
calculator-month = Mes
calculator-year = Año
calculator-salary = Salario mensual en yuanes
calculator-salary-hint = Antes de impuestos. Por ejemplo, 12345.67
calculator-salary-missing = Escriba su salario mensual
calculator-salary-invalid = Escriba el salario como una cantidad en yuanes, con dos decimales como máximo, por ejemplo 12345.67
calculator-submit = Calcular cotizaciones
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } a { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = Todavía no hay tasas oficiales para { $period } en este servicio. Elija un mes comprendido en: { $covered }
calculator-result = Cotizaciones del mes
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = Su salario de { $salary } está entre la base mínima de { $floor } y la base máxima de { $ceiling }, así que su salario es la base.
calculator-base-floor = Su salario de { $salary } está por debajo de la base mínima de { $floor }, así que las cotizaciones se calculan sobre { $base }.
calculator-base-ceiling = Su salario de { $salary } está por encima de la base máxima de { $ceiling }, así que las cotizaciones se calculan sobre { $base }.
calculator-employer-rate = Tasa del empleador
calculator-employee-rate = Su tasa
calculator-combined = Total del empleador y usted:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = Estas tasas se aplican de { $from } a { $until }.
calculator-maternity = El seguro de maternidad forma parte del seguro médico. Para el seguro de accidentes de trabajo se usa la tasa más baja; la tasa de su empleador depende del sector de actividad de la empresa.
