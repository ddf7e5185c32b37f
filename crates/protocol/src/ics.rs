//! Calendar files (RFC 5545) of all-day events with a reminder, made on the device so a
//! person can put deadlines in their own calendar; nothing is sent anywhere.
//!
//! Each event has a stable `UID`, so importing the file again updates the events instead of
//! adding copies. Text is escaped (§3.3.11), lines are folded at 75 octets without splitting a
//! character (§3.1), and every line ends in CRLF.

use crate::date::Date;

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable for the same deadline, such as `residence-permit-2026-06-19@essc`.
    pub uid: String,
    pub day: Date,
    pub summary: String,
    pub description: String,
    /// Days before the event that a reminder fires; `None` for no reminder.
    pub remind_days_before: Option<u16>,
}

/// The moment the file is made, in UTC: the date and the seconds since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub day: Date,
    pub seconds: u32,
}

const PRODID: &str = "-//e-SSC for foreign workers//Deadlines//EN";
/// The longest line in octets, CRLF not counted.
const FOLD_AT: usize = 75;

/// Escapes TEXT: backslash, semicolon, comma and line breaks.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded to at most 75 octets per physical line, continuations starting with
/// one space, each line ended by CRLF; never splits a UTF-8 character.
#[must_use]
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / FOLD_AT * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let octets = c.len_utf8();
        if width + octets > FOLD_AT {
            out.push_str("\r\n ");
            // The leading space counts towards the next line's 75.
            width = 1;
        }
        out.push(c);
        width += octets;
    }
    out.push_str("\r\n");
    out
}

fn date_value(day: Date) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// The calendar file for `events`.
#[must_use]
pub fn calendar(events: &[Event], stamp: Stamp) -> String {
    let (h, m, s) = (
        stamp.seconds / 3600 % 24,
        stamp.seconds / 60 % 60,
        stamp.seconds % 60,
    );
    let dtstamp = format!("{}T{h:02}{m:02}{s:02}Z", date_value(stamp.day));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&event.uid)),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART;VALUE=DATE:{}", date_value(event.day)),
            // All-day: the end is exclusive, the next day.
            format!("DTEND;VALUE=DATE:{}", date_value(event.day.add_days(1))),
            format!("SUMMARY:{}", escape(&event.summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "TRANSP:TRANSPARENT".to_owned(),
        ]);
        if let Some(days) = event.remind_days_before {
            lines.extend([
                "BEGIN:VALARM".to_owned(),
                "ACTION:DISPLAY".to_owned(),
                format!("DESCRIPTION:{}", escape(&event.summary)),
                format!("TRIGGER:-P{days}D"),
                "END:VALARM".to_owned(),
            ]);
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: u16, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    fn event(summary: &str) -> Event {
        Event {
            uid: "residence-permit-2026-06-19@essc".into(),
            day: d(2026, 6, 19),
            summary: summary.into(),
            description: "Bring: passport, photo; the Notification Letter\nOffice: exit-entry"
                .into(),
            remind_days_before: Some(7),
        }
    }

    /// The file unfolded back into content lines, as a reader does (§3.1).
    fn unfold(file: &str) -> Vec<String> {
        assert!(file.ends_with("\r\n"));
        assert!(!file.replace("\r\n", "").contains('\n'), "a bare LF");
        file.trim_end_matches("\r\n").split("\r\n").fold(
            Vec::new(),
            |mut lines: Vec<String>, line| {
                match line.strip_prefix(' ') {
                    Some(rest) => lines.last_mut().unwrap().push_str(rest),
                    None => lines.push(line.to_owned()),
                }
                lines
            },
        )
    }

    #[test]
    fn an_all_day_event_with_a_reminder_a_week_before() {
        let stamp = Stamp {
            day: d(2026, 12, 1),
            seconds: 10 * 3600 + 5 * 60 + 9,
        };
        let file = calendar(&[event("Residence permit due")], stamp);
        let lines = unfold(&file);
        assert_eq!(
            lines,
            vec![
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//e-SSC for foreign workers//Deadlines//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:residence-permit-2026-06-19@essc",
                "DTSTAMP:20261201T100509Z",
                "DTSTART;VALUE=DATE:20260619",
                "DTEND;VALUE=DATE:20260620",
                "SUMMARY:Residence permit due",
                "DESCRIPTION:Bring: passport\\, photo\\; the Notification Letter\\nOffice: exit-entry",
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:Residence permit due",
                "TRIGGER:-P7D",
                "END:VALARM",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
        );
    }

    #[test]
    fn the_last_day_of_a_year_ends_on_the_next_year() {
        let mut last = event("x");
        last.day = d(2026, 12, 31);
        last.remind_days_before = None;
        let lines = unfold(&calendar(
            &[last],
            Stamp {
                day: d(2026, 12, 1),
                seconds: 0,
            },
        ));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20270101".to_owned()));
        assert!(!lines.iter().any(|l| l == "BEGIN:VALARM"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let arabic = "تصريح الإقامة مستحق خلال ثلاثين يومًا من الدخول إلى الصين بتأشيرة العمل";
        let chinese =
            "居留许可：入境后三十日内到当地出入境管理机构申请，携带护照、通知书和照片。".repeat(2);
        for summary in [arabic, chinese.as_str(), &"a".repeat(200)] {
            let file = calendar(
                &[event(summary)],
                Stamp {
                    day: d(2026, 12, 1),
                    seconds: 0,
                },
            );
            for line in file.split("\r\n") {
                assert!(line.len() <= 75, "{} octets: {line}", line.len());
            }
            let lines = unfold(&file);
            assert!(lines.contains(&format!("SUMMARY:{}", escape(summary))));
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a\\b;c,d\r\ne\nf\u{7}"), "a\\\\b\\;c\\,d\\ne\\nf");
    }

    proptest::proptest! {
        #[test]
        fn folding_then_unfolding_gives_the_line_back(line in "\\PC{0,300}") {
            let folded = fold(&line);
            let mut physical = folded.trim_end_matches("\r\n").split("\r\n");
            let mut back = physical.next().unwrap_or_default().to_owned();
            for rest in physical {
                proptest::prop_assert!(rest.starts_with(' '));
                back.push_str(&rest[1..]);
            }
            proptest::prop_assert_eq!(back, line.clone());
            for part in folded.split("\r\n") {
                proptest::prop_assert!(part.len() <= 75);
            }
        }
    }
}
