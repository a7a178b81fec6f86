//! Solving the survey's proof-of-work challenge (`domain::proof_of_work`)
//! in the browser. The search runs in a worker (`/challenge-worker.js`),
//! so the page stays responsive; it starts once the page is interactive,
//! and is usually done before the respondent has read the first question.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::wasm_bindgen::closure::Closure;

use crate::domain::Challenge;
use crate::domain::proof_of_work::puzzle_text;

/// The solution once found: `Some("")` when this browser could not run the
/// worker (the server then answers as for a browser without JavaScript).
#[derive(Clone, Copy)]
pub(super) struct Solving {
    pub solution: RwSignal<Option<String>>,
}

impl Solving {
    /// Starts solving `challenge` for the page of `tenant`/`slug` with `key`
    /// as soon as the page is interactive.
    pub fn start(challenge: Challenge, tenant: &str, slug: &str, key: &str) -> Solving {
        let solution = RwSignal::new(None::<String>);
        let text = puzzle_text(tenant, slug, key);
        // Effects run in the browser only, after hydration.
        Effect::new(move |_| run_worker(&text, challenge.bits, solution));
        Solving { solution }
    }
}

fn run_worker(text: &str, bits: u8, solution: RwSignal<Option<String>>) {
    let Ok(worker) = web_sys::Worker::new("/challenge-worker.js") else {
        solution.set(Some(String::new()));
        return;
    };
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            solution.set(Some(event.data().as_string().unwrap_or_default()));
        });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        solution.set(Some(String::new()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The worker posts once and closes itself; the handlers live as long.
    on_message.forget();
    on_error.forget();
    let message = js_sys::Array::of2(&text.into(), &f64::from(bits).into());
    if worker.post_message(&message).is_err() {
        solution.set(Some(String::new()));
    }
}
