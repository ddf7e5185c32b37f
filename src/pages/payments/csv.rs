//! CSV made in the browser. UTF-8 with a byte-order mark, so spreadsheet programs read Chinese
//! and Arabic correctly; fields are quoted only when they need it (RFC 4180), and a field that
//! would start a spreadsheet formula is prefixed with `'`.

/// The byte-order mark spreadsheet programs look for to choose UTF-8.
const BOM: char = '\u{feff}';

fn field(value: &str) -> String {
    // A text starting like a formula is kept as text, so opening the file never runs it.
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    let value = value.as_str();
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// The header row and the rows, lines ending with CRLF.
#[must_use]
pub fn to_csv(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let line: Vec<String> = row.iter().map(|v| field(v)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_a_formula_stays_text() {
        let csv = to_csv(
            &["Employer".to_owned()],
            &[
                vec!["=HYPERLINK(\"x\")".to_owned()],
                vec!["@SUM(A1)".to_owned()],
            ],
        );
        assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
        assert!(csv.contains("'@SUM(A1)"), "{csv}");
        assert!(
            to_csv(&[], &[vec!["2025-01".to_owned(), "1234.56".to_owned()]])
                .ends_with("2025-01,1234.56\r\n")
        );
    }

    #[test]
    fn starts_with_a_bom_and_quotes_only_what_needs_it() {
        let csv = to_csv(
            &["月份".to_owned(), "Employer".to_owned()],
            &[
                vec!["2025-01".to_owned(), "Shanghai Pudong, Ltd.".to_owned()],
                vec!["2025-02".to_owned(), "The \"Best\" Co".to_owned()],
            ],
        );
        assert!(csv.starts_with('\u{feff}'));
        assert_eq!(
            csv.trim_start_matches('\u{feff}'),
            "月份,Employer\r\n2025-01,\"Shanghai Pudong, Ltd.\"\r\n2025-02,\"The \"\"Best\"\" Co\"\r\n"
        );
    }
}
