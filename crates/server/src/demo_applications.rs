//! Demo applications (`server --demo`), fictional like everything in `demo_data`:
//! - one application at each stage, for the public status check (number and date of birth);
//! - the registered holder's history: a refusal with its reason, then an approval after the
//!   authority asked for more documents, and every step after entry done;
//! - the new arrival's approval three weeks before entry's deadlines fall due, with the
//!   residence permit and the on-site verification still to do.
//!
//! Dates are days before the day the demo is seeded, so the demo shows the same picture on any
//! day; the registered holder's are fixed, like that holder's permit.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

use protocol::applications::{ApplicationStage as S, RefusalReason};
use protocol::date::Date;
use protocol::documents::Document;

/// A day: fixed, or counted back from the seeding day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    On(u16, u8, u8),
    DaysAgo(u16),
}

impl When {
    #[must_use]
    pub fn date(self, today: Date) -> Date {
        match self {
            Self::On(year, month, day) => Date::new(year, month, day).unwrap_or(today),
            Self::DaysAgo(days) => today.add_days(-i64::from(days)),
        }
    }
}

/// One stage reached.
#[derive(Debug, Clone, Copy)]
pub struct DemoStage {
    pub stage: S,
    pub when: When,
    pub documents: &'static [Document],
    pub reason: Option<RefusalReason>,
}

const fn at(stage: S, when: When) -> DemoStage {
    DemoStage {
        stage,
        when,
        documents: &[],
        reason: None,
    }
}

const fn ago(stage: S, days: u16) -> DemoStage {
    at(stage, When::DaysAgo(days))
}

const fn on(stage: S, year: u16, month: u8, day: u8) -> DemoStage {
    at(stage, When::On(year, month, day))
}

/// One application: its number, the applicant's date of birth and its stages in order.
#[derive(Debug, Clone, Copy)]
pub struct DemoApplication {
    /// 16 digits: the province-level area code and a 10-digit sequence (invented layout).
    pub number: &'static str,
    pub birth_date: (u16, u8, u8),
    pub stages: &'static [DemoStage],
}

/// One application at each stage; nobody holds an account for these.
pub const AT_EACH_STAGE: &[DemoApplication] = &[
    DemoApplication {
        number: "3100000000418201",
        birth_date: (1991, 2, 14),
        stages: &[ago(S::Submitted, 1)],
    },
    DemoApplication {
        number: "3100000000418202",
        birth_date: (1987, 7, 30),
        stages: &[ago(S::Submitted, 5), ago(S::PreReview, 3)],
    },
    DemoApplication {
        number: "3100000000418203",
        birth_date: (1993, 11, 2),
        stages: &[
            ago(S::Submitted, 12),
            ago(S::PreReview, 10),
            ago(S::Accepted, 8),
        ],
    },
    DemoApplication {
        number: "1100000000418204",
        birth_date: (1985, 5, 21),
        stages: &[
            ago(S::Submitted, 20),
            ago(S::PreReview, 18),
            ago(S::Accepted, 16),
            ago(S::UnderReview, 14),
        ],
    },
    DemoApplication {
        number: "3100000000418205",
        birth_date: (1990, 9, 9),
        stages: &[
            ago(S::Submitted, 15),
            ago(S::PreReview, 13),
            DemoStage {
                documents: &[Document::CriminalRecord, Document::Degree],
                ..ago(S::MoreDocuments, 11)
            },
        ],
    },
    DemoApplication {
        number: "1100000000418206",
        birth_date: (1989, 12, 1),
        stages: &[
            ago(S::Submitted, 52),
            ago(S::PreReview, 50),
            ago(S::Accepted, 47),
            ago(S::UnderReview, 45),
            ago(S::Approved, 30),
        ],
    },
    DemoApplication {
        number: "3100000000418207",
        birth_date: (1982, 3, 17),
        stages: &[
            ago(S::Submitted, 40),
            ago(S::PreReview, 38),
            ago(S::Accepted, 35),
            ago(S::UnderReview, 33),
            DemoStage {
                reason: Some(RefusalReason::DocumentExpired),
                ..ago(S::Refused, 20)
            },
        ],
    },
];

