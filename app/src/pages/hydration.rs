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

/// Withdraws the mark while the page is being replaced by a full load: the
/// router shows the new address before that load starts, and a test that
/// then waited for hydration would otherwise act on the page being left.
#[cfg(feature = "hydrate")]
pub(crate) fn mark_leaving() {
    if let Some(body) = document().body() {
        let _ = body.remove_attribute("data-hydrated");
    }
}
