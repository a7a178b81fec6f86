//! `GET /t/{tenant}/export/database.sqlite`: the tenant's SQLite export
//! database (embedded default), for its Administrators. A consistent copy
//! is made with `VACUUM INTO`, so a transfer running at the same time never
//! produces a torn file, and streamed from disk.

use app::auth::TenantAccess;
use app::error::AppError;
use app::services::export::{ExportLocation, export_location};
use app::storage::Database;
use app::storage::exports::find_export_database;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use tokio::io::AsyncReadExt;
use tower_sessions::Session;

use crate::startup::AppState;

pub async fn download_export_database(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    session: Session,
) -> Response {
    let access = match super::tenant_member(&state, &session, &tenant, true).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    export_snapshot(&state, &access)
        .await
        .unwrap_or_else(IntoResponse::into_response)
}

async fn export_snapshot(state: &AppState, access: &TenantAccess) -> Result<Response, AppError> {
    let record = find_export_database(&state.db, &access.scope)
        .await?
        .ok_or(AppError::NotFound)?;
    let ExportLocation::SqliteFile(path) =
        export_location(&state.db, &state.export, &access.scope, &record)?
    else {
        return Err(AppError::NotFound);
    };
    if !path.exists() {
        return Err(AppError::NotFound);
    }
    let copy = state.export.sqlite_dir.join(format!(
        ".download-{}.sqlite",
        uuid::Uuid::new_v4().simple()
    ));
    let source = Database::connect(&format!("sqlite://{}", path.display()))
        .await
        .map_err(|e| AppError::internal("export download: opening the export database", e))?;
    // The copy's name is made here from a UUID; doubling quotes keeps the
    // literal well-formed whatever the directory is called.
    let literal = copy.display().to_string().replace('\'', "''");
    let vacuumed = match source.pool() {
        app::storage::Pool::Sqlite(pool) => sqlx::query(&format!("VACUUM INTO '{literal}'"))
            .execute(pool)
            .await
            .map(|_| ()),
        app::storage::Pool::Postgres(_) => Ok(()),
    };
    source.close().await;
    vacuumed.map_err(|e| AppError::internal("export download: copying the export database", e))?;
    let file = tokio::fs::File::open(&copy)
        .await
        .map_err(|e| AppError::internal("export download: opening the copy", e))?;
    // Unlinked at once: the open handle keeps the data readable until the
    // download ends, and nothing is left behind if it is cut short.
    let _ = tokio::fs::remove_file(&copy).await;
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
    super::as_download(
        &mut response,
        "application/vnd.sqlite3",
        &format!("{}-export.sqlite", access.scope.alias()),
    );
    Ok(response)
}
