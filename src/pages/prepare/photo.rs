//! The ID photo's task: the chosen photo is checked against [`PhotoSpec`] (type, pixels, the
//! 3:4 shape, bytes and a near-white border), and when it breaks a rule an automatic fix crops
//! it to 3:4 where the person places the crop, scales it and re-encodes a JPEG inside the byte
//! range, shown before and after. All in the browser (canvas); nothing is sent.

use std::rc::Rc;

use leptos::prelude::*;
use protocol::documents::Document;
use protocol::package::Attached;
use protocol::photo::{Crop, CropPosition, PhotoFacts, PhotoProblem, PhotoSpec, white_share};
use protocol::upload::{self, FileKind};
use protocol::validation::ValidationCode;

use super::package::{add_file, kb};
use super::use_prepare;
use crate::components::field::{described_by, labelled_field};
use crate::components::notice::{Notice, NoticeKind};
use crate::i18n::{I18n, Msg, Text, args, tr};
use crate::picture::{self, ObjectUrl, Picture};

const PHOTO: &str = "photo";
const ACROSS: &str = "crop-across";
const DOWN: &str = "crop-down";
/// A phone's photo is 2–8 MB; a larger file is refused before it is read (here and for the
/// images of other documents, which may be over the upload limit until they become a PDF).
pub const MOST_SOURCE_BYTES: u64 = 15 * 1024 * 1024;
/// The background of the chosen photo is judged on its crop drawn this small.
const SAMPLE: (u32, u32) = (60, 80);

/// The chosen photo, decoded.
struct Chosen {
    picture: Picture,
    url: ObjectUrl,
    problems: Vec<PhotoProblem>,
    facts: PhotoFacts,
}

/// The fixed photo, or why there is none.
enum Fix {
    Done {
        jpeg: Vec<u8>,
        width: u32,
        height: u32,
        url: ObjectUrl,
        background: bool,
    },
    Failed(Text),
}

/// How a problem is explained.
fn explain(spec: &PhotoSpec, facts: &PhotoFacts, problem: PhotoProblem) -> Text {
    let (width, height) = (f64::from(facts.width), f64::from(facts.height));
    match problem {
        PhotoProblem::NotJpeg => Msg::PreparePhotoNotJpeg.into(),
        PhotoProblem::TooFewPixels => args::PreparePhotoTooFewPixels {
            width,
            height,
            min_width: f64::from(spec.min_width),
            min_height: f64::from(spec.min_height),
        }
        .into(),
        PhotoProblem::TooManyPixels => args::PreparePhotoTooManyPixels {
            width,
            height,
            max_width: f64::from(spec.max_width),
            max_height: f64::from(spec.max_height),
        }
        .into(),
        PhotoProblem::WrongRatio => Msg::PreparePhotoWrongRatio.into(),
        PhotoProblem::TooManyBytes => args::PreparePhotoTooManyBytes {
            size: kb(facts.bytes),
            limit: kb(spec.max_bytes),
        }
        .into(),
        PhotoProblem::TooFewBytes => args::PreparePhotoTooFewBytes {
            size: kb(facts.bytes),
            limit: kb(spec.min_bytes),
        }
        .into(),
        PhotoProblem::Background => Msg::PreparePhotoBackground.into(),
    }
}

