//! The documents a foreign worker gathers for a work-permit application and how each must be
//! prepared, as a pure function of a few answers (domain.md §2 and §8). The employer files the
//! application; this only says what to bring and how. Where the rules are uncertain they are
//! data with their source (see [`crate::apostille`]), so the app can show where they come from.

use serde::{Deserialize, Serialize};

use crate::apostille::{self, Route};
use crate::date::Date;
use crate::points::Category;

/// The documents of an application, in the order the checklist lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Document {
    /// The passport's information page.
    Passport,
    /// The ID photo.
    Photo,
    /// The job contract or appointment letter.
    JobContract,
    /// The highest degree, or a professional qualification.
    Degree,
    /// Verification of past employment, from a former employer.
    WorkExperience,
    /// The criminal record certificate.
    CriminalRecord,
    /// The physical examination record.
    MedicalReport,
}

crate::codec::wire_codes!(Document {
    Passport => "passport",
    Photo => "photo",
    JobContract => "job-contract",
    Degree => "degree",
    WorkExperience => "work-experience",
    CriminalRecord => "criminal-record",
    MedicalReport => "medical-report",
});

/// What the application is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Application {
    /// A first work permit in China.
    New,
    /// Renewing the permit for the same post.
    Renewal,
    /// A new permit for a new employer.
    ChangeOfEmployer,
}

crate::codec::wire_codes!(Application {
    New => "new",
    Renewal => "renewal",
    ChangeOfEmployer => "change-of-employer",
});

/// What the checklist needs to know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Answers {
    /// The country of nationality (ISO 3166-1 alpha-3 or an ICAO code): it issues the
    /// passport and, usually, the criminal record certificate.
    pub nationality: String,
    /// Where the highest degree was obtained (alpha-3; `CHN` for mainland China).
    pub degree_country: String,
    pub application: Application,
    /// The expected category (the points estimate, or what the employer was told).
    pub category: Category,
    /// The planned submission: the rules in force that day apply.
    pub submission: Date,
}

/// How a document issued abroad is made acceptable in China.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Authentication {
    /// Nothing to add: issued in mainland China, or checked in China.
    None,
    /// An apostille from the issuing country's competent authority.
    Apostille,
    /// Legalisation by the issuing country's authorities, then by a Chinese embassy or
    /// consulate.
    ConsularLegalisation,
    /// The rule for the issuing place is not settled: ask the employer or the authority.
    AskTheAuthority,
}

crate::codec::wire_codes!(Authentication {
    None => "none",
    Apostille => "apostille",
    ConsularLegalisation => "consular-legalisation",
    AskTheAuthority => "ask-the-authority",
});

/// Another way to meet the requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Alternative {
    /// A verification of the foreign degree by the CSCSE (China's degree-verification centre),
    /// instead of an apostille or legalisation.
    CscseVerification,
    /// For Category A: a signed pledge of no criminal record instead of the certificate.
    Pledge,
}

crate::codec::wire_codes!(Alternative {
    CscseVerification => "cscse-verification",
    Pledge => "pledge",
});

/// Whether a Chinese translation is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Translation {
    /// Not needed (the passport, the photo, a document issued in Chinese).
    NotNeeded,
    /// A Chinese translation bearing the employer's seal, unless the document is in Chinese.
    SealedByEmployer,
    /// The document itself must have a Chinese version (the job contract).
    ChineseVersion,
}

crate::codec::wire_codes!(Translation {
    NotNeeded => "not-needed",
    SealedByEmployer => "sealed-by-employer",
    ChineseVersion => "chinese-version",
});

/// One document of the checklist and how to prepare it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub document: Document,
    pub authentication: Authentication,
    /// A private document (a diploma) is notarised in the issuing country before the
    /// apostille or legalisation.
    pub notarise_first: bool,
    pub alternative: Option<Alternative>,
    pub translation: Translation,
    /// Months the document stays valid from its issue date, when it expires.
    pub valid_months: Option<u8>,
    /// The authentication rule for its country is an exception or unsettled (see
    /// `apostille::EXCEPTIONS`).
    pub uncertain: bool,
}

/// Validity of the criminal record certificate and the medical report, from issue (not from
/// certification): domain.md §8.
pub const VALID_MONTHS: u8 = 6;

