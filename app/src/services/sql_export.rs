//! Export to SQL as the tenant's Administrators see it: where the export
//! database is, the recent transfers, asking for one, and a consistent copy
//! of the SQLite file to download. The transfer itself runs as a background
//! job (`services::export`).

use crate::auth::TenantScope;
use crate::domain::UnixMillis;
use crate::error::AppError;
use crate::services::export::{ExportLocation, ExportSettings, export_location};
use crate::storage::Database;
use crate::storage::exports::{copy_sqlite_file, find_export_database};
use crate::storage::jobs::{JobKind, recent_jobs, request_job};

pub use crate::storage::jobs::JobRecord;

/// Transfers the page lists.
const RECENT_JOBS: i64 = 5;

pub struct ExportOverview {
    /// Absent until the first transfer creates the export database.
    pub location: Option<ExportLocation>,
    /// Newest first.
    pub jobs: Vec<JobRecord>,
}

pub async fn overview(
    db: &Database,
    settings: &ExportSettings,
    scope: &TenantScope,
) -> Result<ExportOverview, AppError> {
    let location = match find_export_database(db, scope).await? {
        None => None,
        Some(record) => Some(export_location(db, settings, scope, &record)?),
    };
    let jobs = recent_jobs(db, scope, JobKind::SqlExport, RECENT_JOBS).await?;
    Ok(ExportOverview { location, jobs })
}

/// Asks for a transfer (or finds the one already waiting or running) and
/// wakes this process's job runner.
pub async fn request_transfer(db: &Database, scope: &TenantScope) -> Result<JobRecord, AppError> {
    let job = request_job(db, scope, JobKind::SqlExport, UnixMillis::now()).await?;
    crate::services::jobs::jobs_requested();
    Ok(job)
}

/// The newest transfer, for the page to follow its progress.
pub async fn latest_transfer(
    db: &Database,
    scope: &TenantScope,
) -> Result<Option<JobRecord>, AppError> {
    let mut jobs = recent_jobs(db, scope, JobKind::SqlExport, 1).await?;
    Ok(jobs.pop())
}

/// A consistent copy of the tenant's SQLite export database (the embedded
/// default), opened for reading. The copy is made with `VACUUM INTO`, so a
/// transfer running at the same time never produces a torn file. Not found
/// when the tenant has no export database yet or it lives in PostgreSQL.
pub async fn sqlite_snapshot(
    db: &Database,
    settings: &ExportSettings,
    scope: &TenantScope,
) -> Result<tokio::fs::File, AppError> {
    let record = find_export_database(db, scope)
        .await?
        .ok_or(AppError::NotFound)?;
    let ExportLocation::SqliteFile(path) = export_location(db, settings, scope, &record)? else {
        return Err(AppError::NotFound);
    };
    if !path.exists() {
        return Err(AppError::NotFound);
    }
    let copy = settings.sqlite_dir.join(format!(
        ".download-{}.sqlite",
        uuid::Uuid::new_v4().simple()
    ));
    let source = Database::connect(&format!("sqlite://{}", path.display()))
        .await
        .map_err(|e| AppError::internal("export download: opening the export database", e))?;
    let copied = copy_sqlite_file(&source, &copy).await;
    source.close().await;
    copied.map_err(|e| AppError::internal("export download: copying the export database", e))?;
    let file = tokio::fs::File::open(&copy)
        .await
        .map_err(|e| AppError::internal("export download: opening the copy", e))?;
    // Unlinked at once: the open handle keeps the data readable until the
    // download ends, and nothing is left behind if it is cut short.
    let _ = tokio::fs::remove_file(&copy).await;
    Ok(file)
}