/// Reads, decodes and checks a chosen photo.
async fn check(
    file: &crate::browser::ChosenFile,
    spec: &PhotoSpec,
) -> Result<(Chosen, Vec<u8>), ValidationCode> {
    if file.size > MOST_SOURCE_BYTES {
        return Err(ValidationCode::FileTooLarge {
            max_bytes: MOST_SOURCE_BYTES,
        });
    }
    let content = file.bytes().await.ok_or(ValidationCode::ImageUnreadable)?;
    let kind = match upload::sniff(&content) {
        None if content.is_empty() => return Err(ValidationCode::FileEmpty),
        Some(kind @ (FileKind::Jpeg | FileKind::Png)) => kind,
        _ => return Err(ValidationCode::FileTypeNotAllowed),
    };
    let picture = picture::decode(&content, kind.as_str())
        .await
        .ok_or(ValidationCode::ImageUnreadable)?;
    let crop = spec.crop(picture.width, picture.height, CropPosition::default());
    let sample = picture
        .draw(crop, SAMPLE.0, SAMPLE.1)
        .and_then(|d| d.pixels())
        .ok_or(ValidationCode::ImageUnreadable)?;
    let facts = PhotoFacts {
        kind,
        width: picture.width,
        height: picture.height,
        bytes: content.len() as u64,
        white_share: white_share(&sample, SAMPLE.0, SAMPLE.1),
    };
    let url = ObjectUrl::new(&content, kind.as_str()).ok_or(ValidationCode::ImageUnreadable)?;
    let problems = spec.problems(&facts);
    Ok((
        Chosen {
            picture,
            url,
            problems,
            facts,
        },
        content,
    ))
}

/// Crops, scales and re-encodes the photo, searching for a quality inside the byte range.
async fn fix(picture: &Picture, spec: &PhotoSpec, at: CropPosition) -> Fix {
    let crop = spec.crop(picture.width, picture.height, at);
    let (width, height) = spec.output_size(crop);
    let Some(drawing) = picture.draw(crop, width, height) else {
        return Fix::Failed(Msg::PreparePhotoFixFailed.into());
    };
    let background = drawing
        .pixels()
        .is_some_and(|px| white_share(&px, width, height) >= protocol::photo::WHITE_ENOUGH);
    let kept = drawing.jpeg_within(spec.min_bytes, spec.max_bytes).await;
    let failed = || {
        Fix::Failed(
            args::PreparePhotoFixOutOfRange {
                smallest: kb(spec.min_bytes),
                largest: kb(spec.max_bytes),
            }
            .into(),
        )
    };
    let Some(jpeg) = kept else { return failed() };
    let Some(url) = ObjectUrl::new(&jpeg, "image/jpeg") else {
        return failed();
    };
    Fix::Done {
        jpeg,
        width,
        height,
        url,
        background,
    }
}

/// Whether the fix is offered: something is wrong, and more pixels are not needed (scaling up
/// only blurs).
fn offers_fix(problems: &[PhotoProblem]) -> bool {
    !problems.is_empty() && !problems.contains(&PhotoProblem::TooFewPixels)
}

/// The crop's place on the preview, in percent of the photo.
fn frame_style(crop: Crop, width: u32, height: u32) -> [String; 4] {
    let pct = |part: u32, whole: u32| {
        format!("{:.2}%", f64::from(part) * 100.0 / f64::from(whole.max(1)))
    };
    [
        pct(crop.x, width),
        pct(crop.y, height),
        pct(crop.width, width),
        pct(crop.height, height),
    ]
}

