### The public contribution calculator.

calculator-title = 毎月の社会保険料を計算する
calculator-lead = 北京市と上海市の公式料率に基づいて、給与に対してあなたと雇用主が毎月納める額を確認できます。
calculator-city = 都市
calculator-beijing = 北京
calculator-shanghai = 上海
calculator-city-missing = 勤務している都市を選択してください
calculator-period = 対象月
calculator-month = 月
calculator-year = 年
calculator-salary = 月給（元）
calculator-salary-hint = 税引前の金額。例：12345.67
calculator-salary-missing = 月給を入力してください
calculator-salary-invalid = 給与は元単位の数値で、小数点以下2桁までで入力してください（例：12345.67）
calculator-submit = 保険料を計算
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from }～{ $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = { $period }の公式料率はまだありません。次の範囲から月を選んでください：{ $covered }
calculator-result = 当月の保険料
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = 給与{ $salary }は保険料算定基数の下限{ $floor }と上限{ $ceiling }の間にあるため、給与がそのまま保険料算定基数になります。
calculator-base-floor = 給与{ $salary }は保険料算定基数の下限{ $floor }を下回るため、保険料は{ $base }を基に計算されます。
calculator-base-ceiling = 給与{ $salary }は保険料算定基数の上限{ $ceiling }を上回るため、保険料は{ $base }を基に計算されます。
calculator-employer-rate = 雇用主の料率
calculator-employee-rate = あなたの料率
calculator-combined = 雇用主とあなたの合計：
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = この料率は{ $from }から{ $until }まで適用されます。
calculator-maternity = 出産保険は医療保険に含まれています。労災保険は最も低い料率で計算しています。雇用主の実際の料率は業種によって異なります。
