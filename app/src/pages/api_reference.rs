//! `/developers/api`: the API reference, for anyone (it holds nothing about
//! a subscriber). Its content is the OpenAPI document the server serves at
//! `/api/v1/openapi.json`, so the two cannot disagree; its texts come in the
//! page's language (`api/api_reference.rs`, `texts`).

use leptos::prelude::*;

use super::error_page::ErrorPage;
use super::inline_code::{code_at, with_codes};
use super::raw_text::PageTitle;
use crate::api::api_reference::{ApiOperation, ApiReference, load_api_reference};
use crate::domain::ApiScope;
use crate::i18n::tr;

#[component]
pub fn ApiReferencePage() -> impl IntoView {
    let reference = Resource::new_blocking(|| (), |_| load_api_reference());
    view! {
        <Suspense fallback=|| view! { <p class="loading">{tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match reference.await {
                    Ok(reference) => view! { <ReferenceView reference /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReferenceView(reference: ApiReference) -> impl IntoView {
    super::hydration::mark_hydrated();
    let ApiReference {
        description,
        operations,
        problems,
    } = reference;
    let contents = operations
        .iter()
        .map(|op| {
            view! {
                <li><a href=format!("#{}", op.anchor())><code>{format!("{} {}", op.method, op.path)}</code></a>
                    " · "<WithCode text=op.summary.clone() /></li>
            }
        })
        .collect_view();
    let sections = operations
        .into_iter()
        .map(|operation| view! { <OperationView operation /> })
        .collect_view();
    let scopes = ApiScope::OFFERED
        .into_iter()
        .map(|scope| view! { <li><code>{scope.code()}</code>" · "{scope.localized_description()}</li> })
        .collect_view();
    let problems = problems
        .into_iter()
        .map(|(code, meaning)| {
            let id = format!("problem-{code}");
            view! {
                <tr id=id>
                    <th scope="row"><code>{code}</code></th>
                    <td><WithCode text=meaning /></td>
                </tr>
            }
        })
        .collect_view();
    let (openapi_before, openapi_after) =
        crate::i18n::texts().around("api-reference-openapi", "link", &[]);
    let cursor = with_codes(
        tr!(
            "api-reference-cursor",
            cursor = code_at(0),
            after = code_at(1)
        ),
        &["cursor", "after"],
    );
    let problem_details = with_codes(
        tr!(
            "api-reference-problem-details",
            media = code_at(0),
            field = code_at(1)
        ),
        &["application/problem+json", "type"],
    );
    let rate_limits = with_codes(
        tr!(
            "api-reference-rate-limits",
            left = code_at(0),
            policy = code_at(1),
            retry = code_at(2)
        ),
        &["RateLimit", "RateLimit-Policy", "Retry-After"],
    );
    let etags = with_codes(
        tr!(
            "api-reference-etags",
            etag = code_at(0),
            header = code_at(1)
        ),
        &["ETag", "If-None-Match"],
    );
    view! {
        <PageTitle text=tr!("api-reference-title") />
        <section class="page api-reference">
            <h1>{tr!("api-reference-heading")}</h1>
            <p class="lead"><WithCode text=description /></p>
            <p>
                {openapi_before}
                <a href="/api/v1/openapi.json"><code>"/api/v1/openapi.json"</code></a>
                {openapi_after}
            </p>
            <h2>{tr!("api-reference-start-here")}</h2>
            <p>{tr!("api-reference-create-key")}</p>
            <pre class="code"><code>"curl -H \"Authorization: Bearer $TAILSPIN_KEY\" \\\n     \"$TAILSPIN_URL/api/v1/surveys\""</code></pre>
            <p>{cursor}</p>
            <h2>{tr!("api-reference-scopes")}</h2>
            <ul>{scopes}</ul>
            <h2>{tr!("api-reference-requests")}</h2>
            <ul>{contents}</ul>
            {sections}
            <h2 id="problems">{tr!("api-reference-errors")}</h2>
            <p>{problem_details}</p>
            <div class="table-scroll" role="region" aria-label=tr!("api-reference-error-types") tabindex="0">
                <table class="data">
                    <thead><tr>
                        <th scope="col">{tr!("api-reference-code")}</th>
                        <th scope="col">{tr!("api-reference-when")}</th>
                    </tr></thead>
                    <tbody>{problems}</tbody>
                </table>
            </div>
            <h2>{tr!("api-reference-limits")}</h2>
            <p>{rate_limits}</p>
            <p>{etags}</p>
            <super::webhook_reference::WebhookReference />
        </section>
    }
}

#[component]
fn OperationView(operation: ApiOperation) -> impl IntoView {
    let anchor = operation.anchor();
    let labelled_by = anchor.clone();
    let title = format!("{} {}", operation.method, operation.path);
    let scopes = operation
        .scopes
        .iter()
        .map(|scope| view! { <code>{scope.clone()}</code> })
        .collect_view();
    let parameters = (!operation.parameters.is_empty()).then(|| {
        let parameters_label = tr!("api-reference-parameters-of", operation = &title);
        let rows = operation
            .parameters
            .iter()
            .map(|p| {
                let location = location_words(&p.location);
                let place = if p.required {
                    tr!("api-reference-required-in", location = &location)
                } else {
                    location
                };
                view! {
                    <tr>
                        <th scope="row"><code>{p.name.clone()}</code></th>
                        <td>{place}</td>
                        <td><WithCode text=p.description.clone() /></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h4>{tr!("api-reference-parameters")}</h4>
            <div class="table-scroll" role="region" aria-label=parameters_label tabindex="0">
                <table class="data">
                    <thead><tr>
                        <th scope="col">{tr!("api-reference-name")}</th>
                        <th scope="col">{tr!("api-reference-in")}</th>
                        <th scope="col">{tr!("api-reference-meaning")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let (scope_before, scope_after) =
        crate::i18n::texts().around("api-reference-needs-scope", "scope", &[]);
    let responses = operation
        .responses
        .iter()
        .map(|(status, meaning)| {
            view! { <li><code>{status.clone()}</code>" · "<WithCode text=meaning.clone() /></li> }
        })
        .collect_view();
    view! {
        <section class="api-operation" aria-labelledby=labelled_by>
            <h3 id=anchor><code>{title}</code></h3>
            <p><WithCode text=operation.summary /></p>
            {(!operation.description.is_empty())
                .then(|| view! { <p><WithCode text=operation.description.clone() /></p> })}
            <p>{scope_before}{scopes}{scope_after}</p>
            {parameters}
            <h4>{tr!("api-reference-answers")}</h4>
            <ul>{responses}</ul>
        </section>
    }
}

/// Where a parameter goes (the document's `path`, `query`, `header`), in
/// the page's words.
fn location_words(location: &str) -> String {
    match location {
        "path" => tr!("api-reference-in-path"),
        "query" => tr!("api-reference-in-query"),
        "header" => tr!("api-reference-in-header"),
        other => other.to_owned(),
    }
}

/// Text whose `backticked` parts are code, as the document's descriptions
/// write them; every part is text to the renderer, never markup.
#[component]
fn WithCode(text: String) -> impl IntoView {
    text.split('`')
        .enumerate()
        .map(|(place, part)| {
            let part = part.to_owned();
            if place % 2 == 1 {
                view! { <code>{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
