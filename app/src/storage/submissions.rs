//! Respondents' submissions, their answers and the statistics-queue message
//! that announces each one. Tenant-owned: every function takes the scope.

use super::database::{Backend, with_pool};
use super::key_ring::TenantCipher;
use super::submission_writer::Pending;
pub use super::submission_writer::{Invitee, StoreOutcome};
use crate::auth::scope::TenantScope;
use crate::domain::{
    AnswerValue, BillingMonth, IdempotencyKey, QuestionId, SubmissionId, SurveyId, UnixMillis,
    ValidAnswer,
};
use crate::i18n::Language;
use crate::storage::database::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredSubmission {
    pub id: SubmissionId,
    /// 1, 2, 3 … in order of arrival within its survey (given when stored).
    pub number: i64,
    pub received_at: UnixMillis,
    /// The language the respondent answered in.
    pub language: Language,
    pub answers: Vec<ValidAnswer>,
}

/// Stores the answers and their statistics-queue message in one transaction
/// (shared with other submissions arriving at the same moment; see
/// `submission_writer`), and returns once it is committed. `limited`: the
/// survey closes itself after a number of responses (`response_quota`).
pub async fn store_submission(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    limited: bool,
    key: &IdempotencyKey,
    answers: &[ValidAnswer],
    now: UnixMillis,
) -> Result<StoreOutcome, sqlx::Error> {
    let db = db.region(scope)?;
    let how = HowStored {
        limited,
        invitee: None,
        language: Language::English,
    };
    store_submission_as(db, scope, survey, how, key, answers, now).await
}

/// What the writer checks besides the survey and the tenant's month.
#[derive(Clone, Copy, Debug)]
pub struct HowStored {
    /// The survey closes itself after a number of responses.
    pub limited: bool,
    /// It came through this contact's personal link, which answers once.
    pub invitee: Option<Invitee>,
    /// The language the respondent answered in.
    pub language: Language,
}

/// [`store_submission`], for a submission that may come through a personal
/// link: `AlreadyAnswered` when the link answered before.
pub async fn store_submission_as(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    how: HowStored,
    key: &IdempotencyKey,
    answers: &[ValidAnswer],
    now: UnixMillis,
) -> Result<StoreOutcome, sqlx::Error> {
    let db = db.region(scope)?;
    let answers = answers
        .iter()
        .map(|answer| {
            (
                answer.question.0,
                super::answer_columns::encode(&answer.value),
            )
        })
        .collect();
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    let outcome = db
        .submission_writer()
        .store(Pending {
            tenant: scope.tenant_id().0,
            survey: survey.0,
            key: key.as_str().to_owned(),
            answers,
            now: now.0,
            limited: how.limited,
            month: BillingMonth::containing(now).to_string(),
            monthly_limit: scope.monthly_responses().map(i64::from),
            invitee: how.invitee,
            language: how.language.code(),
            cipher,
        })
        .await?;
    if db.region_id().is_some()
        && matches!(
            outcome,
            StoreOutcome::StoredAtThreshold(_) | StoreOutcome::OverMonthlyLimit
        )
    {
        // The region marked the month full; scopes are made from the
        // directory's row, which must say so too.
        super::tenants::copy_full_month_to_directory(db, scope.tenant_id()).await?;
    }
    Ok(outcome)
}

/// A row of a page of submissions: the submission and one of its answers
/// (none when it has no answers).
#[derive(sqlx::FromRow)]
struct SubmissionAnswerRow {
    id: i64,
    commit_xid: i64,
    number: Option<i64>,
    received_at: i64,
    language: String,
    question_id: Option<i64>,
    number_value: Option<i64>,
    text_value: Option<String>,
    items: Option<String>,
    text_sealed: Option<Vec<u8>>,
    kind: Option<String>,
}

