//! Form submissions: one request at a time per form (a second click while one is under way
//! sends nothing), `pending` for the submit button, and the reply handed to the page. What a
//! failure shows is `Problems::show_failure`.
//!
//! This is the part of Leptos's `Action` the forms use, and nothing more. Built on
//! `Action::new_local`, the first load (brotli) of /sign-in and /register was about 4.5 KB larger
//! and of /calculator and /verify 2.7 KB larger (its input and value signals, version counting
//! and abort channel, placed by the wasm split in chunks those pages share).

use std::future::Future;

use leptos::prelude::*;

/// Starts the request for an input (the task is spawned inside, so each form's future keeps its
/// own type and its code stays in that form's chunk).
type Run<I> = Box<dyn Fn(I)>;

/// A form's submission of `I`.
pub struct Submission<I: 'static> {
    run: StoredValue<Run<I>, LocalStorage>,
    pending: RwSignal<bool>,
}

impl<I: 'static> Clone for Submission<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static> Copy for Submission<I> {}

impl<I: 'static> Submission<I> {
    /// `send` makes the request from the input; `then` gets its reply (after `pending` is
    /// false again, so `then` may send anew).
    pub fn new<O, Fut>(send: impl Fn(I) -> Fut + 'static, then: impl Fn(O) + 'static) -> Self
    where
        O: 'static,
        Fut: Future<Output = O> + 'static,
    {
        let pending = RwSignal::new(false);
        let then = std::rc::Rc::new(then);
        let run: Run<I> = Box::new(move |input| {
            let reply = send(input);
            let then = std::rc::Rc::clone(&then);
            leptos::task::spawn_local(async move {
                let reply = reply.await;
                // The page may have been left meanwhile; its handler then only finds disposed
                // signals, which it must tolerate as the page's other tasks do.
                pending.try_set(false);
                then(reply);
            });
        });
        Self {
            run: StoredValue::new_local(run),
            pending,
        }
    }

    /// Sends `input` unless a submission is under way, and says whether it did.
    pub fn send(&self, input: I) -> bool {
        if self.pending.get_untracked() {
            return false;
        }
        self.pending.set(true);
        if self.run.try_with_value(|run| run(input)).is_none() {
            self.pending.set(false);
            return false;
        }
        true
    }

    /// Whether a request is under way (for the button's busy state).
    #[must_use]
    pub fn pending(&self) -> Signal<bool> {
        self.pending.into()
    }

    /// For a page that must not act twice: true while a request is under way.
    #[must_use]
    pub fn is_pending(&self) -> bool {
        self.pending.get_untracked()
    }
}
