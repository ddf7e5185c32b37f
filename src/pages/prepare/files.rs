//! A task's files: each added file is checked from its content before it is kept, listed, and
//! can be removed; photos of a paper document's pages can be joined into one PDF under the
//! upload limit (the ID photo has its own check and fix, in `photo`).

use leptos::prelude::*;
use protocol::documents::Document;
use protocol::package::Attached;
use protocol::upload::{self, FileKind, UploadRules};
use protocol::validation::ValidationCode;

use super::combine::{self, CombineError, PageImage, is_image};
use super::package::{AddedFile, add_file, kb};
use super::photo::MOST_SOURCE_BYTES;
use super::use_prepare;
use crate::components::field::{described_by, labelled_field};
use crate::i18n::{I18n, Msg, Text, args, tr};

const FILES: &str = "files";

/// The task's files: add (each checked from its content before it is kept), list, remove.
pub fn files_section(i18n: I18n, document: Document) -> impl IntoView {
    let state = use_prepare();
    let refused = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::Event| {
        let chosen = crate::browser::chosen_files(&ev);
        leptos::task::spawn_local(async move {
            let rules = UploadRules::document();
            let mut problems = Vec::new();
            let refuse = |name: &str, codes: &[ValidationCode]| {
                i18n.text(args::PrepareFileRefused {
                    name: name.to_owned(),
                    reason: codes
                        .iter()
                        .map(|code| i18n.validation_message(code))
                        .collect::<Vec<_>>()
                        .join("; "),
                })
            };
            for file in chosen {
                // Larger than anything this keeps: refused without reading it.
                if file.size > MOST_SOURCE_BYTES {
                    let code = ValidationCode::FileTooLarge {
                        max_bytes: rules.max_bytes,
                    };
                    problems.push(refuse(&file.name, &[code]));
                    continue;
                }
                let Some(content) = file.bytes().await else {
                    problems.push(i18n.text(args::PrepareFileUnreadable {
                        name: file.name.clone(),
                    }));
                    continue;
                };
                let kind = match rules.check_file(&content) {
                    Ok(kind) => kind,
                    Err(codes) => match oversize_image(&content, &codes) {
                        // Kept: joined into a PDF, it shrinks under the limit.
                        Some(kind) => kind,
                        None => {
                            problems.push(refuse(&file.name, &codes));
                            continue;
                        }
                    },
                };
                state.files.update(|files| {
                    let attached = Attached {
                        document,
                        kind,
                        content,
                    };
                    add_file(files, file.name.clone(), attached);
                });
            }
            refused.set((!problems.is_empty()).then(|| problems.join(" ")));
        });
    };
    let error = Signal::derive(move || refused.get());
    let list = move || {
        let mine: Vec<AddedFile> = state.files.with(|files| {
            files
                .iter()
                .filter(|f| f.file.document == document)
                .cloned()
                .collect()
        });
        if mine.is_empty() {
            return view! { <p id="file-list">{tr(Msg::PrepareNoFiles)}</p> }.into_any();
        }
        let items = mine
            .into_iter()
            .map(|added| {
                let (id, name) = (added.id, added.name.clone());
                let bytes = added.file.content.len() as u64;
                let size = kb(bytes);
                let oversize = (bytes > UploadRules::document().max_bytes).then(|| {
                    let limit = kb(UploadRules::document().max_bytes);
                    view! { <span class="app-file-list__note">{i18n.text(args::PrepareFileOversize { limit })}</span> }
                });
                let label = i18n.text(args::PrepareFile {
                    name: added.name.clone(),
                    size,
                });
                view! {
                    <li>
                        <span>{label}{oversize}</span>
                        <button type="button" class="app-button app-button--secondary"
                            on:click=move |_| state.files.update(|files| files.retain(|f| f.id != id))>
                            {tr(Msg::PrepareRemove)}<span class="app-visually-hidden">" "{name}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="app-file-list" id="file-list">{items}</ul> }.into_any()
    };
    // The photo has its own check and fix; other documents take scans and PDFs.
    let intake = if document == Document::Photo {
        super::photo::photo_section(i18n).into_any()
    } else {
        let control = view! {
            <input id=FILES name=FILES type="file" multiple class="app-file-upload"
                accept="image/jpeg,image/png,application/pdf"
                aria-describedby=described_by(FILES, true, error)
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                on:change=add />
        };
        labelled_field(
            FILES,
            tr(Msg::PrepareAddFiles).into(),
            Some(tr(Msg::PrepareFilesHint).into()),
            error,
            control,
        )
        .into_any()
    };
    let join = (document != Document::Photo).then(|| join_section(i18n, document));
    view! {
        {intake}
        <div aria-live="polite">{list}</div>
        {join}
    }
}

/// The kind of an image whose only fault is its size, which joining it into a PDF cures.
fn oversize_image(content: &[u8], codes: &[ValidationCode]) -> Option<FileKind> {
    let only_size = codes
        .iter()
        .all(|code| matches!(code, ValidationCode::FileTooLarge { .. }));
    upload::sniff(content).filter(|kind| only_size && is_image(*kind))
}

/// What joining the images failed with, in words.
fn combine_problem(error: CombineError, rules: &UploadRules) -> Text {
    match error {
        CombineError::Unreadable(name) => args::PrepareCombineUnreadable { name }.into(),
        CombineError::TooManyPages(most) => {
            crate::i18n::codes::validation(&ValidationCode::TooManyPages { max_pages: most })
        }
        CombineError::TooLarge => args::PrepareCombineTooLarge {
            limit: kb(rules.max_bytes),
        }
        .into(),
    }
}

/// "Make one PDF from the images": shown while the task has an image.
fn join_section(i18n: I18n, document: Document) -> impl IntoView {
    let state = use_prepare();
    let working = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<usize, String>>);
    let has_images = move || {
        state.files.with(|files| {
            files
                .iter()
                .any(|f| f.file.document == document && is_image(f.file.kind))
        })
    };
    let join = move |_| {
        // A second click while it works does nothing.
        if working.get_untracked() {
            return;
        }
        let pages: Vec<PageImage> = state.files.with_untracked(|files| {
            files
                .iter()
                .filter(|f| f.file.document == document && is_image(f.file.kind))
                .map(|f| PageImage {
                    name: f.name.clone(),
                    kind: f.file.kind,
                    content: f.file.content.clone(),
                })
                .collect()
        });
        if pages.is_empty() {
            return;
        }
        working.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let rules = UploadRules::document();
            match combine::combine(&pages, &rules).await {
                Ok(pdf) => {
                    state.files.update(|files| {
                        files.retain(|f| !(f.file.document == document && is_image(f.file.kind)));
                        let attached = Attached {
                            document,
                            kind: FileKind::Pdf,
                            content: pdf,
                        };
                        add_file(files, format!("{}.pdf", document.as_str()), attached);
                    });
                    outcome.set(Some(Ok(pages.len())));
                }
                Err(error) => outcome.set(Some(Err(i18n.text(combine_problem(error, &rules))))),
            }
            working.set(false);
        });
    };
    let limit = kb(UploadRules::document().max_bytes);
    let status = move || match outcome.get() {
        _ if working.get() => {
            Some(view! { <p class="app-hint">{tr(Msg::PrepareCombining)}</p> }.into_any())
        }
        Some(Ok(pages)) => Some(
            view! {
                <p id="combined">{i18n.text(args::PrepareCombined { pages: pages as f64 })}</p>
            }
            .into_any(),
        ),
        Some(Err(why)) => {
            Some(view! { <p class="app-error-message" id="combine-error">{why}</p> }.into_any())
        }
        None => None,
    };
    view! {
        {move || has_images().then(|| view! {
            <p class="app-hint">{i18n.text(args::PrepareCombineHint { limit: limit.clone() })}</p>
            <button type="button" class="app-button app-button--secondary" id="combine"
                aria-disabled=move || working.get().then_some("true") on:click=join>
                {tr(Msg::PrepareCombine)}
            </button>
        })}
        <div role="status">{status}</div>
    }
}
