use super::raw_text::PageTitle;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    super::hydration::mark_hydrated();
    let (demo_before, demo_after) = crate::i18n::texts().around("home-demo", "link", &[]);
    view! {
        <PageTitle text=crate::i18n::tr!("home-title") />
        <section class="page home">
            <h1>"Tailspin Surveys"</h1>
            <p class="lead">{crate::i18n::tr!("home-lead")}</p>
            <p>
                {demo_before}
                <a href="/s/adatum">{crate::i18n::tr!("home-demo-link")}</a>
                {demo_after}
            </p>
        </section>
    }
}
