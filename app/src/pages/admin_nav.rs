//! The navigation of Tailspin administration, with signing out: the same
//! bar, in the same place, on every page of it.

use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn AdminNav(current: &'static str) -> impl IntoView {
    let links = [
        ("home", "/admin", tr!("admin-nav-overview")),
        (
            "subscribers",
            "/admin/subscribers",
            tr!("admin-nav-subscribers"),
        ),
        ("usage", "/admin/usage", tr!("admin-nav-usage")),
        (
            "dead-letters",
            "/admin/dead-letters",
            tr!("admin-nav-dead-letters"),
        ),
        ("email", "/admin/email", tr!("admin-nav-email")),
    ];
    view! {
        <nav class="tenant-nav" aria-label=tr!("admin-nav-label")>
            <ul>
                {links.into_iter().map(|(key, href, label)| {
                    let here = (key == current).then_some("page");
                    view! { <li><a href=href aria-current=here>{label}</a></li> }
                }).collect_view()}
            </ul>
            <form method="post" action="/admin/logout">
                <button type="submit" class="secondary">{tr!("admin-nav-sign-out")}</button>
            </form>
        </nav>
    }
}
