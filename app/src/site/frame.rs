//! The frame every area's route tree puts its pages in.

use leptos::prelude::*;
use leptos_meta::{Stylesheet, Title, provide_meta_context};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

use super::area::Area;
use super::language_switcher::{routed_switcher, static_switcher};
use super::leave;
use super::page_kind::{PageKind, tenant_stylesheet};
use crate::i18n::texts;

/// The frame of every page: skip link, site header, main region, footer.
/// The home page is in the public area; from any other area's bundle its
/// link is followed by the browser itself (`rel="external"`: the router
/// leaves it alone), and Back returns to the page.
#[component]
pub(super) fn Frame(area: Area, children: Children) -> impl IntoView {
    leave::note_when_hydrated();
    provide_meta_context();
    view! {
        <Title formatter=page_title />
        <Router>
            <Chrome area switcher=routed_switcher>
                <PageLayout>{children()}</PageLayout>
            </Chrome>
        </Router>
    }
}

/// The same frame without a router, for an area whose pages never change
/// in place (the respondent's: a link or a sent survey loads the next page
/// from the server), so that its bundle carries no router.
#[component]
pub(super) fn StaticFrame(area: Area, path: String, children: Children) -> impl IntoView {
    provide_meta_context();
    let tenant_style =
        tenant_stylesheet(&path).map(|href| view! { <Stylesheet id="tenant-style" href /> });
    view! {
        <Title formatter=page_title />
        <Chrome area switcher=static_switcher>
            {tenant_style}
            <main id="main" tabindex="-1" class=PageKind::of(&path).main_class()>
                {children()}
            </main>
        </Chrome>
    }
}

fn page_title(text: String) -> String {
    crate::i18n::tr!("page-title", title = text)
}

/// Skip link, site header, the page, footer.
#[component]
fn Chrome(area: Area, switcher: fn() -> AnyView, children: Children) -> impl IntoView {
    let home_rel = (area != Area::Public).then_some("external");
    let texts = texts();
    view! {
        <a class="skip-link" href="#main">{texts.get("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/" rel=home_rel>{texts.get("site-name")}</a>
            {switcher()}
        </header>
        {children()}
        <footer class="site-footer">
            <p>{texts.get("site-footer")}</p>
        </footer>
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
