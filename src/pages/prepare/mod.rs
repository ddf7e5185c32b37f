//! Preparing the work-permit documents (public, no account): a start page, four questions (one
//! thing per page), the category estimate and the personal checklist with a page per document.
//! Every rule is in `protocol::{points, documents, apostille}`; these pages ask and render.
//!
//! The answers live only in memory ([`PrepareState`]): nothing is sent or stored in the
//! browser, so a reload or a closed tab starts again (the pages after the questions say so).

pub mod combine;
pub mod document;
pub mod estimate;
pub mod files;
pub mod package;
pub mod photo;
pub mod points;
pub mod questions;
pub mod tasks;

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::documents::{Answers, Application, Document};
use protocol::nationality;
use protocol::points::{Category, ChineseLevel, Education};

use crate::components::back_link::BackLink;
use crate::components::button::Button;
use crate::components::date_input::DateParts;
use crate::components::error_summary::ErrorSummary;
use crate::components::field::{described_by, labelled_field};
use crate::components::form_problems::Problems;
use crate::components::notice::Notice;
use crate::components::page_heading::PageHeading;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, tr};
use crate::intl;
use crate::routes::AppRoute;

/// Everything asked, as typed; read through [`PrepareState::answers`] once complete.
#[derive(Clone, Copy)]
pub struct PrepareState {
    pub nationality: RwSignal<String>,
    pub education: RwSignal<Option<Education>>,
    pub degree_country: RwSignal<String>,
    pub application: RwSignal<Option<Application>>,
    pub submission: RwSignal<DateParts>,
    pub salary: RwSignal<String>,
    pub experience: RwSignal<String>,
    pub months: RwSignal<String>,
    pub age: RwSignal<String>,
    pub chinese: RwSignal<Option<ChineseLevel>>,
    /// The bonus factors ticked: [`points::LOCATION`], [`points::DISTINCTION`].
    pub bonuses: RwSignal<Vec<String>>,
    pub category: RwSignal<Option<Category>>,
    /// Issue dates typed on the documents' pages.
    pub issued: RwSignal<BTreeMap<Document, DateParts>>,
    /// Documents the person has marked as ready.
    pub ready: RwSignal<BTreeSet<Document>>,
    /// Files added to the tasks, checked, in memory only.
    pub files: RwSignal<Vec<package::AddedFile>>,
}

thread_local! {
    /// One set of answers per tab, owned by a root of its own so that it outlives the pages.
    static STATE: OnceCell<(Owner, PrepareState)> = const { OnceCell::new() };
}

/// The journey's answers, created on first use.
pub fn use_prepare() -> PrepareState {
    STATE.with(|cell| {
        cell.get_or_init(|| {
            // A new root makes itself the current owner: put the page's owner back after.
            let page = Owner::current();
            let owner = Owner::new_root(None);
            if let Some(page) = &page {
                page.set();
            }
            let state = owner.with(|| PrepareState {
                nationality: RwSignal::new(String::new()),
                education: RwSignal::new(None),
                degree_country: RwSignal::new(String::new()),
                application: RwSignal::new(None),
                submission: RwSignal::new(DateParts::default()),
                salary: RwSignal::new(String::new()),
                experience: RwSignal::new(String::new()),
                months: RwSignal::new(String::new()),
                age: RwSignal::new(String::new()),
                chinese: RwSignal::new(None),
                bonuses: RwSignal::new(Vec::new()),
                category: RwSignal::new(None),
                issued: RwSignal::new(BTreeMap::new()),
                ready: RwSignal::new(BTreeSet::new()),
                files: RwSignal::new(Vec::new()),
            });
            (owner, state)
        })
        .1
    })
}

impl PrepareState {
    /// Forgets every answer, date and file (a shared kiosk, when the person leaves).
    pub fn clear(&self) {
        self.nationality.set(String::new());
        self.education.set(None);
        self.degree_country.set(String::new());
        self.application.set(None);
        self.submission.set(DateParts::default());
        self.salary.set(String::new());
        self.experience.set(String::new());
        self.months.set(String::new());
        self.age.set(String::new());
        self.chinese.set(None);
        self.bonuses.set(Vec::new());
        self.category.set(None);
        self.issued.set(BTreeMap::new());
        self.ready.set(BTreeSet::new());
        self.files.set(Vec::new());
    }

