//! The checklist as a task list (GOV.UK "complete multiple tasks"): one row per document from
//! `protocol::documents::checklist`, each row a link to the document's page with its status,
//! the expiry warnings above it and the answers it was made from below.

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::documents::{self, Answers, Document, Expiry, Progress, Status, Task};

use super::{
    Lost, PrepareState, country_name, document_term, document_title, package, use_prepare,
};
use crate::components::back_link::BackLink;
use crate::components::button::{Button, ButtonKind};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, args, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;

pub const fn status_text(status: Status) -> Msg {
    match status {
        Status::NotStarted => Msg::PrepareStatusNotStarted,
        Status::InProgress => Msg::PrepareStatusInProgress,
        Status::Completed => Msg::PrepareStatusCompleted,
        Status::CannotStartYet => Msg::PrepareStatusCannotStartYet,
        Status::Problem => Msg::PrepareStatusProblem,
    }
}

/// What the person has recorded for a document.
pub fn progress(state: &PrepareState, document: Document) -> Progress {
    Progress {
        issued: state
            .issued
            .with(|issued| issued.get(&document).and_then(|p| p.date().ok().flatten())),
        completed: state.ready.with(|ready| ready.contains(&document)),
    }
}

/// The day the statuses are worked out for: the device's date (the filing date without one).
pub fn today_or(submission: protocol::date::Date) -> protocol::date::Date {
    crate::browser::today().unwrap_or(submission)
}

/// The link to a document's page.
pub fn document_href(document: Document) -> String {
    format!(
        "{}?d={}",
        AppRoute::PrepareDocument.href(),
        document.as_str()
    )
}

/// The expiry warning for a dated document, naming it, when it expires too close to the filing.
pub fn expiry_warning(
    i18n: I18n,
    task: &Task,
    progress: Progress,
    submission: protocol::date::Date,
) -> Option<String> {
    let (months, issued) = (task.valid_months?, progress.issued?);
    let document = i18n.t(document_term(task.document).msg());
    let date = |day| intl::date(day, i18n.language().id);
    match documents::expiry(issued, months, submission) {
        Expiry::Valid { .. } => None,
        Expiry::ExpiredBySubmission { last_valid_day } => Some(i18n.text(args::PrepareExpired {
            document,
            date: date(last_valid_day),
        })),
        Expiry::ExpiresSoonAfter {
            last_valid_day,
            days_after,
        } => Some(i18n.text(args::PrepareExpiresSoon {
            document,
            date: date(last_valid_day),
            days: days_after as f64,
        })),
    }
}

#[component]
pub fn TasksPage() -> impl IntoView {
    let state = use_prepare();
    match state.answers() {
        Some(answers) => view! { <Tasks answers /> }.into_any(),
        None => view! { <Lost route=AppRoute::PrepareTasks /> }.into_any(),
    }
}

