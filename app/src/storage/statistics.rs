//! The statistics task's storage: claiming queued messages, reading the
//! answers they point to, merging a batch's delta into a survey's stored
//! summary, and dead letters.
//!
//! Claiming is platform work on the queue as a whole (it returns which
//! tenant each message belongs to); everything that touches a survey's data
//! takes that tenant's scope.

use std::collections::BTreeMap;

use super::database::parameter_list;
use super::database::with_pool;
use super::key_ring::TenantCipher;
use super::leased_queue::LeasedQueue;
use crate::auth::scope::TenantScope;
use crate::domain::{
    QuestionId, QuestionSummary, SurveyId, SurveySummary, TOP_WORDS, TenantId, UnixMillis,
    ValidAnswer,
};
use crate::storage::database::Database;

/// A message after 5 failed attempts goes to the dead letters.
pub const MAX_ATTEMPTS: i64 = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuedMessage {
    pub id: i64,
    pub tenant: TenantId,
    pub survey: SurveyId,
    pub submission: i64,
    /// Including this claim.
    pub attempts: i64,
    /// When the answer was stored (and acknowledged).
    pub enqueued_at: UnixMillis,
}

/// A claimed row of the queue, as stored.
#[derive(sqlx::FromRow)]
struct QueueRow {
    id: i64,
    tenant_id: i64,
    survey_id: i64,
    submission_id: i64,
    attempts: i64,
    enqueued_at: i64,
}

/// Claims up to `limit` visible messages: they stay invisible to other task
/// instances for `lease_ms`, and their attempt count goes up. On
/// PostgreSQL, rows another instance is claiming are skipped, not waited
/// for.
const STATISTICS_QUEUE: LeasedQueue = LeasedQueue {
    table: "statistics_queue",
    key: "id",
    claimable: "visible_at <= $1",
    take: "visible_at = $1 + $2, attempts = attempts + 1",
    order: "id",
    returning: "id, tenant_id, survey_id, submission_id, attempts, enqueued_at",
};

pub async fn claim_batch(
    db: &Database,
    now: UnixMillis,
    lease_ms: i64,
    limit: i64,
) -> Result<Vec<QueuedMessage>, sqlx::Error> {
    let _turn = db.sqlite_write_turn().await;
    let sql = STATISTICS_QUEUE.claim_statement(db.backend());
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, QueueRow>(&sql)
            .bind(now.0)
            .bind(lease_ms)
            .bind(limit)
            .fetch_all(pool)
            .await?;
        let mut messages: Vec<QueuedMessage> = rows
            .into_iter()
            .map(|row| QueuedMessage {
                id: row.id,
                tenant: TenantId(row.tenant_id),
                survey: SurveyId(row.survey_id),
                submission: row.submission_id,
                attempts: row.attempts,
                enqueued_at: UnixMillis(row.enqueued_at),
            })
            .collect();
        messages.sort_by_key(|m| m.id);
        Ok(messages)
    })
}

/// What reading one submission's answers gave: the answers as validated
/// when they were stored, or why they cannot be read (a corrupt row fails
/// its own submission, not the others read with it).
pub type SubmissionAnswers = Result<Vec<ValidAnswer>, String>;

/// Which submission a row of [`answers_of_submissions`] belongs to.
#[derive(sqlx::FromRow)]
pub(super) struct AnswerOwner {
    submission_id: i64,
}

/// The answer in a row of [`answers_of_submissions`], as stored.
#[derive(sqlx::FromRow)]
pub(super) struct AnswerRow {
    question_id: i64,
    kind: String,
    number_value: Option<i64>,
    text_value: Option<String>,
    items: Option<String>,
    text_sealed: Option<Vec<u8>>,
}

