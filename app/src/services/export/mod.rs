//! Export to SQL: a background job copies a tenant's surveys, questions,
//! options, responses and answers into relational tables in the tenant's
//! own export database. It can run again at any time and then copies only
//! what is new.

mod schema;
mod settings;
mod target;
mod transfer;

pub use settings::ExportSettings;

pub use target::{
    ExportLocation, connect_export_database, drop_export_database, ensure_export_database,
    export_location,
};
pub use transfer::{SETTLE_MS, TransferReport, transfer_to_export};

use crate::auth::TenantScope;
use crate::error::AppError;
use crate::i18n::Message;
use crate::services::job_progress::JobProgress;
use crate::storage::Database;

/// The SQL export job: creates the export database on first use, then
/// copies what is new. Returns what the tenant reads about the outcome.
pub async fn run_sql_export(
    db: &Database,
    settings: &ExportSettings,
    scope: &TenantScope,
    progress: &mut impl JobProgress,
) -> Result<Message, AppError> {
    let record = ensure_export_database(db, settings, scope).await?;
    let location = export_location(db, settings, scope, &record)?;
    let target = connect_export_database(db, &location).await?;
    let report =
        transfer_to_export(db, scope, &target, record.settled_submission_id, progress).await;
    target.close().await;
    let report = report?;
    Ok(match report.new_responses {
        0 => Message::new("export-up-to-date").number("surveys", report.surveys),
        n => Message::new("export-copied")
            .number("surveys", report.surveys)
            .number("responses", n),
    })
}
