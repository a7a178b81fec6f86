//! `GET /t/{tenant}/export/database.sqlite`: the tenant's SQLite export
//! database (embedded default), for its Administrators: a consistent copy
//! (`services::sql_export::sqlite_snapshot`) streamed from disk.

use app::auth::TenantAccess;
use app::error::AppError;
use app::services::sql_export::sqlite_snapshot;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use tokio::io::AsyncReadExt;
use tower_sessions::Session;

use crate::state::AppState;

pub async fn download_export_database(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    session: Session,
) -> Response {
    let access = match super::access::tenant_member(&state, &session, &tenant, true).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    export_snapshot(&state, &access)
        .await
        .unwrap_or_else(IntoResponse::into_response)
}

async fn export_snapshot(state: &AppState, access: &TenantAccess) -> Result<Response, AppError> {
    let file = sqlite_snapshot(&state.db, &state.export, &access.scope).await?;
    let chunks = futures_util::stream::unfold(Some(file), |file| async move {
        let mut file = file?;
        let mut buffer = vec![0u8; 64 * 1024];
        match file.read(&mut buffer).await {
            Ok(0) => None,
            Ok(n) => {
                buffer.truncate(n);
                Some((Ok::<_, std::io::Error>(Bytes::from(buffer)), Some(file)))
            }
            // The error ends the body; the client sees a cut-short download.
            Err(error) => Some((Err(error), None)),
        }
    });
    let mut response = Body::from_stream(chunks).into_response();
    super::download::as_download(
        &mut response,
        "application/vnd.sqlite3",
        &format!("{}-export.sqlite", access.scope.alias()),
    );
    Ok(response)
}
