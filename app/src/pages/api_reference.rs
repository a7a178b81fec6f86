//! `/developers/api`: the API reference, for anyone (it holds nothing about
//! a subscriber). Its content is the OpenAPI document the server serves at
//! `/api/v1/openapi.json`, so the two cannot disagree.

use leptos::prelude::*;

use super::error_page::ErrorPage;
use super::raw_text::PageTitle;
use crate::api::api_reference::{ApiOperation, ApiReference, load_api_reference};
use crate::domain::ApiScope;

#[component]
pub fn ApiReferencePage() -> impl IntoView {
    let reference = Resource::new_blocking(|| (), |_| load_api_reference());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        .map(|scope| view! { <li><code>{scope.code()}</code>" · "{scope.description()}</li> })
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
    view! {
        <PageTitle text="API reference" />
        <section class="page api-reference">
            <h1>"Tailspin Surveys API"</h1>
            <p class="lead"><WithCode text=description /></p>
            <p>
                "The machine-readable description (OpenAPI 3.1): "
                <a href="/api/v1/openapi.json"><code>"/api/v1/openapi.json"</code></a>
            </p>
            <h2>"Start here"</h2>
            <p>"An Administrator creates a key under API keys in the subscriber's settings. Then:"</p>
            <pre class="code"><code>"curl -H \"Authorization: Bearer $TAILSPIN_KEY\" \\\n     \"$TAILSPIN_URL/api/v1/surveys\""</code></pre>
            <p>
                "To read every new response since your last call, keep the "<code>"cursor"</code>
                " of each page and pass it back as "<code>"after"</code>"."
            </p>
            <h2>"Scopes"</h2>
            <ul>{scopes}</ul>
            <h2>"Requests"</h2>
            <ul>{contents}</ul>
            {sections}
            <h2 id="problems">"Errors"</h2>
            <p>
                "Errors are problem details (RFC 9457, "<code>"application/problem+json"</code>
                "). Their "<code>"type"</code>" ends with one of these codes, which do not change:"
            </p>
            <div class="table-scroll" role="region" aria-label="Error types" tabindex="0">
                <table class="data">
                    <thead><tr><th scope="col">"Code"</th><th scope="col">"When"</th></tr></thead>
                    <tbody>{problems}</tbody>
                </table>
            </div>
            <h2>"Limits and caching"</h2>
            <p>
                "Each key may make a number of requests a minute. Every answer says what is left in "
                <code>"RateLimit"</code>" and the quota in "<code>"RateLimit-Policy"</code>
                "; beyond it the answer is 429 with "<code>"Retry-After"</code>"."
            </p>
            <p>
                "Reads carry an "<code>"ETag"</code>"; send it back in "<code>"If-None-Match"</code>
                " to get 304 when nothing changed."
            </p>
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
        let rows = operation
            .parameters
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <th scope="row"><code>{p.name.clone()}</code></th>
                        <td>{p.location.clone()}{if p.required { ", required" } else { "" }}</td>
                        <td><WithCode text=p.description.clone() /></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h4>"Parameters"</h4>
            <div class="table-scroll" role="region" aria-label=format!("Parameters of {} {}", operation.method, operation.path) tabindex="0">
                <table class="data">
                    <thead><tr><th scope="col">"Name"</th><th scope="col">"In"</th><th scope="col">"Meaning"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
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
            <p>"Needs the scope "{scopes}"."</p>
            {parameters}
            <h4>"Answers"</h4>
            <ul>{responses}</ul>
        </section>
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
