//! The statistics task (the seed documents' merge approach). Each cycle
//! claims queued messages in batches of up to 256 until the queue is empty:
//! pre-run (claim), run (fold each new answer into an in-memory delta per
//! survey), post-run (merge each delta into the stored summary and delete
//! its messages in one transaction). A crash anywhere leaves either the old
//! summary with the messages still queued, or the new summary without
//! them: no answer is lost or counted twice.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::auth::system_scope;
use crate::domain::{SurveyId, SurveySummary, TenantId, UnixMillis};
use crate::error::AppError;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::storage::statistics::{
    MergeOutcome, QueuedMessage, answers_of_submissions, claim_batch, find_summary, merge_delta,
    record_failure,
};
use crate::storage::{Database, tenants};

/// A batch's answers are read in one query and merged in one transaction,
/// so a larger batch costs little more than a small one.
pub const BATCH_SIZE: i64 = 256;
/// By default a claimed message is hidden this long; a task that dies
/// mid-batch only delays its messages by this much.
pub const DEFAULT_LEASE_MS: i64 = 30_000;
/// A failed message is retried after this long.
pub const RETRY_AFTER_MS: i64 = 5_000;
const MAX_MERGE_TRIES: u32 = 10;
/// After answers arrive, the task waits this long before its cycle, so that
/// under load one cycle merges what several of the writer's batches stored.
/// Each cycle is two write transactions (claim, merge), each waiting for
/// the disk; woken by every batch, the task took two commits for each of
/// the writer's one, and on SQLite all of them queue for the one write lock.
const GATHER_NEW_ANSWERS: Duration = Duration::from_millis(25);

/// Wakes this process's task as soon as answers are stored (here, or on
/// PostgreSQL by any process).
static NEW_ANSWERS: Notify = Notify::const_new();

pub fn answers_arrived() {
    NEW_ANSWERS.notify_one();
}

/// The PostgreSQL channel on which storing answers is announced, so that
/// task instances in other processes wake at once too.
pub use crate::storage::NEW_ANSWERS_CHANNEL;

