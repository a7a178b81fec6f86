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
use super::invitation_claims;
use super::key_ring::TenantCipher;
use super::monthly_allowance::{self, Counted};
use super::pool::Pool;
use super::response_quota;
use super::retry::means_unavailable;
use super::webhook_outbox;
use crate::domain::{SubmissionId, UnixMillis, WebhookEvent};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreOutcome {
    /// Newly stored, with its queue message.
    Stored(SubmissionId),
    /// Newly stored, and a limit was reached with it: its survey took its
    /// last response and closed itself (`response_quota`), or its tenant
    /// crossed a warning threshold of its monthly responses
    /// (`monthly_allowance`), in the same transaction.
    StoredAtThreshold(SubmissionId),
    /// The same form was already submitted; nothing new was stored.
    Duplicate(SubmissionId),
    /// The survey is not published, has expired or has all the responses
    /// it takes (checked in the same transaction as the insert, so a survey
    /// closed a moment ago is honoured).
    NotAccepting,
    /// The tenant has received all the responses its plan allows this
    /// month; nothing was stored.
    OverMonthlyLimit,
    /// The personal link it came with has answered before; nothing was
    /// stored.
    AlreadyAnswered,
    /// The tenant's answers are moving to another region's database, or
    /// have moved: nothing was stored here; store it again with a fresh
    /// scope once the move switched.
    Moving,
}

/// Channel on which PostgreSQL announces newly stored answers to every
/// statistics task listening.
pub const NEW_ANSWERS_CHANNEL: &str = "tailspin_new_answers";

/// Most submissions in one transaction.
const MAX_BATCH: usize = 256;

/// Batches of submissions this process has committed: background work that
/// must not slow respondents (webhook delivery) backs off while it rises.
static BATCHES_WRITTEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// How many batches of submissions this process has committed so far.
pub fn batches_written() -> u64 {
    BATCHES_WRITTEN.load(std::sync::atomic::Ordering::Relaxed)
}

/// One submission, as stored: the question and its columns per answer.
pub(super) struct Pending {
    pub tenant: i64,
    pub survey: i64,
    pub key: String,
    pub answers: Vec<(i64, AnswerColumns)>,
    pub now: i64,
    /// The survey closes itself after a number of responses.
    pub limited: bool,
    /// The UTC month of `now`, `YYYY-MM`.
    pub month: String,
    /// The tenant's responses a month; `None`: no limit.
    pub monthly_limit: Option<i64>,
    /// Sent through a contact's personal link.
    pub invitee: Option<Invitee>,
    /// The code of the language it was answered in.
    pub language: &'static str,
    /// The tenant's data key, which seals the answers' text.
    pub cipher: TenantCipher,
}

