//! Form submissions as Leptos actions (`Action::new_local`): one request at a time per form (a
//! second click while one is under way sends nothing), `pending` for the submit button, and each
//! reply handed to the page in the order the requests were made. What a failure shows is
//! `Problems::show_failure`.

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;

/// A form's submission of `I`.
pub struct Submission<I: 'static> {
    action: Action<I, ()>,
}

impl<I: 'static> Clone for Submission<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static> Copy for Submission<I> {}

impl<I: 'static> Submission<I> {
    /// `send` makes the request from the input; `then` gets its reply.
    pub fn new<O, Fut>(send: impl Fn(&I) -> Fut + 'static, then: impl Fn(O) + 'static) -> Self
    where
        O: 'static,
        Fut: Future<Output = O> + 'static,
    {
        let then = Rc::new(then);
        let action = Action::new_local(move |input: &I| {
            let reply = send(input);
            let then = Rc::clone(&then);
            async move { then(reply.await) }
        });
        Self { action }
    }

    /// Sends `input` unless a submission is under way, and says whether it did.
    pub fn send(&self, input: I) -> bool {
        if self.action.pending().get_untracked() {
            return false;
        }
        self.action.dispatch_local(input);
        true
    }

    /// Whether a request is under way (for the button's busy state).
    #[must_use]
    pub fn pending(&self) -> Signal<bool> {
        let pending = self.action.pending();
        Signal::derive(move || pending.get())
    }

    /// For a page that must not act twice: true while a request is under way.
    #[must_use]
    pub fn is_pending(&self) -> bool {
        self.action.pending().get_untracked()
    }
}
