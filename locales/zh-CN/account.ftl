## 登录与退出登录、页头的账户区域，以及电子社保卡页面。

header-sign-in = 登录
header-sign-out = 退出登录
# Variables:
#   $name (String) - 持卡人经部分隐藏的姓名，例如 ERIKSSON, A*** M****
header-signed-in-as = 当前登录：{ $name }
network-failed = 连接失败。请检查网络连接后重试。您已填写的内容会保留。

sign-in-title = 登录电子社保卡
sign-in-lead = 请使用注册时填写的号码和设置的密码登录。
sign-in-kind-legend = 您使用哪种号码登录？
sign-in-kind-missing = 请选择登录所用的号码类型
sign-in-identifier-label = 号码
sign-in-identifier-hint = 共18位。各组之间可以输入空格。
sign-in-identifier-missing = 请输入号码
sign-in-password-label = 密码
sign-in-password-missing = 请输入密码
sign-in-submit = 登录
password-show = 显示密码
password-hide = 隐藏密码

signed-out-title = 您已退出登录
signed-out-body = 您在本设备上的登录已结束。如使用公用设备，请同时关闭浏览器窗口。
signed-out-again = 重新登录

