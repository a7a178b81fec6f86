//! Server functions of the export-to-SQL page (tenant Administrators only:
//! the export database holds every answer and its password is shown here).
//! Rules: `services::sql_export`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportJobView {
    pub id: i64,
    /// `queued`, `running`, `succeeded` or `failed`.
    pub status: String,
    pub requested_at: String,
    pub finished_at: Option<String>,
    pub done: i64,
    pub total: i64,
    pub message: String,
}

/// How the Administrator reaches the export database.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportDatabaseView {
    /// The embedded default: a SQLite file to download.
    SqliteFile { download_url: String },
    Postgres {
        host: String,
        port: u16,
        database: String,
        username: String,
        password: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportPage {
    pub tenant_name: String,
    pub premium: bool,
    pub database: Option<ExportDatabaseView>,
    /// Newest first.
    pub jobs: Vec<ExportJobView>,
}

#[cfg(feature = "ssr")]
fn job_view(job: crate::services::sql_export::JobRecord) -> ExportJobView {
    ExportJobView {
        id: job.id,
        status: job.status.code().to_owned(),
        requested_at: job.requested_at.localized_time_string(),
        finished_at: job.finished_at.map(|t| t.localized_time_string()),
        done: job.done_items,
        total: job.total_items,
        message: crate::i18n::Message::in_words_from_stored(&job.message, &crate::i18n::texts()),
    }
}

#[server(prefix = "/api", endpoint = "load_export_page")]
pub async fn load_export_page(tenant: String) -> Result<ExportPage, AppError> {
    use crate::services::export::ExportLocation;

    let (db, access) = super::tenant_request(&tenant, true).await?;
    let scope = &access.scope;
    let overview =
        crate::services::sql_export::overview(&db, &super::from_context()?, scope).await?;
    let database = overview.location.map(|location| match location {
        ExportLocation::SqliteFile(_) => ExportDatabaseView::SqliteFile {
            download_url: format!("/t/{}/export/database.sqlite", scope.alias()),
        },
        ExportLocation::Postgres {
            host,
            port,
            database,
            username,
            password,
        } => ExportDatabaseView::Postgres {
            host,
            port,
            database,
            username,
            password,
        },
    });
    Ok(ExportPage {
        tenant_name: scope.tenant_name().to_owned(),
        premium: scope.plan() == crate::domain::Plan::Premium,
        database,
        jobs: overview.jobs.into_iter().map(job_view).collect(),
    })
}

/// Asks for a transfer (or finds the one already waiting or running).
#[server(prefix = "/api", endpoint = "request_sql_export")]
pub async fn request_sql_export(tenant: String) -> Result<ExportJobView, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let job = crate::services::sql_export::request_transfer(&db, &access.scope).await?;
    Ok(job_view(job))
}

/// The newest transfer, for the page to follow its progress.
#[server(prefix = "/api", endpoint = "sql_export_progress")]
pub async fn sql_export_progress(tenant: String) -> Result<Option<ExportJobView>, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let job = crate::services::sql_export::latest_transfer(&db, &access.scope).await?;
    Ok(job.map(job_view))
}
