//! Official Chinese terms (shared/glossary.md), shown beside our translated term in
//! non-Chinese locales so users can match them to documents and counter staff.

use crate::i18n::Msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Mohrss,
    ServiceSystem,
    WorkPermit,
    WorkPermitNumber,
    NotificationLetter,
    SocialSecurityCard,
    Essc,
    SocialSecurityNumber,
    RealPersonVerification,
    Pension,
    Medical,
    WorkInjury,
    Unemployment,
    Maternity,
    PaymentRecord,
    MedicalSettlement,
    QrCode,
    PastEmployment,
    Qualification,
    CriminalRecord,
    PhysicalExamination,
    EmploymentContract,
    PassportPage,
    IdPhoto,
    ServiceHall,
}

impl Term {
    /// The official Chinese term, exactly as printed on documents.
    #[must_use]
    pub const fn zh(self) -> &'static str {
        match self {
            Self::Mohrss => "人力资源和社会保障部（人社部）",
            Self::ServiceSystem => "外国人来华工作管理服务系统",
            Self::WorkPermit => "外国人工作许可证",
            Self::WorkPermitNumber => "外国人工作许可证号",
            Self::NotificationLetter => "外国人工作许可通知",
            Self::SocialSecurityCard => "社会保障卡（社保卡）",
            Self::Essc => "电子社会保障卡（电子社保卡）",
            Self::SocialSecurityNumber => "社会保障号码",
            Self::RealPersonVerification => "实人认证（人脸识别）",
            Self::Pension => "基本养老保险",
            Self::Medical => "基本医疗保险",
            Self::WorkInjury => "工伤保险",
            Self::Unemployment => "失业保险",
            Self::Maternity => "生育保险",
            Self::PaymentRecord => "缴费记录",
            Self::MedicalSettlement => "医保结算",
            Self::QrCode => "二维码",
            Self::PastEmployment => "工作资历证明",
            Self::Qualification => "学历（学位）证书 / 职业资格证书",
            Self::CriminalRecord => "无犯罪记录证明",
            Self::PhysicalExamination => "体检证明（外国人体格检查记录）",
            Self::EmploymentContract => "劳动合同 / 聘用证明",
            Self::PassportPage => "护照信息页",
            Self::IdPhoto => "证件照",
            Self::ServiceHall => "政务服务大厅",
        }
    }

    /// Our term, in the user's language.
    #[must_use]
    pub const fn msg(self) -> Msg {
        match self {
            Self::Mohrss => Msg::TermMohrss,
            Self::ServiceSystem => Msg::TermServiceSystem,
            Self::WorkPermit => Msg::TermWorkPermit,
            Self::WorkPermitNumber => Msg::TermWorkPermitNumber,
            Self::NotificationLetter => Msg::TermNotificationLetter,
            Self::SocialSecurityCard => Msg::TermSocialSecurityCard,
            Self::Essc => Msg::TermEssc,
            Self::SocialSecurityNumber => Msg::TermSocialSecurityNumber,
            Self::RealPersonVerification => Msg::TermRealPersonVerification,
            Self::Pension => Msg::TermPension,
            Self::Medical => Msg::TermMedical,
            Self::WorkInjury => Msg::TermWorkInjury,
            Self::Unemployment => Msg::TermUnemployment,
            Self::Maternity => Msg::TermMaternity,
            Self::PaymentRecord => Msg::TermPaymentRecord,
            Self::MedicalSettlement => Msg::TermMedicalSettlement,
            Self::QrCode => Msg::TermQrCode,
            Self::PastEmployment => Msg::TermPastEmployment,
            Self::Qualification => Msg::TermQualification,
            Self::CriminalRecord => Msg::TermCriminalRecord,
            Self::PhysicalExamination => Msg::TermPhysicalExamination,
            Self::EmploymentContract => Msg::TermEmploymentContract,
            Self::PassportPage => Msg::TermPassportPage,
            Self::IdPhoto => Msg::TermIdPhoto,
            Self::ServiceHall => Msg::TermServiceHall,
        }
    }
}
