//! The background job runner: claims tenants' jobs one at a time and runs
//! them, renewing the claim's lease with every progress report. It runs
//! beside the statistics task (in the server process by default, or in
//! `server worker`). Jobs are safe to run again, so a runner that dies only
//! delays its job until the lease runs out.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

pub use super::job_progress::JobProgress;
pub use super::job_services::{DEFAULT_PENDING_SIGNUP_MS, JobServices};
use crate::auth::{TenantScope, system_scope};
use crate::domain::UnixMillis;
use crate::error::AppError;
use crate::i18n::Message;
use crate::services::export::{ExportSettings, run_sql_export};
use crate::services::grants::{SystemGrant, SystemTask};
use crate::storage::jobs::{
    JobKind, JobRecord, JobStatus, MAX_JOB_ATTEMPTS, claim_job, finish_job, report_progress,
};
use crate::storage::{Database, tenants};

/// How long a claimed job stays claimed without a progress report.
pub const JOB_LEASE_MS: i64 = 60_000;

use super::job_wakeup::JOBS_REQUESTED;
pub use super::job_wakeup::jobs_requested;

struct StoredProgress<'a> {
    db: &'a Database,
    scope: &'a TenantScope,
    job: i64,
}

impl JobProgress for StoredProgress<'_> {
    async fn report(&mut self, done: i64, total: i64) -> Result<(), AppError> {
        let lease_until = UnixMillis(UnixMillis::now().0 + JOB_LEASE_MS);
        report_progress(self.db, self.scope, self.job, done, total, lease_until).await?;
        Ok(())
    }
}

/// Runs every job that is waiting; returns how many were run.
pub async fn run_pending_jobs(db: &Database, export: &ExportSettings) -> Result<u32, AppError> {
    let mut ran = 0;
    while let Some(job) = claim_job(db, UnixMillis::now(), JOB_LEASE_MS).await? {
        run_job(db, export, job).await?;
        ran += 1;
    }
    Ok(ran)
}

async fn run_job(db: &Database, export: &ExportSettings, job: JobRecord) -> Result<(), AppError> {
    let Some(tenant) = tenants::find_tenant_by_id(db, job.tenant).await? else {
        // A deleted tenant's jobs go with it (cascade).
        return Ok(());
    };
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::BackgroundJob));
    if job.attempts > MAX_JOB_ATTEMPTS {
        let message = Message::new("job-given-up").to_stored();
        finish_job(
            db,
            &scope,
            job.id,
            JobStatus::Failed,
            &message,
            UnixMillis::now(),
        )
        .await?;
        return Ok(());
    }
    let mut progress = StoredProgress {
        db,
        scope: &scope,
        job: job.id,
    };
    let outcome = match job.kind {
        JobKind::SqlExport => run_sql_export(db, export, &scope, &mut progress).await,
    };
    let (status, message) = match outcome {
        Ok(message) => (JobStatus::Succeeded, message),
        Err(error) => {
            tracing::warn!(job = job.id, tenant = %tenant.alias, %error, "background job failed");
            (JobStatus::Failed, Message::new("export-failed"))
        }
    };
    // Put into words by the page that shows it, in its reader's language.
    let message = message.to_stored();
    finish_job(db, &scope, job.id, status, &message, UnixMillis::now()).await?;
    Ok(())
}

/// Where this runner's sealing of old answers and contacts stands.
static SEALING: std::sync::Mutex<((i64, i64), i64)> = std::sync::Mutex::new(((0, 0), 0));

/// Answers and contacts stored plain before issue 27 are sealed a few
/// batches at a time, so a large backlog never holds the runner (or
/// SQLite's writers) for long. Each walks on from where it stopped and
/// starts over at the end, so rows skipped once are tried again.
async fn seal_plain_rows(db: &Database) {
    use crate::storage::data_keys::seal_plain_answers;
    use crate::storage::survey_contacts::seal_plain_contacts;
    let (answers, contacts) = *SEALING.lock().unwrap_or_else(|e| e.into_inner());
    let answers = seal_in_batches("answers", answers, |after| {
        seal_plain_answers(db, after, SEAL_BATCH)
    })
    .await;
    let contacts = seal_in_batches("contacts", contacts, |after| {
        seal_plain_contacts(db, after, SEAL_BATCH)
    })
    .await;
    *SEALING.lock().unwrap_or_else(|e| e.into_inner()) = (answers, contacts);
}

