### 已登录持卡人的电子社保卡、二维码、工作许可信息和缴费记录。

card-nav-label = 您的电子社保卡
card-show-details = 显示完整信息
card-hide-details = 隐藏详细信息

qr-title = 您的二维码
qr-use = 在医院、药店和服务窗口出示此二维码，可用于身份核验和医保结算。
qr-image-label = 您的电子社会保障卡二维码
qr-loading = 正在获取新的二维码…
qr-expired = 此二维码已过期。请选择“刷新二维码”获取新的二维码。
# Variables:
#   $seconds (Number) - 距二维码更换的秒数
qr-countdown = { $seconds }秒后更换新二维码
qr-refreshed = 已显示新的二维码，60秒内有效。
qr-refresh-failed = 无法获取新的二维码。
qr-refresh = 刷新二维码
qr-brightness = 提示：请调高屏幕亮度，以便服务窗口的扫码设备识别二维码。

work-permit-title = 您的工作许可
permit-category = 类别
# Variables:
#   $days (Number) - 距工作许可到期的天数
permit-days-left = 还剩{ $days }天
# Variables:
#   $days (Number) - 工作许可已过期的天数
permit-expired-days-ago = 已过期{ $days }天
permit-source = 以上信息来自外国人来华工作管理服务系统中的工作许可记录。如有错误，请联系用人单位在该系统中更正。
print-page = 打印本页
qr-copy-text = 复制二维码文本
copy-number = 复制
copied = 已复制
copy-failed = 无法复制：此浏览器不允许复制。

payments-title = 您的社会保险缴费记录
card-timeline-title = 您的办理进程
payments-lead = 用人单位每月为您缴纳的费用，以及从您工资中扣缴的费用。
payments-year = 年份
payments-insurance = 险种
payments-all-insurances = 全部险种
payments-apply = 查看缴费记录
payments-status = 缴费状态
payments-total = 合计
payments-none = 该年度没有缴费记录。
# Variables:
#   $year (Number) - 显示的年份
payments-caption = { $year }年缴费情况（按月份和险种）
payments-no-record = 该月无记录
payments-arrears-heading = 欠缴月份：
payments-arrears-explained = 用人单位未缴纳这些月份的社会保险费。请咨询用人单位的人力资源部门，或拨打社会保险咨询热线12333。
payments-missing-heading = 无记录的月份：
payments-missing-explained = 这些月份没有任何申报记录。如果您当时在该用人单位工作，请向其询问原因。
payments-export = 下载为电子表格（CSV）
# Variables:
#   $year (Number) - 显示的年份
#   $total (String) - 全年缴费总额（已格式化的金额）
#   $month (String) - 缴费最多的月份，例如 2025年3月
#   $highest (String) - 该月的缴费金额（已格式化的金额）
#   $arrears (Number) - 欠缴的月数
payments-chart-summary = { $arrears ->
    [0] { $year }年共缴纳{ $total }。缴费最多的是{ $month }，金额为{ $highest }。没有欠缴月份。
   *[other] { $year }年共缴纳{ $total }。缴费最多的是{ $month }，金额为{ $highest }。有{ $arrears }个月欠缴。
}

card-title = 您的电子社会保障卡
card-rendering-note = 此为卡面示意图，仅供参考，并非官方卡面样式。
card-holder = 姓名
card-number = 卡号
card-status = 卡状态
card-status-active = 正常
card-status-sealed = 封存
card-sealed-explained = 您的电子社保卡处于封存状态：完成身份验证后，即可开通社会保障功能。
card-issued = 签发日期
card-load-failed = 无法加载您的电子社保卡。请稍后重试。
card-verify-now = 立即进行身份验证
