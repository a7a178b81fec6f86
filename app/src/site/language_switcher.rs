//! The language switcher in every page's header: plain links, so it works
//! without JavaScript. Each keeps the address and its query and sets
//! `?lang=`, which the server answers in that language and remembers
//! (a cookie set by `routes::language`).

use leptos::prelude::*;

use crate::i18n::{LANGUAGE_PARAMETER, Language, texts};

/// The switcher of a page that never changes in place.
pub(super) fn static_switcher() -> AnyView {
    let here = (super::page_kind::current_path(), current_query());
    view! { <LanguageSwitcher here=Signal::stored(here) /> }.into_any()
}

/// The switcher of an area whose router changes the page in place: its
/// links follow the address.
pub(super) fn routed_switcher() -> AnyView {
    let location = leptos_router::hooks::use_location();
    let here = Signal::derive(move || {
        let search = location.search.get();
        (
            location.pathname.get(),
            search.trim_start_matches('?').to_owned(),
        )
    });
    view! { <LanguageSwitcher here /> }.into_any()
}

/// `here`: the page's path and query.
#[component]
fn LanguageSwitcher(here: Signal<(String, String)>) -> impl IntoView {
    let texts = texts();
    let current = texts.language();
    // A survey's languages on its pages; elsewhere those covering the
    // area (Arabic covers the respondent's pages only).
    let items = texts
        .offered()
        .to_vec()
        .into_iter()
        .map(|language| {
            let name = language.own_name();
            if language == current {
                view! { <li><span aria-current="true" lang=language.code()>{name}</span></li> }
                    .into_any()
            } else {
                // A full load: the whole page changes language.
                let href = move || here.with(|(_, query)| switch_href(query, language));
                view! {
                    <li><a href=href hreflang=language.code() lang=language.code() rel="external">{name}</a></li>
                }
                .into_any()
            }
        })
        .collect::<Vec<_>>();
    // A page only English covers offers no choice.
    (items.len() > 1).then(|| {
        view! {
            <nav class="language-switcher" aria-label=texts.get("language-switcher")>
                <ul>{items.collect_view()}</ul>
            </nav>
        }
    })
}

/// The query of the page's address, without `?`.
fn current_query() -> String {
    #[cfg(feature = "ssr")]
    return use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.uri.query().map(str::to_owned))
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_owned()
}

/// `?query` with `lang` set to `language` and every other pair kept as
/// written. Relative to the page's own address, so one rendering serves
/// every address that shares it (the page cache's "not found" page).
fn switch_href(query: &str, language: Language) -> String {
    let prefix = format!("{LANGUAGE_PARAMETER}=");
    let mut pairs: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            !pair.is_empty() && !pair.starts_with(&prefix) && *pair != LANGUAGE_PARAMETER
        })
        .collect();
    let chosen = format!("{prefix}{}", language.code());
    pairs.push(&chosen);
    format!("?{}", pairs.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switcher_keeps_the_query_and_replaces_the_language() {
        assert_eq!(switch_href("", Language::German), "?lang=de");
        assert_eq!(
            switch_href("invitation=abc%2F&lang=es", Language::Arabic),
            "?invitation=abc%2F&lang=ar"
        );
    }

    #[test]
    fn arabic_is_offered_to_respondents_only() {
        let offered =
            |path: &str| Language::offered(super::super::area::Area::of(path).is_respondents());
        assert!(offered("/s/adatum/x").contains(&Language::Arabic));
        assert!(offered("/t/adatum/surveys/x/preview/document").contains(&Language::Arabic));
        assert_eq!(
            offered("/t/adatum"),
            [Language::English, Language::German, Language::Spanish]
        );
    }
}