    /// The checklist's answers, once every question before the checklist has a valid answer.
    pub fn answers(&self) -> Option<Answers> {
        let nationality = self.nationality.get();
        let degree_country = self.degree_country.get();
        (nationality::is_known(&nationality) && nationality::is_known(&degree_country))
            .then_some(())?;
        Some(Answers {
            nationality,
            degree_country,
            application: self.application.get()?,
            category: self.category.get()?,
            submission: self.submission.with(DateParts::date).ok().flatten()?,
        })
    }
}

/// The glossary term that names a document (and the official Chinese beside it).
pub const fn document_term(document: Document) -> Term {
    match document {
        Document::Passport => Term::PassportPage,
        Document::Photo => Term::IdPhoto,
        Document::JobContract => Term::EmploymentContract,
        Document::Degree => Term::Qualification,
        Document::WorkExperience => Term::PastEmployment,
        Document::CriminalRecord => Term::CriminalRecord,
        Document::MedicalReport => Term::PhysicalExamination,
    }
}

/// A document's name as a heading or list item.
pub const fn document_title(document: Document) -> Msg {
    match document {
        Document::Passport => Msg::PrepareDocumentPassport,
        Document::Photo => Msg::PrepareDocumentPhoto,
        Document::JobContract => Msg::PrepareDocumentJobContract,
        Document::Degree => Msg::PrepareDocumentDegree,
        Document::WorkExperience => Msg::PrepareDocumentWorkExperience,
        Document::CriminalRecord => Msg::PrepareDocumentCriminalRecord,
        Document::MedicalReport => Msg::PrepareDocumentMedicalReport,
    }
}

/// A country's name in the current language (the code where the browser has no name).
pub fn country_name(i18n: I18n, code: &str) -> String {
    nationality::alpha2(code)
        .and_then(|two| intl::region_name(two, i18n.language().id))
        .unwrap_or_else(|| code.to_owned())
}

/// Every country, named in the current language and in its order, after an empty choice.
pub fn country_options(i18n: I18n) -> Vec<(String, leptos::text_prop::TextProp)> {
    let mut named: Vec<(String, String)> = nationality::countries()
        .map(|n| (n.code().to_owned(), country_name(i18n, n.code())))
        .collect();
    intl::sort_names(&mut named, i18n.language().id);
    std::iter::once((String::new(), i18n.t(Msg::PrepareChooseCountry).into()))
        .chain(named.into_iter().map(|(code, name)| (code, name.into())))
        .collect()
}

/// One question: Back, the error summary, the heading with the journey's caption, an optional
/// hint, then the form with Continue. On Continue, `check` gives the problems; with none the
/// journey goes on to `next`.
#[component]
fn Question<F>(
    route: AppRoute,
    back: AppRoute,
    next: AppRoute,
    problems: Problems,
    check: F,
    #[prop(optional)] hint: Option<Msg>,
    /// The button's label, if not Continue.
    #[prop(optional)]
    button: Option<Msg>,
    children: Children,
) -> impl IntoView
where
    F: Fn() -> Vec<(&'static str, String)> + 'static,
{
    let navigate = leptos_router::hooks::use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if problems.settle(check()) {
            navigate(next.href(), Default::default());
        }
    };
    view! {
        <BackLink href=back.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=route.title() has_error=problems.any() caption=Msg::PrepareStep />
        {hint.map(|hint| view! { <p class="app-hint">{tr(hint)}</p> })}
        <form novalidate on:submit=submit>
            {children()}
            <Button label=tr(button.unwrap_or(Msg::PrepareContinue)) />
        </form>
    }
}

/// A page of the journey once the journey's own messages (`locales/<id>/journeys/prepare.ftl`)
/// are in the active language (see [`crate::journeys::WithMessages`]).
#[component]
pub fn WithMessages(route: AppRoute) -> impl IntoView {
    // On a shared kiosk, leaving the journey forgets it, so the next person finds nothing.
    if !crate::mode::use_mode().may_store() {
        let location = leptos_router::hooks::use_location();
        on_cleanup(move || {
            let next = location.pathname.try_get_untracked().unwrap_or_default();
            if !next.starts_with(AppRoute::Prepare.href()) {
                use_prepare().clear();
            }
        });
    }
    view! { <crate::journeys::WithMessages part="prepare" route page /> }
}

