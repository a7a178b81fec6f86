//! The navigation of Tailspin administration, with signing out: the same
//! bar, in the same place, on every page of it.

use leptos::prelude::*;

#[component]
pub fn AdminNav(current: &'static str) -> impl IntoView {
    let links = [
        ("home", "/admin", "Overview"),
        ("subscribers", "/admin/subscribers", "Subscribers"),
        ("usage", "/admin/usage", "Usage for billing"),
        ("dead-letters", "/admin/dead-letters", "Dead letters"),
        ("email", "/admin/email", "Email"),
    ];
    view! {
        <nav class="tenant-nav" aria-label="Tailspin administration">
            <ul>
                {links.into_iter().map(|(key, href, label)| {
                    let here = (key == current).then_some("page");
                    view! { <li><a href=href aria-current=here>{label}</a></li> }
                }).collect_view()}
            </ul>
            <form method="post" action="/admin/logout">
                <button type="submit" class="secondary">"Sign out"</button>
            </form>
        </nav>
    }
}