/// The answers of several submissions in one query, keyed by submission.
/// Every requested submission has an entry (no answers: an empty list).
/// `Err` only when the query itself failed.
pub async fn answers_of_submissions(
    db: &Database,
    scope: &TenantScope,
    submissions: &[i64],
) -> Result<BTreeMap<i64, SubmissionAnswers>, sqlx::Error> {
    let db = db.region(scope)?;
    let mut out: BTreeMap<i64, SubmissionAnswers> =
        submissions.iter().map(|id| (*id, Ok(Vec::new()))).collect();
    if submissions.is_empty() {
        return Ok(out);
    }
    let sql = format!(
        "SELECT {ANSWER_ROW_COLUMNS} FROM answers a \
         JOIN questions q ON q.id = a.question_id AND q.tenant_id = a.tenant_id \
         WHERE a.tenant_id = $1 AND a.submission_id IN ({}) ORDER BY a.submission_id, a.question_id",
        parameter_list(2, submissions.len())
    );
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    with_pool!(db, pool => {
        let mut query = sqlx::query(&sql).bind(scope.tenant_id().0);
        for id in submissions {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(pool).await?;
        decode_answer_rows(&cipher, &rows, &mut out)?;
        Ok(out)
    })
}

/// The columns [`decode_answer_rows`] reads, from `answers a` joined with
/// `questions q`.
pub(super) const ANSWER_ROW_COLUMNS: &str =
    "a.submission_id, a.question_id, q.kind, a.number_value, a.text_value, a.items, a.text_sealed";

/// Adds each row's answer to its submission's entry. Rows are fetched
/// plain and decoded one by one, so that a corrupt answer fails its own
/// submission and not the whole query.
pub(super) fn decode_answer_rows<'r, R: sqlx::Row>(
    cipher: &TenantCipher,
    rows: &'r [R],
    out: &mut BTreeMap<i64, SubmissionAnswers>,
) -> Result<(), sqlx::Error>
where
    AnswerOwner: sqlx::FromRow<'r, R>,
    AnswerRow: sqlx::FromRow<'r, R>,
{
    for row in rows {
        let AnswerOwner {
            submission_id: submission,
        } = sqlx::FromRow::from_row(row)?;
        let answer = sqlx::FromRow::from_row(row).and_then(|answer: AnswerRow| {
            let value = super::submissions::decode_answer(
                cipher,
                (submission, answer.question_id),
                &answer.kind,
                super::submissions::StoredColumns {
                    number: answer.number_value,
                    text: answer.text_value,
                    items: answer.items,
                    sealed: answer.text_sealed,
                },
            )?;
            Ok(ValidAnswer {
                question: QuestionId(answer.question_id),
                value,
            })
        });
        let entry = out.entry(submission).or_insert_with(|| Ok(Vec::new()));
        match (entry, answer) {
            (Ok(answers), Ok(answer)) => answers.push(answer),
            (entry @ Ok(_), Err(error)) => *entry = Err(error.to_string()),
            (Err(_), _) => {}
        }
    }
    Ok(())
}

/// A survey's stored summary (with the top words only), its version and
/// when it was last merged into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredSummary {
    pub summary: SurveySummary,
    pub version: i64,
    pub updated_at: UnixMillis,
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    version: i64,
    summary: String,
    updated_at: i64,
}

pub async fn find_summary(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Option<StoredSummary>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, SummaryRow>(
            "SELECT version, summary, updated_at FROM survey_summaries WHERE tenant_id = $1 AND survey_id = $2",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .fetch_optional(pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let summary = serde_json::from_str(&row.summary)
            .map_err(|e| sqlx::Error::Decode(format!("invalid stored summary: {e}").into()))?;
        Ok(Some(StoredSummary {
            summary,
            version: row.version,
            updated_at: UnixMillis(row.updated_at),
        }))
    })
}

/// The summary version of the survey at `slug` (0 before its first merge);
/// `None` when the tenant has no such survey.
pub async fn summary_version(
    db: &Database,
    scope: &TenantScope,
    slug: &crate::domain::Slug,
) -> Result<Option<i64>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        sqlx::query_scalar(
            "SELECT COALESCE(m.version, 0) FROM surveys s \
             LEFT JOIN survey_summaries m ON m.survey_id = s.id AND m.tenant_id = s.tenant_id \
             WHERE s.tenant_id = $1 AND s.slug = $2",
        )
        .bind(scope.tenant_id().0)
        .bind(slug.as_str())
        .fetch_optional(pool)
        .await
    })
}

/// The summary version of one of the tenant's surveys (0 before its first
/// merge).
pub async fn summary_version_of(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) FROM survey_summaries WHERE tenant_id = $1 AND survey_id = $2",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .fetch_one(pool)
        .await
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeOutcome {
    Merged,
    /// Another instance wrote the summary first (version moved on); nothing
    /// was written: read again and retry.
    VersionConflict,
    /// Some of the messages were already processed elsewhere (their lease
    /// ran out); nothing was written, so nothing is counted twice.
    AlreadyProcessed,
}