const SEAL_BATCH: i64 = 500;

/// Runs up to 20 batches of `seal` from `after`; returns where the next run
/// starts (the beginning once the end was reached).
async fn seal_in_batches<C, F, Fut>(what: &str, mut after: C, mut seal: F) -> C
where
    C: Copy + Default,
    F: FnMut(C) -> Fut,
    Fut: std::future::Future<Output = Result<crate::storage::data_keys::SealBatch<C>, sqlx::Error>>,
{
    const BATCHES_PER_RUN: usize = 20;
    for _ in 0..BATCHES_PER_RUN {
        match seal(after).await {
            Ok(batch) => {
                if batch.sealed > 0 {
                    tracing::info!(
                        sealed = batch.sealed,
                        what,
                        "sealed rows stored before sealing"
                    );
                }
                match batch.next {
                    Some(next) => after = next,
                    None => return C::default(),
                }
            }
            Err(error) => {
                tracing::error!(%error, what, "sealing rows stored before sealing failed");
                return after;
            }
        }
    }
    after
}

/// The queues of one database: survey limit and monthly response notices,
/// invitations, email, and answers still to seal.
async fn run_region_queues(db: &Database, services: &JobServices) {
    if let Err(error) = crate::services::survey_quota::queue_quota_notices(db, &services.mail).await
    {
        tracing::error!(%error, "queuing survey limit notices failed");
    }
    let warnings = crate::services::monthly_allowance::queue_allowance_warnings(
        db,
        &services.mail,
        UnixMillis::now(),
    );
    if let Err(error) = warnings.await {
        tracing::error!(%error, "queuing monthly response warnings failed");
    }
    let invitations = crate::services::survey_invitations::queue_due_messages(
        db,
        &services.mail,
        services.invitations_per_minute,
        UnixMillis::now(),
    );
    if let Err(error) = invitations.await {
        tracing::error!(%error, "queuing survey invitations failed");
    }
    if let Err(error) =
        crate::services::mail::deliver_pending_mail(db, &services.mail, UnixMillis::now()).await
    {
        tracing::error!(%error, "sending email failed");
    }
    // Answers stored before sealing began are in the directory only:
    // regions with databases of their own came later.
    if db.region_id().is_none() {
        seal_plain_rows(db).await;
    }
}

/// Runs waiting jobs and tenant purges forever: every `interval`, and at
/// once when one is asked for on this instance.
pub async fn run_until_stopped(
    db: Database,
    services: JobServices,
    interval: Duration,
    stop: CancellationToken,
) {
    loop {
        if let Err(error) = run_pending_jobs(&db, &services.export).await {
            tracing::error!(%error, "background jobs failed");
        }
        if let Err(error) = crate::services::lifecycle::run_pending_purges(&db, &services).await {
            tracing::error!(%error, "tenant purge failed");
        }
        if let Err(error) =
            crate::services::region_moves::run_pending_moves(&db, &services.blobs).await
        {
            tracing::error!(%error, "region move failed");
        }
        // Each region's database has its own queues of notices, invitations
        // and mail, and its own answers to seal.
        for region in db.region_databases() {
            run_region_queues(&region, &services).await;
        }
        let expiry = crate::services::lifecycle::expire_pending_signups(
            &db,
            services.pending_signup_ms,
            UnixMillis::now(),
        );
        if let Err(error) = expiry.await {
            tracing::error!(%error, "expiring pending sign-ups failed");
        }
        // Like the statistics task, a run in hand finishes before the stop;
        // a purge or export cut short by a hard kill resumes from its lease.
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = tokio::time::sleep(interval) => {}
            _ = JOBS_REQUESTED.notified() => {}
        }
    }
    tracing::info!("background jobs stopped");
}
