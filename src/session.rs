//! Who is signed in, shared by the header and the pages. Filled once at start-up from
//! `GET /api/v1/session` and updated on sign-in and sign-out.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use protocol::api::SessionInfo;
use protocol::problem::ApiErrorCode;

use crate::api::ApiFailure;
use crate::routes::AppRoute;

#[derive(Clone, Copy)]
pub struct Session {
    info: RwSignal<Option<SessionInfo>>,
    /// Whether the start-up check has answered.
    checked: RwSignal<bool>,
    /// What to forget on this device when the person signs out (see [`Session::on_sign_out`]).
    forget: StoredValue<Vec<Callback<()>>>,
}

impl Session {
    #[must_use]
    pub fn checked(&self) -> bool {
        self.checked.get()
    }

    #[must_use]
    pub fn info(&self) -> Option<SessionInfo> {
        self.info.get()
    }

    pub fn signed_in(&self, info: SessionInfo) {
        self.info.set(Some(info));
        self.checked.set(true);
    }

    pub fn signed_out(&self) {
        self.info.set(None);
    }

    /// Registers `forget` to run at sign-out: whoever keeps answers in memory (a registration
    /// in progress) clears them, so the next person on a shared device never sees them.
    pub fn on_sign_out(&self, forget: impl Fn() + Send + Sync + 'static) {
        self.forget
            .update_value(|all| all.push(Callback::new(move |()| forget())));
    }
}

/// Signs out on the server, then on this device whatever the network said (a shared screen
/// must not keep showing the holder), running everything given to [`Session::on_sign_out`].
pub async fn sign_out(session: Session) {
    let _ = crate::api::logout().await;
    forget_here(session);
}

/// Forgets the holder on this device: who is signed in, and whatever was given to
/// [`Session::on_sign_out`].
fn forget_here(session: Session) {
    session.signed_out();
    session.forget.with_value(|all| {
        for forget in all {
            forget.run(());
        }
    });
}

/// Whether a failed sign-out is worth sending again: the request may not have arrived (network)
/// or the server failed; any other answer means the session is gone or never was.
#[must_use]
pub fn sign_out_worth_retrying(failure: &ApiFailure) -> bool {
    match failure {
        ApiFailure::Network => true,
        ApiFailure::Status(status) => *status >= 500 || *status == 0,
        ApiFailure::Problem(problem) => problem.code.status() >= 500,
    }
}

/// The pause before the `attempt`-th retry of a sign-out: 1, 2, 4, 8 seconds, then every 10.
#[must_use]
pub fn sign_out_retry_ms(attempt: u32) -> i32 {
    1000_i32.saturating_mul(1 << attempt.min(4)).min(10_000)
}

/// Signs out on the server until it confirms or the session is known to be gone (a shared
/// screen's next person must not inherit the session), then forgets on this device as
/// [`sign_out`] does. `waiting` is told when a first try failed and the retries begin.
pub async fn sign_out_for_sure(session: Session, waiting: impl Fn()) {
    let mut attempt = 0;
    while let Err(failure) = crate::api::logout().await {
        if !sign_out_worth_retrying(&failure) {
            break;
        }
        if attempt == 0 {
            waiting();
        }
        crate::browser::sleep(sign_out_retry_ms(attempt)).await;
        attempt += 1;
    }
    forget_here(session);
}

pub fn provide_session() -> Session {
    let session = Session {
        info: RwSignal::new(None),
        checked: RwSignal::new(false),
        forget: StoredValue::new(Vec::new()),
    };
    provide_context(session);
    leptos::task::spawn_local(async move {
        if let Ok(Some(info)) = crate::api::whoami().await {
            session.info.set(Some(info));
        }
        session.checked.set(true);
    });
    session
}

#[must_use]
pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// Where to send someone whose session is missing or over, to come back `here` afterwards.
#[must_use]
pub fn sign_in_path(failure: Option<&ApiFailure>, here: &str) -> String {
    let expired = if failure.and_then(ApiFailure::code) == Some(&ApiErrorCode::SessionExpired) {
        "&expired=1"
    } else {
        ""
    };
    format!("{}?next={here}{expired}", AppRoute::SignIn.href())
}

