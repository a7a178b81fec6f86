//! Tenant backups outside the Leptos router: `GET /t/{tenant}/backup.tar.gz`
//! (the tenant's Administrators) and `POST /admin/restore/upload` (a multipart form
//! of Tailspin administration that works without JavaScript).

use app::domain::{TenantAlias, UnixMillis};
use app::error::AppError;
use app::i18n::Message;
use app::services::backup::{RestoreRequest, backup_of, restore_backup};
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::reactive::computed::ScopedFuture;
use leptos::reactive::owner::Owner;
use tower_sessions::Session;

use super::body_limits;
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
            tracing::info!(tenant = %alias, "backup downloading");
            let mut response = Body::from_stream(archive.into_chunks()).into_response();
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
    /// The uploaded archive, in an unnamed temporary file.
    archive: Option<std::fs::File>,
    alias: String,
    administrator_password: String,
    client_secret: String,
}

/// An upload cut short, or larger than a restore takes.
fn interrupted() -> AppError {
    AppError::BadRequest(Message::new("msg-backup-upload-interrupted").in_page_language())
}

/// No archive was chosen.
fn no_archive() -> String {
    Message::new("msg-backup-choose-archive").in_page_language()
}

/// Reads the form; the archive goes to a temporary file as it arrives, so
/// an upload of any allowed size takes a chunk of memory at a time.
async fn read_form(mut multipart: Multipart) -> Result<RestoreForm, AppError> {
    let mut form = RestoreForm::default();
    while let Some(mut field) = multipart.next_field().await.map_err(|_| interrupted())? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "archive" {
            form.archive = Some(archive_to_file(&mut field).await?);
            continue;
        }
        // The other fields are short: the body limit of text fields bounds
        // them like any form.
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| interrupted())? {
            if bytes.len() + chunk.len() > body_limits::MAX_BODY_BYTES {
                return Err(interrupted());
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = String::from_utf8_lossy(&bytes);
        match name.as_str() {
            "alias" => form.alias = text.trim().to_owned(),
            "administrator_password" => form.administrator_password = text.into_owned(),
            "client_secret" => form.client_secret = text.into_owned(),
            _ => {}
        }
    }
    Ok(form)
}

/// The archive field in an unnamed temporary file, from its start; `None`
/// when it is empty.
async fn archive_to_file(
    field: &mut axum::extract::multipart::Field<'_>,
) -> Result<std::fs::File, AppError> {
    use tokio::io::AsyncWriteExt;
    fn spool_failed(error: impl std::fmt::Display) -> AppError {
        AppError::internal("restore: keeping the upload", error)
    }
    let file = tokio::task::spawn_blocking(tempfile::tempfile)
        .await
        .map_err(spool_failed)?
        .map_err(spool_failed)?;
    let mut file = tokio::io::BufWriter::new(tokio::fs::File::from_std(file));
    let mut length = 0usize;
    while let Some(chunk) = field.chunk().await.map_err(|_| interrupted())? {
        length += chunk.len();
        file.write_all(&chunk).await.map_err(spool_failed)?;
    }
    file.flush().await.map_err(spool_failed)?;
    if length == 0 {
        return Err(AppError::BadRequest(no_archive()));
    }
    let mut file = file.into_inner().into_std().await;
    tokio::task::spawn_blocking(move || {
        use std::io::Seek;
        file.rewind().map(|()| file)
    })
    .await
    .map_err(spool_failed)?
    .map_err(spool_failed)
}

fn back_with(message: &str) -> Response {
    let encoded: String =
        percent_encoding::utf8_percent_encode(message, percent_encoding::NON_ALPHANUMERIC)
            .collect();
    Redirect::to(&format!("/admin/restore?error={encoded}")).into_response()
}

pub async fn restore_upload(
    State(state): State<AppState>,
    parts: Parts,
    session: Session,
    multipart: Multipart,
) -> Response {
    if let Err(refused) = super::access::platform_admin(&state, &session).await {
        return refused;
    }
    // The refusals the restore page shows speak its language, as its
    // server functions do (`app::i18n::texts`).
    let texts = app::i18n::Texts::new(app::i18n::language_of_request(&parts));
    let owner = Owner::new();
    owner
        .with(|| {
            leptos::context::provide_context(texts);
            ScopedFuture::new(restore(state, multipart))
        })
        .await
}

async fn restore(state: AppState, multipart: Multipart) -> Response {
    let form = match read_form(multipart).await {
        Ok(form) => form,
        Err(AppError::BadRequest(message)) => return back_with(&message),
        Err(error) => return error.into_response(),
    };
    let Some(archive) = form.archive else {
        return back_with(&no_archive());
    };
    let alias = match TenantAlias::parse(&form.alias) {
        Ok(alias) => alias,
        Err(error) => {
            return back_with(
                &Message::new("msg-backup-choose-another-alias")
                    .text("reason", error.to_string())
                    .in_page_language(),
            );
        }
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
        archive,
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
