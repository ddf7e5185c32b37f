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