/// The photo task's file control, check, fix and previews.
pub fn photo_section(i18n: I18n) -> impl IntoView {
    let state = use_prepare();
    let chosen = RwSignal::new_local(None::<Rc<Chosen>>);
    let fixed = RwSignal::new_local(None::<Fix>);
    let position = RwSignal::new(CropPosition::default());
    let refused = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let used = RwSignal::new(false);
    // Each fix run has a number; a slower, older run's result is dropped.
    let run = StoredValue::new(0_u32);
    let keep = move |name: String, content: Vec<u8>, kind: FileKind| {
        state.files.update(|files| {
            files.retain(|f| f.file.document != Document::Photo);
            let attached = Attached {
                document: Document::Photo,
                kind,
                content,
            };
            add_file(files, name, attached);
        });
    };
    let refix = move || {
        let Some(photo) = chosen.get_untracked() else {
            return;
        };
        let spec = PhotoSpec::default();
        run.update_value(|n| *n += 1);
        let this = run.get_value();
        working.set(true);
        used.set(false);
        leptos::task::spawn_local(async move {
            let result = fix(&photo.picture, &spec, position.get_untracked()).await;
            if run.get_value() == this {
                fixed.set(Some(result));
                working.set(false);
            }
        });
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(file) = crate::browser::chosen_files(&ev).into_iter().next() else {
            return;
        };
        let spec = PhotoSpec::default();
        // A fix still running for the previous photo is dropped.
        run.update_value(|n| *n += 1);
        leptos::task::spawn_local(async move {
            fixed.set(None);
            chosen.set(None);
            match check(&file, &spec).await {
                Err(code) => refused.set(Some(i18n.text(args::PrepareFileRefused {
                    name: file.name.clone(),
                    reason: i18n.validation_message(&code),
                }))),
                Ok((photo, content)) => {
                    refused.set(None);
                    let passes = photo.problems.is_empty();
                    if passes {
                        keep(file.name.clone(), content, photo.facts.kind);
                    }
                    position.set(CropPosition::default());
                    chosen.set(Some(Rc::new(photo)));
                    if !passes {
                        refix();
                    }
                }
            }
        });
    };
    let error = Signal::derive(move || refused.get());
    let control = view! {
        <input id=PHOTO name=PHOTO type="file" class="app-file-upload" accept="image/jpeg,image/png"
            aria-describedby=described_by(PHOTO, true, error)
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            on:change=choose />
    };
    let report = move || {
        chosen.with(|photo| {
            let photo = photo.as_ref()?;
            if photo.problems.is_empty() {
                return Some(view! {
                    <Notice kind=NoticeKind::Success><p id="photo-passes">{tr(Msg::PreparePhotoPasses)}</p></Notice>
                }.into_any());
            }
            let items = photo
                .problems
                .iter()
                .map(|p| view! { <li>{i18n.text(explain(&PhotoSpec::default(), &photo.facts, *p))}</li> })
                .collect_view();
            Some(view! {
                <p>{tr(Msg::PreparePhotoProblems)}</p>
                <ul class="app-list app-list--bullet" id="photo-problems">{items}</ul>
            }.into_any())
        })
    };
    view! {
        {labelled_field(PHOTO, tr(Msg::PreparePhotoChoose).into(), Some(tr(Msg::PreparePhotoHint).into()), error, control)}
        <div aria-live="polite">{report}</div>
        {move || chosen.with(|c| c.as_ref().is_some_and(|p| offers_fix(&p.problems))).then(|| {
            fix_view(i18n, chosen, fixed, position, working, used, refix, keep)
        })}
    }
}

