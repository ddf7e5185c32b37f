//! Masked forms of personal data for places that do not need the clear value.

/// Keeps the first `head` and last `tail` characters, replacing the rest with `*`.
#[must_use]
pub fn mask_middle(value: &str, head: usize, tail: usize) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() <= head + tail {
        return "*".repeat(chars.len());
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i < head || i >= chars.len() - tail {
                *c
            } else {
                '*'
            }
        })
        .collect()
}

/// `ERIKSSON, A*** M****`: the surname in clear (it is on every letter), each given name's
/// first letter only.
#[must_use]
pub fn mask_name(surname: &str, given_names: &str) -> String {
    let given: Vec<String> = given_names
        .split_whitespace()
        .map(|part| mask_middle(part, 1, 0))
        .collect();
    if given.is_empty() {
        surname.to_owned()
    } else {
        format!("{surname}, {}", given.join(" "))
    }
}

/// The work-permit details as a holder whose card is still sealed sees them: who employs the
/// person and where are masked until the identity check has passed, because the name and
/// number that opened the account are not proof of who is asking.
#[must_use]
pub fn sealed_permit(
    details: protocol::api::WorkPermitDetails,
) -> protocol::api::WorkPermitDetails {
    protocol::api::WorkPermitDetails {
        employer: mask_middle(&details.employer, 2, 0),
        workplace: mask_middle(&details.workplace, 2, 0),
        work_address: mask_middle(&details.work_address, 2, 0),
        ..details
    }
}

/// `1234************78`.
#[must_use]
pub fn mask_identifier(id: &str) -> String {
    mask_middle(id, 4, 2)
}

/// `138****5678`.
#[must_use]
pub fn mask_phone(phone: &str) -> String {
    mask_middle(phone, 3, 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_only_what_identifies_to_the_holder() {
        assert_eq!(mask_name("ERIKSSON", "ANNA MARIA"), "ERIKSSON, A*** M****");
        assert_eq!(mask_name("KIM", ""), "KIM");
        assert_eq!(mask_identifier("123456789012345678"), "1234************78");
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_middle("ab", 4, 2), "**");
    }
}
