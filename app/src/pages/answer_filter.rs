//! The filter by answer (and by the language answered in) of the results
//! and responses pages: a plain GET form
//! (`?test1=1:equals&value1=Detractor&language=de`), so a filtered page is
//! a link that can be shared or bookmarked and works without JavaScript.

use leptos::prelude::*;
use leptos_router::params::ParamsMap;

use super::condition_fields::ConditionFields;
use super::query::urlencode;
use crate::api::results::ShownFilter;
use crate::domain::logic::ConditionInput;
use crate::domain::{FILTER_TERMS, TypedFilter};
use crate::i18n::Language;

/// The query parameter of the language filter.
const LANGUAGE_FILTER: &str = "language";

/// The filter in a page's query; `None` when nothing was typed.
pub fn typed_filter(query: &ParamsMap) -> Option<TypedFilter> {
    let field = |name: &str| query.get(name).unwrap_or_default();
    let typed = ConditionInput {
        combine: field("combine"),
        test1: field("test1"),
        value1: field("value1"),
        test2: field("test2"),
        value2: field("value2"),
        test3: field("test3"),
        value3: field("value3"),
        test4: field("test4"),
        value4: field("value4"),
        test5: field("test5"),
        value5: field("value5"),
    };
    let empty = typed
        .rows()
        .iter()
        .all(|(t, v)| t.is_empty() && v.is_empty());
    let language = query
        .get(LANGUAGE_FILTER)
        .and_then(|code| Language::parse(&code));
    (!empty || language.is_some()).then_some(TypedFilter {
        answers: typed,
        language,
    })
}

/// The applied filter as query parameters to append to a link (`&test1=…`),
/// so paging keeps it; empty when nothing is filtered.
pub fn filter_query(filter: &ShownFilter) -> String {
    if filter.applied.is_none() {
        return String::new();
    }
    let typed = &filter.typed.answers;
    let mut query = String::new();
    if let Some(language) = filter.typed.language {
        query.push_str(&format!("&{LANGUAGE_FILTER}={}", language.code()));
    }
    if typed.combine == "any" {
        query.push_str("&combine=any");
    }
    for (n, (test, value)) in typed.rows().into_iter().enumerate() {
        if !test.is_empty() {
            let n = n + 1;
            query.push_str(&format!(
                "&test{n}={}&value{n}={}",
                urlencode(test),
                urlencode(value)
            ));
        }
    }
    query
}

/// `path` with the applied filter as its query (`path?test1=…`), or
/// `path` alone when nothing is filtered.
pub fn with_filter(path: &str, filter: &ShownFilter) -> String {
    match filter_query(filter).strip_prefix('&') {
        Some(query) => format!("{path}?{query}"),
        None => path.to_owned(),
    }
}

/// The form, folded away until a filter is typed, and what it did.
#[component]
pub fn AnswerFilterForm(
    /// The page the form reloads, without a query.
    action: String,
    filter: ShownFilter,
    /// What is filtered, for the sentence under the form: `results` or
    /// `responses` (the message's selection).
    what: &'static str,
) -> impl IntoView {
    let open = filter.applied.is_some() || filter.refused.is_some();
    let before = filter.questions.len();
    let clear = filter
        .applied
        .is_some()
        .then(|| view! { <a href=action.clone() class="button secondary">{crate::i18n::tr!("answer-filter-clear")}</a> });
    let applied = filter.applied.clone().map(|description| {
        view! {
            <p class="filter-applied" id="filter-applied">
                <strong>{crate::i18n::tr!("answer-filter-filtered")} " "</strong>
                {crate::i18n::tr!("answer-filter-applied", what = what, description = description)}
            </p>
        }
    });
    let refused = filter.refused.clone().map(|why| {
        view! {
            <p class="form-error" role="alert" id="filter-refused">
                {crate::i18n::tr!("answer-filter-refused", reason = why)}
            </p>
        }
    });
    view! {
        <details class="answer-filter" open=open>
            <summary>{crate::i18n::tr!("answer-filter-summary")}</summary>
            <form method="get" action=action.clone() class="stacked wide" role="search"
                aria-label=crate::i18n::tr!("answer-filter-summary")>
                <ConditionFields prefix="filter".to_owned() before questions=filter.questions
                    current=Some(filter.typed.answers) legend=crate::i18n::tr!("answer-filter-legend")
                    nested=false rows=FILTER_TERMS />
                <LanguageChoice chosen=filter.typed.language />
                <div class="actions">
                    <button type="submit" class="primary">{crate::i18n::tr!("answer-filter-apply")}</button>
                    {clear}
                </div>
            </form>
        </details>
        {refused}
        {applied}
    }
}

/// "Answered in": any language, or one of those respondents can use.
#[component]
fn LanguageChoice(chosen: Option<Language>) -> impl IntoView {
    let options = Language::ALL
        .into_iter()
        .map(|language| {
            view! {
                <option value=language.code() selected=chosen == Some(language)>
                    {language_name(language)}
                </option>
            }
        })
        .collect_view();
    view! {
        <p>
            <label for="filter-language">{crate::i18n::tr!("answer-filter-answered-in")}</label>
            <select id="filter-language" name=LANGUAGE_FILTER>
                <option value="" selected=chosen.is_none()>{crate::i18n::tr!("answer-filter-any-language")}</option>
                {options}
            </select>
        </p>
    }
}

/// A language's name in the page's language ("German", "Deutsch").
pub fn language_name(language: Language) -> String {
    match language {
        Language::English => crate::i18n::tr!("answer-filter-english"),
        Language::German => crate::i18n::tr!("answer-filter-german"),
        Language::Spanish => crate::i18n::tr!("answer-filter-spanish"),
        Language::Arabic => crate::i18n::tr!("answer-filter-arabic"),
    }
}
