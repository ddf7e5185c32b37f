## 首页。

home-title = 您的工作许可已纳入电子社会保障卡
home-lead = 在华外国人工作许可有哪些变化、电子社保卡有什么用、需要准备什么——用您的语言说明，并附官方中文术语。

home-changed-heading = 2024年12月1日起的变化
home-changed-permit = 在华工作的外国人不再领取实体工作许可证。人力资源和社会保障部已将工作许可纳入电子社会保障卡（电子社保卡）。
home-changed-register = 注册电子社保卡时，请填写与护照完全一致的全名，以及外国人工作许可证号或社会保障号码，然后通过人脸识别完成实人认证。
home-changed-existing = 已持有有效实体工作许可证的，可继续使用至下次延期或变更。
home-terms-heading = 您会遇到的术语

home-card-heading = 电子社保卡的用途
home-card-intro = 电子社保卡就是手机上的社会保障卡。您可以用它：
home-card-identity = 在办理公共服务时证明身份
home-card-medical = 在医院和药店出示二维码进行医保结算
home-card-permit = 查询和下载工作许可信息：工作单位、职位和工作地点
home-card-payments = 按月查询社会保险缴费记录
home-card-verify = 让工作人员和用人单位扫描二维码，核验您的工作许可真伪

home-insurance-heading = 五项社会保险
home-insurance-intro = 用人单位为您办理社会保险登记并按月缴费。大部分险种由您和用人单位共同缴纳。
home-insurance-column-name = 险种
home-insurance-column-payer = 缴费方
home-insurance-shared = 您和用人单位
home-insurance-employer = 仅用人单位
home-insurance-maternity = 仅用人单位；多数城市已并入基本医疗保险
home-insurance-agreement = 如果您的国家与中国签有社会保险协定，凭本国出具的参保证明可免缴部分险种。

home-documents-heading = 办理工作许可所需材料
home-documents-intro = 工作许可由用人单位在网上申请。您需要向用人单位提供以下材料：
home-doc-past-employment = 由原工作单位出具：职位、任职时间、盖章或签字，以及可供核实的联系人。
home-doc-qualification = 最高学位（学历）证书或职业资格证书；境外学历须经认证。
home-doc-criminal-record = 通常须经领事认证或办理海牙认证，并附译文。
home-doc-physical = 入境后由国际旅行卫生保健中心出具，有效期6个月。
home-doc-contract = 中文版本，写明工作地点、工作内容、薪酬、期限和职位。
home-doc-passport = 有照片和个人信息的一页。
home-doc-photo = 近期白底照片。
home-documents-translation = 非中文材料须附用人单位盖章的中文译文。
home-documents-after = 审批通过后，您会收到外国人工作许可通知，上面载有外国人工作许可证号，注册电子社保卡时需要用到。
home-prepare-link = 准备您的工作许可申请材料
home-life-link = 换发新护照、更换用人单位、许可即将到期：需要办理什么、最迟何时办理
home-status-link = 凭申请编号和出生日期查询工作许可申请进度