/// Merges `delta` (built from exactly the submissions of `messages`) into
/// the survey's summary written at `expected_version` (`None`: no summary
/// yet), updates the word counts, and deletes the messages, all in one
/// transaction.
pub async fn merge_delta(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    expected: Option<&StoredSummary>,
    delta: &SurveySummary,
    messages: &[i64],
    now: UnixMillis,
) -> Result<MergeOutcome, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    let mut merged = expected.map(|s| s.summary.clone()).unwrap_or_default();
    merged.merge(delta);
    let _turn = db.sqlite_write_turn().await;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let delete = format!(
            "DELETE FROM statistics_queue WHERE tenant_id = $1 AND id IN ({})",
            parameter_list(2, messages.len())
        );
        let mut query = sqlx::query(&delete).bind(tenant);
        for id in messages {
            query = query.bind(*id);
        }
        let deleted = query.execute(&mut *tx).await?.rows_affected();
        if deleted != messages.len() as u64 {
            tx.rollback().await?;
            return Ok(MergeOutcome::AlreadyProcessed);
        }
        // Word counts accumulate in their own table; the summary keeps the
        // top words, read back from it.
        for (question, summary) in &delta.questions {
            let QuestionSummary::FreeText { words, .. } = summary else { continue };
            for (word, count) in words {
                sqlx::query(
                    "INSERT INTO summary_word_counts (tenant_id, question_id, word, count) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (question_id, word) DO UPDATE SET count = summary_word_counts.count + excluded.count",
                )
                .bind(tenant)
                .bind(question)
                .bind(word)
                .bind(*count as i64)
                .execute(&mut *tx)
                .await?;
            }
            let top: Vec<(String, i64)> = sqlx::query_as(
                "SELECT word, count FROM summary_word_counts WHERE tenant_id = $1 AND question_id = $2 \
                 ORDER BY count DESC, word ASC LIMIT $3",
            )
            .bind(tenant)
            .bind(question)
            .bind(TOP_WORDS as i64)
            .fetch_all(&mut *tx)
            .await?;
            let top_words: BTreeMap<String, u64> =
                top.into_iter().map(|(word, count)| (word, count as u64)).collect();
            if let Some(QuestionSummary::FreeText { words, .. }) = merged.questions.get_mut(question) {
                *words = top_words;
            }
        }
        let json = serde_json::to_string(&merged)
            .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        let written = match expected {
            Some(stored) => sqlx::query(
                "UPDATE survey_summaries SET version = version + 1, total_responses = $3, summary = $4, updated_at = $5 \
                 WHERE tenant_id = $1 AND survey_id = $2 AND version = $6",
            )
            .bind(tenant)
            .bind(survey.0)
            .bind(merged.responses as i64)
            .bind(&json)
            .bind(now.0)
            .bind(stored.version)
            .execute(&mut *tx)
            .await?
            .rows_affected(),
            None => sqlx::query(
                "INSERT INTO survey_summaries (survey_id, tenant_id, version, total_responses, summary, updated_at) \
                 VALUES ($2, $1, 1, $3, $4, $5) ON CONFLICT (survey_id) DO NOTHING",
            )
            .bind(tenant)
            .bind(survey.0)
            .bind(merged.responses as i64)
            .bind(&json)
            .bind(now.0)
            .execute(&mut *tx)
            .await?
            .rows_affected(),
        };
        if written != 1 {
            tx.rollback().await?;
            return Ok(MergeOutcome::VersionConflict);
        }
        let postgres = matches!(db.pool(), super::Pool::Postgres(_));
        if postgres {
            // Delivered at commit to the open results pages of every process
            // (see summary_changes).
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(super::summary_changes::SUMMARY_MERGED_CHANNEL)
                .bind(super::summary_changes::payload(scope.tenant_id(), survey))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        if !postgres {
            db.summary_changes().merged(scope.tenant_id(), survey);
        }
        Ok(MergeOutcome::Merged)
    })
}

