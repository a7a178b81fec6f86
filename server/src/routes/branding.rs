//! Branding outside the Leptos router: the logo upload (a multipart form
//! that works without JavaScript) and the public logo and style sheet,
//! served with their content type, `nosniff`, an ETag and cache headers.

use app::error::AppError;
use app::services::branding::logo::MAX_LOGO_BYTES;
use app::services::branding::{UploadError, public_logo, public_stylesheet, replace_logo};
use axum::body::Body;
use axum::extract::{Multipart, Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use crate::state::AppState;

/// `POST /t/{tenant}/branding/logo`: Administrators only. Answers with a
/// redirect back to the branding page, which reports the outcome.
pub async fn upload_logo(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    session: Session,
    multipart: Multipart,
) -> Response {
    let page = format!("/t/{tenant}/branding");
    let access = match super::access::tenant_member(&state, &session, &tenant, true).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    let upload = match read_logo_field(multipart).await {
        Ok(upload) => upload,
        Err(code) => return Redirect::to(&format!("{page}?logo_error={code}")).into_response(),
    };
    match replace_logo(&state.db, &state.blobs, &access.scope, &upload).await {
        Ok(()) => Redirect::to(&format!("{page}?logo=saved")).into_response(),
        Err(UploadError::Refused(refused)) => {
            tracing::info!(tenant, reason = refused.code(), "logo refused");
            Redirect::to(&format!("{page}?logo_error={}", refused.code())).into_response()
        }
        Err(UploadError::Failed(error)) => error.into_response(),
    }
}

/// The `logo` field's bytes, read no further than the size limit allows.
async fn read_logo_field(mut multipart: Multipart) -> Result<Vec<u8>, &'static str> {
    while let Ok(Some(mut field)) = multipart.next_field().await {
        if field.name() != Some("logo") {
            continue;
        }
        let mut bytes = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if bytes.len() + chunk.len() > MAX_LOGO_BYTES {
                        return Err("too-large");
                    }
                    bytes.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(_) => return Err("damaged"),
            }
        }
        return if bytes.is_empty() {
            Err("empty")
        } else {
            Ok(bytes)
        };
    }
    Err("empty")
}

/// `GET /branding/{tenant}/logo`.
pub async fn serve_logo(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    RawQuery(query): RawQuery,
    request: HeaderMap,
) -> Response {
    match public_logo(&state.db, &state.blobs, &tenant).await {
        Ok(Some((bytes, content_type, version))) => cached(
            &request,
            query.is_some(),
            &version,
            &content_type,
            Body::from(bytes),
        ),
        Ok(None) => AppError::NotFound.into_response(),
        Err(error) => error.into_response(),
    }
}

/// `GET /branding/{tenant}/style.css`: the validated style sheet (empty
/// when the tenant has none).
pub async fn serve_stylesheet(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    RawQuery(query): RawQuery,
    request: HeaderMap,
) -> Response {
    match public_stylesheet(&state.db, &tenant).await {
        Ok((css, version)) => cached(
            &request,
            query.is_some(),
            &format!("css-{version}"),
            "text/css; charset=utf-8",
            Body::from(css),
        ),
        Err(error) => error.into_response(),
    }
}

/// `GET /branding/preview.css`: the empty sheet whose rules the branding
/// page's live preview replaces.
pub async fn preview_stylesheet() -> Response {
    let mut response = Body::empty().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A response that a browser revalidates with its ETag. An address with the
/// version in its query changes with the content, so it may be kept a
/// while; the plain address is checked on every use.
fn cached(
    request: &HeaderMap,
    versioned: bool,
    version: &str,
    content_type: &str,
    body: Body,
) -> Response {
    let etag = format!("\"{version}\"");
    let unchanged = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == etag));
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body.into_response()
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if versioned {
            "public, max-age=300, must-revalidate"
        } else {
            "no-cache"
        }),
    );
    // Opened on its own, neither may run anything.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    response
}
