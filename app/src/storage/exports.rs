//! What the SQL export reads from the tenant's data, and where the tenant's
//! export database is. Tenant-owned: every function takes the scope.

use std::collections::HashMap;

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::{QuestionId, QuestionKind, SubmissionId, SurveyId, UnixMillis, ValidAnswer};
use crate::storage::database::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportDatabaseRecord {
    /// `sqlite` or `postgres`.
    pub engine: String,
    /// The PostgreSQL database (and role) name, or the SQLite file name.
    pub database_name: String,
    pub username: Option<String>,
    pub password_sealed: Option<String>,
    pub settled_submission_id: i64,
}

#[derive(sqlx::FromRow)]
struct ExportDatabaseRow {
    engine: String,
    database_name: String,
    username: Option<String>,
    password_sealed: Option<String>,
    settled_submission_id: i64,
}

pub async fn find_export_database(
    db: &Database,
    scope: &TenantScope,
) -> Result<Option<ExportDatabaseRecord>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, ExportDatabaseRow>(
            "SELECT engine, database_name, username, password_sealed, settled_submission_id \
             FROM export_databases WHERE tenant_id = $1",
        )
        .bind(scope.tenant_id().0)
        .fetch_optional(pool)
        .await?;
        Ok(row.map(|row| ExportDatabaseRecord {
            engine: row.engine,
            database_name: row.database_name,
            username: row.username,
            password_sealed: row.password_sealed,
            settled_submission_id: row.settled_submission_id,
        }))
    })
}

/// Records (or replaces) where the tenant's export database is; a replaced
/// database starts again from the first submission.
pub async fn save_export_database(
    db: &Database,
    scope: &TenantScope,
    record: &ExportDatabaseRecord,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "INSERT INTO export_databases \
         (tenant_id, engine, database_name, username, password_sealed, settled_submission_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (tenant_id) DO UPDATE SET engine = excluded.engine, \
         database_name = excluded.database_name, username = excluded.username, \
         password_sealed = excluded.password_sealed, \
         settled_submission_id = excluded.settled_submission_id",
    )
    .bind(scope.tenant_id().0)
    .bind(&record.engine)
    .bind(&record.database_name)
    .bind(&record.username)
    .bind(&record.password_sealed)
    .bind(record.settled_submission_id)
    .bind(now.0)
    .execute(pool)
    .await
    .map(|_| ()))
}

pub async fn set_settled_submission(
    db: &Database,
    scope: &TenantScope,
    settled: i64,
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "UPDATE export_databases SET settled_submission_id = $1 WHERE tenant_id = $2",
    )
    .bind(settled)
    .bind(scope.tenant_id().0)
    .execute(pool)
    .await
    .map(|_| ()))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceSurvey {
    pub id: SurveyId,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub created_at: UnixMillis,
    pub published_at: Option<UnixMillis>,
    pub expires_at: Option<UnixMillis>,
    pub closed_at: Option<UnixMillis>,
}

#[derive(sqlx::FromRow)]
struct SourceSurveyRow {
    id: i64,
    slug: String,
    title: String,
    description: String,
    status: String,
    created_at: i64,
    published_at: Option<i64>,
    expires_at: Option<i64>,
    closed_at: Option<i64>,
}

pub async fn source_surveys(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<SourceSurvey>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, SourceSurveyRow>(
            "SELECT id, slug, title, description, status, created_at, published_at, expires_at, \
             closed_at FROM surveys WHERE tenant_id = $1 ORDER BY id",
        )
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| SourceSurvey {
                id: SurveyId(row.id),
                slug: row.slug,
                title: row.title,
                description: row.description,
                status: row.status,
                created_at: UnixMillis(row.created_at),
                published_at: row.published_at.map(UnixMillis),
                expires_at: row.expires_at.map(UnixMillis),
                closed_at: row.closed_at.map(UnixMillis),
            })
            .collect())
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceQuestion {
    pub id: QuestionId,
    pub survey: SurveyId,
    pub position: i64,
    pub kind: String,
    pub text: String,
    pub required: bool,
    pub max_length: Option<i64>,
    pub low_label: Option<String>,
    pub high_label: Option<String>,
    /// The kind's other settings, the JSON object as stored
    /// (`question_settings.rs`).
    pub settings: String,
    /// Options in order (choice, checkboxes, dropdown, ranking).
    pub options: Vec<String>,
    /// The whole kind, read from the columns above.
    pub definition: QuestionKind,
}

#[derive(sqlx::FromRow)]
struct SourceQuestionRow {
    id: i64,
    survey_id: i64,
    position: i64,
    kind: String,
    text: String,
    required: bool,
    max_length: Option<i64>,
    low_label: Option<String>,
    high_label: Option<String>,
    settings: String,
}

