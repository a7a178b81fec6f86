//! The frame every area's route tree puts its pages in.

use leptos::prelude::*;
use leptos_meta::{Stylesheet, Title, provide_meta_context};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

use super::area::Area;
use super::leave;
use super::page_kind::{PageKind, tenant_stylesheet};

/// The frame of every page: skip link, site header, main region, footer.
/// The home page is in the public area; from any other area's bundle its
/// link is followed by the browser itself (`rel="external"`: the router
/// leaves it alone), and Back returns to the page.
#[component]
pub(super) fn Frame(area: Area, children: Children) -> impl IntoView {
    leave::note_when_hydrated();
    let home_rel = (area != Area::Public).then_some("external");
    provide_meta_context();
    view! {
        <Title formatter=|text: String| format!("{text} · Tailspin Surveys") />
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="site-header">
                <a class="brand" href="/" rel=home_rel>"Tailspin Surveys"</a>
            </header>
            <PageLayout>{children()}</PageLayout>
            <footer class="site-footer">
                <p>"Tailspin Surveys — surveys for every team."</p>
            </footer>
        </Router>
    }
}

/// The main region, as wide as the kind of page needs, and the tenant's
/// style sheet where it applies (see [`page_kind`]).
#[component]
fn PageLayout(children: Children) -> impl IntoView {
    let location = use_location();
    let kind = Memo::new(move |_| PageKind::of(&location.pathname.get()));
    let tenant_style = move || {
        tenant_stylesheet(&location.pathname.get())
            .map(|href| view! { <Stylesheet id="tenant-style" href /> })
    };
    view! {
        {tenant_style}
        <main id="main" tabindex="-1" class=move || kind.get().main_class()>
            {children()}
        </main>
    }
}
