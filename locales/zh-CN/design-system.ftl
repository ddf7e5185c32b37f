## 设计系统：每个组件的可用示例。

design-system-title = 设计系统
design-system-lead = 本服务所用组件的可用示例，以您的语言显示。
design-system-notice = 示例使用以下证件的术语：
design-system-surname-label = 姓
design-system-surname-hint = 与护照上的拉丁字母一致。
design-system-surname-missing = 请输入姓
design-system-identifier-legend = 您将使用哪个号码？
design-system-identifier-ssn-hint = 仅在您已有该号码时选择。
design-system-identifier-missing = 请选择您将使用的号码
design-system-documents-legend = 您有哪些材料？
design-system-documents-hint = 可多选。
design-system-documents-missing = 请至少选择一项材料
design-system-birth-legend = 出生日期
design-system-birth-hint = 例如：12 8 1974
design-system-birth-missing = 请按日、月、年输入出生日期
design-system-submit = 检查示例
design-system-reset = 重新开始
design-system-panel-title = 示例已完成
design-system-panel-body = 所有示例问题均已回答。
design-system-summary-heading = 您的示例答案