#[allow(clippy::too_many_arguments)]
fn fix_view(
    i18n: I18n,
    chosen: RwSignal<Option<Rc<Chosen>>, LocalStorage>,
    fixed: RwSignal<Option<Fix>, LocalStorage>,
    position: RwSignal<CropPosition>,
    working: RwSignal<bool>,
    used: RwSignal<bool>,
    refix: impl Fn() + Copy + Send + Sync + 'static,
    keep: impl Fn(String, Vec<u8>, FileKind) + Copy + 'static,
) -> impl IntoView {
    let spec = PhotoSpec::default();
    let (width, height) = chosen.with_untracked(|c| {
        c.as_ref()
            .map_or((1, 1), |p| (p.picture.width, p.picture.height))
    });
    let whole = spec.crop(width, height, CropPosition::default());
    let frame = move || {
        let crop = PhotoSpec::default().crop(width, height, position.get());
        frame_style(crop, width, height)
    };
    let before = move || chosen.with(|c| c.as_ref().map(|p| p.url.as_str().to_owned()));
    let slider = move |id: &'static str,
                       label: Msg,
                       get: fn(CropPosition) -> u8,
                       set: fn(&mut CropPosition, u8)| {
        view! {
            <div class="app-form-group">
                <label class="app-label" for=id>{tr(label)}</label>
                // Pixels run left to right in every language.
                <input id=id type="range" min="0" max="100" step="5" dir="ltr" class="app-range"
                    prop:value=move || get(position.get()).to_string()
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse().unwrap_or(50);
                        position.update(|p| set(p, value));
                        refix();
                    } />
            </div>
        }
    };
    let across = (whole.width < width).then(|| {
        slider(
            ACROSS,
            Msg::PreparePhotoAcross,
            |p| p.across,
            |p, v| p.across = v,
        )
    });
    let down = (whole.height < height)
        .then(|| slider(DOWN, Msg::PreparePhotoDown, |p| p.down, |p, v| p.down = v));
    let after = move || {
        if working.get() {
            return view! { <p class="app-hint" role="status">{tr(Msg::PreparePhotoFixing)}</p> }
                .into_any();
        }
        fixed.with(|fix| match fix {
            None => ().into_any(),
            Some(Fix::Failed(why)) => view! { <p class="app-error-message" id="photo-fix-failed">{i18n.text(why.clone())}</p> }.into_any(),
            Some(Fix::Done { width, height, jpeg, url, background }) => {
                let result = i18n.text(args::PreparePhotoResult {
                    width: f64::from(*width),
                    height: f64::from(*height),
                    size: kb(jpeg.len() as u64),
                });
                view! {
                    <figure class="app-photo__figure">
                        <img class="app-photo__image" src=url.as_str().to_owned() alt=tr(Msg::PreparePhotoAfterAlt) />
                        <figcaption><strong>{tr(Msg::PreparePhotoAfter)}</strong>" "<span id="photo-result">{result}</span></figcaption>
                    </figure>
                    {(!*background).then(|| view! { <p class="app-hint">{tr(Msg::PreparePhotoBackground)}</p> })}
                }.into_any()
            }
        })
    };
    let fixed_bytes = move || {
        fixed.with_untracked(|fix| match fix {
            Some(Fix::Done { jpeg, .. }) => Some(jpeg.clone()),
            _ => None,
        })
    };
    let use_fixed = move |_| {
        if let Some(jpeg) = fixed_bytes() {
            keep("photo.jpg".to_owned(), jpeg, FileKind::Jpeg);
            used.set(true);
        }
    };
    let download = move |_| {
        if let Some(jpeg) = fixed_bytes() {
            crate::browser::download_bytes("photo.jpg", "image/jpeg", &jpeg);
        }
    };
    let ready = move || !working.get() && fixed.with(|f| matches!(f, Some(Fix::Done { .. })));
    let may_download = crate::mode::use_mode().may_store();
    view! {
        <h3 class="app-heading-s">{tr(Msg::PreparePhotoFixHeading)}</h3>
        <p>{tr(Msg::PreparePhotoFixExplain)}</p>
        <div class="app-photo">
            <figure class="app-photo__figure">
                <div class="app-photo__frame-box">
                    <img class="app-photo__image" src=before alt=tr(Msg::PreparePhotoBeforeAlt) />
                    <div class="app-photo__crop" aria-hidden="true"
                        style:left=move || frame()[0].clone() style:top=move || frame()[1].clone()
                        style:width=move || frame()[2].clone() style:height=move || frame()[3].clone()></div>
                </div>
                <figcaption><strong>{tr(Msg::PreparePhotoBefore)}</strong></figcaption>
            </figure>
            <div aria-live="polite">{after}</div>
        </div>
        {across}
        {down}
        <div class="app-button-group">
            <button type="button" class="app-button" id="use-fixed-photo" disabled=move || !ready() on:click=use_fixed>{tr(Msg::PreparePhotoUse)}</button>
            {may_download.then(|| view! {
                <button type="button" class="app-button app-button--secondary" disabled=move || !ready() on:click=download>{tr(Msg::PreparePhotoDownload)}</button>
            })}
        </div>
        <div aria-live="polite">{move || used.get().then(|| view! {
            <Notice kind=NoticeKind::Success><p id="photo-used">{tr(Msg::PreparePhotoUsed)}</p></Notice>
        })}</div>
    }
}
