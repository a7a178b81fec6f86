//! The subscriber lifecycle on the server: suspending, re-activating and
//! deleting subscribers, and the purge that finishes a deletion.
//!
//! The purge runs beside the other background jobs. Every step is safe to
//! run again and removes its part in small batches, reporting each one
//! (which renews the lease), so a purge that stops anywhere — a crash, a
//! deploy — is picked up again by any runner once its lease runs out and
//! carries on where the data says it stopped.

use crate::auth::{TenantScope, system_scope};
use crate::domain::UnixMillis;
use crate::error::AppError;
use crate::i18n::Message;
use crate::services::export::drop_export_database;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::services::job_services::JobServices;
use crate::storage::lifecycle::{
    PurgeBatch, PurgeRecord, PurgeStatus, claim_purge, finish_purge, purge_batch, report_purge,
};
use crate::storage::{Database, tenants};

/// How long a claimed purge stays claimed without a report.
pub const PURGE_LEASE_MS: i64 = 60_000;
/// A purge claimed this many times without finishing is failed, for a
/// Tailspin administrator to look at.
pub const MAX_PURGE_ATTEMPTS: i64 = 5;

/// Whether a purge ran to its end or was stopped by its batch budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PurgeOutcome {
    Finished,
    Interrupted,
}

/// The steps of a purge, in order. The tenant row goes last: until then the
/// purge can always find what the tenant was.
const STEPS: [Step; 7] = [
    Step::DataKey,
    Step::Sessions,
    Step::ExportDatabase,
    Step::Blobs,
    Step::Batches(PurgeBatch::Responses),
    Step::Batches(PurgeBatch::Surveys),
    Step::Batches(PurgeBatch::Tenant),
];

#[derive(Clone, Copy, Debug)]
enum Step {
    /// Destroyed when the deletion began; again in case that failed.
    DataKey,
    Sessions,
    ExportDatabase,
    Blobs,
    Batches(PurgeBatch),
}

impl Step {
    /// What the progress says of it: stored as a message
    /// (`Message::to_stored`), put into words by the page that shows it.
    fn progress(self) -> String {
        Message::new(match self {
            Step::DataKey => "label-step-data-key",
            Step::Sessions => "label-step-sessions",
            Step::ExportDatabase => "label-step-export-database",
            Step::Blobs => "label-step-blobs",
            Step::Batches(PurgeBatch::Responses) => "label-step-responses",
            Step::Batches(PurgeBatch::Surveys) => "label-step-surveys",
            Step::Batches(PurgeBatch::Tenant) => "label-step-tenant",
        })
        .to_stored()
    }
}

/// Runs every purge that is waiting; returns how many finished.
pub async fn run_pending_purges(db: &Database, services: &JobServices) -> Result<u32, AppError> {
    let mut finished = 0;
    while let Some(purge) = claim_purge(db, UnixMillis::now(), PURGE_LEASE_MS).await? {
        if run_purge(db, services, &purge, None).await? == PurgeOutcome::Finished {
            finished += 1;
        }
    }
    Ok(finished)
}

/// Runs one claimed purge. `batch_budget` stops it after that many batches
/// without finishing it, as a crash would (tests use it).
pub async fn run_purge(
    db: &Database,
    services: &JobServices,
    purge: &PurgeRecord,
    batch_budget: Option<u32>,
) -> Result<PurgeOutcome, AppError> {
    if purge.attempts > MAX_PURGE_ATTEMPTS {
        let message = Message::new("purge-given-up").to_stored();
        finish_purge(
            db,
            purge.tenant,
            PurgeStatus::Failed,
            &message,
            UnixMillis::now(),
        )
        .await?;
        return Ok(PurgeOutcome::Finished);
    }
    let Some(tenant) = tenants::find_tenant_by_id(db, purge.tenant).await? else {
        // The last step already ran; only the record was left to finish.
        finish_purge(
            db,
            purge.tenant,
            PurgeStatus::Succeeded,
            "",
            UnixMillis::now(),
        )
        .await?;
        return Ok(PurgeOutcome::Finished);
    };
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::Purge));
    let mut budget = batch_budget;
    match purge_steps(db, services, &scope, &mut budget).await {
        Ok(PurgeOutcome::Interrupted) => Ok(PurgeOutcome::Interrupted),
        Ok(PurgeOutcome::Finished) => {
            // The row is gone: no instance may keep serving a cached copy.
            tenants::tenant_changed(db, scope.alias()).await?;
            finish_purge(
                db,
                purge.tenant,
                PurgeStatus::Succeeded,
                "",
                UnixMillis::now(),
            )
            .await?;
            tracing::info!(tenant = %purge.alias, "tenant purged");
            Ok(PurgeOutcome::Finished)
        }
        Err(error) => {
            // Left running: the lease runs out and another attempt resumes it.
            tracing::warn!(tenant = %purge.alias, %error, "tenant purge stopped; it will be resumed");
            Err(error)
        }
    }
}

async fn purge_steps(
    db: &Database,
    services: &JobServices,
    scope: &TenantScope,
    budget: &mut Option<u32>,
) -> Result<PurgeOutcome, AppError> {
    let tenant = scope.tenant_id();
    let lease = || UnixMillis(UnixMillis::now().0 + PURGE_LEASE_MS);
    for step in STEPS {
        report_purge(db, tenant, &step.progress(), 0, lease()).await?;
        match step {
            Step::DataKey => crate::storage::data_keys::destroy_data_key(db, scope).await?,
            Step::Sessions => {
                let removed = crate::storage::sessions::delete_tenant_sessions(db, scope).await?;
                report_purge(db, tenant, &step.progress(), removed, lease()).await?;
            }
            Step::ExportDatabase => drop_export_database(db, &services.export, scope).await?,
            Step::Blobs => {
                let removed = services
                    .blobs
                    .delete_tenant_blobs(tenant, scope.region())
                    .await?;
                report_purge(db, tenant, &step.progress(), removed, lease()).await?;
            }
            Step::Batches(batch) => loop {
                if let Some(left) = budget {
                    if *left == 0 {
                        return Ok(PurgeOutcome::Interrupted);
                    }
                    *left -= 1;
                }
                let removed = purge_batch(db, scope, batch).await?;
                if removed == 0 {
                    break;
                }
                report_purge(db, tenant, &step.progress(), removed as i64, lease()).await?;
            },
        }
    }
    Ok(PurgeOutcome::Finished)
}

/// Anonymous sign-ups of paid plans wait for a Tailspin administrator; one
/// nobody activated within `lifetime_ms` is deleted (the purge frees its
/// alias), or anyone could hold every good alias by signing up for it.
/// Subscribers a Tailspin administrator added, and tenants that were ever
/// active, are never expired.
pub async fn expire_pending_signups(
    db: &Database,
    lifetime_ms: i64,
    now: UnixMillis,
) -> Result<usize, AppError> {
    let before = UnixMillis(now.0.saturating_sub(lifetime_ms));
    let expired = crate::storage::lifecycle::pending_tenants_created_before(db, before).await?;
    for tenant in &expired {
        // Deleted like any subscriber, so whatever it made (an export
        // database, say) goes with it; the purge then frees the alias.
        let scope = system_scope(tenant, SystemGrant::new(SystemTask::PlatformAdministration));
        crate::storage::lifecycle::begin_deletion(db, &scope, now).await?;
        tracing::info!(tenant = %tenant.alias, "pending sign-up expired; it is being deleted");
    }
    Ok(expired.len())
}