/// The contact whose personal link a submission came with.
#[derive(Clone, Copy, Debug)]
pub struct Invitee {
    pub contact: i64,
    /// The survey is not anonymous: the contact keeps the submission's id.
    pub linked: bool,
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
                BATCHES_WRITTEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
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

/// Binds one answer row's six parameters.
macro_rules! bind_answer {
    ($query:expr, $row:expr) => {{
        let AnswerRow {
            tenant,
            submission,
            question,
            columns,
            sealed,
        } = $row;
        // The text goes only sealed; `text_value` is for rows from before.
        $query
            .bind(*tenant)
            .bind(*submission)
            .bind(*question)
            .bind(columns.number)
            .bind(None::<&str>)
            .bind(columns.items.as_deref())
            .bind(sealed.as_deref())
    }};
}

/// Deletes the batch's submissions `$refused` (they have no answers yet) in
/// the open transaction `$tx`, takes them out of `$stored`, and answers them
/// (and repeats of them in the batch) with `$outcome`.
macro_rules! refuse_submissions {
    ($tx:expr, $refused:expr, $stored:expr, $outcomes:expr, $outcome:expr) => {{
        let refused: &[i64] = $refused;
        let sql = response_quota::refuse_sql(refused.len());
        let mut refuse = sqlx::query(&sql).persistent(false);
        for id in refused {
            refuse = refuse.bind(*id);
        }
        refuse.execute(&mut *$tx).await?;
        $stored.retain(|(_, id)| !refused.contains(id));
        for outcome in $outcomes.iter_mut() {
            if let StoreOutcome::Stored(id) | StoreOutcome::Duplicate(id) = *outcome
                && refused.contains(&id.0)
            {
                *outcome = $outcome;
            }
        }
    }};
}

/// Stores `batch` in one transaction with a handful of statements (on
/// SQLite every statement is a round trip to its connection's thread); the
/// outcomes are in the same order as `batch`.
async fn write_batch(pool: &Pool, batch: &[Pending]) -> Result<Vec<StoreOutcome>, sqlx::Error> {
    macro_rules! write_on {
        ($pool:expr, $postgres:expr) => {{
            let style = if $postgres {
                Placeholders::Numbered
            } else {
                Placeholders::Anonymous
            };
            let mut tx = $pool.begin().await?;
            if $postgres {
                lock_surveys(&mut tx, batch).await?;
            }
            // The insert comes first so that SQLite takes its write lock at
            // once instead of upgrading a read lock later. It checks in the
            // same statement that each survey accepts answers, so a survey
            // closed a moment ago is honoured.
            let mut sql = String::from(
                "INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at, language) \
                 SELECT s.tenant_id, s.id, v.column3, v.column4, v.column5 FROM (VALUES ",
            );
            push_placeholders(&mut sql, batch.len(), 5, style);
            sql.push_str(
                ") AS v, surveys s, tenants t \
                 WHERE s.tenant_id = v.column1 AND s.id = v.column2 AND s.status = 'published' \
                   AND t.id = s.tenant_id AND NOT t.moving \
                   AND (s.expires_at IS NULL OR s.expires_at > v.column4) \
                   AND (s.opens_at IS NULL OR s.opens_at <= v.column4) \
                   AND (s.response_limit IS NULL OR s.last_response_number < s.response_limit) \
                 ON CONFLICT (survey_id, idempotency_key) DO NOTHING \
                 RETURNING id, survey_id, idempotency_key",
            );
            let mut insert = sqlx::query_as::<_, (i64, i64, String)>(&sql).persistent(false);
            for p in batch {
                insert = insert
                    .bind(p.tenant)
                    .bind(p.survey)
                    .bind(&p.key)
                    .bind(p.now)
                    .bind(p.language);
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
                            None => {
                                let moving: Option<bool> =
                                    sqlx::query_scalar("SELECT moving FROM tenants WHERE id = $1")
                                        .bind(pending.tenant)
                                        .fetch_optional(&mut *tx)
                                        .await?;
                                if moving == Some(true) {
                                    StoreOutcome::Moving
                                } else {
                                    StoreOutcome::NotAccepting
                                }
                            }
                        }
                    }
                };
                outcomes.push(outcome);
            }

            // A personal link answers once: its contact is marked in this
            // transaction, and a second answer is refused.
            let mut claims: Vec<(i64, i64, i64)> = Vec::new();
            let mut used: Vec<i64> = Vec::new();
            for (pending, id) in &stored {
                let Some(invitee) = pending.invitee else {
                    continue;
                };
                let claimed = sqlx::query(invitation_claims::CLAIM_SQL)
                    .bind(pending.survey)
                    .bind(pending.tenant)
                    .bind(invitee.contact)
                    .bind(invitee.linked.then_some(*id))
                    .bind(invitee.linked.then_some(pending.now))
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if claimed == 1 {
                    claims.push((*id, pending.tenant, invitee.contact));
                } else {
                    used.push(*id);
                }
            }
            if !used.is_empty() {
                refuse_submissions!(tx, &used, stored, outcomes, StoreOutcome::AlreadyAnswered);
            }

            let mut filled: Vec<(i64, i64)> = Vec::new();
            let mut limited: Vec<i64> = stored
                .iter()
                .filter(|(p, _)| p.limited)
                .map(|(p, _)| p.survey)
                .collect();
            limited.sort_unstable();
            limited.dedup();
            if !limited.is_empty() {
                let sql = response_quota::quotas_sql(limited.len());
                let mut query = sqlx::query_as::<_, response_quota::Quota>(&sql).persistent(false);
                for survey in &limited {
                    query = query.bind(*survey);
                }
                let quotas = query.fetch_all(&mut *tx).await?;
                let ids: Vec<(i64, i64)> = stored.iter().map(|(p, id)| (p.survey, *id)).collect();
                let check = response_quota::check(&ids, &quotas);
                if !check.refused.is_empty() {
                    refuse_submissions!(
                        tx,
                        &check.refused,
                        stored,
                        outcomes,
                        StoreOutcome::NotAccepting
                    );
                }
                filled = check.filled;
            }

            let mut crossed: Vec<i64> = Vec::new();
            if !stored.is_empty() {
                let counted: Vec<Counted> = stored
                    .iter()
                    .map(|(p, id)| Counted {
                        tenant: p.tenant,
                        month: &p.month,
                        id: *id,
                        limit: p.monthly_limit,
                    })
                    .collect();
                let groups = monthly_allowance::additions(&counted);
                let sql = monthly_allowance::count_sql(groups.len());
                let mut count =
                    sqlx::query_as::<_, monthly_allowance::MonthTotal>(&sql).persistent(false);
                for (tenant, month, added) in &groups {
                    count = count.bind(*tenant).bind(*month).bind(*added);
                }
                let totals = count.fetch_all(&mut *tx).await?;
                let check = monthly_allowance::check(&counted, &totals);
                for settle in &check.settle {
                    sqlx::query(monthly_allowance::SETTLE_SQL)
                        .bind(settle.over)
                        .bind(settle.level)
                        .bind(settle.tenant)
                        .bind(&settle.month)
                        .execute(&mut *tx)
                        .await?;
                    if settle.full {
                        sqlx::query(&monthly_allowance::full_sql())
                            .bind(&settle.month)
                            .bind(settle.tenant)
                            .bind(settle.limit)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                if !check.refused.is_empty() {
                    refuse_submissions!(
                        tx,
                        &check.refused,
                        stored,
                        outcomes,
                        StoreOutcome::OverMonthlyLimit
                    );
                    // A survey is not filled by a response that was refused.
                    filled.retain(|(_, last)| !check.refused.contains(last));
                }
                crossed = check.crossed;
            }

            // A limit refused a submission whose contact was marked above.
            for (id, tenant, contact) in &claims {
                if !stored.iter().any(|(_, stored_id)| stored_id == id) {
                    sqlx::query(invitation_claims::RELEASE_SQL)
                        .bind(*tenant)
                        .bind(*contact)
                        .execute(&mut *tx)
                        .await?;
                }
            }

            if !stored.is_empty() {
                let answers = answer_rows(&stored);
                let inline = answers_inline($postgres, answers.len());
                if !inline {
                    for chunk in answers.chunks(ROWS_PER_INSERT) {
                        let mut sql = String::new();
                        push_answers_insert(&mut sql, chunk.len(), style);
                        let mut insert = sqlx::query(&sql).persistent(false);
                        for row in chunk {
                            insert = bind_answer!(insert, row);
                        }
                        insert.execute(&mut *tx).await?;
                    }
                }
                let numbers = response_ranks(&stored);
                let sql = tail_sql(
                    &numbers,
                    if inline { answers.len() } else { 0 },
                    stored.len(),
                    $postgres,
                );
                let mut tail = sqlx::query(&sql).persistent(false);
                for (id, rank) in &numbers.ranks {
                    tail = tail.bind(*id).bind(*rank);
                }
                for (tenant, survey, count) in &numbers.counts {
                    tail = tail.bind(*tenant).bind(*survey).bind(*count);
                }
                if inline {
                    for row in &answers {
                        tail = bind_answer!(tail, row);
                    }
                }
                for (p, id) in &stored {
                    tail = tail
                        .bind(p.tenant)
                        .bind(p.survey)
                        .bind(*id)
                        .bind(p.now)
                        .bind(p.now);
                }
                if $postgres {
                    // Delivered at commit to every statistics task
                    // listening, in any process (see
                    // statistics::listen_for_answers).
                    tail = tail.bind(NEW_ANSWERS_CHANNEL);
                }
                tail.execute(&mut *tx).await?;
            }
            if !filled.is_empty() {
                let sql = response_quota::close_sql(filled.len());
                let mut close = sqlx::query(&sql).persistent(false).bind(batch[0].now);
                for (survey, _) in &filled {
                    close = close.bind(*survey);
                }
                close.execute(&mut *tx).await?;
                for (survey, _) in &filled {
                    let Some((p, _)) = stored.iter().find(|(p, _)| p.survey == *survey) else {
                        continue;
                    };
                    let event = webhook_outbox::survey_event(
                        WebhookEvent::SurveyClosed,
                        *survey,
                        UnixMillis(p.now),
                    );
                    webhook_outbox::queue_webhook_in!(tx, p.tenant, &event)?;
                }
            }
            for outcome in outcomes.iter_mut() {
                if let StoreOutcome::Stored(id) = *outcome
                    && (filled.iter().any(|(_, last)| *last == id.0) || crossed.contains(&id.0))
                {
                    *outcome = StoreOutcome::StoredAtThreshold(id);
                }
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

/// An answer row of the batch, its text sealed for its row.
struct AnswerRow<'a> {
    tenant: i64,
    submission: i64,
    question: i64,
    columns: &'a AnswerColumns,
    sealed: Option<Vec<u8>>,
}

/// The values bound for each answer row.
const ANSWER_COLUMNS: usize = 7;

fn answer_rows<'a>(stored: &[(&'a Pending, i64)]) -> Vec<AnswerRow<'a>> {
    stored
        .iter()
        .flat_map(|&(p, id)| {
            p.answers.iter().map(move |(q, columns)| AnswerRow {
                tenant: p.tenant,
                submission: id,
                question: *q,
                columns,
                sealed: columns
                    .text
                    .as_deref()
                    .map(|text| p.cipher.seal(id, *q, text)),
            })
        })
        .collect()
}