/// An answer's columns as read from its row: the text sealed (or, from
/// before sealing, plain).
pub(super) struct StoredColumns {
    pub number: Option<i64>,
    pub text: Option<String>,
    pub items: Option<String>,
    pub sealed: Option<Vec<u8>>,
}

/// The answer to `question` in `submission` as stored (see
/// `answer_columns`), its text opened with the tenant's key.
pub(super) fn decode_answer(
    cipher: &TenantCipher,
    (submission, question): (i64, i64),
    kind: &str,
    stored: StoredColumns,
) -> Result<AnswerValue, sqlx::Error> {
    let text = cipher.reveal(submission, question, stored.text, stored.sealed.as_deref())?;
    super::answer_columns::decode(
        kind,
        super::answer_columns::AnswerColumns {
            number: stored.number,
            text,
            items: stored.items,
        },
    )
}

/// Submissions of a survey in the order received, with their answers, for
/// `limit` submissions after `after` (keyset pagination).
pub async fn list_submissions(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    after: Option<SubmissionId>,
    limit: u32,
) -> Result<Vec<StoredSubmission>, sqlx::Error> {
    let db = db.region(scope)?;
    list_submission_window(db, scope, survey, SubmissionWindow::After(after), limit).await
}

/// Where a page of submissions lies, by id: either way a page costs the
/// same however many submissions the survey has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubmissionWindow {
    /// The first `limit` after this one (from the start when `None`).
    After(Option<SubmissionId>),
    /// The last `limit` before this one (the very last when `None`).
    Before(Option<SubmissionId>),
}

/// A page of a survey's submissions, in the order received.
pub async fn list_submission_window(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    window: SubmissionWindow,
    limit: u32,
) -> Result<Vec<StoredSubmission>, sqlx::Error> {
    let db = db.region(scope)?;
    let always = (UnixMillis(i64::MIN), UnixMillis(i64::MAX));
    list_submission_window_received(db, scope, survey, window, limit, always).await
}

/// A page of the submissions received from `received.0` up to, not
/// including, `received.1`, in the order received.
pub async fn list_submission_window_received(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    window: SubmissionWindow,
    limit: u32,
    received: (UnixMillis, UnixMillis),
) -> Result<Vec<StoredSubmission>, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    let (condition, bound) = match window {
        SubmissionWindow::After(after) => ("id > $3 ORDER BY id", after.map_or(0, |id| id.0)),
        SubmissionWindow::Before(before) => (
            "id < $3 ORDER BY id DESC",
            before.map_or(i64::MAX, |id| id.0),
        ),
    };
    let sql = format!(
        "SELECT s.id, CAST(0 AS BIGINT) AS commit_xid, s.response_number AS number, s.received_at, s.language, a.question_id, a.number_value, a.text_value, a.items, a.text_sealed, q.kind \
         FROM (SELECT id, response_number, received_at, language FROM submissions \
               WHERE tenant_id = $1 AND survey_id = $2 AND received_at >= $5 AND received_at < $6 \
               AND {condition} LIMIT $4) s \
         LEFT JOIN answers a ON a.submission_id = s.id AND a.tenant_id = $1 \
         LEFT JOIN questions q ON q.id = a.question_id AND q.tenant_id = $1 \
         ORDER BY s.id, q.position"
    );
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, SubmissionAnswerRow>(&sql)
        .bind(tenant)
        .bind(survey.0)
        .bind(bound)
        .bind(i64::from(limit))
        .bind(received.0.0)
        .bind(received.1.0)
        .fetch_all(pool)
        .await?;
        Ok(group_answers(&cipher, rows)?.into_iter().map(|(submission, _)| submission).collect())
    })
}

/// Where a reader of "everything since" stands: (transaction id, id), as
/// the webhook cursors (`webhook_fan_out`). On PostgreSQL ids are taken
/// before commit and several writers commit side by side, so a cursor on
/// ids alone would step over a response committed late.
pub type CommitCursor = (i64, i64);

