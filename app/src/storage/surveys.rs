//! Surveys and their questions. Tenant-owned: every function takes the scope.

use sqlx::Row;

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::{
    PublicSurvey, Question, QuestionId, QuestionKind, Slug, SurveyId, SurveyStatus,
    SurveySummaryCard, UnixMillis,
};
use crate::storage::database::Database;

#[derive(Clone, Debug)]
pub struct NewSurvey {
    pub slug: Slug,
    pub title: String,
    /// Markdown as written, and its sanitized HTML.
    pub description: String,
    pub description_html: String,
}

/// A question definition (checked by `QuestionInput::parse`).
pub use crate::domain::QuestionDraft as NewQuestion;

pub use super::records::StoredSurvey;

fn corrupt(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("invalid stored {what}").into())
}

/// Creates a draft. Fails with a unique violation when the slug is taken.
pub async fn create_draft(
    db: &Database,
    scope: &TenantScope,
    survey: &NewSurvey,
    now: UnixMillis,
) -> Result<SurveyId, sqlx::Error> {
    with_pool!(db, pool => {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO surveys (tenant_id, slug, title, description, description_html, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'draft', $6) RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.slug.as_str())
        .bind(&survey.title)
        .bind(&survey.description)
        .bind(&survey.description_html)
        .bind(now.0)
        .fetch_one(pool)
        .await?;
        Ok(SurveyId(id))
    })
}

/// A question kind as its columns: maximum length, low and high labels,
/// and the options (stored in their own table).
pub(super) fn kind_columns(
    kind: &QuestionKind,
) -> (Option<i64>, Option<String>, Option<String>, &[String]) {
    match kind {
        QuestionKind::FreeText { max_length } => (Some(i64::from(*max_length)), None, None, &[]),
        QuestionKind::Range {
            low_label,
            high_label,
        } => (None, low_label.clone(), high_label.clone(), &[]),
        QuestionKind::Choice { options } => (None, None, None, options.as_slice()),
    }
}

/// Appends a question to a draft. Returns `None` when the survey is not a
/// draft of this tenant (published questions are frozen).
pub async fn append_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: &NewQuestion,
) -> Result<Option<QuestionId>, sqlx::Error> {
    let (max_length, low, high, options) = kind_columns(&question.kind);
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO questions \
               (tenant_id, survey_id, position, kind, text, required, max_length, low_label, high_label) \
             SELECT s.tenant_id, s.id, \
                    (SELECT COALESCE(MAX(q.position), 0) + 1 FROM questions q WHERE q.survey_id = s.id), \
                    $3, $4, $5, $6, $7, $8 \
             FROM surveys s WHERE s.tenant_id = $1 AND s.id = $2 AND s.status = 'draft' \
             RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(question.kind.code())
        .bind(&question.text)
        .bind(question.required)
        .bind(max_length)
        .bind(low)
        .bind(high)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else { return Ok(None) };
        for (position, label) in options.iter().enumerate() {
            sqlx::query(
                "INSERT INTO question_options (tenant_id, question_id, position, label) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(scope.tenant_id().0)
            .bind(id)
            .bind(position as i64)
            .bind(label)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(Some(QuestionId(id)))
    })
}