/// Whether a batch's answers go in the statement after the insert. On
/// PostgreSQL one statement takes at most 65,535 parameters, so many
/// answers are inserted in chunks of their own first; SQLite's limit is per
/// statement of the string, and the answers are chunked inside it.
fn answers_inline(postgres: bool, rows: usize) -> bool {
    !postgres || rows <= ROWS_PER_INSERT
}

/// How the newly stored submissions are numbered: each one's place among
/// its survey's new submissions (1, 2 … in id order), and per survey how
/// many there are.
#[derive(Debug, Default, PartialEq, Eq)]
struct ResponseRanks {
    /// (submission, place)
    ranks: Vec<(i64, i64)>,
    /// (tenant, survey, count)
    counts: Vec<(i64, i64, i64)>,
}

fn response_ranks(stored: &[(&Pending, i64)]) -> ResponseRanks {
    let mut by_survey: std::collections::BTreeMap<(i64, i64), Vec<i64>> = Default::default();
    for (pending, id) in stored {
        by_survey
            .entry((pending.tenant, pending.survey))
            .or_default()
            .push(*id);
    }
    let mut out = ResponseRanks::default();
    for ((tenant, survey), mut ids) in by_survey {
        ids.sort_unstable();
        out.counts.push((tenant, survey, ids.len() as i64));
        out.ranks.extend(ids.into_iter().zip(1..));
    }
    out
}

