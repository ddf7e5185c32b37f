//! Pages grouped by journey, each journey its own lazily loaded wasm chunk.
//!
//! Only the frame (layout, header, language switcher), the home page and the not-found page
//! are in the first download. Every other page belongs to a [`Journey`]; the first visit to
//! any page of a journey fetches that journey's chunk (and the chunks it shares with others),
//! and later pages of the same journey render at once.
//!
//! The split happens only with the `split` feature, which `cargo xtask` builds with (see
//! `xtask/src/split.rs`). Without it, as under `trunk serve`, every journey is linked in and
//! "loading" one returns immediately, so the same code runs in both builds.

use leptos::prelude::*;

use crate::components::button::{Button, ButtonKind};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

/// A group of pages downloaded together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Journey {
    /// Registration questions, check and declaration, SMS code, confirmation.
    Register,
    /// The face check and its camera-problem and in-person pages.
    FaceCheck,
    /// The signed-in holder's pages: card, work permit, payments.
    Holder,
    /// Public tools: contribution calculator and QR verification.
    Tools,
    /// Signing in and out.
    Account,
    /// About the service: accessibility statement, design system.
    About,
    /// Preparing the work-permit documents: questions, category estimate, checklist.
    Prepare,
    /// Life events after the permit: new passport, expiry, new employer, leaving China.
    Life,
}

impl Journey {
    pub const ALL: &'static [Journey] = &[
        Self::Register,
        Self::FaceCheck,
        Self::Holder,
        Self::Tools,
        Self::Account,
        Self::About,
        Self::Prepare,
        Self::Life,
    ];

    /// The journey a page belongs to; `None` for the pages in the first download.
    #[must_use]
    pub const fn of(route: AppRoute) -> Option<Journey> {
        match route {
            AppRoute::Home => None,
            AppRoute::Register
            | AppRoute::RegisterName
            | AppRoute::RegisterNumber
            | AppRoute::RegisterPassword
            | AppRoute::RegisterPhone
            | AppRoute::RegisterCheck
            | AppRoute::RegisterCode
            | AppRoute::RegisterDone => Some(Self::Register),
            AppRoute::FaceCheck | AppRoute::FaceCheckCamera | AppRoute::FaceCheckInPerson => {
                Some(Self::FaceCheck)
            }
            AppRoute::Card | AppRoute::WorkPermit | AppRoute::Payments => Some(Self::Holder),
            AppRoute::Calculator | AppRoute::Verify => Some(Self::Tools),
            AppRoute::SignIn | AppRoute::SignedOut => Some(Self::Account),
            AppRoute::Accessibility | AppRoute::DesignSystem => Some(Self::About),
            AppRoute::Prepare
            | AppRoute::PrepareNationality
            | AppRoute::PrepareDegree
            | AppRoute::PrepareApplication
            | AppRoute::PreparePoints
            | AppRoute::PrepareEstimate
            | AppRoute::PrepareTasks
            | AppRoute::PrepareDocument => Some(Self::Prepare),
            AppRoute::LifeEvents
            | AppRoute::NewPassport
            | AppRoute::PermitExpiry
            | AppRoute::ChangingEmployer
            | AppRoute::LeavingChina
            | AppRoute::ApplicationStatus
            | AppRoute::Timeline => Some(Self::Life),
        }
    }

    /// The chunk's name in the build (the split module's name).
    #[must_use]
    pub const fn chunk(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::FaceCheck => "face_check",
            Self::Holder => "holder",
            Self::Tools => "tools",
            Self::Account => "account",
            Self::About => "about",
            Self::Prepare => "prepare",
            Self::Life => "life",
        }
    }
}

/// A journey's code could not be downloaded (offline, or the server is gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

/// Defines a journey's entry: a function from a route to its page. With `split`, the function
/// is a split point and calling it loads its chunk first (a failed load is an `Err`, never a
/// panic, and is retried from scratch on the next call).
macro_rules! journey {
    ($name:ident, $split:ident, |$route:ident| $body:expr) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($split, fallible, wasm_split_path = leptos::wasm_split)
        )]
        fn $name($route: AppRoute) -> Result<AnyView, ChunkFailed> {
            Ok($body)
        }
    };
}

