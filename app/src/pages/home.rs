use super::raw_text::PageTitle;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    super::hydration::mark_hydrated();
    view! {
        <PageTitle text="Welcome" />
        <section class="page home">
            <h1>"Tailspin Surveys"</h1>
            <p class="lead">
                "Design and brand surveys, publish them on a fast public site, and watch the results arrive."
            </p>
            <p>
                "Running with demo data? "
                <a href="/s/adatum">"See the surveys of Adatum Ltd."</a>
            </p>
        </section>
    }
}
