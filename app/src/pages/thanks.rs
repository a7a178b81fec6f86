use leptos::prelude::*;

use super::raw_text::PageTitle;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ThanksPage() -> impl IntoView {
    super::hydration::mark_hydrated();
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    // After the hydrated form moves here, focus would stay on the removed
    // button (reported as <body>): screen readers start from the heading.
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <PageTitle text="Thank you" />
        <section class="page thanks">
            <h1 tabindex="-1" node_ref=heading>"Thank you!"</h1>
            <p>"Your answers have been recorded."</p>
            <p>
                <a href=move || format!("/s/{}", tenant())>"See other surveys from this organization"</a>
            </p>
        </section>
    }
}