/// The registered holder's applications, oldest first (`demo_data::REGISTERED`).
pub const REGISTERED_HISTORY: &[DemoApplication] = &[
    DemoApplication {
        number: "3100000000305518",
        birth_date: (1984, 10, 3),
        stages: &[
            on(S::Submitted, 2024, 10, 8),
            on(S::PreReview, 2024, 10, 10),
            on(S::Accepted, 2024, 10, 14),
            on(S::UnderReview, 2024, 10, 16),
            DemoStage {
                reason: Some(RefusalReason::NotAuthenticated),
                ..on(S::Refused, 2024, 11, 5)
            },
        ],
    },
    DemoApplication {
        number: "3100000000331067",
        birth_date: (1984, 10, 3),
        stages: &[
            on(S::Submitted, 2025, 1, 6),
            on(S::PreReview, 2025, 1, 8),
            DemoStage {
                documents: &[Document::Degree],
                ..on(S::MoreDocuments, 2025, 1, 10)
            },
            on(S::Accepted, 2025, 1, 20),
            on(S::UnderReview, 2025, 1, 22),
            on(S::Approved, 2025, 2, 14),
        ],
    },
];

/// The new arrival's application (`demo_data::NEW_ARRIVAL`).
pub const NEW_ARRIVAL_HISTORY: &[DemoApplication] = &[DemoApplication {
    number: "3100000000412790",
    birth_date: (1991, 6, 18),
    stages: &[
        ago(S::Submitted, 75),
        ago(S::PreReview, 73),
        ago(S::Accepted, 70),
        ago(S::UnderReview, 68),
        ago(S::Approved, 50),
    ],
}];

/// What followed approval.
#[derive(Debug, Clone, Copy)]
pub struct DemoArrival {
    pub entry: When,
    pub medical_report_issued: When,
    pub residence_permit: Option<When>,
    pub on_site_verified: Option<When>,
}

pub const REGISTERED_ARRIVAL: DemoArrival = DemoArrival {
    entry: When::On(2025, 3, 10),
    medical_report_issued: When::On(2025, 3, 12),
    residence_permit: Some(When::On(2025, 3, 28)),
    on_site_verified: Some(When::On(2025, 3, 25)),
};

/// Entered 22 days ago: the residence permit and the on-site verification are due in 8 days
/// (a warning), and pass 9 days on; the medical report (issued 167 days ago) runs out about
/// two weeks from now.
pub const NEW_ARRIVAL_ARRIVAL: DemoArrival = DemoArrival {
    entry: When::DaysAgo(22),
    medical_report_issued: When::DaysAgo(167),
    residence_permit: None,
    on_site_verified: None,
};

/// The new arrival's permit (and e-SSC) started this many days before the seeding day.
pub const NEW_ARRIVAL_PERMIT_DAYS_AGO: u16 = 15;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use protocol::applications::parse_number;
    use protocol::codec::WireCode as _;

    use super::*;

    fn all() -> impl Iterator<Item = &'static DemoApplication> {
        AT_EACH_STAGE
            .iter()
            .chain(REGISTERED_HISTORY)
            .chain(NEW_ARRIVAL_HISTORY)
    }

    #[test]
    fn every_stage_is_someones_current_stage_in_the_public_set() {
        let current: HashSet<S> = AT_EACH_STAGE
            .iter()
            .filter_map(|a| a.stages.last().map(|s| s.stage))
            .collect();
        for stage in S::ALL {
            assert!(current.contains(stage), "{stage:?}");
        }
    }

    #[test]
    fn numbers_are_unique_and_pass_the_validator_as_stored() {
        let mut seen = HashSet::new();
        for application in all() {
            assert!(seen.insert(application.number), "{}", application.number);
            assert_eq!(
                parse_number(application.number).as_deref(),
                Ok(application.number)
            );
        }
    }

    #[test]
    fn stages_are_in_date_order_and_decided_ones_come_last() {
        let today = Date::new(2026, 11, 27).unwrap();
        for application in all() {
            let dates: Vec<Date> = application
                .stages
                .iter()
                .map(|s| s.when.date(today))
                .collect();
            assert!(
                dates.windows(2).all(|w| w[0] <= w[1]),
                "{}",
                application.number
            );
            let decided = application.stages.iter().position(|s| s.stage.is_decided());
            assert!(decided.is_none_or(|i| i + 1 == application.stages.len()));
            for stage in application.stages {
                assert_eq!(
                    stage.reason.is_some(),
                    stage.stage == S::Refused,
                    "a refusal, and only a refusal, has a reason"
                );
                assert_eq!(!stage.documents.is_empty(), stage.stage == S::MoreDocuments);
            }
        }
    }

    #[test]
    fn the_holders_histories_carry_their_birth_dates() {
        for application in REGISTERED_HISTORY {
            assert_eq!(
                application.birth_date,
                crate::demo_data::REGISTERED.permit.birth_date
            );
        }
        for application in NEW_ARRIVAL_HISTORY {
            assert_eq!(
                application.birth_date,
                crate::demo_data::NEW_ARRIVAL.permit.birth_date
            );
        }
    }
}
