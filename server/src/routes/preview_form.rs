//! The designer's preview posted without JavaScript: each page of the
//! survey in the preview's frame posts here and is drawn again at the next
//! page, every answer so far carried in the form. Nothing is stored; the
//! page itself loads the draft with the member's own access check
//! (`app::pages::SurveyPreviewDocument`), so another tenant's draft, or no
//! session, answers as the page does.

use app::error::AppError;
use app::pages::PreviewPost;
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};

use super::render::render_page_with;
use super::survey_form::FORM_BODY_LIMIT;
use crate::state::AppState;
use app::domain::form_body::parse_form_body;

pub async fn post_preview_form(State(state): State<AppState>, request: Request<Body>) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_BODY_LIMIT).await else {
        return AppError::PayloadTooLarge.into_response();
    };
    let form = parse_form_body(&bytes);
    render_page_with(&state, parts, PreviewPost(form.fields), StatusCode::OK).await
}
