## 无障碍声明。

accessibility-title = 无障碍声明
accessibility-lead = 我们希望每个人都能使用本服务，无论是在手机、电脑，还是政务服务大厅的公用屏幕上。本服务按照《Web内容无障碍指南》（WCAG）2.2 AA级标准建设。
accessibility-can-heading = 您可以
accessibility-can-keyboard = 仅用键盘使用本服务的全部功能
accessibility-can-screen-reader = 使用读屏软件：页面有标题，输入框有标签，错误信息与对应的输入框关联
accessibility-can-zoom = 放大至400%或在320像素宽的屏幕上使用，内容不丢失
accessibility-can-language = 随时切换语言而不丢失当前位置，包括从右向左书写的阿拉伯语
accessibility-can-motion = 在设备设置中关闭动画，本服务会随之关闭动画
accessibility-testing-heading = 我们如何测试
accessibility-testing = 每次更新时，所有页面都会在每种语言下由 axe 无障碍引擎自动检查。我们还会仅用键盘进行测试。
accessibility-limits-heading = 已知限制
accessibility-limits-chinese = 官方中文术语已标注为中文，方便读屏软件正确朗读。部分读屏软件需安装中文语音后才能朗读。
accessibility-limits-translations = 英文以外的译文借助机器翻译起草和复核，尚未经母语为该语言的官方人员审核。如有表述不清之处，请以旁边显示的官方中文术语为准，或咨询政务服务大厅的工作人员。
accessibility-report-heading = 反馈问题
accessibility-report = 如果有功能无法使用，请告知政务服务大厅的工作人员，或拨打社会保险咨询热线12333。
accessibility-prepared = 本声明编写于2026年11月27日。
