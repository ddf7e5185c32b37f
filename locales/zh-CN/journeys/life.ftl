## 取得工作许可后的情况变化：换发新护照、许可即将到期、更换用人单位、离开中国。公开页面，无需账户；每个办理期限都可以加入日历。

life-title = 情况有变时
life-lead = 换发新护照、更换用人单位或许可即将到期，都会产生办理期限。了解需要办理什么、最迟何时办理，并将日期加入您的日历。
life-new-passport-link = 我换发了新护照
life-expiry-link = 我的工作许可即将到期
life-employer-link = 我要更换用人单位
life-leaving-link = 我要离开中国
life-privacy = 您输入的日期仅保留在当前浏览器标签页中，不会发送，也不会保存。
life-back = 其他情况变化

## 共用：办理期限和日历
life-due = 截止日期：{ $date }
life-days-left = { $days ->
    [0] 就是今天。
   *[other] 还剩{ $days }天。
}
life-days-passed = { $days ->
   *[other] 已过期{ $days }天。
}
life-soon = 请立即办理：剩余时间已不超过10天。
life-passed = 该日期已过。请今天就联系用人单位或受理部门说明情况；逾期办理可能会被罚款。
life-uncertain = 各来源对这一数字说法不一。请向用人单位或当地受理部门确认。
life-source = 来源：{ $source }
life-calendar = 加入我的日历
life-calendar-hint = 下载日历文件（.ics），其中包含提前7天的提醒。不会向任何地方发送信息。
life-print = 打印这些日期
life-show = 显示日期
life-dates-heading = 您的截止日期
life-date-missing = 请输入日期
life-date-invalid = 请输入真实存在的日期，例如27 3 2026
life-counted-weekdays = 按工作日计算；由于该年度的节假日安排尚未公布，{ $date }之后的日期仅按周一至周五计算。
life-holidays-source = 工作日依据国务院办公厅公布的2025年和2026年节假日安排计算。

## 我换发了新护照
life-new-passport-title = 我换发了新护照
life-new-passport-lead = 您的外国人工作许可证和外国人居留许可（工作类）上都载有护照号码，因此两者都须办理变更。
life-passport-issued = 您的新护照是何时签发的？
life-passport-issued-hint = 以新护照所示为准。例如：27 3 2026
life-passport-change = 申请变更工作许可
life-passport-change-how = 由您的用人单位在外国人来华工作管理服务系统中提交变更申请。各来源给出的期限为新护照签发之日起10天内；有一个城市按10个工作日计算。
life-passport-residence = 请在同样的10天内，到出入境管理部门办理居留许可变更。
life-passport-bring = 受理部门通常要求提供：新护照和旧护照、居留许可以及近期照片。各城市要求不同，请向用人单位确认。
life-passport-source = 各地出入境管理部门和工作许可受理部门的办事指南，各地对是否按工作日计算说法不一

## 我的工作许可即将到期
life-expiry-title = 我的工作许可即将到期
life-expiry-lead = 您的用人单位可在工作许可到期前90天至到期前30天之间申请延期。剩余时间不足30天的，系统不予受理延期申请。
life-expiry-date = 您的工作许可何时到期？
life-expiry-date-hint = 以外国人工作许可证上的有效期为准。例如：30 6 2027
life-expiry-opens = 延期申请期开始
life-expiry-closes = 延期申请期结束
life-expiry-ends = 工作许可到期
life-expiry-not-yet = 延期申请期尚未开始。开始后请提醒您的用人单位。
life-expiry-open = 延期申请期已开始：请让用人单位立即提交申请。
life-expiry-closed = 延期申请期已结束。请立即向用人单位咨询重新申请事宜；没有有效的工作许可，您不得工作。
life-expiry-source = 天津市科学技术局关于工作许可延期的办事指南