journey!(register_page, register, |route| {
    use crate::pages::register;
    match route {
        AppRoute::RegisterName => register::RegisterNamePage().into_any(),
        AppRoute::RegisterNumber => register::RegisterNumberPage().into_any(),
        AppRoute::RegisterPassword => register::RegisterPasswordPage().into_any(),
        AppRoute::RegisterPhone => register::RegisterPhonePage().into_any(),
        AppRoute::RegisterCheck => register::RegisterCheckPage().into_any(),
        AppRoute::RegisterCode => register::code::RegisterCodePage().into_any(),
        AppRoute::RegisterDone => register::done::RegisterDonePage().into_any(),
        _ => register::RegisterStartPage().into_any(),
    }
});

journey!(face_check_page, face_check, |route| {
    use crate::pages::face_check;
    match route {
        AppRoute::FaceCheckCamera => face_check::help::CameraProblemPage().into_any(),
        AppRoute::FaceCheckInPerson => face_check::help::InPersonPage().into_any(),
        _ => face_check::FaceCheckPage().into_any(),
    }
});

journey!(holder_page, holder, |route| {
    use crate::pages::{card, payments, work_permit};
    match route {
        AppRoute::WorkPermit => work_permit::WorkPermitPage().into_any(),
        AppRoute::Payments => payments::PaymentsPage().into_any(),
        _ => card::CardPage().into_any(),
    }
});

journey!(tools_page, tools, |route| {
    use crate::pages::{calculator, verify};
    match route {
        AppRoute::Verify => verify::VerifyPage().into_any(),
        _ => calculator::CalculatorPage().into_any(),
    }
});

journey!(account_page, account, |route| {
    use crate::pages::{sign_in, signed_out};
    match route {
        AppRoute::SignedOut => signed_out::SignedOutPage().into_any(),
        _ => sign_in::SignInPage().into_any(),
    }
});

journey!(about_page, about, |route| {
    use crate::pages::{accessibility, design_system};
    match route {
        AppRoute::DesignSystem => design_system::DesignSystemPage().into_any(),
        _ => accessibility::AccessibilityPage().into_any(),
    }
});

journey!(life_page, life, |route| {
    view! { <WithMessages part="life" route page=crate::pages::life::page /> }.into_any()
});

journey!(prepare_page, prepare, |route| {
    crate::pages::prepare::WithMessages(crate::pages::prepare::WithMessagesProps { route })
        .into_any()
});

/// A journey entry's result: awaited when it is a split point, as is otherwise.
#[cfg(feature = "split")]
macro_rules! settle {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! settle {
    ($call:expr) => {
        $call
    };
}

/// The page for `route`, downloading its journey's chunk first when needed.
async fn load(journey: Journey, route: AppRoute) -> Result<AnyView, ChunkFailed> {
    match journey {
        Journey::Register => settle!(register_page(route)),
        Journey::FaceCheck => settle!(face_check_page(route)),
        Journey::Holder => settle!(holder_page(route)),
        Journey::Tools => settle!(tools_page(route)),
        Journey::Account => settle!(account_page(route)),
        Journey::About => settle!(about_page(route)),
        Journey::Prepare => settle!(prepare_page(route)),
        Journey::Life => settle!(life_page(route)),
    }
}

/// The kiosk's welcome screen, controls and idle watch (`crate::kiosk`): a chunk that only a
/// kiosk downloads. Any new code shared with other journeys changes the splitter's merges under
/// the six-file cap (size-budget.json): measured in brotli, as a chunk of its own it put 18.6 KB
/// of shared code on the holder's first load; inside the account journey's chunk, 24 KB on the
/// sign-in page's; inside the about journey's, 14 KB on the calculator's and 10 KB on the
/// document preparation's; inside the face check's, 17 and 16 KB on those two.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(kiosk, fallible, wasm_split_path = leptos::wasm_split)
)]
fn kiosk_entry() -> Result<AnyView, ChunkFailed> {
    Ok(crate::kiosk::visit::Visit().into_any())
}

/// The kiosk's own messages (`locales/<id>/journeys/kiosk.ftl`), named as its chunk.
pub const KIOSK_MESSAGES: &str = "kiosk";

