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
//! is then stored on its own, so one bad submission never fails the others
//! (unless the database is unreachable: then the whole batch fails at once,
//! and so does every batch while it is marked down; see `availability`).

use std::sync::Arc;

use tokio::sync::{Mutex, mpsc, oneshot};

use super::answer_columns::AnswerColumns;
use super::availability::Availability;
use super::pool::Pool;
use super::retry::means_unavailable;
use crate::domain::SubmissionId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreOutcome {
    /// Newly stored, with its queue message.
    Stored(SubmissionId),
    /// The same form was already submitted; nothing new was stored.
    Duplicate(SubmissionId),
    /// The survey is not published or has expired (checked in the same
    /// statement as the insert, so a survey closed a moment ago is honoured).
    NotAccepting,
}

/// Channel on which PostgreSQL announces newly stored answers to every
/// statistics task listening.
pub const NEW_ANSWERS_CHANNEL: &str = "tailspin_new_answers";

/// Most submissions in one transaction.
const MAX_BATCH: usize = 256;

/// One submission, as stored: the question and its columns per answer.
pub(super) struct Pending {
    pub tenant: i64,
    pub survey: i64,
    pub key: String,
    pub answers: Vec<(i64, AnswerColumns)>,
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
    pub fn start(
        pool: Pool,
        availability: Arc<Availability>,
        write_turns: Arc<Mutex<()>>,
    ) -> SubmissionWriter {
        let (queue, receiver) = mpsc::channel::<Request>(4 * MAX_BATCH);
        let receiver = Arc::new(Mutex::new(receiver));
        let writers = match pool {
            Pool::Sqlite(_) => 1,
            Pool::Postgres(_) => 4,
        };
        for _ in 0..writers {
            tokio::spawn(write_batches(
                pool.clone(),
                availability.clone(),
                receiver.clone(),
                write_turns.clone(),
            ));
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

async fn write_batches(
    pool: Pool,
    availability: Arc<Availability>,
    receiver: Arc<Mutex<mpsc::Receiver<Request>>>,
    write_turns: Arc<Mutex<()>>,
) {
    let mut batch: Vec<Request> = Vec::with_capacity(MAX_BATCH);
    loop {
        let received = receiver.lock().await.recv_many(&mut batch, MAX_BATCH).await;
        if received == 0 {
            return;
        }
        let (pendings, replies): (Vec<Pending>, Vec<_>) = batch.drain(..).unzip();
        // SQLite: one turn at the write lock per batch, retries included
        // (see Database::sqlite_write_turn).
        let _turn = match pool {
            Pool::Sqlite(_) => Some(write_turns.lock().await),
            Pool::Postgres(_) => None,
        };
        metrics::histogram!("tailspin_submission_batch_size").record(pendings.len() as f64);
        let written = match availability.check() {
            Ok(()) => write_batch(&pool, &pendings).await,
            Err(down) => Err(down),
        };
        if let (Err(error), Pool::Postgres(pool)) = (&written, &pool) {
            availability.report(pool, error);
        }
        match written {
            Ok(outcomes) => {
                for (reply, outcome) in replies.into_iter().zip(outcomes) {
                    let _ = reply.send(Ok(outcome));
                }
            }
            Err(error) if pendings.len() == 1 || means_unavailable(&error) => {
                let message = error.to_string();
                let mut error = Some(error);
                for reply in replies {
                    // sqlx errors cannot be cloned; the others get the same
                    // kind of error with its message.
                    let _ = reply.send(Err(error
                        .take()
                        .unwrap_or_else(|| unavailable_like(&message))));
                }
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

/// Stands for an unavailability error shared by a whole batch: it means
/// unavailable too (503).
fn unavailable_like(message: &str) -> sqlx::Error {
    sqlx::Error::Io(std::io::Error::new(
        std::io::ErrorKind::ConnectionAborted,
        message.to_owned(),
    ))
}

/// Rows per multi-row insert: within both engines' limits on bound
/// parameters (SQLite 32,766; PostgreSQL 65,535) at five a row.
const ROWS_PER_INSERT: usize = 1_000;

/// Stores `batch` in one transaction with a handful of statements (on
/// SQLite every statement is a round trip to its connection's thread); the
/// outcomes are in the same order as `batch`.
async fn write_batch(pool: &Pool, batch: &[Pending]) -> Result<Vec<StoreOutcome>, sqlx::Error> {
    macro_rules! write_on {
        ($pool:expr, $postgres:expr) => {{
            let style = if $postgres { Placeholders::Numbered } else { Placeholders::Anonymous };
            let mut tx = $pool.begin().await?;
            if $postgres {
                lock_surveys(&mut tx, batch).await?;
            }
            // The insert comes first so that SQLite takes its write lock at
            // once instead of upgrading a read lock later. It checks in the
            // same statement that each survey accepts answers, so a survey
            // closed a moment ago is honoured.
            let mut sql = String::from(
                "INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at) \
                 SELECT s.tenant_id, s.id, v.column3, v.column4 FROM (VALUES ",
            );
            push_placeholders(&mut sql, batch.len(), 4, style);
            sql.push_str(
                ") AS v, surveys s \
                 WHERE s.tenant_id = v.column1 AND s.id = v.column2 AND s.status = 'published' \
                   AND (s.expires_at IS NULL OR s.expires_at > v.column4) \
                 ON CONFLICT (survey_id, idempotency_key) DO NOTHING \
                 RETURNING id, survey_id, idempotency_key",
            );
            let mut insert = sqlx::query_as::<_, (i64, i64, String)>(&sql).persistent(false);
            for p in batch {
                insert = insert.bind(p.tenant).bind(p.survey).bind(&p.key).bind(p.now);
            }
            let inserted = insert.fetch_all(&mut *tx).await?;

            let mut outcomes = Vec::with_capacity(batch.len());
            let mut stored: Vec<(&Pending, i64)> = Vec::with_capacity(inserted.len());
            for (index, pending) in batch.iter().enumerate() {
                let new = inserted
                    .iter()
                    .find(|(_, survey, key)| *survey == pending.survey && *key == pending.key)
                    .map(|(id, _, _)| *id);
                // The same key twice in one batch: the first is the one stored.
                let earlier = batch[..index]
                    .iter()
                    .any(|p| p.survey == pending.survey && p.key == pending.key);
                let outcome = match new {
                    Some(id) if !earlier => {
                        stored.push((pending, id));
                        StoreOutcome::Stored(SubmissionId(id))
                    }
                    Some(id) => StoreOutcome::Duplicate(SubmissionId(id)),
                    None => {
                        let existing: Option<i64> = sqlx::query_scalar(
                            "SELECT id FROM submissions \
                             WHERE tenant_id = $1 AND survey_id = $2 AND idempotency_key = $3",
                        )
                        .bind(pending.tenant)
                        .bind(pending.survey)
                        .bind(&pending.key)
                        .fetch_optional(&mut *tx)
                        .await?;
                        match existing {
                            Some(id) => StoreOutcome::Duplicate(SubmissionId(id)),
                            None => StoreOutcome::NotAccepting,
                        }
                    }
                };
                outcomes.push(outcome);
            }

            number_responses(&mut tx, &stored, style).await?;

            let answers: Vec<(i64, i64, i64, &AnswerColumns)> = stored
                .iter()
                .flat_map(|(p, id)| {
                    p.answers
                        .iter()
                        .map(move |(q, columns)| (p.tenant, *id, *q, columns))
                })
                .collect();
            for chunk in answers.chunks(ROWS_PER_INSERT) {
                let mut sql = String::from(
                    "INSERT INTO answers (tenant_id, submission_id, question_id, number_value, text_value, items) VALUES ",
                );
                push_placeholders(&mut sql, chunk.len(), 6, style);
                let mut insert = sqlx::query(&sql).persistent(false);
                for (tenant, submission, question, columns) in chunk {
                    insert = insert
                        .bind(*tenant)
                        .bind(*submission)
                        .bind(*question)
                        .bind(columns.number)
                        .bind(columns.text.as_deref())
                        .bind(columns.items.as_deref());
                }
                insert.execute(&mut *tx).await?;
            }
            for chunk in stored.chunks(ROWS_PER_INSERT) {
                let mut sql = String::from(
                    "INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at) VALUES ",
                );
                push_placeholders(&mut sql, chunk.len(), 5, style);
                let mut insert = sqlx::query(&sql).persistent(false);
                for (p, id) in chunk {
                    insert = insert.bind(p.tenant).bind(p.survey).bind(*id).bind(p.now).bind(p.now);
                }
                insert.execute(&mut *tx).await?;
            }
            if $postgres && !stored.is_empty() {
                // Delivered at commit to every statistics task listening,
                // in any process (see statistics::listen_for_answers).
                sqlx::query("SELECT pg_notify($1, '')")
                    .bind(NEW_ANSWERS_CHANNEL)
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

/// PostgreSQL: takes the batch's survey rows (in id order, so batches never
/// wait for each other in a circle) before inserting. Batches of one survey
/// then take their ids and their response numbers in the same order, so a
/// survey's numbers rise with its ids. (Numbering takes this lock anyway;
/// SQLite has one writer at a time.)
async fn lock_surveys<DB: sqlx::Database + sqlx::database::HasStatementCache>(
    tx: &mut sqlx::Transaction<'_, DB>,
    batch: &[Pending],
) -> Result<(), sqlx::Error>
where
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    i64: for<'q> sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    let mut surveys: Vec<i64> = batch.iter().map(|p| p.survey).collect();
    surveys.sort_unstable();
    surveys.dedup();
    let parameters: Vec<String> = (1..=surveys.len()).map(|n| format!("${n}")).collect();
    let sql = format!(
        "SELECT id FROM surveys WHERE id IN ({}) ORDER BY id FOR NO KEY UPDATE",
        parameters.join(", ")
    );
    let mut query = sqlx::query(&sql).persistent(false);
    for survey in &surveys {
        query = query.bind(*survey);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

/// Gives each newly stored submission the next numbers of its survey's
/// counter (1, 2, 3 … per survey, in id order), in the transaction that
/// stores it, so a number is never given twice nor changed later.
async fn number_responses<DB: sqlx::Database + sqlx::database::HasStatementCache>(
    tx: &mut sqlx::Transaction<'_, DB>,
    stored: &[(&Pending, i64)],
    style: Placeholders,
) -> Result<(), sqlx::Error>
where
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    i64: for<'q> sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let mut by_survey: std::collections::BTreeMap<(i64, i64), Vec<i64>> = Default::default();
    for (pending, id) in stored {
        by_survey
            .entry((pending.survey, pending.tenant))
            .or_default()
            .push(*id);
    }
    let mut numbered: Vec<(i64, i64)> = Vec::with_capacity(stored.len());
    for ((survey, tenant), mut ids) in by_survey {
        ids.sort_unstable();
        let (last,): (i64,) = sqlx::query_as(
            "UPDATE surveys SET last_response_number = last_response_number + $1 \
             WHERE tenant_id = $2 AND id = $3 RETURNING last_response_number",
        )
        .bind(ids.len() as i64)
        .bind(tenant)
        .bind(survey)
        .fetch_one(&mut **tx)
        .await?;
        let first = last - ids.len() as i64 + 1;
        numbered.extend(ids.into_iter().zip(first..));
    }
    for chunk in numbered.chunks(ROWS_PER_INSERT) {
        let mut sql =
            String::from("UPDATE submissions SET response_number = v.column2 FROM (VALUES ");
        push_placeholders(&mut sql, chunk.len(), 2, style);
        sql.push_str(") AS v WHERE submissions.id = v.column1");
        let mut update = sqlx::query(&sql).persistent(false);
        for (id, number) in chunk {
            update = update.bind(*id).bind(*number);
        }
        update.execute(&mut **tx).await?;
    }
    Ok(())
}

/// How a statement's parameters are written. SQLite gets anonymous `?`s:
/// sqlx looks a numbered one up by name (`sqlite3_bind_parameter_name`, a
/// linear scan per parameter), which showed in the profile of a batch with
/// hundreds of them.
#[derive(Clone, Copy)]
enum Placeholders {
    Numbered,
    Anonymous,
}

/// Appends `rows` groups of `columns` parameters: `($1, $2), ($3, $4)` or
/// `(?, ?), (?, ?)`, in the order they are bound.
fn push_placeholders(sql: &mut String, rows: usize, columns: usize, style: Placeholders) {
    use std::fmt::Write;
    for row in 0..rows {
        sql.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..columns {
            let separator = if column == 0 { "" } else { ", " };
            match style {
                Placeholders::Numbered => {
                    let n = row * columns + column + 1;
                    let _ = write!(sql, "{separator}${n}");
                }
                Placeholders::Anonymous => {
                    let _ = write!(sql, "{separator}?");
                }
            }
        }
        sql.push(')');
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_are_numbered_row_by_row() {
        use super::Placeholders::{Anonymous, Numbered};
        let mut sql = String::new();
        super::push_placeholders(&mut sql, 2, 3, Numbered);
        assert_eq!(sql, "($1, $2, $3), ($4, $5, $6)");
        let mut sql = String::new();
        super::push_placeholders(&mut sql, 2, 2, Anonymous);
        assert_eq!(sql, "(?, ?), (?, ?)");
    }
}