/// The journey's page for a route.
fn page(route: AppRoute) -> AnyView {
    match route {
        AppRoute::PrepareNationality => questions::NationalityPage().into_any(),
        AppRoute::PrepareDegree => questions::DegreePage().into_any(),
        AppRoute::PrepareApplication => questions::ApplicationPage().into_any(),
        AppRoute::PreparePoints => points::PointsPage().into_any(),
        AppRoute::PrepareEstimate => estimate::EstimatePage().into_any(),
        AppRoute::PrepareTasks => tasks::TasksPage().into_any(),
        AppRoute::PrepareDocument => document::DocumentPage().into_any(),
        _ => StartPage().into_any(),
    }
}

/// Shown instead of a page whose earlier answers are not in memory (after a reload).
#[component]
fn Lost(route: AppRoute) -> impl IntoView {
    view! {
        <PageHeading title=route.title() />
        <Notice><p>{tr(Msg::PrepareLost)}</p></Notice>
        <p><A href=AppRoute::Prepare.href()>{tr(Msg::PrepareStartAgain)}</A></p>
    }
}

/// The largest package opened (the files' limits allow far less): bigger is refused unread.
const MAX_PACKAGE_BYTES: u64 = 50 * 1024 * 1024;
const PACKAGE: &str = "package";

#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let state = use_prepare();
    let navigate = leptos_router::hooks::use_navigate();
    let problem = RwSignal::new(None::<String>);
    let open = move |ev: leptos::ev::Event| {
        let Some(file) = crate::browser::chosen_files(&ev).into_iter().next() else {
            return;
        };
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            if file.size > MAX_PACKAGE_BYTES {
                problem.set(Some(i18n.t(Msg::PreparePackageTooLarge)));
                return;
            }
            let Some(bytes) = file.bytes().await else {
                problem.set(Some(i18n.text(crate::i18n::args::PrepareFileUnreadable {
                    name: file.name.clone(),
                })));
                return;
            };
            match protocol::package::open(&bytes) {
                Ok(restored) => {
                    problem.set(None);
                    package::restore(&state, restored);
                    navigate(AppRoute::PrepareTasks.href(), Default::default());
                }
                Err(error) => problem.set(Some(i18n.t(package::package_problem(error)))),
            }
        });
    };
    let error = Signal::derive(move || problem.get());
    let control = view! {
        <input id=PACKAGE name=PACKAGE type="file" class="app-file-upload" accept=".zip,application/zip"
            aria-describedby=described_by(PACKAGE, true, error)
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            on:change=open />
    };
    view! {
        <PageHeading title=AppRoute::Prepare.title() />
        <p class="app-body-l">{tr(Msg::PrepareLead)}</p>
        <h2 class="app-heading-m">{tr(Msg::PrepareDoesHeading)}</h2>
        <p>{tr(Msg::PrepareDoes)}</p>
        <p>{tr(Msg::PrepareDoesNot)}</p>
        <h2 class="app-heading-m">{tr(Msg::PrepareNeedHeading)}</h2>
        <p>{tr(Msg::PrepareNeed)}</p>
        <Notice><p>{tr(Msg::PreparePrivacy)}</p></Notice>
        <A href=AppRoute::PrepareNationality.href() attr:class="app-button" attr:draggable="false">{tr(Msg::PrepareStart)}</A>
        <h2 class="app-heading-m">{tr(Msg::PrepareHavePackage)}</h2>
        {labelled_field(PACKAGE, tr(Msg::PrepareOpenPackage).into(), Some(tr(Msg::PrepareOpenPackageHint).into()), error, control)}
    }
}

/// The country list, with its label, hint and error; the options (names and order) are rebuilt
/// when the language changes.
#[component]
fn CountrySelect(
    id: &'static str,
    label: Msg,
    #[prop(optional)] hint: Option<Msg>,
    error: Signal<Option<String>>,
    value: RwSignal<String>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let options = move || {
        country_options(i18n)
            .into_iter()
            .map(|(code, name)| {
                let selected = code.clone();
                view! { <option value=code selected=move || value.with(|v| *v == selected)>{name.get().to_string()}</option> }
            })
            .collect_view()
    };
    let control = view! {
        <select
            id=id
            name=id
            class="app-select"
            aria-describedby=described_by(id, hint.is_some(), error)
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            prop:value=move || value.get()
            on:change=move |ev| value.set(event_target_value(&ev))
        >
            {options}
        </select>
    };
    labelled_field(
        id,
        tr(label).into(),
        hint.map(|h| tr(h).into()),
        error,
        control,
    )
}
