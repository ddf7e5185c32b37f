//! A working example of every form and feedback component, so each can be checked by axe and
//! by keyboard in every locale. Not linked from the journeys; reachable by its address.

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::button::{Button, ButtonKind};
use crate::components::choices::{Checkboxes, Choice, EnumRadios};
use crate::components::date_input::{DateInput, DateParts};
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::panel::Panel;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, tr, use_i18n};
use crate::routes::AppRoute;
use protocol::api::IdentifierKind;
use protocol::validation::ValidationCode;

/// The example form's answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExampleAnswers {
    pub surname: String,
    pub identifier: Option<IdentifierKind>,
    pub documents: Vec<String>,
    pub birth: DateParts,
}

/// A problem with one example answer: a page-specific message when it is missing, or the
/// protocol's own validation code (the same rule the server applies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Missing(Msg),
    Invalid(ValidationCode),
}

impl Problem {
    fn text(&self, i18n: I18n) -> String {
        match self {
            Self::Missing(msg) => i18n.t(*msg),
            Self::Invalid(code) => i18n.validation_message(code),
        }
    }
}

/// Problems with the example answers, in page order (field id, problem). The surname goes
/// through `protocol::names`, so a non-Latin or invalid surname gets the protocol's code.
#[must_use]
pub fn missing_answers(answers: &ExampleAnswers) -> Vec<(&'static str, Problem)> {
    let mut missing = Vec::new();
    if answers.surname.trim().is_empty() {
        missing.push((
            "example-surname",
            Problem::Missing(Msg::DesignSystemSurnameMissing),
        ));
    } else if let Some(first) = protocol::names::normalize_part(&answers.surname)
        .err()
        .and_then(|codes| codes.into_iter().next())
    {
        missing.push(("example-surname", Problem::Invalid(first)));
    }
    if answers.identifier.is_none() {
        missing.push((
            "example-identifier",
            Problem::Missing(Msg::DesignSystemIdentifierMissing),
        ));
    }
    if answers.documents.is_empty() {
        missing.push((
            "example-documents",
            Problem::Missing(Msg::DesignSystemDocumentsMissing),
        ));
    }
    let birth = &answers.birth;
    if [&birth.day, &birth.month, &birth.year]
        .iter()
        .any(|part| part.trim().is_empty())
    {
        missing.push((
            "example-birth",
            Problem::Missing(Msg::DesignSystemBirthMissing),
        ));
    }
    missing
}

