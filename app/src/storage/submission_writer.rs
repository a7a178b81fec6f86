//! Group commit for submissions.
//!
//! Every commit on a durable database waits for the disk (SQLite with
//! `synchronous=FULL`, PostgreSQL with `fsync`), so one commit per answer
//! caps a server at a few hundred answers a second. Instead, the answers
//! waiting when a writer is free are stored in one transaction, and each is
//! acknowledged only once that transaction has committed. Nobody waits for
//! a batch to fill: under light load a batch holds one submission.
//!
//! If a batch fails, nothing of it was committed; each of its submissions
//! is then stored on its own, so one bad submission never fails the others.

use std::sync::Arc;

use tokio::sync::{Mutex, mpsc, oneshot};

use super::Pool;
use super::submissions::StoreOutcome;
use crate::domain::SubmissionId;

/// Most submissions in one transaction.
const MAX_BATCH: usize = 256;

/// One submission, as stored: `(question, number, text)` per answer.
pub(super) struct Pending {
    pub tenant: i64,
    pub survey: i64,
    pub key: String,
    pub answers: Vec<(i64, Option<i64>, Option<String>)>,
    pub now: i64,
}

type Request = (Pending, oneshot::Sender<Result<StoreOutcome, sqlx::Error>>);

/// The queue in front of the writer tasks of one pool.
#[derive(Debug)]
pub(super) struct SubmissionWriter {
    queue: mpsc::Sender<Request>,
}

impl SubmissionWriter {
    /// Starts the writers: one on SQLite (it has one writer at a time
    /// anyway), several on PostgreSQL, whose batches commit side by side.
    /// They stop when the last handle on the queue is dropped.
    pub fn start(pool: Pool) -> SubmissionWriter {
        let (queue, receiver) = mpsc::channel::<Request>(4 * MAX_BATCH);
        let receiver = Arc::new(Mutex::new(receiver));
        let writers = match pool {
            Pool::Sqlite(_) => 1,
            Pool::Postgres(_) => 4,
        };
        for _ in 0..writers {
            tokio::spawn(write_batches(pool.clone(), receiver.clone()));
        }
        SubmissionWriter { queue }
    }

    /// Stores `pending` and answers once it is committed.
    pub async fn store(&self, pending: Pending) -> Result<StoreOutcome, sqlx::Error> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send((pending, reply))
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        answer.await.map_err(|_| sqlx::Error::PoolClosed)?
    }
}

async fn write_batches(pool: Pool, receiver: Arc<Mutex<mpsc::Receiver<Request>>>) {
    let mut batch: Vec<Request> = Vec::with_capacity(MAX_BATCH);
    loop {
        let received = receiver.lock().await.recv_many(&mut batch, MAX_BATCH).await;
        if received == 0 {
            return;
        }
        let (pendings, replies): (Vec<Pending>, Vec<_>) = batch.drain(..).unzip();
        metrics::histogram!("tailspin_submission_batch_size").record(pendings.len() as f64);
        match write_batch(&pool, &pendings).await {
            Ok(outcomes) => {
                for (reply, outcome) in replies.into_iter().zip(outcomes) {
                    let _ = reply.send(Ok(outcome));
                }
            }
            Err(error) if pendings.len() == 1 => {
                let _ = replies.into_iter().next().map(|r| r.send(Err(error)));
            }
            Err(error) => {
                tracing::warn!(%error, size = pendings.len(), "a batch of submissions failed; storing each on its own");
                for (pending, reply) in pendings.iter().zip(replies) {
                    let outcome = write_batch(&pool, std::slice::from_ref(pending))
                        .await
                        .map(|mut outcomes| outcomes.remove(0));
                    let _ = reply.send(outcome);
                }
            }
        }
    }
}

/// Stores `batch` in one transaction; the outcomes are in the same order.
async fn write_batch(pool: &Pool, batch: &[Pending]) -> Result<Vec<StoreOutcome>, sqlx::Error> {
    macro_rules! write_on {
        ($pool:expr, $notify:expr) => {{
            let mut tx = $pool.begin().await?;
            let mut outcomes = Vec::with_capacity(batch.len());
            for pending in batch {
                // The insert comes first so that SQLite takes its write
                // lock at once instead of upgrading a read lock later. It
                // checks in the same statement that the survey accepts
                // answers, so a survey closed a moment ago is honoured.
                let inserted: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at) \
                     SELECT s.tenant_id, s.id, $3, $4 FROM surveys s \
                     WHERE s.tenant_id = $1 AND s.id = $2 AND s.status = 'published' \
                       AND (s.expires_at IS NULL OR s.expires_at > $4) \
                     ON CONFLICT (survey_id, idempotency_key) DO NOTHING \
                     RETURNING id",
                )
                .bind(pending.tenant)
                .bind(pending.survey)
                .bind(&pending.key)
                .bind(pending.now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(submission) = inserted else {
                    let existing: Option<i64> = sqlx::query_scalar(
                        "SELECT id FROM submissions \
                         WHERE tenant_id = $1 AND survey_id = $2 AND idempotency_key = $3",
                    )
                    .bind(pending.tenant)
                    .bind(pending.survey)
                    .bind(&pending.key)
                    .fetch_optional(&mut *tx)
                    .await?;
                    outcomes.push(match existing {
                        Some(id) => StoreOutcome::Duplicate(SubmissionId(id)),
                        None => StoreOutcome::NotAccepting,
                    });
                    continue;
                };
                for (question, number, text) in &pending.answers {
                    sqlx::query(
                        "INSERT INTO answers (tenant_id, submission_id, question_id, number_value, text_value) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(pending.tenant)
                    .bind(submission)
                    .bind(question)
                    .bind(number)
                    .bind(text.as_deref())
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at) \
                     VALUES ($1, $2, $3, $4, $4)",
                )
                .bind(pending.tenant)
                .bind(pending.survey)
                .bind(submission)
                .bind(pending.now)
                .execute(&mut *tx)
                .await?;
                outcomes.push(StoreOutcome::Stored(SubmissionId(submission)));
            }
            let stored = outcomes
                .iter()
                .any(|o| matches!(o, StoreOutcome::Stored(_)));
            if $notify && stored {
                // Delivered at commit to every statistics task listening,
                // in any process (see statistics::listen_for_answers).
                sqlx::query("SELECT pg_notify($1, '')")
                    .bind(crate::statistics::NEW_ANSWERS_CHANNEL)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(outcomes)
        }};
    }
    match pool {
        Pool::Sqlite(pool) => write_on!(pool, false),
        Pool::Postgres(pool) => write_on!(pool, true),
    }
}