/// Everything a batch writes after inserting its submissions, in one round
/// trip: their response numbers (each survey's counter plus the
/// submission's place, so a number is given in the transaction that stores
/// it and never twice), the counters moved on, the answers (`answers`
/// rows, none when inserted before) and the statistics-queue messages
/// (`messages` rows); on PostgreSQL, the announcement of new answers too.
///
/// SQLite runs several statements of one string in one call to its
/// connection's thread; PostgreSQL takes one statement, so there the parts
/// are data-modifying `WITH` queries, which run on one snapshot: the new
/// numbers come from the counters' `RETURNING`, not from reading them again.
fn tail_sql(numbers: &ResponseRanks, answers: usize, messages: usize, postgres: bool) -> String {
    let style = if postgres {
        Placeholders::Numbered
    } else {
        Placeholders::Anonymous
    };
    let mut sql = String::new();
    let mut next = 1;
    let mut values = |sql: &mut String, rows: usize, columns: usize| {
        push_placeholders_from(sql, next, rows, columns, style);
        next += rows * columns;
    };
    if postgres {
        sql.push_str("WITH ranks AS (SELECT * FROM (VALUES ");
        values(&mut sql, numbers.ranks.len(), 2);
        sql.push_str(") AS v (id, place)), counts AS (SELECT * FROM (VALUES ");
        values(&mut sql, numbers.counts.len(), 3);
        sql.push_str(
            ") AS v (tenant, survey, added)), \
             moved AS (UPDATE surveys SET last_response_number = surveys.last_response_number + counts.added \
               FROM counts WHERE surveys.tenant_id = counts.tenant AND surveys.id = counts.survey \
               RETURNING surveys.id, surveys.last_response_number - counts.added AS base), \
             numbered AS (UPDATE submissions SET response_number = moved.base + ranks.place \
               FROM ranks, moved WHERE submissions.id = ranks.id AND submissions.survey_id = moved.id)",
        );
        if answers > 0 {
            sql.push_str(", new_answers AS (");
            push_answers_head(&mut sql);
            values(&mut sql, answers, ANSWER_COLUMNS);
            sql.push(')');
        }
        sql.push_str(", messages AS (");
        push_messages_head(&mut sql);
        values(&mut sql, messages, 5);
        sql.push_str(&format!(") SELECT pg_notify(${next}, '')"));
    } else {
        // The numbers read the counters before the next statement moves them.
        sql.push_str(
            "UPDATE submissions SET response_number = v.column2 + \
               (SELECT s.last_response_number FROM surveys s WHERE s.id = submissions.survey_id) \
             FROM (VALUES ",
        );
        values(&mut sql, numbers.ranks.len(), 2);
        sql.push_str(") AS v WHERE submissions.id = v.column1; \
             UPDATE surveys SET last_response_number = last_response_number + v.column3 FROM (VALUES ");
        values(&mut sql, numbers.counts.len(), 3);
        sql.push_str(") AS v WHERE surveys.tenant_id = v.column1 AND surveys.id = v.column2;");
        let mut rest = answers;
        while rest > 0 {
            let rows = rest.min(ROWS_PER_INSERT);
            sql.push(' ');
            push_answers_head(&mut sql);
            values(&mut sql, rows, ANSWER_COLUMNS);
            sql.push(';');
            rest -= rows;
        }
        let mut rest = messages;
        while rest > 0 {
            let rows = rest.min(ROWS_PER_INSERT);
            sql.push(' ');
            push_messages_head(&mut sql);
            values(&mut sql, rows, 5);
            sql.push(';');
            rest -= rows;
        }
        // No empty statement after the last one.
        sql.pop();
    }
    sql
}

