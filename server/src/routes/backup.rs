//! Tenant backups outside the Leptos router: `GET /t/{tenant}/backup.tar.gz`
//! (the tenant's Administrators) and `POST /admin/restore/upload` (a multipart form
//! of Tailspin administration that works without JavaScript).

use app::domain::{TenantAlias, UnixMillis};
use app::error::AppError;
use app::services::backup::{RestoreRequest, backup_of, restore_backup};
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use crate::state::AppState;

/// The largest archive a restore accepts.
pub const MAX_RESTORE_BYTES: usize = 100 * 1024 * 1024;

pub async fn download_backup(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    session: Session,
) -> Response {
    let access = match super::access::tenant_member(&state, &session, &tenant, true).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    match backup_of(&state.db, &state.blobs, &access.scope).await {
        Ok((alias, archive)) => {
            tracing::info!(tenant = %alias, bytes = archive.len(), "backup downloaded");
            let mut response = archive.into_response();
            let name = format!(
                "tailspin-{}-{}.tar.gz",
                alias,
                UnixMillis::now().date_string()
            );
            super::download::as_download(&mut response, "application/gzip", &name);
            response
        }
        Err(error) => error.into_response(),
    }
}

#[derive(Default)]
struct RestoreForm {
    archive: Vec<u8>,
    alias: String,
    administrator_password: String,
    client_secret: String,
}

async fn read_form(mut multipart: Multipart) -> Result<RestoreForm, String> {
    let mut form = RestoreForm::default();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| "The upload was interrupted or is too large (at most 100 MiB).".to_owned())?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| {
            "The upload was interrupted or is too large (at most 100 MiB).".to_owned()
        })? {
            bytes.extend_from_slice(&chunk);
        }
        let text = || String::from_utf8_lossy(&bytes).trim().to_owned();
        match name.as_str() {
            "archive" => form.archive = bytes,
            "alias" => form.alias = text(),
            "administrator_password" => {
                form.administrator_password = String::from_utf8_lossy(&bytes).into_owned()
            }
            "client_secret" => form.client_secret = String::from_utf8_lossy(&bytes).into_owned(),
            _ => {}
        }
    }
    if form.archive.is_empty() {
        return Err("Choose the backup archive to restore.".into());
    }
    Ok(form)
}

fn back_with(message: &str) -> Response {
    let encoded: String =
        percent_encoding::utf8_percent_encode(message, percent_encoding::NON_ALPHANUMERIC)
            .collect();
    Redirect::to(&format!("/admin/restore?error={encoded}")).into_response()
}

pub async fn restore_upload(
    State(state): State<AppState>,
    session: Session,
    multipart: Multipart,
) -> Response {
    if let Err(refused) = super::access::platform_admin(&state, &session).await {
        return refused;
    }
    let form = match read_form(multipart).await {
        Ok(form) => form,
        Err(message) => return back_with(&message),
    };
    let alias = match TenantAlias::parse(&form.alias) {
        Ok(alias) => alias,
        Err(error) => return back_with(&format!("Choose another alias: {error}.")),
    };
    let request = RestoreRequest {
        alias,
        administrator_password: Some(form.administrator_password).filter(|p| !p.is_empty()),
        client_secret: Some(form.client_secret).filter(|s| !s.is_empty()),
    };
    match restore_backup(
        &state.db,
        &state.blobs,
        &state.federation.key,
        &form.archive,
        request,
        UnixMillis::now(),
    )
    .await
    {
        Ok(tenant) => {
            tracing::info!(tenant = %tenant.alias, "backup restored");
            Redirect::to(&format!("/admin/subscribers/{}", tenant.alias)).into_response()
        }
        Err(AppError::BadRequest(message)) => back_with(&message),
        Err(error) => error.into_response(),
    }
}