## 更换用人单位和离开中国
life-last-day = 您的最后工作日是哪一天？
life-last-day-hint = 例如：31 1 2027
life-cancel = 用人单位注销您的工作许可
life-cancel-who = 您现在的用人单位应在您最后工作日起10个工作日内（有一个来源称15天），在外国人来华工作管理服务系统中注销您的工作许可。
life-employer-title = 我要更换用人单位
life-employer-lead = 工作许可只对应一个用人单位。新用人单位为您申请新的工作许可；现用人单位注销原工作许可。
life-employer-new = 新用人单位为您申请新的工作许可。请重新准备申请材料：材料清单可以帮助您。
life-employer-card = 您的社会保障号码终身不变。您的缴费记录仍保留在该号码下，新用人单位的缴费将接续记入。
life-leaving-title = 我要离开中国
life-leaving-lead = 离开中国前，请确认用人单位已注销您的工作许可，并决定如何处理您的社会保险。
life-leaving-residence = 您的外国人居留许可（工作类）随工作结束而终止：请向出入境管理部门询问您还可以停留多久。
life-leaving-insurance = 如果您在达到领取养老金的条件之前离开中国，可以保留社会保险个人账户，待以后再来中国时继续使用；也可以申请终止社会保险关系，一次性领取社会保险个人账户储存额。
life-leaving-insurance-source = 《在中国境内就业的外国人参加社会保险暂行办法》（2011年）第七条
life-prepare-link = 准备您的工作许可申请材料
life-status-link = 我的申请办到哪一步了？查询办理进度

## The public check of an application's progress (no account)
status-title = 查询申请办理进度
status-lead = 您的工作许可由用人单位申请。输入申请编号和您的出生日期，即可查看申请目前的办理进展。无需账户即可查询。
status-number = 申请编号
status-number-hint = 见用人单位提交申请时收到的回执。由字母和数字组成；有无空格均可。
status-number-missing = 请输入申请编号
status-birth = 您的出生日期
status-birth-hint = 以护照所示为准。例如：14 2 1991
status-birth-missing = 请输入您的出生日期
status-submit = 查询进度
status-result-heading = 您的申请办理进展
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = 自{ $date }起
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = 最迟应于{ $date }作出决定：期限超过90天的工作许可，应自受理之日起20个工作日内作出决定（特殊情况下可再延长10个工作日）。
status-decision-weekdays = 超出已公布节假日安排范围的日期，按周一至周五计算。
status-privacy = 此处仅显示办理阶段及其日期。详细信息见用人单位在外国人来华工作管理服务系统中的账户。您输入的内容不会被保存。

## An application's stages
stage-submitted = 用人单位已提交
stage-pre-review = 预审
stage-accepted = 已受理
stage-under-review = 审查中
stage-more-documents = 补正材料
stage-approved = 准予许可
stage-refused = 不予许可
stage-submitted-meaning = 您的用人单位已在网上提交申请。受理前，受理部门会先检查申请材料是否齐全。
stage-pre-review-meaning = 受理部门正在检查申请材料是否齐全。之后将予以受理，或要求您的用人单位补正材料。
stage-accepted-meaning = 申请材料齐全，已予受理。接下来由受理部门作出决定。
stage-under-review-meaning = 受理部门正在审查申请并将作出决定。期限超过90天的工作许可，应自受理之日起20个工作日内作出决定；期限不超过90天的，应在5个工作日内作出决定。
stage-more-documents-meaning = 受理部门已要求您的用人单位补正材料。请向用人单位了解需要补正哪些材料，并尽快提供：材料送达之前，申请将暂停办理。
stage-approved-meaning = 已准予工作许可，并已签发外国人工作许可通知。下一步：办理Z字签证，然后入境中国，您的各项办理期限自入境起开始计算。
stage-refused-meaning = 该申请不予许可。原因可在用人单位的账户中查看。问题解决后，用人单位可以重新申请。
step-done = 已完成：
step-current = 当前：
step-to-come = 尚未开始：

## Your timeline (signed in)
timeline-lead = 从申请到您的下一个截止日期，所有信息集中在一处。剩余天数按中国当地日期从今天起计算。
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = 今天（中国）：{ $date }
timeline-application-heading = 您的申请
timeline-application-number = 申请编号：
timeline-no-application = 暂无您的工作许可申请记录。
timeline-earlier = 以往的申请
timeline-asked-for = 受理部门要求提供：
timeline-after-heading = 准予许可之后
timeline-entry = 持Z字签证入境中国
timeline-residence = 外国人居留许可（工作类）
timeline-on-site = 现场核验材料原件
timeline-watch-heading = 需要留意的日期
timeline-letter-expires = 您的外国人工作许可通知到期
timeline-residence-due = 申请办理居留许可
timeline-on-site-due = 携带材料原件办理现场核验
timeline-medical-expires = 您的体检证明到期（现场核验时须提供出具未满6个月的体检证明）
refusal-document-expired = 原因：提交申请时，有一份材料已超过有效期（无犯罪记录证明和体检证明的有效期均为自出具之日起6个月）。
refusal-not-authenticated = 原因：有一份境外材料既未办理附加证明书（海牙认证），也未办理领事认证。
refusal-points-too-low = 原因：得分未达到所申请类别的要求。