pub async fn source_questions(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<SourceQuestion>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, SourceQuestionRow>(
            "SELECT id, survey_id, position, kind, text, required, max_length, low_label, high_label, \
             settings FROM questions WHERE tenant_id = $1 ORDER BY id",
        )
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await?;
        let options: Vec<(i64, String)> = sqlx::query_as(
            "SELECT question_id, label FROM question_options WHERE tenant_id = $1 \
             ORDER BY question_id, position",
        )
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await?;
        let mut options_of: HashMap<i64, Vec<String>> = HashMap::new();
        for (question, label) in options {
            options_of.entry(question).or_default().push(label);
        }
        let mut questions = Vec::with_capacity(rows.len());
        for row in rows {
            let options = options_of.remove(&row.id).unwrap_or_default();
            let definition = super::question_settings::decode(
                &row.kind,
                super::question_settings::KindColumns {
                    max_length: row.max_length,
                    low_label: row.low_label.clone(),
                    high_label: row.high_label.clone(),
                    settings: row.settings.clone(),
                    options: options.clone(),
                },
            )?;
            questions.push(SourceQuestion {
                id: QuestionId(row.id),
                survey: SurveyId(row.survey_id),
                position: row.position,
                kind: row.kind,
                text: row.text,
                required: row.required,
                max_length: row.max_length,
                low_label: row.low_label,
                high_label: row.high_label,
                settings: row.settings,
                options,
                definition,
            });
        }
        Ok(questions)
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceSubmission {
    pub id: SubmissionId,
    pub survey: SurveyId,
    pub received_at: UnixMillis,
    /// The code of the language it was answered in.
    pub language: String,
    pub answers: Vec<ValidAnswer>,
}

/// A row of [`source_submissions_after`]: the submission and one of its
/// answers (none when it has no answers).
#[derive(sqlx::FromRow)]
struct SourceAnswerRow {
    id: i64,
    survey_id: i64,
    received_at: i64,
    language: String,
    question_id: Option<i64>,
    number_value: Option<i64>,
    text_value: Option<String>,
    items: Option<String>,
    text_sealed: Option<Vec<u8>>,
    kind: Option<String>,
}

/// Up to `limit` of the tenant's submissions after `after`, in id order,
/// with their answers.
pub async fn source_submissions_after(
    db: &Database,
    scope: &TenantScope,
    after: i64,
    limit: i64,
) -> Result<Vec<SourceSubmission>, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, SourceAnswerRow>(
            "SELECT s.id, s.survey_id, s.received_at, s.language, a.question_id, a.number_value, a.text_value, a.items, a.text_sealed, q.kind \
             FROM (SELECT id, survey_id, received_at, language FROM submissions \
                   WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3) s \
             LEFT JOIN answers a ON a.submission_id = s.id AND a.tenant_id = $1 \
             LEFT JOIN questions q ON q.id = a.question_id AND q.tenant_id = $1 \
             ORDER BY s.id, a.question_id",
        )
        .bind(tenant)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await?;
        let mut out: Vec<SourceSubmission> = Vec::new();
        for row in rows {
            let id = SubmissionId(row.id);
            if out.last().is_none_or(|s| s.id != id) {
                out.push(SourceSubmission {
                    id,
                    survey: SurveyId(row.survey_id),
                    received_at: UnixMillis(row.received_at),
                    language: row.language,
                    answers: Vec::new(),
                });
            }
            let Some(question) = row.question_id else { continue };
            let value = super::submissions::decode_answer(
                &cipher,
                (row.id, question),
                row.kind.as_deref().unwrap_or_default(),
                super::submissions::StoredColumns {
                    number: row.number_value,
                    text: row.text_value,
                    items: row.items,
                    sealed: row.text_sealed,
                },
            )?;
            if let Some(last) = out.last_mut() {
                last.answers.push(ValidAnswer { question: QuestionId(question), value });
            }
        }
        Ok(out)
    })
}

/// How many of the tenant's submissions have an id above `after`.
pub async fn count_submissions_after(
    db: &Database,
    scope: &TenantScope,
    after: i64,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM submissions WHERE tenant_id = $1 AND id > $2",
    )
    .bind(scope.tenant_id().0)
    .bind(after)
    .fetch_one(pool)
    .await)
}

/// The highest id of the tenant's submissions received at or before
/// `received_by` (0 when none).
pub async fn last_submission_received_by(
    db: &Database,
    scope: &TenantScope,
    received_by: UnixMillis,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query_scalar::<_, Option<i64>>(
        "SELECT MAX(id) FROM submissions WHERE tenant_id = $1 AND received_at <= $2",
    )
    .bind(scope.tenant_id().0)
    .bind(received_by.0)
    .fetch_one(pool)
    .await
    .map(|id| id.unwrap_or(0)))
}

/// Copies an SQLite export database to `copy` with `VACUUM INTO`: one
/// consistent snapshot even while a transfer writes to it. Nothing to do
/// for a PostgreSQL one (it is reached over the network, not downloaded).
pub async fn copy_sqlite_file(
    source: &Database,
    copy: &std::path::Path,
) -> Result<(), sqlx::Error> {
    // The copy's name is made by the caller from a UUID; doubling quotes
    // keeps the literal well-formed whatever the directory is called.
    let literal = copy.display().to_string().replace('\'', "''");
    match source.pool() {
        super::Pool::Sqlite(pool) => sqlx::query(&format!("VACUUM INTO '{literal}'"))
            .execute(pool)
            .await
            .map(|_| ()),
        super::Pool::Postgres(_) => Ok(()),
    }
}