fn push_answers_head(sql: &mut String) {
    sql.push_str(
        "INSERT INTO answers (tenant_id, submission_id, question_id, number_value, text_value, items, text_sealed) VALUES ",
    );
}

fn push_messages_head(sql: &mut String) {
    sql.push_str(
        "INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at) VALUES ",
    );
}

/// A whole `INSERT INTO answers` of `rows` rows.
fn push_answers_insert(sql: &mut String, rows: usize, style: Placeholders) {
    push_answers_head(sql);
    push_placeholders(sql, rows, ANSWER_COLUMNS, style);
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
    push_placeholders_from(sql, 1, rows, columns, style);
}

/// [`push_placeholders`] numbered from `first` (`$first`, …).
fn push_placeholders_from(
    sql: &mut String,
    first: usize,
    rows: usize,
    columns: usize,
    style: Placeholders,
) {
    use std::fmt::Write;
    for row in 0..rows {
        sql.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..columns {
            let separator = if column == 0 { "" } else { ", " };
            match style {
                Placeholders::Numbered => {
                    let n = first + row * columns + column;
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
    use super::{AnswerColumns, Pending, ResponseRanks, TenantCipher, response_ranks, tail_sql};

    fn pending(tenant: i64, survey: i64) -> Pending {
        Pending {
            tenant,
            survey,
            key: String::new(),
            answers: vec![(1, AnswerColumns::default())],
            now: 0,
            limited: false,
            month: String::new(),
            monthly_limit: None,
            invitee: None,
            language: "en",
            cipher: TenantCipher::for_tests(),
        }
    }

    #[test]
    fn new_submissions_are_ranked_per_survey_in_id_order() {
        let (a, b) = (pending(1, 10), pending(1, 20));
        let stored = [(&a, 7), (&b, 5), (&a, 3), (&b, 9), (&a, 4)];
        assert_eq!(
            response_ranks(&stored),
            ResponseRanks {
                ranks: vec![(3, 1), (4, 2), (7, 3), (5, 1), (9, 2)],
                counts: vec![(1, 10, 3), (1, 20, 2)],
            }
        );
    }

    /// The statement after the insert has a placeholder for every value
    /// bound to it, in the order bound (ranks, counts, answers, messages,
    /// then on PostgreSQL the channel), on both engines.
    #[test]
    fn the_tail_has_a_placeholder_per_bound_value() {
        let a = pending(1, 10);
        let stored: Vec<_> = (0..1_500).map(|id| (&a, id)).collect();
        let numbers = response_ranks(&stored);
        let values = 2 * 1_500 + 3 + 7 * 1_500 + 5 * 1_500;
        let sqlite = tail_sql(&numbers, 1_500, 1_500, false);
        assert_eq!(sqlite.matches('?').count(), values);
        // Chunks of at most a thousand rows, each its own statement.
        assert_eq!(sqlite.matches("INSERT INTO answers").count(), 2);
        assert_eq!(sqlite.matches("INSERT INTO statistics_queue").count(), 2);
        // Webhooks read `response.created` from the submissions themselves.
        assert!(!sqlite.contains("webhook"));
        assert_eq!(sqlite.matches(';').count(), 5, "six statements");
        let postgres = tail_sql(&numbers, 0, 1_500, true);
        let without_answers = values - 7 * 1_500;
        assert!(postgres.contains(&format!("${without_answers})")));
        let channel = without_answers + 1;
        assert!(postgres.ends_with(&format!("pg_notify(${channel}, '')")));
        assert!(!postgres.contains("INSERT INTO answers"));
    }
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
