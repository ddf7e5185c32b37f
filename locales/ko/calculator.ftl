### The public contribution calculator.

calculator-title = 월 사회보험료 계산
calculator-lead = 베이징과 상하이의 공식 요율로, 급여에 따라 본인과 고용주가 매달 내는 보험료를 확인합니다.
calculator-city = 도시
calculator-beijing = 베이징
calculator-shanghai = 상하이
calculator-city-missing = 근무하는 도시를 선택하세요
calculator-period = 월
calculator-month = 월
calculator-year = 년
calculator-salary = 월급(위안)
calculator-salary-hint = 세전 금액. 예: 12345.67
calculator-salary-missing = 월급을 입력하세요
calculator-salary-invalid = 급여를 위안 단위의 숫자로, 소수점 이하 두 자리까지 입력하세요. 예: 12345.67
calculator-submit = 보험료 계산
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } ~ { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = 아직 { $period }의 공식 요율이 없습니다. 다음 기간 중에서 월을 선택하세요: { $covered }
calculator-result = 해당 월의 보험료
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = 급여({ $salary })가 최저 기준액({ $floor })과 최고 기준액({ $ceiling }) 사이에 있으므로 급여가 그대로 기준액이 됩니다.
calculator-base-floor = 급여({ $salary })가 최저 기준액({ $floor })보다 낮으므로 보험료는 { $base } 기준으로 계산합니다.
calculator-base-ceiling = 급여({ $salary })가 최고 기준액({ $ceiling })보다 높으므로 보험료는 { $base } 기준으로 계산합니다.
calculator-employer-rate = 고용주 요율
calculator-employee-rate = 본인 요율
calculator-combined = 고용주와 본인 합계:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = 이 요율은 { $from }부터 { $until }까지 적용됩니다.
calculator-maternity = 출산보험은 의료보험에 포함되어 있습니다. 산재보험은 최저 요율로 계산했으며, 실제 고용주 요율은 업종에 따라 다릅니다.
