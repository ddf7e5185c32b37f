//! Saving and restoring the journey without an account: the package (`protocol::package`)
//! made from the answers, each task's progress and the files, with a bilingual checklist for
//! the employer's HR; and opening a package to restore all of it.

use leptos::prelude::*;
use protocol::documents::{self, Document};
use protocol::package::{self, Attached, Manifest, PackageError, TaskRecord};

use super::points::{DISTINCTION, LOCATION, points_input};
use super::tasks::{progress, today_or};
use super::{PrepareState, document_term, document_title};
use crate::components::date_input::DateParts;
use crate::i18n::{I18n, LanguageDef, Msg, Text};
use crate::intl;

/// A file added to a task, with the name it had (or its name in the package).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedFile {
    /// Distinguishes files with the same name, for removal.
    pub id: u32,
    pub name: String,
    pub file: Attached,
}

/// Adds a file to the list with an id no other file has.
pub fn add_file(files: &mut Vec<AddedFile>, name: String, file: Attached) {
    let id = files.iter().map(|f| f.id + 1).max().unwrap_or(0);
    files.push(AddedFile { id, name, file });
}

/// A size in kilobytes, rounded up, as the upload rules state them: "63 KB".
pub fn kb(bytes: u64) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

/// The package's name: `work-permit-documents-2026-12-01.zip`.
pub fn package_name(today: protocol::date::Date) -> String {
    format!("work-permit-documents-{today}.zip")
}

/// The manifest of what is in memory, once every answer is there.
pub fn manifest(state: &PrepareState) -> Option<Manifest> {
    let answers = state.answers()?;
    let points = points_input(state).ok()?;
    let tasks = documents::checklist(&answers)
        .iter()
        .map(|task| TaskRecord {
            document: task.document,
            progress: progress(state, task.document),
        })
        .collect();
    Some(Manifest {
        format: package::FORMAT.to_owned(),
        saved: today_or(answers.submission),
        answers,
        points,
        tasks,
        files: Vec::new(),
    })
}

/// Puts a package's answers, progress and files back in memory.
pub fn restore(state: &PrepareState, restored: package::Restored) {
    let Manifest {
        answers,
        points,
        tasks,
        ..
    } = restored.manifest;
    state.nationality.set(answers.nationality);
    state.degree_country.set(answers.degree_country);
    state.application.set(Some(answers.application));
    state.category.set(Some(answers.category));
    state.submission.set(DateParts::of(answers.submission));
    state.education.set(Some(points.education));
    state.salary.set(points.annual_salary_rmb.to_string());
    state
        .experience
        .set(points.work_experience_years.to_string());
    state
        .months
        .set(points.months_in_china_per_year.to_string());
    state.age.set(points.age_years.to_string());
    state.chinese.set(Some(points.chinese_level));
    let mut bonuses = Vec::new();
    if points.work_location_bonus {
        bonuses.push(LOCATION.to_owned());
    }
    if points.distinction_bonus {
        bonuses.push(DISTINCTION.to_owned());
    }
    state.bonuses.set(bonuses);
    state.issued.set(
        tasks
            .iter()
            .filter_map(|t| Some((t.document, DateParts::of(t.progress.issued?))))
            .collect(),
    );
    state.ready.set(
        tasks
            .iter()
            .filter(|t| t.progress.completed)
            .map(|t| t.document)
            .collect(),
    );
    let names = restored.manifest.files.iter().map(|r| r.name.clone());
    state.files.set(
        restored
            .files
            .into_iter()
            .zip(names)
            .zip(0..)
            .map(|((file, name), id)| AddedFile { id, name, file })
            .collect(),
    );
}