/// For pages only a signed-in holder can use. A visitor who arrives signed out is sent to sign
/// in and comes back `here` afterwards; after signing out here, the account menu takes them to
/// the signed-out page instead. The returned function does the same for an API failure that
/// means the session is over, and says whether it did.
pub fn require_sign_in(here: AppRoute) -> impl Fn(&ApiFailure) -> bool + Clone + 'static {
    let session = use_session();
    let navigate = use_navigate();
    {
        let navigate = navigate.clone();
        let was_signed_in = StoredValue::new(false);
        Effect::new(move || {
            if session.info().is_some() {
                was_signed_in.set_value(true);
            } else if session.checked() && !was_signed_in.get_value() {
                navigate(&sign_in_path(None, here.href()), Default::default());
            }
        });
    }
    move |failure: &ApiFailure| {
        if failure.needs_sign_in() {
            session.signed_out();
            navigate(
                &sign_in_path(Some(failure), here.href()),
                Default::default(),
            );
            true
        } else {
            false
        }
    }
}

/// What a signed-in page shows: `None` while nobody is signed in (the visitor is being sent to
/// sign in) or while loading, then the answer of `fetch`.
pub type SignedInData<T> = LocalResource<Option<Result<T, ApiFailure>>>;

/// Loads a signed-in holder's data for the page at `here`: asks only once someone is signed in
/// (a signed-out visit goes straight to sign-in without an error round trip), asks again when
/// the session changes, and sends an expired session to sign in and back here.
pub fn load_signed_in<T, F, Fut>(here: AppRoute, fetch: F) -> SignedInData<T>
where
    T: Clone + 'static,
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Result<T, ApiFailure>> + 'static,
{
    let session = use_session();
    let sign_in_again = require_sign_in(here);
    let data = LocalResource::new(move || {
        let request = session.info().is_some().then(&fetch);
        async move {
            match request {
                Some(request) => Some(request.await),
                None => None,
            }
        }
    });
    Effect::new(move || {
        if let Some(Some(Err(failure))) = data.get() {
            sign_in_again(&failure);
        }
    });
    data
}

/// Asks the backend again who is signed in, after something that changes the card's status.
pub async fn refresh(session: Session) {
    if let Ok(Some(info)) = crate::api::whoami().await {
        session.signed_in(info);
    }
}

/// A same-site path to return to after sign-in; anything else falls back to the card.
#[must_use]
pub fn safe_return_path(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains("://")
                && !path.contains('\\') =>
        {
            path
        }
        _ => AppRoute::Card.href(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expired_session_returns_here_after_signing_in_again() {
        use crate::api::ProblemReply;
        let expired = ApiFailure::Problem(ProblemReply::new(ApiErrorCode::SessionExpired));
        assert_eq!(
            sign_in_path(Some(&expired), "/card"),
            "/sign-in?next=/card&expired=1"
        );
        let anonymous = ApiFailure::Problem(ProblemReply::new(ApiErrorCode::Unauthenticated));
        assert_eq!(
            sign_in_path(Some(&anonymous), "/card"),
            "/sign-in?next=/card"
        );
        assert_eq!(
            sign_in_path(None, "/face-check"),
            "/sign-in?next=/face-check"
        );
    }

    #[test]
    fn a_sign_out_is_sent_again_only_when_it_may_not_have_worked() {
        use crate::api::ProblemReply;
        assert!(sign_out_worth_retrying(&ApiFailure::Network));
        assert!(sign_out_worth_retrying(&ApiFailure::Status(503)));
        assert!(!sign_out_worth_retrying(&ApiFailure::Status(401)));
        let gone = ApiFailure::Problem(ProblemReply::new(ApiErrorCode::Unauthenticated));
        assert!(!sign_out_worth_retrying(&gone));
        let pauses: Vec<i32> = (0..7).map(sign_out_retry_ms).collect();
        assert_eq!(pauses, vec![1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    }

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path(Some("/card")), "/card");
        assert_eq!(safe_return_path(Some("/accessibility")), "/accessibility");
        for bad in [
            "//evil.example",
            "https://evil.example",
            "card",
            "/\\evil",
            "",
        ] {
            assert_eq!(safe_return_path(Some(bad)), "/card", "{bad}");
        }
        assert_eq!(safe_return_path(None), "/card");
    }
}
