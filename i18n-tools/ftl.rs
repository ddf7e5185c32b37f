//! Reading the locale files, shared by `build.rs` (which generates the typed message ids and
//! the language table) and the locale parity test. Native only; never compiled into the app.

use std::collections::BTreeSet;

use fluent_syntax::ast;

#[path = "locales.rs"]
mod locales;
pub use locales::*;
#[path = "pseudo.rs"]
mod pseudo;
pub use pseudo::*;

/// A message or term and the variables its value and attributes use.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MessageInfo {
    /// `-name` for terms, as in Fluent source.
    pub id: String,
    pub variables: BTreeSet<String>,
    /// Each select expression on a variable: the variable and its variant keys.
    pub selects: Vec<(String, BTreeSet<String>)>,
}

/// Every message and term in `source`, or the parse errors.
pub fn scan(source: &str) -> Result<Vec<MessageInfo>, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{:?} at bytes {:?}", e.kind, e.pos))
            .collect::<Vec<_>>()
    })?;
    let mut out = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            ast::Entry::Junk { content } => return Err(vec![format!("junk: {content}")]),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        if let Some(pattern) = value {
            pattern_vars(pattern, &mut variables);
        }
        for attribute in attributes {
            pattern_vars(&attribute.value, &mut variables);
        }
        let mut selects = Vec::new();
        if let Some(pattern) = value {
            pattern_selects(pattern, &mut selects);
        }
        for attribute in attributes {
            pattern_selects(&attribute.value, &mut selects);
        }
        out.push(MessageInfo {
            id,
            variables,
            selects,
        });
    }
    Ok(out)
}

/// The value of message `id` in `source` when it is plain text (no placeables).
pub fn plain_text(source: &str, id: &str) -> Option<String> {
    let resource = fluent_syntax::parser::parse(source).ok()?;
    resource.body.iter().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == id => {
            let mut text = String::new();
            for element in &m.value.as_ref()?.elements {
                match element {
                    ast::PatternElement::TextElement { value } => text.push_str(value),
                    ast::PatternElement::Placeable { .. } => return None,
                }
            }
            Some(text)
        }
        _ => None,
    })
}

fn pattern_selects(pattern: &ast::Pattern<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = element
        {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect();
                out.push((id.name.to_owned(), keys));
            }
            for variant in variants {
                pattern_selects(&variant.value, out);
            }
        }
    }
}

fn pattern_vars(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for variant in variants {
                pattern_vars(&variant.value, out);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                inline_vars(positional, out);
            }
            for named in &arguments.named {
                inline_vars(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}
