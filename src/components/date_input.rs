//! A memorable date as three numeric boxes (day, month, year) in a fieldset. The day box's id
//! is the field id, so the error summary can link to it.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::components::field::{ErrorMessage, FieldIds, Hint, group_class};
use crate::i18n::{Msg, tr};

/// The three parts as typed; parsing and range checks belong to the caller's validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

#[component]
pub fn DateInput(
    id: &'static str,
    #[prop(into)] legend: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    value: RwSignal<DateParts>,
) -> impl IntoView {
    let ids = FieldIds::new(id);
    let has_hint = hint.is_some();
    let described_by = {
        let ids = ids.clone();
        move || ids.described_by(has_hint, error.with(Option::is_some))
    };
    let part = |suffix: &'static str,
                label: Msg,
                width: &'static str,
                get: fn(&DateParts) -> &String,
                put: fn(&mut DateParts, String)| {
        let input_id = if suffix == "day" {
            id.to_owned()
        } else {
            format!("{id}-{suffix}")
        };
        view! {
            <div class="app-date-input__item">
                <label class="app-label app-date-input__label" for=input_id.clone()>{tr(label)}</label>
                <input
                    id=input_id
                    name=format!("{id}-{suffix}")
                    class=format!("app-input app-date-input__input {width}")
                    type="text"
                    inputmode="numeric"
                    spellcheck="false"
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || value.with(|v| get(v).clone())
                    on:input=move |ev| value.update(|v| put(v, event_target_value(&ev)))
                />
            </div>
        }
    };
    view! {
        <div class=group_class(error)>
            <fieldset class="app-fieldset" role="group" aria-describedby=described_by>
                <legend class="app-fieldset__legend">{move || legend.get().to_string()}</legend>
                {hint.map(|text| view! { <Hint id=ids.hint.clone() text /> })}
                <ErrorMessage id=ids.error.clone() message=error />
                <div class="app-date-input">
                    {part("day", Msg::DateDay, "app-input--width-2", |v| &v.day, |v, s| v.day = s)}
                    {part("month", Msg::DateMonth, "app-input--width-2", |v| &v.month, |v, s| v.month = s)}
                    {part("year", Msg::DateYear, "app-input--width-4", |v| &v.year, |v, s| v.year = s)}
                </div>
            </fieldset>
        </div>
    }
}