/// What opening a package failed with, in words.
pub const fn package_problem(error: PackageError) -> Msg {
    match error {
        PackageError::NotAPackage | PackageError::NoManifest => Msg::PreparePackageNotOurs,
        PackageError::FileChanged => Msg::PreparePackageChanged,
        PackageError::TooLarge => Msg::PreparePackageTooLarge,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The words of the checklist, in one language.
fn checklist_texts(rows: &[(Document, documents::Status)]) -> Vec<Text> {
    let mut texts: Vec<Text> = vec![
        Msg::PrepareChecklistFor.into(),
        Msg::PrepareColumnDocument.into(),
        Msg::PrepareColumnStatus.into(),
    ];
    for (document, status) in rows {
        texts.push(document_title(*document).into());
        texts.push(super::tasks::status_text(*status).into());
    }
    texts
}

/// The bilingual checklist page for the employer's HR: the person's language and Chinese side
/// by side (Chinese alone for a Chinese reader), with the official term of each document.
pub async fn checklist_html(i18n: I18n, state: PrepareState) -> Option<String> {
    let answers = state.answers()?;
    let today = today_or(answers.submission);
    // (document, status, issued, months valid)
    let rows: Vec<(
        Document,
        documents::Status,
        Option<protocol::date::Date>,
        Option<u8>,
    )> = documents::checklist(&answers)
        .iter()
        .map(|task| {
            let p = progress(&state, task.document);
            (
                task.document,
                documents::status(task, p, today, answers.submission),
                p.issued,
                task.valid_months,
            )
        })
        .collect();
    let plain: Vec<(Document, documents::Status)> =
        rows.iter().map(|(d, s, ..)| (*d, *s)).collect();
    let own = i18n.language();
    let chinese = LanguageDef::by_id("zh-CN")?;
    let mine: Vec<String> = checklist_texts(&plain)
        .into_iter()
        .map(|t| i18n.text(t))
        .collect();
    let theirs = if own.id == chinese.id {
        None
    } else {
        Some(i18n.texts_in(chinese, checklist_texts(&plain)).await.ok()?)
    };
    let pair = |i: usize| {
        let first = mine.get(i).map_or(String::new(), |t| escape(t));
        match theirs.as_ref().and_then(|t| t.get(i)) {
            Some(zh) => format!("{first}<br><span lang=\"zh-CN\">{}</span>", escape(zh)),
            None => first,
        }
    };
    let mut html = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><meta charset=\"utf-8\"><title>{}</title>\
         <style>@page{{size:A4;margin:15mm}}body{{font:11pt sans-serif}}table{{border-collapse:collapse;width:100%}}\
         th,td{{border:1px solid #000;padding:4pt;text-align:start;vertical-align:top}}</style>\
         <h1>{}</h1><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        own.id,
        own.dir(),
        escape(mine.first().map_or("", String::as_str)),
        pair(0),
        pair(1),
        pair(2),
        escape(&i18n.t(Msg::PrepareColumnDates)),
    );
    for (i, (document, _, issued, valid_months)) in rows.iter().enumerate() {
        // The dates in the person's language, and in Chinese below them.
        let dates = |locale: &str| {
            issued.map_or(String::new(), |day| {
                let valid = valid_months.map_or(String::new(), |months| {
                    let end = documents::add_months(day, months);
                    format!(
                        " – {}",
                        intl::date(end.previous_day().unwrap_or(end), locale)
                    )
                });
                escape(&format!("{}{valid}", intl::date(day, locale)))
            })
        };
        let dates = match (issued, theirs.is_some()) {
            (Some(_), true) => format!(
                "{}<br><span lang=\"zh-CN\">{}</span>",
                dates(own.id),
                dates(chinese.id)
            ),
            _ => dates(own.id),
        };
        html.push_str(&format!(
            "<tr><td>{}<br><span lang=\"zh-CN\">{}</span></td><td>{}</td><td>{}</td></tr>",
            pair(3 + i * 2),
            escape(document_term(*document).zh()),
            pair(4 + i * 2),
            dates
        ));
    }
    html.push_str("</tbody></table></html>\n");
    Some(html)
}
