//! Leaving an area's bundle. An area's route tree knows only its own pages;
//! a link to another area is followed by loading that page from the server,
//! which sends it with the bundle that knows it.

use leptos::prelude::*;

use crate::error::AppError;
use crate::pages::ErrorPage;

/// An area's answer to a path it does not know. While the page hydrates,
/// that is a path of this area that the server answered with its "not
/// found" page, rendered here the same. After a link was followed in the
/// browser (to another area's page), the page is loaded from the server
/// instead: the router never shows "not found" for a page that exists.
#[component]
pub(super) fn LeaveForServer() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if hydration::finished() {
        let location = leptos_router::hooks::use_location();
        let mut target = location.pathname.get_untracked();
        let search = location.search.get_untracked();
        if !search.is_empty() {
            target = format!("{target}?{search}");
        }
        hydration::load_from_server(&target);
        // Nothing to show for the moment before the page is replaced.
        return ().into_any();
    }
    view! { <ErrorPage error=AppError::NotFound /> }.into_any()
}

/// Records, in an effect (effects run once the page has hydrated), that
/// the page is hydrated: from then on an unknown path is another area's.
pub(super) fn note_when_hydrated() {
    #[cfg(feature = "hydrate")]
    Effect::new(|_| hydration::finish());
}

#[cfg(feature = "hydrate")]
mod hydration {
    use std::sync::atomic::{AtomicBool, Ordering};

    static FINISHED: AtomicBool = AtomicBool::new(false);

    pub fn finished() -> bool {
        FINISHED.load(Ordering::Relaxed)
    }

    pub fn finish() {
        FINISHED.store(true, Ordering::Relaxed);
    }

    /// Replaces the entry the router pushed, so Back returns to the page
    /// the visitor came from. The router pushes that entry only after the
    /// new route has rendered, so the replacement waits a turn: done at
    /// once, it replaced the visitor's page instead.
    pub fn load_from_server(target: &str) {
        crate::pages::mark_leaving();
        let target = target.to_owned();
        leptos::prelude::set_timeout(
            move || {
                let _ = leptos::prelude::window().location().replace(&target);
            },
            std::time::Duration::ZERO,
        );
    }
}
