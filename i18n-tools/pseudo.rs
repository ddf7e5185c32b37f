//! Pseudo-locales, generated from the English files at build time for development and tests
//! (never offered to users): `en-XA` accents every letter, doubles every vowel (about 40 %
//! longer) and brackets every message, so hard-coded text, truncation and clipping show;
//! `ar-XB` shows the English right to left (each run of text overridden to RTL, in an RTL
//! document), so mirroring bugs show without reading Arabic. Both keep ids, variables,
//! selectors and attributes exactly, so the app formats them like any language.

use fluent_syntax::ast;

/// A pseudo-locale: its id, its name in the (pseudo) language, and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pseudo {
    pub id: &'static str,
    pub name: &'static str,
    pub rtl: bool,
}

pub const PSEUDO_LOCALES: &[Pseudo] = &[
    Pseudo {
        id: "en-XA",
        name: "[Éñĝļíšĥ]",
        rtl: false,
    },
    Pseudo {
        id: "ar-XB",
        name: "[\u{202e}English\u{202c}]",
        rtl: true,
    },
];

/// The opening and closing marks around every pseudo-localised message.
pub const OPEN: char = '[';
pub const CLOSE: char = ']';

#[must_use]
pub fn pseudo(id: &str) -> Option<Pseudo> {
    PSEUDO_LOCALES.iter().copied().find(|p| p.id == id)
}

/// An English Fluent file in a pseudo-locale. Comments are dropped and multi-line text is
/// joined into one line (HTML shows a newline as a space anyway), so the result is always
/// valid Fluent.
///
/// # Errors
/// When the English file does not parse.
pub fn transform(source: &str, locale: Pseudo) -> Result<String, String> {
    let mut resource = fluent_syntax::parser::parse(source.to_owned())
        .map_err(|(_, errors)| format!("{} parse errors", errors.len()))?;
    resource
        .body
        .retain(|entry| matches!(entry, ast::Entry::Message(_) | ast::Entry::Term(_)));
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(message) => {
                message.comment = None;
                if let Some(value) = &mut message.value {
                    pattern(value, locale);
                }
                for attribute in &mut message.attributes {
                    pattern(&mut attribute.value, locale);
                }
            }
            ast::Entry::Term(term) => {
                term.comment = None;
                pattern(&mut term.value, locale);
                for attribute in &mut term.attributes {
                    pattern(&mut attribute.value, locale);
                }
            }
            _ => {}
        }
    }
    Ok(fluent_syntax::serializer::serialize(&resource))
}

/// A whole message: its text transformed, between the brackets.
fn pattern(value: &mut ast::Pattern<String>, locale: Pseudo) {
    elements(&mut value.elements, locale);
    // A placeable, because a select makes the value start on its own line, where a text
    // line may not begin with `[`.
    value.elements.insert(
        0,
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                value: OPEN.to_string(),
            }),
        },
    );
    value.elements.push(ast::PatternElement::TextElement {
        value: CLOSE.to_string(),
    });
}

fn elements(list: &mut [ast::PatternElement<String>], locale: Pseudo) {
    for element in list {
        match element {
            ast::PatternElement::TextElement { value } => *value = text(value, locale),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    elements(&mut variant.value.elements, locale);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

/// One run of text.
fn text(value: &str, locale: Pseudo) -> String {
    let flat = value.replace('\n', " ");
    if locale.rtl {
        // Right-to-left override … pop: the Latin letters are laid out right to left.
        format!("\u{202e}{flat}\u{202c}")
    } else {
        let mut out = String::with_capacity(flat.len() * 2);
        for c in flat.chars() {
            let accented = accent(c);
            out.push(accented);
            if "aeiouyAEIOUY".contains(c) {
                out.push(accented);
            }
        }
        out
    }
}

fn accent(c: char) -> char {
    const LOWER: &str = "áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýž";
    const UPPER: &str = "ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    let table = if c.is_ascii_lowercase() {
        LOWER
    } else if c.is_ascii_uppercase() {
        UPPER
    } else {
        return c;
    };
    let index = usize::from((c.to_ascii_lowercase() as u8).saturating_sub(b'a'));
    table.chars().nth(index).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en_xa() -> Pseudo {
        pseudo("en-XA").unwrap_or(PSEUDO_LOCALES[0])
    }

    #[test]
    fn en_xa_accents_lengthens_and_brackets_text_but_not_ids_variables_or_keys() {
        let out = transform(
            "# A comment\nhello = Hello { $name }\n    .title = Sign in\ncount = { $n ->\n    [one] one file\n   *[other] { $n } files\n}\nlong =\n    First line\n    second line\n",
            en_xa(),
        )
        .unwrap();
        assert_eq!(
            out,
            "hello = { \"[\" }Ĥééļļóó { $name }]\n    .title = { \"[\" }Šííĝñ ííñ]\ncount =\n    { \"[\" }{ $n ->\n        [one] óóñéé ƒííļéé\n       *[other] { $n } ƒííļééš\n    }]\nlong = { \"[\" }Ƒííŕšţ ļííñéé šééçóóñð ļííñéé]\n"
        );
    }

    #[test]
    fn ar_xb_overrides_each_run_of_text_to_right_to_left() {
        let locale = pseudo("ar-XB").unwrap_or(PSEUDO_LOCALES[1]);
        let out = transform("a = Hi { $x } there\n", locale).unwrap();
        assert_eq!(
            out,
            "a = { \"[\" }\u{202e}Hi \u{202c}{ $x }\u{202e} there\u{202c}]\n"
        );
    }
}
