## 每个页面的外框，以及组件共用的词语。

service-name = 外国人电子社会保障卡服务
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = 电子社保卡
skip-to-content = 跳到主要内容
kiosk-badge = 公用设备
language-switcher-label = 语言
# Variables:
#   $language (String) - 该语言的自称
language-load-failed = 无法加载{ $language }。请检查网络连接后重新选择。
backend-unreachable = 您已离线，或目前无法连接服务。您仍可阅读这些页面，并使用计算器和材料清单；登录、查看电子社保卡以及向本服务提交信息都需要网络连接。
update-ready = 本服务有新版本可用。
update-reload = 重新加载以使用新版本
footer-nav-label = 帮助链接
footer-hotlines = 社会保险咨询热线：12333。移民管理服务热线：12367。
footer-disclaimer = 本服务在其他语言中会在译名旁显示官方中文术语，方便与证件和工作人员核对。

title-error-prefix = 错误：
error-prefix = 错误：
error-summary-title = 出现问题
back-link = 返回
change-link = 修改
date-day = 日
date-month = 月
date-year = 年

not-found-title = 找不到页面
not-found-typed = 如果网址是您输入的，请检查是否正确。
not-found-pasted = 如果网址是您粘贴的，请检查是否复制了完整地址。
not-found-home = 返回首页

page-loading = 正在加载此页面…
page-load-failed = 此页面无法加载。
page-load-failed-advice = 请检查网络连接，然后重试。您已填写的内容不会丢失。
page-load-retry = 重试
