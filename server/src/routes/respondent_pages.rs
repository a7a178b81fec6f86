//! `GET /s/{tenant}/{slug}` and its thank-you page: the respondent's pages,
//! served from the page cache (`page_cache`) when the page is the same for
//! every respondent, and rendered in full otherwise.

use app::api::respondent::{PersonalInvitation, survey_form};
use app::api::sent_surveys;
use app::domain::{Slug, TenantAlias, UnixMillis};
use app::error::AppError;
use app::i18n::Language;
use app::pages::PreparedSurvey;
use app::services::fill_time::FillClock;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Request};
use axum::response::{IntoResponse, Response};

use super::render::{RenderMode, render_fresh};
use crate::page_cache::{NotKept, PageCache, PageKey};
use crate::page_template::{PageTemplate, Rendered};
use crate::state::AppState;

/// A rendered page larger than this is not read back to be kept.
const MAX_RENDERED_BYTES: usize = 8 * 1024 * 1024;

pub async fn survey_page(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    request: Request<Body>,
) -> Response {
    let (parts, _) = request.into_parts();
    let language = app::i18n::language_of_request(&parts);
    let already_sent = sent_surveys::of_request(&parts).contains(&tenant, &slug);
    let found =
        app::services::respondent::survey_page(&state.db, &tenant, &slug, UnixMillis::now()).await;
    // A personal link: its page is the respondent's own, never kept.
    let invitation = match invitation_token(&parts) {
        None => Ok(None),
        Some(token) => {
            app::services::respondent::personal_invitation(&state.db, &tenant, &slug, &token)
                .await
                .map(|link| {
                    Some(PersonalInvitation {
                        token,
                        anonymous: link.anonymous,
                    })
                })
        }
    };
    let pages = state.pages.clone();
    let clock = state.fill_clock.clone();
    let keep = pages.is_enabled() && plain_address(&parts);
    let key = match &found {
        Ok(page) if keep && page.reusable => Some(PageKey::Survey {
            tenant: page.tenant.0,
            survey: page.survey.id.0,
            alias: tenant.clone(),
            slug: slug.clone(),
            branding: (
                page.branding.tenant_name.clone(),
                page.branding.logo_url.clone(),
                page.branding.stylesheet_url.clone(),
            ),
            already_sent,
            language,
        }),
        // These pages show nothing of the survey, only the tenant's
        // address (its style sheet), so every survey address shares one.
        Err(error @ (AppError::NotFound | AppError::NoLongerAccepting))
            if keep && TenantAlias::parse(&tenant).is_ok() =>
        {
            Some(PageKey::Error {
                alias: tenant.clone(),
                status: error.status_code(),
                language,
            })
        }
        _ => None,
    };
    let render = move |parts: Parts, key: String| {
        let state = state.clone();
        let prepared = PreparedSurvey(found.clone().and_then(|page| {
            let mut form = survey_form(&page, &key, already_sent, state.puzzle, language);
            form.invitation = invitation.clone()?;
            Ok(form)
        }));
        async move { render_fresh(&state, parts, prepared, RenderMode::Async).await }
    };
    let mut response = match key {
        Some(key) => serve(&pages, &clock, key, parts, render).await,
        None => render(parts, fresh_key(&clock)).await,
    };
    // Each page carries an idempotency key of its own and says whether this
    // browser has sent answers already: Back from the thank-you page loads
    // it again rather than the browser's copy (which would send the same
    // key again, as the same response).
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub async fn thanks_page(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    request: Request<Body>,
) -> Response {
    let (parts, _) = request.into_parts();
    let pages = state.pages.clone();
    let clock = state.fill_clock.clone();
    let keep = pages.is_enabled()
        && plain_address(&parts)
        && TenantAlias::parse(&tenant).is_ok()
        && Slug::parse(&slug).is_ok();
    let render = move |parts: Parts, _key: String| {
        let state = state.clone();
        async move { render_fresh(&state, parts, (), RenderMode::OutOfOrder).await }
    };
    if keep {
        // The page shows only the tenant's address, whatever the survey.
        let key = PageKey::Thanks {
            alias: tenant,
            language: app::i18n::language_of_request(&parts),
        };
        serve(&pages, &clock, key, parts, render).await
    } else {
        render(parts, String::new()).await
    }
}

/// Only addresses written plainly are kept, under the words of their path
/// and their language: a `%` escape or another query could make two
/// spellings of one key render differently. `?lang=de` alone is plain
/// (the page's switcher links keep the query they are on).
fn plain_address(parts: &Parts) -> bool {
    let plain_query = match parts.uri.query() {
        None => true,
        Some(query) => query
            .strip_prefix("lang=")
            .is_some_and(|code| Language::from_code(code).is_some()),
    };
    plain_query && !parts.uri.path().contains('%')
}

/// The `invitation` of the address's query: a personal link's token.
pub(super) fn invitation_token(parts: &Parts) -> Option<String> {
    query_value(parts, app::domain::INVITATION_FIELD)
}

/// The first value of `name` in the address's query.
pub(super) fn query_value(parts: &Parts, name: &str) -> Option<String> {
    let query = parts.uri.query()?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(found, _)| found == name)
        .map(|(_, value)| value.into_owned())
}

