//! `POST /unsubscribe/{tenant}?token=…` with `List-Unsubscribe=One-Click`:
//! what a mail program sends when its reader presses its own "Unsubscribe"
//! button on a survey invitation (RFC 8058, the `List-Unsubscribe` headers
//! the invitation carries). A `GET` of the same address is the unsubscribe
//! page, where a person confirms.

use app::domain::UnixMillis;
use app::error::AppError;
use app::services::survey_invitations;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};

use super::respondent_pages::query_value;
use super::sign_in::read_small_form;
use crate::state::AppState;

pub async fn one_click_unsubscribe(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    request: Request<Body>,
) -> Response {
    let (parts, field) = match read_small_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    // Only the request RFC 8058 defines; a person unsubscribes on the page.
    if field("List-Unsubscribe") != "One-Click" {
        return AppError::BadRequest(
            "Send List-Unsubscribe=One-Click, or open this address to unsubscribe.".into(),
        )
        .into_response();
    }
    let token = query_value(&parts, "token").unwrap_or_default();
    match survey_invitations::unsubscribe(&state.db, &tenant, &token, UnixMillis::now()).await {
        Ok(done) => (
            StatusCode::OK,
            format!(
                "{} will send no more survey invitations to this address.",
                done.tenant_name
            ),
        )
            .into_response(),
        Err(error) => error.into_response(),
    }
}
