//! Radios (one answer, over a protocol enum) and checkboxes (any answers), each in a fieldset
//! with a legend.
//! The first input's id is the field id, so the error summary can link to it.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::components::field::{ErrorMessage, FieldIds, Hint, group_class};
use crate::glossary::Term;
use crate::i18n::use_i18n;
use protocol::codec::WireCode;

/// One option.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: &'static str,
    pub label: TextProp,
    pub hint: Option<TextProp>,
    /// The official Chinese term, shown after the label outside Chinese locales.
    pub term: Option<Term>,
}

impl Choice {
    /// The option for one value of a protocol enum (for [`EnumRadios`]).
    pub fn of<T: WireCode>(value: T, label: impl Into<TextProp>) -> Self {
        Self::new(value.as_str(), label)
    }

    pub fn new(value: &'static str, label: impl Into<TextProp>) -> Self {
        Self {
            value,
            label: label.into(),
            hint: None,
            term: None,
        }
    }

    #[must_use]
    pub fn hint(self, hint: impl Into<TextProp>) -> Self {
        Self {
            hint: Some(hint.into()),
            ..self
        }
    }

    #[must_use]
    pub fn term(self, term: Term) -> Self {
        Self {
            term: Some(term),
            ..self
        }
    }
}

fn option_id(name: &str, index: usize) -> String {
    if index == 0 {
        name.to_owned()
    } else {
        format!("{name}-{}", index + 1)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Radio,
    Checkbox,
}

/// Radios whose values are a protocol enum: each choice's value is the enum's wire name, and
/// `selected` holds the enum itself.
#[component]
pub fn EnumRadios<T>(
    name: &'static str,
    #[prop(into)] legend: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// The options, each made with [`Choice::of`].
    choices: Vec<Choice>,
    selected: RwSignal<Option<T>>,
) -> impl IntoView
where
    T: WireCode + Send + Sync,
{
    let is_checked =
        move |value: &'static str| selected.with(|s| s.map(WireCode::as_str) == Some(value));
    let set = move |value: &'static str, _checked: bool| selected.set(T::parse_code(value));
    choice_group(
        Kind::Radio,
        name,
        legend,
        hint,
        error,
        choices,
        is_checked,
        set,
    )
}

#[component]
pub fn Checkboxes(
    name: &'static str,
    #[prop(into)] legend: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    choices: Vec<Choice>,
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let is_checked = move |value: &'static str| selected.with(|s| s.iter().any(|v| v == value));
    let set = move |value: &'static str, checked: bool| {
        selected.update(|s| {
            s.retain(|v| v != value);
            if checked {
                s.push(value.to_owned());
            }
        });
    };
    choice_group(
        Kind::Checkbox,
        name,
        legend,
        hint,
        error,
        choices,
        is_checked,
        set,
    )
}

#[expect(
    clippy::too_many_arguments,
    reason = "the group's parts, passed on from two components"
)]
fn choice_group(
    kind: Kind,
    name: &'static str,
    legend: TextProp,
    hint: Option<TextProp>,
    error: Signal<Option<String>>,
    choices: Vec<Choice>,
    is_checked: impl Fn(&'static str) -> bool + Copy + Send + Sync + 'static,
    set: impl Fn(&'static str, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ids = FieldIds::new(name);
    let has_hint = hint.is_some();
    let described_by = {
        let ids = ids.clone();
        move || ids.described_by(has_hint, error.with(Option::is_some))
    };
    let (input_type, list_class, item_class) = match kind {
        Kind::Radio => ("radio", "app-radios", "app-radios__item"),
        Kind::Checkbox => ("checkbox", "app-checkboxes", "app-checkboxes__item"),
    };
    let i18n = use_i18n();
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(index, choice)| {
            let id = option_id(name, index);
            let item_hint_id = format!("{id}-item-hint");
            let label = choice.label.clone();
            let value = choice.value;
            view! {
                <div class=item_class>
                    <input
                        class="app-choice__input"
                        id=id.clone()
                        name=name
                        type=input_type
                        value=value
                        aria-describedby=choice.hint.is_some().then(|| item_hint_id.clone())
                        prop:checked=move || is_checked(value)
                        on:change=move |ev| set(value, event_target_checked(&ev))
                    />
                    <label class="app-label app-choice__label" for=id>
                        {move || label.get().to_string()}
                        {choice.term.map(|term| move || (!i18n.is_chinese()).then(|| view! {
                            " "<span class="app-term__zh" lang="zh-CN">{term.zh()}</span>
                        }))}
                    </label>
                    {choice.hint.map(|text| view! { <Hint id=item_hint_id text /> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group_class(error)>
            <fieldset class="app-fieldset" aria-describedby=described_by>
                <legend class="app-fieldset__legend">{move || legend.get().to_string()}</legend>
                {hint.map(|text| view! { <Hint id=ids.hint.clone() text /> })}
                <ErrorMessage id=ids.error.clone() message=error />
                <div class=list_class>{items}</div>
            </fieldset>
        </div>
    }
}