/// A key stamped with the moment its page is served (`fill_time`).
fn fresh_key(clock: &FillClock) -> String {
    clock.issue(UnixMillis::now()).as_str().to_owned()
}

/// The page for `key` from the cache, rendered by `render` (given the
/// request and the idempotency key to write) when it is not there, with a
/// fresh nonce and key.
async fn serve<F, Fut>(
    pages: &PageCache,
    clock: &FillClock,
    key: PageKey,
    parts: Parts,
    render: F,
) -> Response
where
    F: Fn(Parts, String) -> Fut + Clone + Send,
    Fut: Future<Output = Response> + Send,
{
    let has_form = matches!(key, PageKey::Survey { .. });
    let marker = fresh_key(clock);
    let rendering = {
        let (parts, render, marker) = (parts.clone(), render.clone(), marker.clone());
        async move {
            let response = render(parts, marker.clone()).await;
            template_of(response, has_form.then_some(marker.as_str())).await
        }
    };
    match pages.get_or_render(key, rendering).await {
        Ok(template) => respond(&template, clock),
        Err(NotKept::Rendered(response)) => response,
        Err(NotKept::TooLarge(template)) => respond(&template, clock),
        Err(NotKept::Elsewhere) => render(parts, fresh_key(clock)).await,
    }
}

/// The rendered page cut at its nonce and `key`, or the response as it is
/// when it cannot be kept.
async fn template_of(response: Response, key: Option<&str>) -> Result<PageTemplate, Response> {
    let (head, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_RENDERED_BYTES).await {
        Ok(bytes) => bytes,
        Err(error) => {
            let error = AppError::internal("reading a rendered page failed", error);
            return Err(error.into_response());
        }
    };
    let template = std::str::from_utf8(&bytes).ok().and_then(|body| {
        PageTemplate::split(Rendered {
            status: head.status,
            headers: &head.headers,
            body,
            key,
        })
    });
    template.ok_or_else(|| Response::from_parts(head, Body::from(bytes)))
}

/// A response from `template`, with a nonce and an idempotency key that no
/// other response has.
fn respond(template: &PageTemplate, clock: &FillClock) -> Response {
    let nonce = leptos::nonce::Nonce::new().to_string();
    let (body, policy) = template.fill(&nonce, &fresh_key(clock));
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = template.status();
    // The nonce's alphabet is always a valid header value; were it not, no
    // page is better than one without its policy.
    let Ok(policy) = HeaderValue::from_str(&policy) else {
        return AppError::internal("a page's policy is not a header value", policy).into_response();
    };
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, template.content_type().clone());
    headers.insert(CONTENT_SECURITY_POLICY, policy);
    response
}
