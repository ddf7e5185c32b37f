## 注册流程：每页一个问题，最后核对您填写的内容。

register-start-title = 注册电子社保卡
register-start-lead = 请注册载有您工作许可信息的电子社保卡，大约需要10分钟。
register-start-need-heading = 您需要准备
register-start-need-passport = 您的护照
register-start-need-number = 您的外国人工作许可证号（见外国人工作许可通知）或社会保障号码
register-start-need-phone = 中国手机号码（如有，选填）
register-start-need-camera = 带摄像头的设备，用于人脸识别
register-start-letter-heading = 在哪里找到外国人工作许可证号
register-start-letter-alt = 外国人工作许可通知示意图。18位外国人工作许可证号以数字1标出。
register-start-letter-caption = 1：外国人工作许可证号为18位数字，在外国人工作许可通知上印在以下字样旁边：
register-start-physical-heading = 如您已持有实体社会保障卡
register-start-physical = 如您已持有实体社会保障卡，仍可在此使用相同的号码注册。
register-start-button = 开始办理
register-step = 注册电子社保卡
register-continue = 继续

register-name-title = 您护照上的姓名是什么？
register-name-hint = 请使用护照上印制的拉丁字母，并按护照上的顺序填写。姓和名请分别填写。
register-surname-label = 姓
register-surname-missing = 请按护照填写您的姓
register-given-label = 名
register-given-hint = 请按护照上的顺序填写全部的名。如护照上没有名，请留空。
register-mrz-summary = 根据护照机读区填入姓名（选填）
register-mrz-label = 护照照片页底部的两行字符
register-mrz-hint = 每行44个字符，由字母、数字和<符号组成。请按护照上印制的内容原样输入或粘贴。这些内容仅在本页面使用，不会被发送。
register-mrz-use = 填入我的姓名
register-mrz-filled = 已根据护照机读区填入您的姓名。请对照护照进行核对。
register-name-compared = 我们将用以下姓名与您的工作许可记录进行比对：

register-identifier-title = 您使用哪种号码注册？
register-identifier-kind-missing = 请选择注册所用的号码类型
register-wp-label = 外国人工作许可证号
register-wp-hint = 共18位数字，见外国人工作许可通知。
register-ssn-label = 社会保障号码
register-ssn-hint = 共18位。仅限已有社会保障号码的人员使用。
register-identifier-missing = 请输入号码

register-password-title = 设置密码
register-password-label = 密码
register-password-rules = 密码须符合以下要求：
register-password-rule-length = 长度为8至16个字符
register-password-rule-kinds = 至少包含字母、数字、符号中的两种
register-password-rule-charset = 只能使用字母、数字和符号（不能含空格）
register-password-rule-met = 已符合
register-password-rule-unmet = 尚未符合

register-phone-title = 您有中国手机号码吗？
register-phone-hint = 我们将发送短信验证码进行核验。您也可以不填，直接继续。
register-phone-label = 手机号码（选填）
register-phone-normalised = 短信验证码将发送至：

register-check-title = 注册前请核对您填写的信息
register-check-name = 姓名
register-check-number = 号码
register-check-password = 密码
register-check-password-set = 已设置（不显示）
register-check-phone = 手机号码
register-check-phone-none = 无
register-declaration-heading = 提交注册
register-declaration = 注册即表示您确认以上信息与您的护照和外国人工作许可通知上的信息一致，且您就是上述证件所载人员本人。
register-submit = 同意并注册
register-mismatch-help = 请对照护照和外国人工作许可通知核对您的姓名和号码，然后重试。

register-code-title = 请输入短信验证码
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = 我们已向{ $phone }发送6位短信验证码，5分钟内有效。
register-code-label = 短信验证码
register-code-hint = 6位数字，见短信。
register-code-missing = 请输入6位短信验证码
register-code-resend = 重新获取短信验证码
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds }秒后可重新获取短信验证码。
register-code-skip = 不填手机号码，直接继续
register-no-secure-random = 此浏览器无法防止您的注册被重复提交。请更新浏览器，或换用其他浏览器。

register-done-title = 注册完成
register-done-panel = 您的电子社会保障卡已可使用
register-done-panel-body = 其社会保障功能已开通。
register-done-next-heading = 您现在可以
register-done-next = 在医院和服务窗口出示电子社保卡二维码，查看您的工作许可信息，以及查询社会保险缴费记录。
register-done-card-link = 查看您的电子社保卡
