//! The deadlines that follow from a work permit (domain.md §8, "Deadlines"): what is due, by
//! when, and how urgent it is on a given day. Pure: the caller gives the dates and today.
//! Figures marked uncertain in domain.md are flagged so the app can say so with the source.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::documents::add_months;
use crate::holidays::add_working_days;
use crate::points::Category;

/// A deadline's subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineKind {
    /// The Notification Letter stops being valid (6 months from issue, uncertain).
    NotificationLetterExpires,
    /// Apply for the residence permit: 30 days from entry on a Z visa.
    ResidencePermit,
    /// On-site verification of the originals, Categories B and C: 30 days from entry.
    OnSiteVerification,
    /// The extension window opens: 90 days before the permit expires.
    ExtensionOpens,
    /// The extension window closes: 30 days before the permit expires; after it the system
    /// refuses an extension.
    ExtensionCloses,
    /// The work permit expires.
    PermitExpires,
    /// The China medical report stops being valid: 6 months from issue (the on-site
    /// verification needs one under 6 months old).
    MedicalReportExpires,
    /// Apply for the work-permit change after a new passport: 10 days from its issue.
    NewPassportChange,
    /// The employer cancels the permit after the last working day: 10 working days.
    Cancellation,
}

crate::codec::wire_codes!(DeadlineKind {
    NotificationLetterExpires => "notification-letter-expires",
    ResidencePermit => "residence-permit",
    OnSiteVerification => "on-site-verification",
    ExtensionOpens => "extension-opens",
    ExtensionCloses => "extension-closes",
    PermitExpires => "permit-expires",
    NewPassportChange => "new-passport-change",
    Cancellation => "cancellation",
    MedicalReportExpires => "medical-report-expires",
});

/// How a deadline is counted from its starting date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "unit", content = "count")]
pub enum Basis {
    /// Calendar days after the start.
    Days(u16),
    /// Working days after the start, by the holiday table (`crate::holidays`).
    WorkingDays(u16),
    /// Months after the start, the last valid day being the day before.
    Months(u8),
    /// Calendar days before the start (a window before an expiry).
    DaysBefore(u16),
}

/// One deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    pub kind: DeadlineKind,
    /// The last day (or, for a window's opening, the first day).
    pub due: Date,
    pub basis: Basis,
    /// The figure is uncertain in the sources (domain.md): show it with its source.
    pub uncertain: bool,
    /// Counted in working days past the years the holiday table holds: weekends only.
    pub approximate: bool,
}

/// What is known about a permit holder's situation; every date is optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Situation {
    pub category: Option<Category>,
    /// The Notification Letter's issue date.
    pub letter_issued: Option<Date>,
    /// The day of entry on the Z visa.
    pub entry: Option<Date>,
    /// The work permit's expiry date.
    pub permit_expires: Option<Date>,
    /// The China medical report's issue date.
    pub medical_report_issued: Option<Date>,
}

/// Days to the due date at which a deadline turns to a warning.
pub const WARNING_DAYS: i64 = 10;

/// How urgent a deadline is on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// More than [`WARNING_DAYS`] left.
    Ahead,
    /// [`WARNING_DAYS`] or fewer left, the due day included.
    Soon,
    /// The due day is past.
    Passed,
}

impl Deadline {
    /// Days from `today` to the due day (0 on the day, negative once passed).
    #[must_use]
    pub fn days_left(&self, today: Date) -> i64 {
        today.days_until(self.due)
    }

    #[must_use]
    pub fn urgency(&self, today: Date) -> Urgency {
        match self.days_left(today) {
            left if left < 0 => Urgency::Passed,
            left if left <= WARNING_DAYS => Urgency::Soon,
            _ => Urgency::Ahead,
        }
    }
}

fn after(kind: DeadlineKind, start: Date, basis: Basis, uncertain: bool) -> Deadline {
    let (due, approximate) = match basis {
        Basis::Days(n) => (start.add_days(i64::from(n)), false),
        Basis::DaysBefore(n) => (start.add_days(-i64::from(n)), false),
        Basis::Months(n) => {
            let end = add_months(start, n);
            (end.previous_day().unwrap_or(end), false)
        }
        Basis::WorkingDays(n) => {
            let (due, known) = add_working_days(start, n);
            (due, !known)
        }
    };
    Deadline {
        kind,
        due,
        basis,
        uncertain,
        approximate,
    }
}

/// Every deadline that follows from the situation, earliest first.
#[must_use]
pub fn deadlines(situation: &Situation) -> Vec<Deadline> {
    let mut found = Vec::new();
    if let Some(issued) = situation.letter_issued {
        found.push(after(
            DeadlineKind::NotificationLetterExpires,
            issued,
            Basis::Months(6),
            true,
        ));
    }
    if let Some(entry) = situation.entry {
        found.push(after(
            DeadlineKind::ResidencePermit,
            entry,
            Basis::Days(30),
            false,
        ));
        if matches!(situation.category, Some(Category::B | Category::C)) {
            found.push(after(
                DeadlineKind::OnSiteVerification,
                entry,
                Basis::Days(30),
                false,
            ));
        }
    }
    if let Some(issued) = situation.medical_report_issued {
        found.push(after(
            DeadlineKind::MedicalReportExpires,
            issued,
            Basis::Months(6),
            false,
        ));
    }
    if let Some(expires) = situation.permit_expires {
        found.push(after(
            DeadlineKind::ExtensionOpens,
            expires,
            Basis::DaysBefore(90),
            false,
        ));
        found.push(after(
            DeadlineKind::ExtensionCloses,
            expires,
            Basis::DaysBefore(30),
            false,
        ));
        found.push(Deadline {
            kind: DeadlineKind::PermitExpires,
            due: expires,
            basis: Basis::Days(0),
            uncertain: false,
            approximate: false,
        });
    }
    found.sort_by_key(|d| (d.due, d.kind));
    found
}

