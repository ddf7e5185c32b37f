//! One document of the checklist (`?d=<document>`): who issues it, how to certify and translate
//! it, its validity with the issue date that gives its expiry, and "ready".

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use protocol::apostille::{self, Route};
use protocol::codec::WireCode;
use protocol::documents::{
    self, Alternative, Answers, Authentication, Document, Task, Translation,
};

use super::tasks::{expiry_warning, today_or};
use super::{Lost, country_name, document_term, document_title, use_prepare};
use crate::components::back_link::BackLink;
use crate::components::button::Button;
use crate::components::choices::{Checkboxes, Choice};
use crate::components::date_input::DateInput;
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{I18n, Msg, args, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;

const ISSUED: &str = "issued";

const READY: &str = "ready";

const fn issuer(document: Document) -> Msg {
    match document {
        Document::Passport => Msg::PrepareIssuerPassport,
        Document::Photo => Msg::PrepareIssuerPhoto,
        Document::JobContract => Msg::PrepareIssuerJobContract,
        Document::Degree => Msg::PrepareIssuerDegree,
        Document::WorkExperience => Msg::PrepareIssuerWorkExperience,
        Document::CriminalRecord => Msg::PrepareIssuerCriminalRecord,
        Document::MedicalReport => Msg::PrepareIssuerMedicalReport,
    }
}

const fn translation(translation: Translation) -> Msg {
    match translation {
        Translation::NotNeeded => Msg::PrepareTranslationNotNeeded,
        Translation::SealedByEmployer => Msg::PrepareTranslationSealedByEmployer,
        Translation::ChineseVersion => Msg::PrepareTranslationChineseVersion,
    }
}

const fn alternative(alternative: Alternative) -> Msg {
    match alternative {
        Alternative::CscseVerification => Msg::PrepareAlternativeCscseVerification,
        Alternative::Pledge => Msg::PrepareAlternativePledge,
    }
}

/// The country whose authorities certify the document, when it is one issued abroad.
fn issuing_country(answers: &Answers, document: Document) -> Option<&str> {
    match document {
        Document::Degree => Some(&answers.degree_country),
        Document::CriminalRecord => Some(&answers.nationality),
        _ => None,
    }
}

/// How to certify the document, in words.
fn certification(i18n: I18n, task: &Task, country: Option<&str>) -> String {
    let name = || country.map(|c| country_name(i18n, c)).unwrap_or_default();
    match task.authentication {
        Authentication::None => i18n.t(Msg::PrepareCertifyNone),
        Authentication::Apostille => {
            let since = country
                .and_then(apostille::in_force_with_china)
                .unwrap_or(apostille::IN_FORCE_FOR_CHINA);
            i18n.text(args::PrepareCertifyApostille {
                country: name(),
                date: intl::date(since, i18n.language().id),
            })
        }
        Authentication::ConsularLegalisation => {
            i18n.text(args::PrepareCertifyLegalisation { country: name() })
        }
        Authentication::AskTheAuthority => i18n.text(args::PrepareCertifyAsk { country: name() }),
    }
}

#[component]
pub fn DocumentPage() -> impl IntoView {
    let state = use_prepare();
    let query = use_query_map();
    let document = query.with_untracked(|q| q.get("d").and_then(|d| Document::parse_code(&d)));
    let found = state
        .answers()
        .zip(document)
        .and_then(|(answers, document)| {
            documents::checklist(&answers)
                .into_iter()
                .find(|task| task.document == document)
                .map(|task| (answers, task))
        });
    match found {
        Some((answers, task)) => view! { <DocumentDetail answers task /> }.into_any(),
        None => view! { <Lost route=AppRoute::PrepareTasks /> }.into_any(),
    }
}

#[component]
fn DocumentDetail(answers: Answers, task: Task) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_prepare();
    let navigate = use_navigate();
    let problems = Problems::new();
    let document = task.document;
    let term = document_term(document);
    let submission = answers.submission;
    let today = today_or(submission);
    let issued = RwSignal::new(
        state
            .issued
            .with_untracked(|i| i.get(&document).cloned().unwrap_or_default()),
    );
    let ready = RwSignal::new(if state.ready.with_untracked(|r| r.contains(&document)) {
        vec![READY.to_owned()]
    } else {
        Vec::new()
    });
    let country = issuing_country(&answers, document).map(str::to_owned);
    let certify = {
        let (task, country) = (task.clone(), country.clone());
        move || certification(i18n, &task, country.as_deref())
    };
    let notarise = {
        let country = country.clone();
        task.notarise_first.then_some({
            move || {
                i18n.text(args::PrepareNotariseFirst {
                    country: country
                        .as_deref()
                        .map(|c| country_name(i18n, c))
                        .unwrap_or_default(),
                })
            }
        })
    };
    let source = (task.authentication != Authentication::None).then_some({
        move || {
            i18n.text(args::PrepareSource {
                source: apostille::SOURCE.to_owned(),
                date: intl::date(apostille::AS_OF, i18n.language().id),
            })
        }
    });
    let uncertain = task.uncertain
        || country
            .as_deref()
            .is_some_and(|c| apostille::route(c, submission) == Route::Unsettled);
    let validity = task.valid_months.map(|months| {
        let earliest = documents::earliest_issue(months, submission);
        let task = task.clone();
        let warning = move || {
            let parts = issued.get();
            let progress = documents::Progress { issued: parts.date().ok().flatten(), completed: false };
            expiry_warning(i18n, &task, progress, submission).map(|text| view! {
                <Notice kind=NoticeKind::Warning><p>{text}</p></Notice>
            })
        };
        let valid_until = move || {
            issued.get().date().ok().flatten().map(|day| {
                let end = documents::add_months(day, months);
                let last = end.previous_day().unwrap_or(end);
                view! { <p id="valid-until">{i18n.text(args::PrepareValidUntil { date: intl::date(last, i18n.language().id) })}</p> }
            })
        };
        view! {
            <p>{move || i18n.text(args::PrepareValidityMonths { months: f64::from(months) })}</p>
            {(today.days_until(earliest) > 0).then(|| view! {
                <p>{move || i18n.text(args::PrepareEarliest { date: intl::date(earliest, i18n.language().id) })}</p>
            })}
            <DateInput id=ISSUED legend=tr(Msg::PrepareIssued) hint=tr(Msg::PrepareIssuedHint) error=problems.for_field(ISSUED) value=issued />
            {valid_until}
            {warning}
        }
    });
    let files = super::files::files_section(i18n, document);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parts = issued.get_untracked();
        let found = match parts.date() {
            Err(_) => vec![(ISSUED, i18n.t(Msg::PrepareIssuedInvalid))],
            Ok(Some(day)) if today.days_until(day) > 0 => {
                vec![(ISSUED, i18n.t(Msg::PrepareIssuedFuture))]
            }
            Ok(_) => Vec::new(),
        };
        if !problems.settle(found) {
            return;
        }
        state.issued.update(|map| {
            map.insert(document, parts);
        });
        let is_ready = ready.with_untracked(|r| r.iter().any(|v| v == READY));
        state.ready.update(|set| {
            if is_ready {
                set.insert(document);
            } else {
                set.remove(&document);
            }
        });
        navigate(AppRoute::PrepareTasks.href(), Default::default());
    };
    view! {
        <BackLink href=AppRoute::PrepareTasks.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=document_title(document) has_error=problems.any() caption=Msg::PrepareStep />
        {move || (!i18n.is_chinese()).then(|| view! { <p class="app-term__zh app-body-l" lang="zh-CN">{term.zh()}</p> })}
        <h2 class="app-heading-m">{tr(Msg::PrepareIssuer)}</h2>
        <p>{tr(issuer(document))}</p>
        <h2 class="app-heading-m">{tr(Msg::PrepareCertify)}</h2>
        <p id="certify">{certify}</p>
        {notarise.map(|text| view! { <p>{text}</p> })}
        {task.alternative.map(|alt| view! { <p id="alternative">{tr(alternative(alt))}</p> })}
        {uncertain.then(|| view! { <Notice kind=NoticeKind::Warning><p>{tr(Msg::PrepareCertifyUncertain)}</p></Notice> })}
        {source.map(|text| view! { <p class="app-hint" id="source">{text}</p> })}
        <h2 class="app-heading-m">{tr(Msg::PrepareTranslation)}</h2>
        <p id="translation">{tr(translation(task.translation))}</p>
        <h2 class="app-heading-m">{tr(Msg::PrepareFiles)}</h2>
        {files}
        <h2 class="app-heading-m">{tr(Msg::PrepareValidity)}</h2>
        <form novalidate on:submit=save>
            {if task.valid_months.is_none() { Some(view! { <p>{tr(Msg::PrepareValidityNone)}</p> }) } else { None }}
            {validity}
            <Checkboxes name=READY legend=tr(Msg::PrepareReadyLegend) selected=ready choices=vec![Choice::new(READY, tr(Msg::PrepareReady))] />
            <Button label=tr(Msg::PrepareSave) />
        </form>
    }
}
