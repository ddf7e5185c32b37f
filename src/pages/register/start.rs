//! The journey's start page: what registering needs, and a drawing of where the
//! work-permit number is printed.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::glossary::Term;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

/// A drawing of the Notification Letter (not a copy of it) showing where the work-permit
/// number is: the 18-digit number beside its label, marked ①.
#[component]
fn NotificationLetter() -> impl IntoView {
    let lines = [96, 112, 128, 186, 202, 218, 234, 250];
    view! {
        <svg viewBox="0 0 420 290" role="img" aria-label=tr(Msg::RegisterStartLetterAlt) focusable="false">
            <rect x="0" y="0" width="420" height="290" fill="#ffffff" />
            <text x="210" y="40" text-anchor="middle" font-size="20" font-weight="700" fill="#0b0c0c" lang="zh-CN">{Term::NotificationLetter.zh()}</text>
            <g fill="#0b0c0c">
                <rect x="344" y="60" width="52" height="52" fill="none" stroke="#0b0c0c" stroke-width="2" />
                <rect x="350" y="66" width="12" height="12" />
                <rect x="378" y="66" width="12" height="12" />
                <rect x="350" y="94" width="12" height="12" />
                <rect x="368" y="84" width="6" height="6" />
                <rect x="380" y="96" width="8" height="8" />
            </g>
            {lines.map(|y| view! { <rect x="24" y=y width=if y < 150 { "300" } else { "372" } height="6" fill="#d0d2d3" /> })}
            <rect x="18" y="142" width="384" height="34" fill="#fff7bf" stroke="#1d4f91" stroke-width="3" />
            <text x="30" y="164" font-size="12" fill="#0b0c0c" lang="zh-CN">{Term::WorkPermitNumber.zh()}</text>
            <text x="174" y="165" font-size="15" font-family="monospace" fill="#0b0c0c">"123456789012345678"</text>
            <circle cx="402" cy="142" r="13" fill="#1d4f91" />
            <text x="402" y="147" text-anchor="middle" font-size="15" font-weight="700" fill="#ffffff">"1"</text>
        </svg>
    }
}

#[component]
pub fn RegisterStartPage() -> impl IntoView {
    view! {
        <PageHeading title=AppRoute::Register.title() />
        <p class="app-body-l">{tr(Msg::RegisterStartLead)}</p>
        <h2 class="app-heading-m">{tr(Msg::RegisterStartNeedHeading)}</h2>
        <ul class="app-list app-list--bullet">
            <li>{tr(Msg::RegisterStartNeedPassport)}</li>
            <li>{tr(Msg::RegisterStartNeedNumber)}" "<OfficialTerm term=Term::WorkPermitNumber /></li>
            <li>{tr(Msg::RegisterStartNeedPhone)}</li>
            <li>{tr(Msg::RegisterStartNeedCamera)}</li>
        </ul>
        <h2 class="app-heading-m">{tr(Msg::RegisterStartLetterHeading)}</h2>
        <figure class="app-figure">
            <NotificationLetter />
            <figcaption>{tr(Msg::RegisterStartLetterCaption)}" "<OfficialTerm term=Term::WorkPermitNumber /></figcaption>
        </figure>
        <h2 class="app-heading-m">{tr(Msg::RegisterStartPhysicalHeading)}</h2>
        <p>{tr(Msg::RegisterStartPhysical)}</p>
        <A href=AppRoute::RegisterName.href() attr:class="app-button" attr:draggable="false">{tr(Msg::RegisterStartButton)}</A>
    }
}
