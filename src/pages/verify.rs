//! Public check that a work permit shown by QR code is genuine. The verifier pastes the code's
//! text, or scans it with the device camera where the browser can read QR codes
//! (`BarcodeDetector`). No sign-in; the answer is genuine (with masked holder details),
//! expired or invalid, and a rate limit says when to try again.

use leptos::prelude::*;
use protocol::api::{QrInvalidReason, QrVerifyResponse};

use crate::camera;
use crate::components::button::{Button, ButtonKind};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::textarea::TextArea;
use crate::glossary::Term;
use crate::i18n::{Msg, tr, use_i18n};
use crate::pages::work_permit::category_term;
use crate::routes::AppRoute;
use crate::submission::submission;

const TOKEN: &str = "token";
/// Time between two looks at the camera picture while scanning.
const SCAN_INTERVAL_MS: i32 = 400;

const fn invalid_message(reason: QrInvalidReason) -> Msg {
    match reason {
        QrInvalidReason::Malformed => Msg::VerifyInvalidMalformed,
        QrInvalidReason::WrongPurpose => Msg::VerifyInvalidPurpose,
        QrInvalidReason::Revoked => Msg::VerifyInvalidRevoked,
    }
}

#[component]
pub fn VerifyPage() -> impl IntoView {
    let i18n = use_i18n();
    let problems = Problems::new();
    let token = RwSignal::new(String::new());
    let verdict = RwSignal::new(None::<QrVerifyResponse>);
    let result_heading = NodeRef::<leptos::html::H2>::new();
    let detector = StoredValue::new_local(camera::qr_detector());
    let can_scan = detector.with_value(Option::is_some);
    let scanning = RwSignal::new(false);
    let stream = StoredValue::new_local(None::<crate::camera::Stream>);
    let video = NodeRef::<leptos::html::Video>::new();

    // Each scan has a number; a camera or a picture that arrives for a scan that has since
    // been stopped (or for a page that has been left) is stopped and ignored.
    let scan_run = StoredValue::new(0_u32);
    let stop_scan = move || {
        scan_run.try_update_value(|run| *run += 1);
        scanning.try_set(false);
        if let Some(stream) = stream.try_update_value(Option::take).flatten() {
            camera::stop(&stream);
        }
    };
    on_cleanup(stop_scan);
    let current = move |run: u32| scan_run.try_get_value() == Some(run);

    let submission = submission(
        |text: String| async move { crate::api::qr_verify(&text).await },
        move |result| match result {
            Ok(answer) => {
                problems.set(Vec::new());
                verdict.set(Some(answer));
            }
            Err(failure) => {
                verdict.set(None);
                problems.show_failure(i18n, &failure, TOKEN);
            }
        },
    );
    let check = Callback::new(move |()| {
        if submission.is_pending() {
            return;
        }
        let text: String = token.get_untracked().split_whitespace().collect();
        if text.is_empty() {
            problems.set(vec![(TOKEN, i18n.t(Msg::VerifyTokenMissing))]);
            verdict.set(None);
            return;
        }
        submission.send(text);
    });
    Effect::new(move || {
        if verdict.with(Option::is_some)
            && let Some(heading) = result_heading.get()
        {
            let _ = heading.focus();
        }
    });

    let scan = Callback::new(move |()| {
        if scanning.get_untracked() {
            stop_scan();
            return;
        }
        scanning.set(true);
        let run = scan_run.get_value();
        leptos::task::spawn_local(async move {
            let media = match camera::start().await {
                Ok(media) => media,
                Err(_) => {
                    if current(run) {
                        scanning.set(false);
                        problems.set(vec![(TOKEN, i18n.t(Msg::VerifyCameraUnavailable))]);
                    }
                    return;
                }
            };
            let element = video.try_get_untracked().flatten();
            let (true, Some(element)) = (current(run), element) else {
                camera::stop(&media);
                return;
            };
            element.set_src_object(Some(&media));
            let _ = element.play();
            stream.set_value(Some(media));
            while current(run) {
                crate::browser::sleep(SCAN_INTERVAL_MS).await;
                let Some(detector) = detector.try_get_value().flatten() else {
                    break;
                };
                if !current(run) {
                    break;
                }
                if let Some(text) = camera::read_qr(&detector, &element).await
                    && current(run)
                {
                    token.set(text);
                    stop_scan();
                    check.run(());
                }
            }
        });
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check.run(());
    };

    view! {
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::Verify.title() has_error=problems.any() />
        <p class="app-body-l">{tr(Msg::VerifyLead)}" "<OfficialTerm term=Term::WorkPermit /></p>
        <form novalidate on:submit=submit>
            <TextArea id=TOKEN label=tr(Msg::VerifyTokenLabel) hint=tr(if can_scan { Msg::VerifyTokenHintScan } else { Msg::VerifyTokenHint }) error=problems.for_field(TOKEN) value=token rows=3 />
            <div class="app-button-group">
                <Button label=tr(Msg::VerifySubmit) pending=submission.pending() id="verify-submit" />
                {can_scan.then(|| view! {
                    <Button
                        label=Signal::derive(move || i18n.t(if scanning.get() { Msg::VerifyScanStop } else { Msg::VerifyScan }))
                        kind=ButtonKind::Secondary
                        button_type="button"
                        on_click=scan
                    />
                })}
            </div>
        </form>
        <div class="app-camera" hidden=move || !scanning.get()>
            <video node_ref=video class="app-camera__video" autoplay muted playsinline aria-hidden="true"></video>
        </div>
        <div aria-live="polite">
            {move || verdict.get().map(|answer| match answer {
                QrVerifyResponse::Genuine { holder_name_masked, nationality, permit_category, employer, position, valid_until } => view! {
                    <div class="app-verdict app-verdict--genuine" data-result="genuine">
                        <h2 class="app-heading-m app-focus-target" tabindex="-1" node_ref=result_heading>{tr(Msg::VerifyGenuine)}</h2>
                        <SummaryList>
                            <SummaryRow key=tr(Msg::CardHolder)><span dir="ltr" translate="no">{holder_name_masked}</span></SummaryRow>
                            <SummaryRow key=tr(Term::Nationality.msg()) term=Term::Nationality><span dir="ltr">{nationality}</span></SummaryRow>
                            <SummaryRow key=tr(Msg::PermitCategory)><OfficialTerm term=category_term(permit_category) /></SummaryRow>
                            <SummaryRow key=tr(Term::Employer.msg()) term=Term::Employer><span translate="no">{employer}</span></SummaryRow>
                            <SummaryRow key=tr(Term::Position.msg()) term=Term::Position><span translate="no">{position}</span></SummaryRow>
                            <SummaryRow key=tr(Msg::VerifyValidUntil) term=Term::Validity><span dir="ltr">{valid_until.to_string()}</span></SummaryRow>
                        </SummaryList>
                    </div>
                }.into_any(),
                QrVerifyResponse::Expired { .. } => view! {
                    <div class="app-verdict" data-result="expired">
                        <h2 class="app-heading-m app-focus-target" tabindex="-1" node_ref=result_heading>{tr(Msg::VerifyExpired)}</h2>
                        <Notice kind=NoticeKind::Warning><p>{tr(Msg::VerifyExpiredAdvice)}</p></Notice>
                    </div>
                }.into_any(),
                QrVerifyResponse::Invalid { reason } => view! {
                    <div class="app-verdict" data-result="invalid">
                        <h2 class="app-heading-m app-focus-target" tabindex="-1" node_ref=result_heading>{tr(Msg::VerifyInvalid)}</h2>
                        <Notice kind=NoticeKind::Warning><p>{tr(invalid_message(reason))}</p></Notice>
                    </div>
                }.into_any(),
            })}
        </div>
        // The result on paper (a receipt on a kiosk with a receipt printer).
        {move || verdict.get().is_some().then(|| view! {
            <Button label=tr(Msg::PrintPage) kind=ButtonKind::Secondary button_type="button" on_click=Callback::new(|()| crate::browser::print()) />
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_invalid_reason_has_its_own_message() {
        let ids: std::collections::HashSet<_> = [
            QrInvalidReason::Malformed,
            QrInvalidReason::WrongPurpose,
            QrInvalidReason::Revoked,
        ]
        .iter()
        .map(|r| invalid_message(*r).id())
        .collect();
        assert_eq!(ids.len(), 3);
    }
}
