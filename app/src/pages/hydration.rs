//! Telling end-to-end tests when a page has become interactive.

use leptos::prelude::*;

/// Marks the page as interactive once this component has hydrated, so that
/// end-to-end tests know when event handlers are attached.
pub(crate) fn mark_hydrated() {
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