/// Up to `limit` submissions after `after` in commit order, received from
/// `received.0` up to, not including, `received.1`, each with its cursor.
/// On PostgreSQL only those of transactions older than every one still
/// running: none can appear behind the last cursor later.
pub async fn list_submissions_committed_after(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    after: CommitCursor,
    limit: u32,
    received: (UnixMillis, UnixMillis),
) -> Result<Vec<(StoredSubmission, CommitCursor)>, sqlx::Error> {
    let db = db.region(scope)?;
    // A cursor given out before the tenant moved here names a row of the
    // old region's id space: responses copied here count as committed at
    // 0, so it reads on from that row among them, then everything stored
    // here.
    let after = if after.0 != 0 && !db.owns_id(after.1) {
        (0, after.1)
    } else {
        after
    };
    let (xid, order) = match db.backend() {
        Backend::Sqlite => ("CAST(0 AS BIGINT)", "id > $3 ORDER BY id"),
        Backend::Postgres => (
            "commit_xid",
            "(commit_xid, id) > ($7, $3) \
             AND commit_xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint \
             ORDER BY commit_xid, id",
        ),
    };
    let sql = format!(
        "SELECT s.id, s.commit_xid, s.response_number AS number, s.received_at, s.language, a.question_id, \
                a.number_value, a.text_value, a.items, a.text_sealed, q.kind \
         FROM (SELECT id, {xid} AS commit_xid, response_number, received_at, language FROM submissions \
               WHERE tenant_id = $1 AND survey_id = $2 AND received_at >= $5 AND received_at < $6 \
               AND {order} LIMIT $4) s \
         LEFT JOIN answers a ON a.submission_id = s.id AND a.tenant_id = $1 \
         LEFT JOIN questions q ON q.id = a.question_id AND q.tenant_id = $1 \
         ORDER BY s.commit_xid, s.id, q.position"
    );
    let postgres = db.backend() == Backend::Postgres;
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    with_pool!(db, pool => {
        let mut query = sqlx::query_as::<_, SubmissionAnswerRow>(&sql)
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .bind(after.1)
            .bind(i64::from(limit))
            .bind(received.0.0)
            .bind(received.1.0);
        if postgres {
            query = query.bind(after.0);
        }
        group_answers(&cipher, query.fetch_all(pool).await?)
    })
}

/// Rows of submissions joined with their answers (in submission order) as
/// submissions, each with its commit cursor.
fn group_answers(
    cipher: &TenantCipher,
    rows: Vec<SubmissionAnswerRow>,
) -> Result<Vec<(StoredSubmission, CommitCursor)>, sqlx::Error> {
    let mut out: Vec<(StoredSubmission, CommitCursor)> = Vec::new();
    for row in rows {
        let id = SubmissionId(row.id);
        if out.last().is_none_or(|(s, _)| s.id != id) {
            out.push((
                StoredSubmission {
                    id,
                    // Numbered in the transaction that stored it, so never
                    // seen without one.
                    number: row.number.unwrap_or_default(),
                    received_at: UnixMillis(row.received_at),
                    language: Language::parse(&row.language).unwrap_or_default(),
                    answers: Vec::new(),
                },
                (row.commit_xid, row.id),
            ));
        }
        let Some(question) = row.question_id else {
            continue;
        };
        let value = decode_answer(
            cipher,
            (row.id, question),
            row.kind.as_deref().unwrap_or_default(),
            StoredColumns {
                number: row.number_value,
                text: row.text_value,
                items: row.items,
                sealed: row.text_sealed,
            },
        )?;
        if let Some((last, _)) = out.last_mut() {
            last.answers.push(ValidAnswer {
                question: QuestionId(question),
                value,
            });
        }
    }
    Ok(out)
}

/// Number of statistics-queue messages waiting for this tenant's survey.
pub async fn queued_messages(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM statistics_queue WHERE tenant_id = $1 AND survey_id = $2",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .fetch_one(pool)
        .await
    })
}
