## 服务大厅共用自助终端：结束办理。仅在自助终端上加载。

idle-finish = 结束办理
idle-title = 您还在吗？
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = 为保护您的个人信息，本屏幕将在 { $seconds } 秒后清空。
idle-more-time = 我需要更多时间
idle-finish-now = 立即结束
idle-ending = 正在退出登录并清空屏幕…
idle-ending-waiting = 网络连接已中断。您的信息将继续隐藏，网络恢复后将立即为您退出登录。

## The welcome screen, where each visit starts
welcome-touch = 点击屏幕开始
welcome-choose = 请选择语言

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = 页面下移

## The on-screen keyboard for Latin letters and digits
osk-label = 屏幕键盘
osk-space = 空格
osk-backspace = 删除
osk-done = 完成
osk-hyphen = 连字符
osk-apostrophe = 撇号