#[component]
pub fn DesignSystemPage() -> impl IntoView {
    let i18n = use_i18n();
    let surname = RwSignal::new(String::new());
    let identifier = RwSignal::new(None::<IdentifierKind>);
    let documents = RwSignal::new(Vec::<String>::new());
    let birth = RwSignal::new(DateParts::default());
    let attempted = RwSignal::new(false);

    let answers = move || ExampleAnswers {
        surname: surname.get(),
        identifier: identifier.get(),
        documents: documents.get(),
        birth: birth.get(),
    };
    let missing = Memo::new(move |_| {
        if attempted.get() {
            missing_answers(&answers())
        } else {
            Vec::new()
        }
    });
    let errors = Signal::derive(move || {
        missing
            .get()
            .into_iter()
            .map(|(field, problem)| FieldError {
                field: field.to_owned(),
                message: problem.text(i18n),
            })
            .collect::<Vec<_>>()
    });
    let error_for = move |field: &'static str| {
        Signal::derive(move || {
            missing.with(|m| {
                m.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, problem)| problem.text(i18n))
            })
        })
    };
    let has_error = Signal::derive(move || missing.with(|m| !m.is_empty()));
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        done.set(missing_answers(&answers()).is_empty());
    };

    view! {
        <BackLink href=AppRoute::Home.href() />
        <ErrorSummary errors />
        <PageHeading title=AppRoute::DesignSystem.title() has_error />
        <p class="app-body-l">{tr(Msg::DesignSystemLead)}</p>
        <Notice kind=NoticeKind::Info>
            <p>{tr(Msg::DesignSystemNotice)}" "<OfficialTerm term=Term::Essc /></p>
        </Notice>
        <form novalidate on:submit=submit>
            <TextInput
                id="example-surname"
                label=tr(Msg::DesignSystemSurnameLabel)
                hint=tr(Msg::DesignSystemSurnameHint)
                error=error_for("example-surname")
                value=surname
                autocomplete="family-name"
            />
            <EnumRadios
                name="example-identifier"
                legend=tr(Msg::DesignSystemIdentifierLegend)
                error=error_for("example-identifier")
                selected=identifier
                choices=vec![
                    Choice::of(IdentifierKind::WorkPermitNumber, tr(Msg::TermWorkPermitNumber)),
                    Choice::of(IdentifierKind::SocialSecurityNumber, tr(Msg::TermSocialSecurityNumber)).hint(tr(Msg::DesignSystemIdentifierSsnHint)),
                ]
            />
            <Checkboxes
                name="example-documents"
                legend=tr(Msg::DesignSystemDocumentsLegend)
                hint=tr(Msg::DesignSystemDocumentsHint)
                error=error_for("example-documents")
                selected=documents
                choices=vec![
                    Choice::new("passport", tr(Msg::TermPassportPage)),
                    Choice::new("photo", tr(Msg::TermIdPhoto)),
                    Choice::new("contract", tr(Msg::TermEmploymentContract)),
                ]
            />
            <DateInput
                id="example-birth"
                legend=tr(Msg::DesignSystemBirthLegend)
                hint=tr(Msg::DesignSystemBirthHint)
                error=error_for("example-birth")
                value=birth
            />
            <div class="app-button-group">
                <Button label=tr(Msg::DesignSystemSubmit) />
                <Button label=tr(Msg::DesignSystemReset) kind=ButtonKind::Secondary button_type="button"
                    on_click=Callback::new(move |()| {
                        surname.set(String::new());
                        identifier.set(None);
                        documents.set(Vec::new());
                        birth.set(DateParts::default());
                        attempted.set(false);
                        done.set(false);
                    }) />
            </div>
        </form>
        {move || done.get().then(|| view! {
            <Panel title=tr(Msg::DesignSystemPanelTitle)>
                <p>{tr(Msg::DesignSystemPanelBody)}</p>
            </Panel>
            <h2 class="app-heading-m">{tr(Msg::DesignSystemSummaryHeading)}</h2>
            <SummaryList>
                <SummaryRow key=tr(Msg::DesignSystemSurnameLabel) action=("#example-surname".to_owned(), tr(Msg::ChangeLink).into())>
                    {move || protocol::names::normalize_part(&surname.get()).unwrap_or_default()}
                </SummaryRow>
                <SummaryRow key=tr(Msg::DesignSystemIdentifierLegend)>
                    {move || match identifier.get() {
                        Some(IdentifierKind::WorkPermitNumber) => i18n.t(Msg::TermWorkPermitNumber),
                        Some(IdentifierKind::SocialSecurityNumber) => i18n.t(Msg::TermSocialSecurityNumber),
                        None => String::new(),
                    }}
                </SummaryRow>
                <SummaryRow key=tr(Msg::DesignSystemBirthLegend)>
                    {move || birth.with(|b| format!("{}-{}-{}", b.year, b.month, b.day))}
                </SummaryRow>
            </SummaryList>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_in_another_script_gets_the_protocol_code() {
        let answers = ExampleAnswers {
            surname: "张".into(),
            ..ExampleAnswers::default()
        };
        assert_eq!(
            missing_answers(&answers)[0],
            (
                "example-surname",
                Problem::Invalid(ValidationCode::NonLatinScript)
            )
        );
    }

    #[test]
    fn an_empty_example_reports_every_field_in_page_order() {
        let fields: Vec<&str> = missing_answers(&ExampleAnswers::default())
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            [
                "example-surname",
                "example-identifier",
                "example-documents",
                "example-birth"
            ]
        );
    }

    #[test]
    fn a_complete_example_has_no_errors_and_a_blank_date_part_is_missing() {
        let mut answers = ExampleAnswers {
            surname: "Eriksson".into(),
            identifier: Some(IdentifierKind::WorkPermitNumber),
            documents: vec!["passport".into()],
            birth: DateParts {
                day: "12".into(),
                month: "8".into(),
                year: "1974".into(),
            },
        };
        assert!(missing_answers(&answers).is_empty());
        answers.birth.month = " ".into();
        assert_eq!(
            missing_answers(&answers),
            vec![(
                "example-birth",
                Problem::Missing(Msg::DesignSystemBirthMissing)
            )]
        );
    }
}