/// Days after the planned submission within which an expiry still gets a warning.
pub const EXPIRY_WARNING_DAYS: i64 = 30;

/// The documents to gather, in checklist order, each exactly once. The work-experience
/// verification is left out for a renewal (not needed when re-applying for the same post
/// within 3 years).
#[must_use]
pub fn checklist(answers: &Answers) -> Vec<Task> {
    let plain = |document, translation| Task {
        document,
        authentication: Authentication::None,
        notarise_first: false,
        alternative: None,
        translation,
        valid_months: None,
        uncertain: false,
    };
    let degree_route = apostille::route(&answers.degree_country, answers.submission);
    let record_route = apostille::route(&answers.nationality, answers.submission);
    let uncertain = |country: &str, route: Route| {
        route == Route::Unsettled || apostille::exception(country).is_some()
    };
    let mut tasks = vec![
        plain(Document::Passport, Translation::NotNeeded),
        plain(Document::Photo, Translation::NotNeeded),
        plain(Document::JobContract, Translation::ChineseVersion),
        Task {
            document: Document::Degree,
            authentication: authentication(degree_route),
            notarise_first: degree_route != Route::Domestic,
            alternative: (degree_route != Route::Domestic)
                .then_some(Alternative::CscseVerification),
            translation: translation(degree_route),
            valid_months: None,
            uncertain: uncertain(&answers.degree_country, degree_route),
        },
    ];
    if answers.application != Application::Renewal {
        tasks.push(plain(
            Document::WorkExperience,
            Translation::SealedByEmployer,
        ));
    }
    tasks.push(Task {
        document: Document::CriminalRecord,
        authentication: authentication(record_route),
        notarise_first: false,
        alternative: (answers.category == Category::A).then_some(Alternative::Pledge),
        translation: translation(record_route),
        valid_months: Some(VALID_MONTHS),
        uncertain: uncertain(&answers.nationality, record_route),
    });
    tasks.push(Task {
        valid_months: Some(VALID_MONTHS),
        ..plain(Document::MedicalReport, Translation::SealedByEmployer)
    });
    tasks
}

const fn authentication(route: Route) -> Authentication {
    match route {
        Route::Domestic => Authentication::None,
        Route::Apostille => Authentication::Apostille,
        Route::Legalisation => Authentication::ConsularLegalisation,
        Route::Unsettled => Authentication::AskTheAuthority,
    }
}

const fn translation(route: Route) -> Translation {
    match route {
        Route::Domestic => Translation::NotNeeded,
        Route::Apostille | Route::Legalisation | Route::Unsettled => Translation::SealedByEmployer,
    }
}

/// The same day `months` later, or the month's last day when it has no such day.
#[must_use]
pub fn add_months(date: Date, months: u8) -> Date {
    let index = u32::from(date.month()) - 1 + u32::from(months);
    let year = u32::from(date.year()) + index / 12;
    let year = u16::try_from(year).unwrap_or(u16::MAX);
    let month = u8::try_from(index % 12 + 1).unwrap_or(12);
    let day = date.day().min(crate::date::days_in_month(year, month));
    Date::new(year, month, day).unwrap_or(date)
}

/// How a dated document stands against the planned submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "status")]
pub enum Expiry {
    /// Still valid more than [`EXPIRY_WARNING_DAYS`] days after the submission.
    Valid { last_valid_day: Date },
    /// Valid at the submission, but for [`EXPIRY_WARNING_DAYS`] days or fewer after it.
    ExpiresSoonAfter {
        last_valid_day: Date,
        days_after: i64,
    },
    /// No longer valid on the submission day.
    ExpiredBySubmission { last_valid_day: Date },
}

/// A document issued on `issued` and valid for `months` months: its last valid day is the day
/// before the same date `months` later.
#[must_use]
pub fn expiry(issued: Date, months: u8, submission: Date) -> Expiry {
    let end = add_months(issued, months);
    let last_valid_day = end.previous_day().unwrap_or(end);
    let days_after = submission.days_until(last_valid_day);
    if days_after < 0 {
        Expiry::ExpiredBySubmission { last_valid_day }
    } else if days_after <= EXPIRY_WARNING_DAYS {
        Expiry::ExpiresSoonAfter {
            last_valid_day,
            days_after,
        }
    } else {
        Expiry::Valid { last_valid_day }
    }
}