/// How long a kiosk waits before fetching its chunk again after a failure.
const KIOSK_RETRY_MS: i32 = 5000;

/// On a kiosk, in the header: fetches the kiosk's chunk and words (`journeys/kiosk.ftl`),
/// again and again while the network fails (a kiosk must not
/// run without its idle reset), then shows its controls.
#[component]
pub fn KioskControls() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    // A task and a signal rather than a `Suspense`: a second `Suspense` of another type would
    // put its own copy of the suspense machinery in the main module (measured: 1.7 KB brotli).
    let controls = StoredValue::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    // Under this component's owner (the kiosk's views read its contexts), tracking nothing.
    leptos::task::spawn_local(ScopedFuture::new_untracked(async move {
        loop {
            if i18n.require(KIOSK_MESSAGES).await.is_ok()
                && let Ok(view) = settle!(kiosk_entry())
            {
                controls.set_value(Some(view));
                ready.set(true);
                return;
            }
            crate::browser::sleep(KIOSK_RETRY_MS).await;
        }
    }));
    move || {
        ready
            .get()
            .then(|| controls.try_update_value(Option::take).flatten())
    }
}

/// A page of a journey. While its chunk downloads the page says so; if the download fails it
/// says what happened, in the user's language, with a button that tries again.
#[component]
pub fn JourneyPage(route: AppRoute) -> impl IntoView {
    let Some(journey) = Journey::of(route) else {
        return crate::pages::home::HomePage().into_any();
    };
    let attempt = RwSignal::new(0_u32);
    let page = move || {
        attempt.track();
        Suspend::new(async move {
            match load(journey, route).await {
                Ok(page) => page,
                Err(ChunkFailed) => view! { <ChunkError route attempt /> }.into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {page}
        </Suspense>
    }
    .into_any()
}

/// A journey page whose messages are in a file of their own (`locales/<id>/journeys/<part>.ftl`):
/// the file is fetched first (in the active language, again on a switch), then `page` renders.
#[component]
pub fn WithMessages(
    part: &'static str,
    route: AppRoute,
    page: fn(AppRoute) -> AnyView,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let attempt = RwSignal::new(0_u32);
    // A signal set by a task rather than a resource: a resource read here would also suspend
    // the journey's own Suspense around this page and dispose of it mid-load.
    let loaded = RwSignal::new(None::<Result<(), ()>>);
    Effect::new(move || {
        attempt.track();
        loaded.set(None);
        leptos::task::spawn_local(async move {
            let result = i18n.require(part).await;
            loaded.try_set(Some(result));
        });
    });
    move || match loaded.get() {
        None => view! { <Loading /> }.into_any(),
        Some(Ok(())) => page(route),
        Some(Err(())) => view! { <ChunkError route attempt /> }.into_any(),
    }
}

#[component]
pub(crate) fn Loading() -> impl IntoView {
    view! {
        <p class="app-loading" role="status">
            <span class="app-loading__bar" aria-hidden="true"></span>
            {tr(Msg::PageLoading)}
        </p>
    }
}

#[component]
pub(crate) fn ChunkError(route: AppRoute, attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <PageHeading title=route.title() />
        <Notice kind=NoticeKind::Warning>
            <p><strong>{tr(Msg::PageLoadFailed)}</strong></p>
            <p>{tr(Msg::PageLoadFailedAdvice)}</p>
        </Notice>
        <Button
            label=tr(Msg::PageLoadRetry)
            kind=ButtonKind::Secondary
            button_type="button"
            on_click=Callback::new(move |()| attempt.update(|n| *n += 1))
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_but_home_belongs_to_a_journey() {
        for route in AppRoute::ALL {
            assert_eq!(
                Journey::of(*route).is_none(),
                *route == AppRoute::Home,
                "{route:?}"
            );
        }
    }

    #[test]
    fn every_journey_has_a_page_and_a_distinct_chunk_name() {
        let mut names = std::collections::HashSet::new();
        for journey in Journey::ALL {
            assert!(
                AppRoute::ALL
                    .iter()
                    .any(|route| Journey::of(*route) == Some(*journey)),
                "{journey:?} has no page"
            );
            assert!(names.insert(journey.chunk()));
        }
    }
}
