//! `GET /t/{tenant}/surveys/{slug}/export.xlsx`: every response of a survey
//! as an Excel workbook (`services::responses_xlsx`), for members of the
//! tenant, like the CSV beside it.

use app::services::responses_xlsx::{CONTENT_TYPE, responses_xlsx};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::state::AppState;

pub async fn export_xlsx(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    session: Session,
) -> Response {
    let access = match super::access::tenant_member(&state, &session, &tenant, false).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    let export = match responses_xlsx(&state.db, &access.scope, &slug).await {
        Ok(export) => export,
        Err(error) => return error.into_response(),
    };
    let file_name = format!("{}-responses.xlsx", export.slug.as_str());
    let mut response = export.bytes.into_response();
    super::download::as_download(&mut response, CONTENT_TYPE, &file_name);
    response
}
