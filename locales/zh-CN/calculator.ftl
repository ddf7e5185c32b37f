### 公开的社会保险缴费计算器。

calculator-title = 计算每月社会保险缴费金额
calculator-lead = 输入工资，即可按北京市和上海市的官方费率，查看您和用人单位每月各需缴纳的金额。
calculator-city = 城市
calculator-beijing = 北京
calculator-shanghai = 上海
calculator-city-missing = 请选择您工作所在的城市
calculator-period = 缴费月份
calculator-month = 月
calculator-year = 年
calculator-salary = 月工资（元）
calculator-salary-hint = 税前金额。例如：12345.67
calculator-salary-missing = 请输入您的月工资
calculator-salary-invalid = 请以元为单位输入工资金额，最多保留两位小数，例如12345.67
calculator-submit = 计算缴费金额
# Variables:
#   $from (String) - 起始月份，例如 2024-07
#   $until (String) - 截止月份
calculator-range = { $from }至{ $until }
# Variables:
#   $period (String) - 所查询的月份，例如 2026-01
#   $covered (String) - 可以计算的月份范围
calculator-no-table = 本计算器暂无{ $period }的官方费率。请选择以下范围内的月份：{ $covered }
calculator-result = 该月缴费金额
# Variables:
#   $salary (String) - 工资（已格式化的金额）
#   $floor (String) - 最低缴费基数
#   $ceiling (String) - 最高缴费基数
#   $base (String) - 实际采用的缴费基数
calculator-base-inside = 您的工资{ $salary }介于最低缴费基数{ $floor }和最高缴费基数{ $ceiling }之间，因此以您的工资作为缴费基数。
calculator-base-floor = 您的工资{ $salary }低于最低缴费基数{ $floor }，因此按{ $base }计算缴费。
calculator-base-ceiling = 您的工资{ $salary }高于最高缴费基数{ $ceiling }，因此按{ $base }计算缴费。
calculator-employer-rate = 单位缴费比例
calculator-employee-rate = 个人缴费比例
calculator-combined = 单位和个人缴费合计：
# Variables:
#   $from (String) - 费率适用的起始月份
#   $until (String) - 截止月份
calculator-validity = 以上费率适用于{ $from }至{ $until }。
calculator-maternity = 生育保险已并入基本医疗保险。工伤保险按最低费率计算；用人单位的实际费率取决于其所属行业。