/// After a new passport: the work-permit change is due 10 days from its issue (one city says
/// 10 working days, so the figure is flagged uncertain).
#[must_use]
pub fn new_passport(issued: Date) -> Deadline {
    after(
        DeadlineKind::NewPassportChange,
        issued,
        Basis::Days(10),
        true,
    )
}

/// After leaving a job: the employer cancels the permit within 10 working days of the last
/// working day (one source says 15 days: uncertain).
#[must_use]
pub fn cancellation(last_working_day: Date) -> Deadline {
    after(
        DeadlineKind::Cancellation,
        last_working_day,
        Basis::WorkingDays(10),
        true,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: u16, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn a_category_b_arrival_has_every_deadline_in_order() {
        let situation = Situation {
            category: Some(Category::B),
            letter_issued: Some(d(2026, 3, 10)),
            entry: Some(d(2026, 5, 20)),
            permit_expires: Some(d(2027, 5, 19)),
            medical_report_issued: Some(d(2026, 5, 8)),
        };
        let found: Vec<(DeadlineKind, Date)> = deadlines(&situation)
            .iter()
            .map(|d| (d.kind, d.due))
            .collect();
        assert_eq!(
            found,
            vec![
                (DeadlineKind::ResidencePermit, d(2026, 6, 19)),
                (DeadlineKind::OnSiteVerification, d(2026, 6, 19)),
                (DeadlineKind::NotificationLetterExpires, d(2026, 9, 9)),
                (DeadlineKind::MedicalReportExpires, d(2026, 11, 7)),
                (DeadlineKind::ExtensionOpens, d(2027, 2, 18)),
                (DeadlineKind::ExtensionCloses, d(2027, 4, 19)),
                (DeadlineKind::PermitExpires, d(2027, 5, 19)),
            ]
        );
        assert!(deadlines(&situation)[2].uncertain, "the letter's 6 months");
    }

    #[test]
    fn category_a_has_no_on_site_verification_and_nothing_known_gives_nothing() {
        let a = Situation {
            category: Some(Category::A),
            entry: Some(d(2026, 5, 20)),
            ..Situation::default()
        };
        let kinds: Vec<DeadlineKind> = deadlines(&a).iter().map(|d| d.kind).collect();
        assert_eq!(kinds, vec![DeadlineKind::ResidencePermit]);
        assert_eq!(deadlines(&Situation::default()), vec![]);
    }

    #[test]
    fn a_deadline_warns_at_ten_days_and_errs_once_passed() {
        let due = new_passport(d(2026, 11, 25));
        assert_eq!(due.due, d(2026, 12, 5));
        assert_eq!(due.urgency(d(2026, 11, 24)), Urgency::Ahead, "11 days left");
        assert_eq!(due.urgency(d(2026, 11, 25)), Urgency::Soon, "10 days left");
        assert_eq!(due.urgency(d(2026, 12, 5)), Urgency::Soon);
        assert_eq!(due.days_left(d(2026, 12, 5)), 0);
        assert_eq!(due.urgency(d(2026, 12, 6)), Urgency::Passed);
        let far = new_passport(d(2026, 12, 31));
        assert_eq!(far.urgency(d(2026, 12, 20)), Urgency::Ahead);
        assert_eq!(far.days_left(d(2026, 12, 20)), 21);
    }

    #[test]
    fn a_cancellation_counts_working_days_over_the_holidays() {
        // Last day Friday 25 September 2026: the National Day week is not counted.
        let due = cancellation(d(2026, 9, 25));
        // 28, 29, 30 Sep; 8, 9, 10 (make-up Saturday), 12, 13, 14, 15 Oct.
        assert_eq!(due.due, d(2026, 10, 15));
        assert!(!due.approximate && due.uncertain);
        assert!(cancellation(d(2026, 12, 28)).approximate, "runs into 2027");
    }

    proptest::proptest! {
        #[test]
        fn deadlines_are_sorted_and_the_extension_window_is_sixty_days(
            letter: Option<Date>, entry: Option<Date>, expires: Option<Date>, medical: Option<Date>, b: bool,
        ) {
            let situation = Situation {
                category: Some(if b { Category::B } else { Category::A }),
                letter_issued: letter, entry, permit_expires: expires, medical_report_issued: medical,
            };
            let found = deadlines(&situation);
            proptest::prop_assert!(found.windows(2).all(|w| w[0].due <= w[1].due));
            let on = |kind| found.iter().find(|d| d.kind == kind).map(|d| d.due);
            if let (Some(open), Some(close)) = (on(DeadlineKind::ExtensionOpens), on(DeadlineKind::ExtensionCloses)) {
                proptest::prop_assert_eq!(open.days_until(close), 60);
            }
            let has_site = on(DeadlineKind::OnSiteVerification).is_some();
            proptest::prop_assert_eq!(has_site, b && entry.is_some());
        }
    }
}