/// Records a failed attempt: the message becomes visible again after
/// `retry_after_ms`, or, at its last attempt, moves to the dead letters.
pub async fn record_failure(
    db: &Database,
    message: &QueuedMessage,
    error: &str,
    now: UnixMillis,
    retry_after_ms: i64,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        if message.attempts >= MAX_ATTEMPTS {
            let moved = sqlx::query(
                "INSERT INTO dead_letters (tenant_id, survey_id, submission_id, attempts, last_error, enqueued_at, failed_at) \
                 SELECT tenant_id, survey_id, submission_id, attempts, $2, enqueued_at, $3 FROM statistics_queue WHERE id = $1",
            )
            .bind(message.id)
            .bind(error)
            .bind(now.0)
            .execute(&mut *tx)
            .await?;
            if moved.rows_affected() == 1 {
                sqlx::query("DELETE FROM statistics_queue WHERE id = $1")
                    .bind(message.id)
                    .execute(&mut *tx)
                    .await?;
            }
        } else {
            sqlx::query("UPDATE statistics_queue SET last_error = $2, visible_at = $3 WHERE id = $1")
                .bind(message.id)
                .bind(error)
                .bind(now.0 + retry_after_ms)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadLetter {
    pub id: i64,
    pub tenant: TenantId,
    pub survey: SurveyId,
    pub submission: i64,
    pub attempts: i64,
    pub last_error: String,
    pub failed_at: UnixMillis,
}

#[derive(sqlx::FromRow)]
struct DeadLetterRow {
    id: i64,
    tenant_id: i64,
    survey_id: i64,
    submission_id: i64,
    attempts: i64,
    last_error: String,
    failed_at: i64,
}

/// The whole queue at a glance (platform data for Tailspin operators).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueueDepth {
    pub queued: i64,
    /// Enqueue time of the oldest waiting message.
    pub oldest: Option<UnixMillis>,
    pub dead_letters: i64,
}

/// The queues of the directory and every region's database together.
pub async fn total_queue_depth(db: &Database) -> Result<QueueDepth, sqlx::Error> {
    let mut total = QueueDepth::default();
    for region in db.region_databases() {
        let depth = queue_depth(&region).await?;
        total.queued += depth.queued;
        total.dead_letters += depth.dead_letters;
        total.oldest = match (total.oldest, depth.oldest) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    Ok(total)
}

/// The queue of one database.
pub async fn queue_depth(db: &Database) -> Result<QueueDepth, sqlx::Error> {
    with_pool!(db, pool => {
        let (queued, oldest): (i64, Option<i64>) =
            sqlx::query_as("SELECT COUNT(*), MIN(enqueued_at) FROM statistics_queue")
                .fetch_one(pool)
                .await?;
        let dead_letters: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM dead_letters")
            .fetch_one(pool)
            .await?;
        Ok(QueueDepth { queued, oldest: oldest.map(UnixMillis), dead_letters })
    })
}

/// Every dead letter, oldest first (platform data for Tailspin operators).
pub async fn list_dead_letters(db: &Database) -> Result<Vec<DeadLetter>, sqlx::Error> {
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, DeadLetterRow>(
            "SELECT id, tenant_id, survey_id, submission_id, attempts, last_error, failed_at FROM dead_letters ORDER BY id",
        )
        .fetch_all(pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| DeadLetter {
                id: row.id,
                tenant: TenantId(row.tenant_id),
                survey: SurveyId(row.survey_id),
                submission: row.submission_id,
                attempts: row.attempts,
                last_error: row.last_error,
                failed_at: UnixMillis(row.failed_at),
            })
            .collect())
    })
}

/// Puts a dead letter back on the queue with fresh attempts. `false` when
/// there is no such dead letter.
pub async fn requeue_dead_letter(
    db: &Database,
    id: i64,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let moved = sqlx::query(
            "INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at) \
             SELECT tenant_id, survey_id, submission_id, $2, $2 FROM dead_letters WHERE id = $1",
        )
        .bind(id)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM dead_letters WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    })
}

/// Removes a dead letter for good (its answers stay stored; only their
/// statistics are given up). `false` when there is no such dead letter.
pub async fn discard_dead_letter(db: &Database, id: i64) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => sqlx::query("DELETE FROM dead_letters WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await
        .map(|done| done.rows_affected() == 1))
}