/// The earliest issue date that keeps a document valid for `months` months clear of a warning
/// at `submission` (valid more than [`EXPIRY_WARNING_DAYS`] days after it): getting it earlier
/// only means getting it again.
#[must_use]
pub fn earliest_issue(months: u8, submission: Date) -> Date {
    let mut earliest = submission;
    while let Some(before) = earliest.previous_day() {
        if !matches!(expiry(before, months, submission), Expiry::Valid { .. }) {
            break;
        }
        earliest = before;
    }
    earliest
}

/// A task's state in the task list (GOV.UK "complete multiple tasks" statuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
    /// A dated document got now would expire too close to the submission.
    CannotStartYet,
    /// A dated document expires before the submission or within the warning days after it.
    Problem,
}

crate::codec::wire_codes!(Status {
    NotStarted => "not-started",
    InProgress => "in-progress",
    Completed => "completed",
    CannotStartYet => "cannot-start-yet",
    Problem => "problem",
});

/// What the person has done about one task.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// The issue date, for a document that expires.
    pub issued: Option<Date>,
    /// The person says the document is ready.
    pub completed: bool,
}

/// A task's status on `today`: a dated document's expiry comes first (a completed document
/// that expires too soon is still a problem), then the person's own word, then whether a dated
/// document can usefully be got yet.
#[must_use]
pub fn status(task: &Task, progress: Progress, today: Date, submission: Date) -> Status {
    if let (Some(months), Some(issued)) = (task.valid_months, progress.issued)
        && !matches!(expiry(issued, months, submission), Expiry::Valid { .. })
    {
        return Status::Problem;
    }
    if progress.completed {
        return Status::Completed;
    }
    if progress.issued.is_some() {
        return Status::InProgress;
    }
    match task.valid_months {
        Some(months) if today.days_until(earliest_issue(months, submission)) > 0 => {
            Status::CannotStartYet
        }
        _ => Status::NotStarted,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::codec::WireCode;

    fn answers(
        nationality: &str,
        degree: &str,
        application: Application,
        category: Category,
    ) -> Answers {
        Answers {
            nationality: nationality.into(),
            degree_country: degree.into(),
            application,
            category,
            submission: Date::new(2026, 12, 1).unwrap(),
        }
    }

    fn task(tasks: &[Task], document: Document) -> &Task {
        tasks.iter().find(|t| t.document == document).unwrap()
    }

    #[test]
    fn a_new_permit_from_an_apostille_country_needs_apostilles_and_sealed_translations() {
        let tasks = checklist(&answers("DEU", "DEU", Application::New, Category::B));
        let documents: Vec<Document> = tasks.iter().map(|t| t.document).collect();
        assert_eq!(documents, Document::ALL);
        let degree = task(&tasks, Document::Degree);
        assert_eq!(degree.authentication, Authentication::Apostille);
        assert!(degree.notarise_first);
        assert_eq!(degree.alternative, Some(Alternative::CscseVerification));
        assert_eq!(degree.translation, Translation::SealedByEmployer);
        let record = task(&tasks, Document::CriminalRecord);
        assert_eq!(record.authentication, Authentication::Apostille);
        assert_eq!(record.alternative, None, "only Category A may pledge");
        assert_eq!(record.valid_months, Some(6));
        assert_eq!(task(&tasks, Document::MedicalReport).valid_months, Some(6));
        assert_eq!(
            task(&tasks, Document::Passport).translation,
            Translation::NotNeeded
        );
        assert_eq!(
            task(&tasks, Document::JobContract).translation,
            Translation::ChineseVersion
        );
        assert!(tasks.iter().all(|t| !t.uncertain));
    }

    #[test]
    fn a_country_outside_the_convention_needs_consular_legalisation() {
        // The United Arab Emirates is not a party to the Apostille Convention.
        let tasks = checklist(&answers("ARE", "ARE", Application::New, Category::B));
        assert_eq!(
            task(&tasks, Document::Degree).authentication,
            Authentication::ConsularLegalisation
        );
        assert_eq!(
            task(&tasks, Document::CriminalRecord).authentication,
            Authentication::ConsularLegalisation
        );
    }

    #[test]
    fn india_objected_to_chinas_accession_so_its_documents_are_legalised_and_flagged_uncertain() {
        let tasks = checklist(&answers("IND", "IND", Application::New, Category::B));
        let record = task(&tasks, Document::CriminalRecord);
        assert_eq!(record.authentication, Authentication::ConsularLegalisation);
        assert!(record.uncertain);
        assert!(task(&tasks, Document::Degree).uncertain);
    }

    #[test]
    fn a_stateless_persons_record_has_no_settled_rule_and_says_whom_to_ask() {
        let tasks = checklist(&answers("XXA", "FRA", Application::New, Category::C));
        let record = task(&tasks, Document::CriminalRecord);
        assert_eq!(record.authentication, Authentication::AskTheAuthority);
        assert!(record.uncertain);
        assert_eq!(
            task(&tasks, Document::Degree).authentication,
            Authentication::Apostille
        );
    }

    #[test]
    fn a_degree_from_china_needs_nothing_added() {
        let tasks = checklist(&answers("USA", "CHN", Application::New, Category::B));
        let degree = task(&tasks, Document::Degree);
        assert_eq!(degree.authentication, Authentication::None);
        assert!(!degree.notarise_first);
        assert_eq!(degree.alternative, None);
        assert_eq!(degree.translation, Translation::NotNeeded);
        assert_eq!(
            task(&tasks, Document::CriminalRecord).authentication,
            Authentication::Apostille
        );
    }

    #[test]
    fn category_a_may_sign_a_pledge_instead_of_the_criminal_record() {
        let tasks = checklist(&answers("GBR", "GBR", Application::New, Category::A));
        assert_eq!(
            task(&tasks, Document::CriminalRecord).alternative,
            Some(Alternative::Pledge)
        );
    }

    #[test]
    fn a_renewal_needs_no_work_experience_verification_and_a_change_of_employer_does() {
        let renewal = checklist(&answers("FRA", "FRA", Application::Renewal, Category::B));
        assert!(
            renewal
                .iter()
                .all(|t| t.document != Document::WorkExperience)
        );
        let change = checklist(&answers(
            "FRA",
            "FRA",
            Application::ChangeOfEmployer,
            Category::B,
        ));
        assert!(
            change
                .iter()
                .any(|t| t.document == Document::WorkExperience)
        );
    }

    #[test]
    fn months_are_added_on_the_calendar_and_clamped_to_the_months_end() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        assert_eq!(add_months(d(2026, 1, 15), 6), d(2026, 7, 15));
        assert_eq!(add_months(d(2026, 8, 31), 6), d(2027, 2, 28));
        assert_eq!(add_months(d(2027, 8, 31), 6), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 12, 1), 0), d(2026, 12, 1));
    }

    #[test]
    fn a_document_is_valid_until_the_day_before_the_same_date_six_months_on() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        let issued = d(2026, 1, 15);
        assert_eq!(
            expiry(issued, 6, d(2026, 5, 1)),
            Expiry::Valid {
                last_valid_day: d(2026, 7, 14)
            }
        );
        assert_eq!(
            expiry(issued, 6, d(2026, 6, 14)),
            Expiry::ExpiresSoonAfter {
                last_valid_day: d(2026, 7, 14),
                days_after: 30
            }
        );
        assert_eq!(
            expiry(issued, 6, d(2026, 7, 14)),
            Expiry::ExpiresSoonAfter {
                last_valid_day: d(2026, 7, 14),
                days_after: 0
            }
        );
        assert_eq!(
            expiry(issued, 6, d(2026, 7, 15)),
            Expiry::ExpiredBySubmission {
                last_valid_day: d(2026, 7, 14)
            }
        );
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let country = prop::sample::select(vec![
            "DEU", "IND", "CHN", "ARE", "USA", "D", "XXA", "ZZZ", "",
        ]);
        let application = prop::sample::select(Application::ALL.to_vec());
        let category = prop::sample::select(vec![Category::A, Category::B, Category::C]);
        (
            country.clone(),
            country,
            application,
            category,
            any::<Date>(),
        )
            .prop_map(|(n, d, application, category, submission)| Answers {
                nationality: n.into(),
                degree_country: d.into(),
                application,
                category,
                submission,
            })
    }

    proptest! {
        #[test]
        fn every_answer_gives_each_mandatory_document_exactly_once(answers in any_answers()) {
            let tasks = checklist(&answers);
            for document in Document::ALL {
                let count = tasks.iter().filter(|t| t.document == *document).count();
                let expected = usize::from(
                    !(*document == Document::WorkExperience && answers.application == Application::Renewal),
                );
                prop_assert_eq!(count, expected, "{:?}", document);
            }
            // Checklist order is the documents' order.
            prop_assert!(tasks.windows(2).all(|w| w[0].document < w[1].document));
            // Only Category A may pledge; only a degree from abroad may be verified by the CSCSE.
            for t in &tasks {
                match t.alternative {
                    Some(Alternative::Pledge) => prop_assert!(answers.category == Category::A && t.document == Document::CriminalRecord),
                    Some(Alternative::CscseVerification) => prop_assert!(t.document == Document::Degree && answers.degree_country != "CHN"),
                    None => {}
                }
            }
        }

        #[test]
        fn expiry_never_panics_and_orders_its_outcomes(
            issued in any::<Date>(), submission in any::<Date>(), months in 0u8..=24
        ) {
            match expiry(issued, months, submission) {
                Expiry::Valid { last_valid_day } => prop_assert!(submission.days_until(last_valid_day) > EXPIRY_WARNING_DAYS),
                Expiry::ExpiresSoonAfter { days_after, .. } => prop_assert!((0..=EXPIRY_WARNING_DAYS).contains(&days_after)),
                Expiry::ExpiredBySubmission { last_valid_day } => prop_assert!(last_valid_day < submission),
            }
        }
    }

    fn day(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn the_earliest_useful_issue_date_is_the_last_that_warns_plus_one_day() {
        let submission = day(2026, 12, 1);
        let earliest = earliest_issue(6, submission);
        assert!(matches!(
            expiry(earliest, 6, submission),
            Expiry::Valid { .. }
        ));
        let before = earliest.previous_day().unwrap();
        assert!(matches!(
            expiry(before, 6, submission),
            Expiry::ExpiresSoonAfter { days_after: 30, .. }
        ));
        // Valid until 2027-05-31 at the earliest: 181 days after the submission.
        assert_eq!(earliest, day(2026, 7, 2));
    }

    #[test]
    fn a_task_status_follows_expiry_then_the_persons_word_then_the_calendar() {
        let tasks = checklist(&answers("DEU", "DEU", Application::New, Category::B));
        let record = task(&tasks, Document::CriminalRecord);
        let passport = task(&tasks, Document::Passport);
        let submission = day(2026, 12, 1);
        let today = day(2026, 5, 1);
        let nothing = Progress::default();
        assert_eq!(
            status(passport, nothing, today, submission),
            Status::NotStarted
        );
        assert_eq!(
            status(record, nothing, today, submission),
            Status::CannotStartYet,
            "a certificate got in May is stale by December"
        );
        assert_eq!(
            status(record, nothing, day(2026, 7, 2), submission),
            Status::NotStarted
        );
        let issued = |y, m, d| Progress {
            issued: Some(day(y, m, d)),
            completed: false,
        };
        assert_eq!(
            status(record, issued(2026, 9, 1), today, submission),
            Status::InProgress
        );
        assert_eq!(
            status(record, issued(2026, 5, 1), today, submission),
            Status::Problem,
            "expires 2026-10-31, before the submission"
        );
        let done = Progress {
            completed: true,
            ..issued(2026, 6, 15)
        };
        assert_eq!(
            status(record, done, today, submission),
            Status::Problem,
            "valid only until 2026-12-14, within 30 days of the submission"
        );
        let done = Progress {
            completed: true,
            ..issued(2026, 9, 1)
        };
        assert_eq!(status(record, done, today, submission), Status::Completed);
        let ready = Progress {
            issued: None,
            completed: true,
        };
        assert_eq!(
            status(passport, ready, today, submission),
            Status::Completed
        );
    }
}