/// Publishes a draft until `expires_at`. Returns false when there was no
/// such draft in this tenant.
pub async fn publish(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    now: UnixMillis,
    expires_at: UnixMillis,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let done = sqlx::query(
            "UPDATE surveys SET status = 'published', published_at = $3, expires_at = $4 \
             WHERE tenant_id = $1 AND id = $2 AND status = 'draft'",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(now.0)
        .bind(expires_at.0)
        .execute(pool)
        .await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Stops a published survey from accepting answers.
pub async fn close(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let done = sqlx::query(
            "UPDATE surveys SET status = 'closed', closed_at = $3 \
             WHERE tenant_id = $1 AND id = $2 AND status = 'published'",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(now.0)
        .execute(pool)
        .await?;
        db.survey_cache().forget_all();
        Ok(done.rows_affected() == 1)
    })
}

/// Published surveys of the tenant that still accept answers at `now`.
pub async fn list_open_surveys(
    db: &Database,
    scope: &TenantScope,
    now: UnixMillis,
) -> Result<Vec<SurveySummaryCard>, sqlx::Error> {
    with_pool!(db, pool => {
        let rows = sqlx::query(
            "SELECT slug, title, expires_at FROM surveys \
             WHERE tenant_id = $1 AND status = 'published' \
               AND (expires_at IS NULL OR expires_at > $2) \
             ORDER BY published_at DESC, id DESC",
        )
        .bind(scope.tenant_id().0)
        .bind(now.0)
        .fetch_all(pool)
        .await?;
        rows.iter()
            .map(|row| {
                let slug: String = row.try_get("slug")?;
                Ok(SurveySummaryCard {
                    slug: Slug::parse(&slug).map_err(|_| corrupt("slug"))?,
                    title: row.try_get("title")?,
                    expires_at: row.try_get::<Option<i64>, _>("expires_at")?.map(UnixMillis),
                })
            })
            .collect()
    })
}

/// The survey with this slug in the tenant, with its questions in order.
/// `find_survey_by_slug` for respondents: a published survey may be up to a
/// second old (see `survey_cache`).
pub async fn find_public_survey(
    db: &Database,
    scope: &TenantScope,
    slug: &Slug,
) -> Result<Option<StoredSurvey>, sqlx::Error> {
    let tenant = scope.tenant_id().0;
    if let Some(kept) = db.survey_cache().get(tenant, slug.as_str()).await {
        return Ok(Some(kept));
    }
    let found = find_survey_by_slug(db, scope, slug).await?;
    if let Some(survey) = &found {
        db.survey_cache().keep(tenant, slug.as_str(), survey).await;
    }
    Ok(found)
}

pub async fn find_survey_by_slug(
    db: &Database,
    scope: &TenantScope,
    slug: &Slug,
) -> Result<Option<StoredSurvey>, sqlx::Error> {
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let Some(survey) = sqlx::query(
            "SELECT id, title, description, description_html, status, expires_at FROM surveys \
             WHERE tenant_id = $1 AND slug = $2",
        )
        .bind(tenant)
        .bind(slug.as_str())
        .fetch_optional(pool)
        .await?
        else {
            return Ok(None);
        };
        let survey_id: i64 = survey.try_get("id")?;
        let question_rows = sqlx::query(
            "SELECT id, kind, text, required, max_length, low_label, high_label FROM questions \
             WHERE tenant_id = $1 AND survey_id = $2 ORDER BY position",
        )
        .bind(tenant)
        .bind(survey_id)
        .fetch_all(pool)
        .await?;
        let option_rows = sqlx::query(
            "SELECT o.question_id, o.label FROM question_options o \
             JOIN questions q ON q.id = o.question_id AND q.tenant_id = o.tenant_id \
             WHERE o.tenant_id = $1 AND q.survey_id = $2 ORDER BY o.question_id, o.position",
        )
        .bind(tenant)
        .bind(survey_id)
        .fetch_all(pool)
        .await?;

        let mut options: Vec<(i64, String)> = Vec::with_capacity(option_rows.len());
        for row in &option_rows {
            options.push((row.try_get("question_id")?, row.try_get("label")?));
        }
        let mut questions = Vec::with_capacity(question_rows.len());
        for row in &question_rows {
            let id: i64 = row.try_get("id")?;
            let kind: String = row.try_get("kind")?;
            let kind = match kind.as_str() {
                "free_text" => {
                    let max: Option<i64> = row.try_get("max_length")?;
                    let max = max.and_then(|m| u16::try_from(m).ok()).ok_or_else(|| corrupt("max_length"))?;
                    QuestionKind::FreeText { max_length: max }
                }
                "range" => QuestionKind::Range {
                    low_label: row.try_get("low_label")?,
                    high_label: row.try_get("high_label")?,
                },
                "choice" => QuestionKind::Choice {
                    options: options.iter().filter(|(q, _)| *q == id).map(|(_, l)| l.clone()).collect(),
                },
                _ => return Err(corrupt("question kind")),
            };
            questions.push(Question {
                id: QuestionId(id),
                text: row.try_get("text")?,
                required: row.try_get("required")?,
                kind,
            });
        }
        let status: String = survey.try_get("status")?;
        Ok(Some(StoredSurvey {
            id: SurveyId(survey_id),
            survey: PublicSurvey {
                tenant_alias: scope.alias().clone(),
                tenant_name: scope.tenant_name().to_owned(),
                slug: slug.clone(),
                title: survey.try_get("title")?,
                description: survey.try_get("description")?,
                description_html: {
                    let html: String = survey.try_get("description_html")?;
                    let markdown: String = survey.try_get("description")?;
                    // Surveys saved before descriptions were rendered on save.
                    if html.is_empty() && !markdown.is_empty() {
                        crate::markdown::render_description(&markdown)
                    } else {
                        html
                    }
                },
                status: SurveyStatus::from_code(&status).ok_or_else(|| corrupt("survey status"))?,
                expires_at: survey.try_get::<Option<i64>, _>("expires_at")?.map(UnixMillis),
                questions,
            },
        }))
    })
}
