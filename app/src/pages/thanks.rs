use leptos::prelude::*;

use super::raw_text::PageTitle;

/// `/s/{tenant}/{slug}/thanks`: after the answers were sent.
#[component]
pub fn ThanksPage(tenant: String) -> impl IntoView {
    super::hydration::mark_hydrated();
    // After the hydrated form moves here, focus would stay on the removed
    // button (reported as <body>): screen readers start from the heading.
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <PageTitle text=crate::i18n::tr!("thanks-title") />
        <section class="page thanks">
            <h1 tabindex="-1" node_ref=heading>{crate::i18n::tr!("thanks-heading")}</h1>
            <p>{crate::i18n::tr!("thanks-recorded")}</p>
            <p>
                <a href=format!("/s/{tenant}")>{crate::i18n::tr!("thanks-other-surveys")}</a>
            </p>
        </section>
    }
}
