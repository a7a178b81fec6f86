use leptos::prelude::*;

use super::raw_text::PageTitle;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ThanksPage() -> impl IntoView {
    super::hydration::mark_hydrated();
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    view! {
        <PageTitle text="Thank you" />
        <section class="page thanks">
            <h1>"Thank you!"</h1>
            <p>"Your answers have been recorded."</p>
            <p>
                <a href=move || format!("/s/{}", tenant())>"See other surveys from this organization"</a>
            </p>
        </section>
    }
}
