//! Form submissions: one request at a time per form (a second click while one is under way
//! sends nothing), `pending` for the submit button, and the reply handed to the page. What a
//! failure shows is `Problems::show_failure`.
//!
//! This is the part of Leptos's `Action` the forms use, and nothing more. Built on
//! `Action::new_local`, the first load (brotli) of /sign-in and /register was about 4.5 KB larger
//! and of /calculator and /verify 2.7 KB larger (its input and value signals, version counting
//! and abort channel, placed by the wasm split in chunks those pages share).

use std::future::Future;
use std::marker::PhantomData;
use std::rc::Rc;

use leptos::prelude::*;

/// A form's submission of `I`: `R` starts the request for an input (its task is spawned inside).
/// Every part is generic over the page's own closures, so each form's code is its own and stays
/// in that form's chunk: code shared by several journeys makes the wasm split rearrange the
/// shared chunks, which moved kilobytes between pages when this held a boxed closure.
pub struct Submission<I: 'static, R: 'static> {
    run: StoredValue<R, LocalStorage>,
    pending: RwSignal<bool>,
    input: PhantomData<fn(I)>,
}

impl<I: 'static, R: 'static> Clone for Submission<I, R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static, R: 'static> Copy for Submission<I, R> {}

/// A submission: `send` makes the request from the input; `then` gets its reply (after
/// `pending` is false again, so `then` may send anew).
pub fn submission<I, O, Fut>(
    send: impl Fn(I) -> Fut + 'static,
    then: impl Fn(O) + 'static,
) -> Submission<I, impl Fn(I) + 'static>
where
    I: 'static,
    O: 'static,
    Fut: Future<Output = O> + 'static,
{
    let pending = RwSignal::new(false);
    let then = Rc::new(then);
    let run = move |input: I| {
        let reply = send(input);
        let then = Rc::clone(&then);
        leptos::task::spawn_local(async move {
            let reply = reply.await;
            // The page may have been left meanwhile; its handler then only finds disposed
            // signals, which it must tolerate as the page's other tasks do.
            pending.try_set(false);
            then(reply);
        });
    };
    Submission {
        run: StoredValue::new_local(run),
        pending,
        input: PhantomData,
    }
}

impl<I: 'static, R: Fn(I) + 'static> Submission<I, R> {
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
