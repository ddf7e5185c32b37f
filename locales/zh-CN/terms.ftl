## 官方术语。中文界面直接使用官方名称。

term-mohrss = 人力资源和社会保障部（人社部）
term-service-system = 外国人来华工作管理服务系统
term-work-permit = 外国人工作许可证
term-work-permit-number = 外国人工作许可证号
term-notification-letter = 外国人工作许可通知
term-social-security-card = 社会保障卡（社保卡）
term-essc = 电子社会保障卡（电子社保卡）
term-social-security-number = 社会保障号码
term-real-person-verification = 实人认证（人脸识别）
term-pension = 基本养老保险
term-medical = 基本医疗保险
term-work-injury = 工伤保险
term-unemployment = 失业保险
term-maternity = 生育保险
term-payment-record = 缴费记录
term-medical-settlement = 医保结算
term-qr-code = 二维码
term-past-employment = 工作资历证明
term-qualification = 学历（学位）证书 / 职业资格证书
term-criminal-record = 无犯罪记录证明
term-physical-examination = 体检证明（外国人体格检查记录）
term-employment-contract = 劳动合同 / 聘用证明
term-passport-page = 护照信息页
term-id-photo = 证件照
term-service-hall = 政务服务大厅
term-category-a = 外国高端人才（A类）
term-category-b = 外国专业人才（B类）
term-category-c = 其他外国人员（C类）
term-card-number = 卡号
term-nationality = 国籍
term-employer = 用人单位
term-workplace = 工作单位
term-position = 职位
term-work-address = 工作地点
term-validity = 有效期
term-contribution-base = 缴费基数
term-employer-contribution = 单位缴费
term-employee-contribution = 个人缴费
term-contribution-period = 费款所属期
term-paid = 已缴
term-arrears = 欠缴
term-pending = 待缴

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18 位数字，见《外国人工作许可通知》或工作许可证。
term-social-security-number-where = 18 位字符，见在中国办理的社会保障卡。仅在已有社保卡时选择。