/// On PostgreSQL: forwards every notification on the channel to this
/// process's task, reconnecting after failures. Does nothing on SQLite.
async fn listen_for_answers(db: Database) {
    let crate::storage::Pool::Postgres(pool) = db.pool() else {
        return;
    };
    loop {
        let listened = async {
            let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
            listener.listen(NEW_ANSWERS_CHANNEL).await?;
            loop {
                listener.recv().await?;
                answers_arrived();
            }
        };
        // The listening loop only ever ends with an error.
        let Err(error): Result<std::convert::Infallible, sqlx::Error> = listened.await;
        tracing::warn!(%error, "statistics: listening for new answers failed; retrying");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Counters of the task, for logs and monitoring.
#[derive(Debug)]
pub struct TaskMetrics {
    pub merged_messages: AtomicU64,
    pub version_conflicts: AtomicU64,
    pub failed_attempts: AtomicU64,
    /// How long a claim hides its messages (a lease shorter than a batch
    /// takes would let another instance claim them again).
    pub lease_ms: i64,
}

impl Default for TaskMetrics {
    fn default() -> Self {
        TaskMetrics::with_lease(DEFAULT_LEASE_MS)
    }
}

impl TaskMetrics {
    pub fn with_lease(lease_ms: i64) -> TaskMetrics {
        TaskMetrics {
            merged_messages: AtomicU64::new(0),
            version_conflicts: AtomicU64::new(0),
            failed_attempts: AtomicU64::new(0),
            lease_ms,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CycleReport {
    pub merged_messages: u64,
    pub batches: u64,
}

/// Processes the queue until it is empty: until a claim finds less than a
/// whole batch (what arrives meanwhile waits for the next cycle, instead of
/// a claim per batch of the writer).
///
/// Each region's database has its own queue; `db` is the directory, which
/// knows them all. A region that fails does not hold up the others.
pub async fn run_cycle(db: &Database, metrics: &TaskMetrics) -> Result<CycleReport, AppError> {
    let mut report = CycleReport::default();
    let mut failed = None;
    for queue in db.region_databases() {
        match run_queue(db, &queue, metrics).await {
            Ok(done) => {
                report.merged_messages += done.merged_messages;
                report.batches += done.batches;
            }
            Err(error) => {
                tracing::error!(region = ?queue.region_id(), %error, "statistics: a region's queue failed");
                failed.get_or_insert(error);
            }
        }
    }
    match failed {
        Some(error) => Err(error),
        None => Ok(report),
    }
}

/// [`run_cycle`] on the queue of one database.
async fn run_queue(
    db: &Database,
    queue: &Database,
    metrics: &TaskMetrics,
) -> Result<CycleReport, AppError> {
    let mut report = CycleReport::default();
    loop {
        let batch = claim_batch(queue, UnixMillis::now(), metrics.lease_ms, BATCH_SIZE).await?;
        if batch.is_empty() {
            return Ok(report);
        }
        let last = batch.len() < BATCH_SIZE as usize;
        report.batches += 1;
        metrics::counter!("tailspin_statistics_batches_total").increment(1);
        let mut by_survey: BTreeMap<(TenantId, SurveyId), Vec<QueuedMessage>> = BTreeMap::new();
        for message in batch {
            by_survey
                .entry((message.tenant, message.survey))
                .or_default()
                .push(message);
        }
        for ((tenant, survey), messages) in by_survey {
            report.merged_messages +=
                merge_survey(db, queue, metrics, tenant, survey, messages).await?;
        }
        if last {
            return Ok(report);
        }
    }
}

/// Folds the messages' answers into one delta and merges it; returns how
/// many messages were merged.
async fn merge_survey(
    db: &Database,
    queue: &Database,
    metrics: &TaskMetrics,
    tenant: TenantId,
    survey: SurveyId,
    messages: Vec<QueuedMessage>,
) -> Result<u64, AppError> {
    let Some(tenant) = tenants::find_tenant_by_id(db, tenant).await? else {
        // Deleted tenants take their queue with them (cascade); nothing to do.
        return Ok(0);
    };
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::Statistics));
    let mut delta = SurveySummary::default();
    let mut included = Vec::with_capacity(messages.len());
    let mut acknowledged_at = Vec::with_capacity(messages.len());
    let submissions: Vec<i64> = messages.iter().map(|m| m.submission).collect();
    let answers = match answers_of_submissions(db, &scope, &submissions).await {
        Ok(answers) => answers,
        Err(error) => {
            let error = error.to_string();
            for message in &messages {
                record_failed_attempt(queue, metrics, message, &error).await?;
            }
            return Ok(0);
        }
    };
    for message in &messages {
        match &answers[&message.submission] {
            Ok(answers) => {
                delta.merge(&SurveySummary::of_response(answers));
                included.push(message.id);
                acknowledged_at.push(message.enqueued_at);
            }
            Err(error) => record_failed_attempt(queue, metrics, message, error).await?,
        }
    }
    if included.is_empty() {
        return Ok(0);
    }
    for _ in 0..MAX_MERGE_TRIES {
        let stored = find_summary(db, &scope, survey).await?;
        let outcome = merge_delta(
            db,
            &scope,
            survey,
            stored.as_ref(),
            &delta,
            &included,
            UnixMillis::now(),
        )
        .await?;
        match outcome {
            MergeOutcome::Merged => {
                metrics
                    .merged_messages
                    .fetch_add(included.len() as u64, Ordering::Relaxed);
                metrics::counter!("tailspin_statistics_merged_messages_total")
                    .increment(included.len() as u64);
                // How long after its acknowledgement each answer showed in
                // the summary.
                let now = UnixMillis::now();
                let lag = metrics::histogram!("tailspin_statistics_lag_seconds");
                for at in &acknowledged_at {
                    lag.record((now.0 - at.0).max(0) as f64 / 1000.0);
                }
                return Ok(included.len() as u64);
            }
            MergeOutcome::VersionConflict => {
                metrics.version_conflicts.fetch_add(1, Ordering::Relaxed);
                metrics::counter!("tailspin_statistics_version_conflicts_total").increment(1);
            }
            // Their lease ran out and another instance merged them: leave
            // them; the rest of this batch comes back after its lease.
            MergeOutcome::AlreadyProcessed => return Ok(0),
        }
    }
    tracing::warn!(
        survey = survey.0,
        "statistics: gave up after repeated version conflicts"
    );
    Ok(0)
}

/// Counts and logs a failed attempt and puts the message back (or, at its
/// last attempt, among the dead letters).
async fn record_failed_attempt(
    db: &Database,
    metrics: &TaskMetrics,
    message: &QueuedMessage,
    error: &str,
) -> Result<(), AppError> {
    metrics.failed_attempts.fetch_add(1, Ordering::Relaxed);
    metrics::counter!("tailspin_statistics_failed_attempts_total").increment(1);
    tracing::warn!(message = message.id, %error, "statistics: reading answers failed");
    record_failure(db, message, error, UnixMillis::now(), RETRY_AFTER_MS).await?;
    Ok(())
}

/// Runs cycles forever: every `interval`, and at once when answers arrive.
pub async fn run_until_stopped(
    db: Database,
    metrics: Arc<TaskMetrics>,
    interval: Duration,
    stop: CancellationToken,
) {
    let listeners: Vec<_> = db
        .region_databases()
        .into_iter()
        .map(|queue| tokio::spawn(listen_for_answers(queue)))
        .collect();
    let mut last_report = (std::time::Instant::now(), [0; 3]);
    loop {
        match run_cycle(&db, &metrics).await {
            Ok(report) if report.merged_messages > 0 => {
                tracing::debug!(merged = report.merged_messages, "statistics cycle");
            }
            Ok(_) => {}
            Err(error) => tracing::error!(%error, "statistics cycle failed"),
        }
        // Worker processes have no page of their own: their counters go to
        // the log once a minute when they moved.
        let counters = [
            metrics.merged_messages.load(Ordering::Relaxed),
            metrics.version_conflicts.load(Ordering::Relaxed),
            metrics.failed_attempts.load(Ordering::Relaxed),
        ];
        if counters != last_report.1 && last_report.0.elapsed() >= Duration::from_secs(60) {
            tracing::info!(
                merged = counters[0],
                version_conflicts = counters[1],
                failed_attempts = counters[2],
                "statistics task counters"
            );
            last_report = (std::time::Instant::now(), counters);
        }
        // A stop is seen only between cycles: the batch in hand is merged
        // and committed (or rolled back whole) before the task ends.
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = tokio::time::sleep(interval) => {}
            _ = NEW_ANSWERS.notified() => {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(GATHER_NEW_ANSWERS) => {}
                }
            }
        }
    }
    for listener in listeners {
        listener.abort();
    }
    tracing::info!("statistics task stopped");
}
