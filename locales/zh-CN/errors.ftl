## 数据校验和接口错误代码的提示信息（protocol crate）。每个代码对应一条信息。

validation-required = 请填写此项
# Variables:
#   $min (Number) - 允许的最少字符数
validation-too-short = 请至少输入{ $min }个字符
# Variables:
#   $max (Number) - 允许的最多字符数
validation-too-long = 请输入不超过{ $max }个字符
# Variables:
#   $expected (Number) - 须输入的确切字符数
validation-wrong-length = 请输入{ $expected }个字符，不能多也不能少
validation-digits-only = 请只使用数字0至9
validation-invalid-characters = 请删除不允许使用的字符
validation-check-character-mismatch = 最后一位与号码的其他部分不符。请核对每一位数字是否填写正确。
validation-must-start-with-nine = 外国人永久居留身份证号码以9开头
validation-invalid-birth-date = 该号码中的出生日期不是有效日期
validation-not-a-china-mobile = 请输入中国手机号码：11位数字，以13至19开头，例如138 1234 5678
# Variables:
#   $line (Number) - 1或2
#   $expected (Number) - 每行须有的字符数
validation-mrz-line-length = 第{ $line }行必须正好是{ $expected }个字符
# Variables:
#   $line (Number) - 1或2
validation-mrz-invalid-characters = 第{ $line }行只能包含字母A至Z、数字0至9和<符号
validation-mrz-not-passport = 第1行必须以P开头。请照抄护照机读区的内容。
# Variables:
#   $field (String) - 未通过校验的字段
validation-mrz-check-digit = { $field ->
    [document-number] 护照号码的校验位不符
    [birth-date] 出生日期的校验位不符
    [expiry-date] 有效期截止日期的校验位不符
    [personal-number] 个人号码的校验位不符
   *[composite] 第2行最后的总校验位不符
}。请核对是否与护照机读区完全一致。
# Variables:
#   $field (String) - 有误的日期
validation-mrz-invalid-date = { $field ->
    [birth-date] 护照机读区中的出生日期不是有效日期
   *[expiry-date] 护照机读区中的有效期截止日期不是有效日期
}
validation-mrz-invalid-sex = 第2行的性别只能是M、F或<
# Variables:
#   $code (String) - 无法识别的国家代码
validation-unknown-country-code = { $code }不是护照使用的国家代码
validation-document-expired = 此护照已过期。请使用您当前有效的护照。
validation-non-latin-script = 请使用护照上印制的拉丁字母，与护照机读区的写法一致
validation-password-needs-two-kinds = 请至少使用字母、数字、符号中的两种
validation-pin-sequential = 请勿使用连续的数字，例如123456或654321
validation-pin-repeated = 请勿使用6个相同的数字
validation-pin-in-id-number = 请勿使用您证件号码中的数字
validation-file-empty = 所选文件为空
# Variables:
#   $kilobytes (Number) - 允许的最大文件大小
validation-file-too-large = 文件大小须小于{ $kilobytes } KB
# Variables:
#   $pages (Number) - 允许的最多页数
validation-too-many-pages = PDF 文件不能超过{ $pages }页
# Variables:
#   $kilobytes (Number) - 允许的最小文件大小
validation-file-too-small = 文件大小不能小于{ $kilobytes } KB
validation-file-type-not-allowed = 不支持此文件类型
# Variables:
#   $width (Number) - 最小宽度（像素）
#   $height (Number) - 最小高度（像素）
validation-image-too-small = 图片尺寸不能小于{ $width } × { $height }像素
validation-image-unreadable = 无法读取该图片，文件可能不完整或已损坏。请选择其他文件

api-bad-request = 请求有误。请重试。
api-validation-failed = 部分信息需要修改
api-unauthenticated = 请登录后继续
api-session-expired = 为保护您的信息安全，系统已将您退出登录。请重新登录。
api-invalid-credentials = 号码或密码不正确
api-forbidden-origin = 请求被拒绝。请刷新页面后重试。
api-not-found = 未找到相关内容
api-method-not-allowed = 此处无法执行该操作
api-already-registered = 该号码已注册电子社保卡账户。请直接登录。
api-identity-mismatch = 您的姓名和号码与工作许可记录不一致。请对照护照和外国人工作许可通知核对这两项。
api-application-not-found = 没有与此申请编号和出生日期相符的申请。请核对用人单位提交申请时收到的回执上的编号，以及护照上的出生日期。
api-idempotency-key-reused = 此前已使用不同的信息提交过。请重新开始。
api-idempotency-key-missing = 无法核验此请求。请刷新页面后重试。
api-idempotency-key-in-use = 您的信息仍在提交中，请稍候再试。
# Variables:
#   $attempts (Number) - 剩余尝试次数
api-sms-code-wrong = 短信验证码不正确。您还可以再试{ $attempts }次。
api-sms-code-expired = 短信验证码已过期。请重新获取。
api-sms-too-many-attempts = 短信验证码输错次数过多。请重新获取。
api-sms-code-not-requested = 请先获取短信验证码
api-phone-not-verified = 请先输入发送到您手机的短信验证码
# Variables:
#   $seconds (Number) - 需等待的秒数
api-rate-limited = 尝试次数过多。请{ $seconds }秒后重试。
api-manual-review-required = 请到政务服务大厅现场核验身份
api-card-not-issued = 您的电子社保卡尚未签发。请先完成身份验证。
# Variables:
#   $kilobytes (Number) - 允许上传的最大大小
api-payload-too-large = 上传内容过大。上限为{ $kilobytes } KB。
api-unsupported-media-type = 不支持此文件类型
api-internal = 系统出现问题。请稍后重试。
api-unavailable = 服务暂时不可用。请过几分钟再试。
