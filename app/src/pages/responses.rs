//! `/t/{tenant}/surveys/{slug}/responses` (`?after=ID`, `?before=ID`,
//! `?page=last`, and a filter by answer: `answer_filter`): responses in the
//! order received, each in full, 25 a page; plain links page through them,
//! so it works with or without JavaScript.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::answer_filter::{
    AnswerFilterForm, filter_query, language_name, typed_filter, with_filter,
};
use super::error_page::ErrorPage;
use super::tenant_nav::TenantNav;
use crate::api::responses::{ResponsePage, load_responses};

#[component]
pub fn ResponsesPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let number = move |name: &str| query.read().get(name).and_then(|a| a.parse::<i64>().ok());
    let position = move || {
        (
            number("after"),
            number("before"),
            query.read().get("page").as_deref() == Some("last"),
        )
    };
    let filter = move || typed_filter(&query.read());
    let page = Resource::new_blocking(
        move || (tenant(), slug(), position(), filter()),
        |(tenant, slug, (after, before, last), filter)| {
            load_responses(tenant, slug, after, before, Some(last), filter)
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("responses-loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <ResponsesView page /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ResponsesView(page: ResponsePage) -> impl IntoView {
    super::hydration::mark_hydrated();
    let base = format!("/t/{}/surveys/{}/responses", page.tenant_alias, page.slug);
    let filtered = page.filter.applied.is_some();
    let kept = filter_query(&page.filter);
    let first = with_filter(&base, &page.filter);
    let next = page
        .next_after
        .map(|after| format!("{base}?after={after}{kept}"));
    let previous = page
        .previous_before
        .map(|before| format!("{base}?before={before}{kept}"));
    let last = format!("{base}?page=last{kept}");
    let results = with_filter(
        &format!("/t/{}/surveys/{}/results", page.tenant_alias, page.slug),
        &page.filter,
    );
    let (first_page, last_page) = (previous.is_none(), next.is_none());
    let empty = page.responses.is_empty();
    view! {
        <PageTitle text=crate::i18n::tr!(
            "responses-page-title",
            survey = &page.title,
            tenant = &page.tenant_name,
        ) />
        <section class="page responses">
            <TenantNav tenant=page.tenant_alias.clone() tenant_name=page.tenant_name.clone() current="" admin=false />
            <h1>{crate::i18n::tr!("responses-heading", survey = &page.title)}</h1>
            <p>
                <a href=results>{if filtered {
                    crate::i18n::tr!("responses-results-filtered")
                } else {
                    crate::i18n::tr!("responses-results")
                }}</a>
            </p>
            <p class="downloads">
                <a href=format!("/t/{}/surveys/{}/export.csv", page.tenant_alias, page.slug) download="">
                    {crate::i18n::tr!("responses-download-csv")}
                </a>
                <a href=format!("/t/{}/surveys/{}/export.xlsx", page.tenant_alias, page.slug) download="">
                    {crate::i18n::tr!("responses-download-excel")}
                </a>
            </p>
            <AnswerFilterForm action=base.clone() filter=page.filter what="responses" />
            {empty.then(|| view! {
                <p class="lead">
                    {if filtered {
                        crate::i18n::tr!("responses-none-filtered")
                    } else {
                        crate::i18n::tr!("responses-none")
                    }}
                </p>
            })}
            <ol class="response-list">
                {page.responses.into_iter().map(|response| view! {
                    <li class="response">
                        <h2>{crate::i18n::tr!(
                            "responses-item-heading",
                            number = response.number,
                            received = &response.received,
                        )}</h2>
                        <p class="meta">{crate::i18n::tr!(
                            "responses-answered-in",
                            language = language_name(response.language),
                        )}</p>
                        <dl>
                            {response.answers.into_iter().map(|(question, answer)| {
                                let shown = if answer.is_empty() { "—".to_owned() } else { answer };
                                // Line breaks the respondent typed are kept (CSS
                                // `.answer-text`); the text stays escaped.
                                view! { <dt>{question}</dt> <dd class="answer-text">{shown}</dd> }
                            }).collect_view()}
                        </dl>
                    </li>
                }).collect_view()}
            </ol>
            <nav class="pager" aria-label=crate::i18n::tr!("responses-pages")>
                {(!first_page).then(|| view! { <a href=first>{crate::i18n::tr!("responses-first")}</a> })}
                {previous.map(|href| view! { <a href=href rel="prev">{crate::i18n::tr!("responses-previous")}</a> })}
                {next.map(|href| view! { <a href=href rel="next">{crate::i18n::tr!("responses-next")}</a> })}
                {(!last_page).then(|| view! { <a href=last>{crate::i18n::tr!("responses-last")}</a> })}
            </nav>
        </section>
    }
}