#[component]
fn Tasks(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_prepare();
    let tasks = documents::checklist(&answers);
    let submission = answers.submission;
    let today = today_or(submission);
    let rows: Vec<(Task, Progress, Status)> = tasks
        .into_iter()
        .map(|task| {
            let progress = progress(&state, task.document);
            let status = documents::status(&task, progress, today, submission);
            (task, progress, status)
        })
        .collect();
    let total = rows.len();
    let done = rows
        .iter()
        .filter(|(.., s)| *s == Status::Completed)
        .count();
    let warnings: Vec<(Task, Progress)> = rows
        .iter()
        .filter(|(.., status)| *status == Status::Problem)
        .map(|(task, progress, _)| (task.clone(), *progress))
        .collect();
    let items = rows
        .into_iter()
        .map(|(task, _, status)| {
            let wire = task.document.as_str();
            let status_id = format!("status-{wire}");
            view! {
                <li class="app-task-list__item">
                    <A href=document_href(task.document) attr:class="app-task-list__link" attr:aria-describedby=status_id.clone()>
                        {tr(document_title(task.document))}
                    </A>
                    {move || (!i18n.is_chinese()).then(|| view! {
                        <span class="app-task-list__term app-term__zh" lang="zh-CN">{document_term(task.document).zh()}</span>
                    })}
                    <strong id=status_id class=format!("app-tag app-task-list__status app-task-list__status--{}", status.as_str())>{tr(status_text(status))}</strong>
                </li>
            }
        })
        .collect_view();
    let application = match answers.application {
        documents::Application::New => Msg::PrepareApplicationNew,
        documents::Application::Renewal => Msg::PrepareApplicationRenewal,
        documents::Application::ChangeOfEmployer => Msg::PrepareApplicationChangeOfEmployer,
    };
    let category = match answers.category {
        protocol::points::Category::A => Term::CategoryA,
        protocol::points::Category::B => Term::CategoryB,
        protocol::points::Category::C => Term::CategoryC,
    };
    let change = |route: AppRoute| (route.href().to_owned(), tr(Msg::PrepareChange).into());
    let (nationality, degree_country) =
        (answers.nationality.clone(), answers.degree_country.clone());
    // A shared kiosk downloads nothing: it prints.
    let may_download = crate::mode::use_mode().may_store();
    let saving = RwSignal::new(false);
    let package_problem = RwSignal::new(None::<Msg>);
    let save = Callback::new(move |()| {
        if saving.get_untracked() {
            return;
        }
        saving.set(true);
        leptos::task::spawn_local(async move {
            // Offline, the Chinese half of the checklist cannot be fetched: the package still
            // holds everything needed to carry on.
            let html = package::checklist_html(i18n, state).await;
            let files: Vec<protocol::package::Attached> = state
                .files
                .with_untracked(|f| f.iter().map(|a| a.file.clone()).collect());
            let made = package::manifest(&state)
                .map(|m| protocol::package::make(&m, html.as_deref(), &files));
            match made {
                Some(Ok(bytes)) => {
                    package_problem.set(None);
                    crate::browser::download_bytes(
                        &package::package_name(today),
                        "application/zip",
                        &bytes,
                    );
                }
                Some(Err(error)) => package_problem.set(Some(package::package_problem(error))),
                None => {}
            }
            saving.set(false);
        });
    });
    view! {
        <BackLink href=AppRoute::PrepareEstimate.href() />
        <PageHeading title=AppRoute::PrepareTasks.title() caption=Msg::PrepareStep />
        {warnings.into_iter().map(|(task, progress)| view! {
            <Notice kind=NoticeKind::Warning>
                <p>{move || expiry_warning(i18n, &task, progress, submission)}</p>
            </Notice>
        }).collect_view()}
        <p class="app-body-l" id="tasks-progress">{move || i18n.text(args::PrepareTasksProgress { done: done as f64, total: total as f64 })}</p>
        <p>{tr(Msg::PrepareTasksLead)}</p>
        <ul class="app-task-list">{items}</ul>
        <h2 class="app-heading-m">{tr(Msg::PrepareAnswers)}</h2>
        <SummaryList>
            <SummaryRow key=tr(Term::Nationality.msg()) term=Term::Nationality action=change(AppRoute::PrepareNationality)>
                {move || country_name(i18n, &nationality)}
            </SummaryRow>
            <SummaryRow key=tr(Msg::PrepareDegreeCountry) action=change(AppRoute::PrepareDegree)>
                {move || country_name(i18n, &degree_country)}
            </SummaryRow>
            <SummaryRow key=tr(Msg::PrepareApplication) action=change(AppRoute::PrepareApplication)>
                {tr(application)}
            </SummaryRow>
            <SummaryRow key=tr(Msg::PrepareFilingDate) action=change(AppRoute::PrepareApplication)>
                {move || intl::date(submission, i18n.language().id)}
            </SummaryRow>
            <SummaryRow key=tr(Msg::PrepareCategoryShort) action=change(AppRoute::PrepareEstimate)>
                {tr(category.msg())}
            </SummaryRow>
        </SummaryList>
        <h2 class="app-heading-m app-no-print">{tr(Msg::PreparePackage)}</h2>
        <p class="app-no-print">{tr(Msg::PreparePackageHint)}</p>
        {move || package_problem.get().map(|msg| view! {
            <Notice kind=NoticeKind::Warning><p>{tr(msg)}</p></Notice>
        })}
        <div class="app-button-group app-no-print">
            {may_download.then(|| view! {
                <Button label=tr(Msg::PrepareDownloadPackage) button_type="button" id="download-package" pending=saving on_click=save />
            })}
            <Button label=tr(Msg::PreparePrintChecklist) kind=ButtonKind::Secondary button_type="button" id="print-checklist"
                on_click=Callback::new(|()| crate::browser::print()) />
        </div>
    }
}
