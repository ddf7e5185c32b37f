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

/// Some box is empty or not a number, the year has fewer than four digits, or the day does not
/// exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

impl DateParts {
    /// The three boxes as a date: `Ok(None)` when all are empty.
    pub fn date(&self) -> Result<Option<protocol::date::Date>, NotADate> {
        let parts = [&self.day, &self.month, &self.year].map(|p| p.trim());
        if parts.iter().all(|p| p.is_empty()) {
            return Ok(None);
        }
        let [day, month, year] = parts;
        let day = day.parse().map_err(|_| NotADate)?;
        let month = month.parse().map_err(|_| NotADate)?;
        let year: u16 = year.parse().map_err(|_| NotADate)?;
        if year < 1000 {
            return Err(NotADate);
        }
        protocol::date::Date::new(year, month, day)
            .map(Some)
            .ok_or(NotADate)
    }

    /// The boxes filled with a date.
    #[must_use]
    pub fn of(date: protocol::date::Date) -> Self {
        Self {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(day: &str, month: &str, year: &str) -> DateParts {
        DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    #[test]
    fn three_boxes_read_as_a_date_or_say_what_is_wrong() {
        assert_eq!(parts("", " ", "").date(), Ok(None));
        assert_eq!(
            parts(" 1", "3", "2027").date(),
            Ok(protocol::date::Date::new(2027, 3, 1))
        );
        assert_eq!(parts("31", "2", "2027").date(), Err(NotADate));
        assert_eq!(parts("1", "", "2027").date(), Err(NotADate));
        assert_eq!(
            parts("1", "3", "27").date(),
            Err(NotADate),
            "a two-digit year"
        );
        assert_eq!(parts("x", "3", "2027").date(), Err(NotADate));
        let date = protocol::date::Date::new(2026, 9, 15).unwrap();
        assert_eq!(DateParts::of(date).date(), Ok(Some(date)));
    }
}
