//! The survey designer's writes and the dashboard's list. Tenant-owned:
//! every function takes the scope. Questions change only while their survey
//! is a draft: each statement checks `status = 'draft'` itself, so answers
//! always match the definition they were given against.

use sqlx::Row;

use super::database::with_pool;
use super::surveys::NewQuestion;
use crate::auth::scope::TenantScope;
use crate::domain::{QuestionId, Slug, SurveyId, SurveyStatus, UnixMillis};
use crate::storage::database::Database;

/// One survey on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyListing {
    pub id: SurveyId,
    pub slug: Slug,
    pub title: String,
    pub status: SurveyStatus,
    pub created_at: UnixMillis,
    pub published_at: Option<UnixMillis>,
    pub expires_at: Option<UnixMillis>,
    pub closed_at: Option<UnixMillis>,
    pub responses: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved,
    /// Not a draft of this tenant (published surveys are frozen).
    NotDraft,
    SlugTaken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublishOutcome {
    Published,
    NotDraft,
    NoQuestions,
    /// The tenant already has its plan's maximum of active surveys.
    LimitReached,
}

fn corrupt(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("invalid stored {what}").into())
}

pub async fn list_surveys(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<SurveyListing>, sqlx::Error> {
    with_pool!(db, pool => {
        let rows = sqlx::query(
            "SELECT s.id, s.slug, s.title, s.status, s.created_at, s.published_at, s.expires_at, \
                    s.closed_at, (SELECT COUNT(*) FROM submissions x WHERE x.survey_id = s.id) AS responses \
             FROM surveys s WHERE s.tenant_id = $1 ORDER BY s.created_at DESC, s.id DESC",
        )
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await?;
        rows.iter()
            .map(|row| {
                let slug: String = row.try_get("slug")?;
                let status: String = row.try_get("status")?;
                let at = |name: &str| row.try_get::<Option<i64>, _>(name).map(|v| v.map(UnixMillis));
                Ok(SurveyListing {
                    id: SurveyId(row.try_get("id")?),
                    slug: Slug::parse(&slug).map_err(|_| corrupt("slug"))?,
                    title: row.try_get("title")?,
                    status: SurveyStatus::from_code(&status).ok_or_else(|| corrupt("status"))?,
                    created_at: UnixMillis(row.try_get("created_at")?),
                    published_at: at("published_at")?,
                    expires_at: at("expires_at")?,
                    closed_at: at("closed_at")?,
                    responses: row.try_get("responses")?,
                })
            })
            .collect()
    })
}

/// Published surveys that have not expired at `now`.
pub async fn count_active_surveys(
    db: &Database,
    scope: &TenantScope,
    now: UnixMillis,
) -> Result<i64, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM surveys WHERE tenant_id = $1 AND status = 'published' AND expires_at > $2",
        )
        .bind(scope.tenant_id().0)
        .bind(now.0)
        .fetch_one(pool)
        .await
    })
}

/// Changes a draft's title, slug and description.
pub async fn save_draft_details(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    title: &str,
    slug: &Slug,
    description: &str,
    description_html: &str,
) -> Result<SaveOutcome, sqlx::Error> {
    let updated: Result<u64, sqlx::Error> = with_pool!(db, pool => {
        sqlx::query(
            "UPDATE surveys SET title = $3, slug = $4, description = $5, description_html = $6 \
             WHERE tenant_id = $1 AND id = $2 AND status = 'draft'",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(title)
        .bind(slug.as_str())
        .bind(description)
        .bind(description_html)
        .execute(pool)
        .await
        .map(|done| done.rows_affected())
    });
    match updated {
        Ok(1) => Ok(SaveOutcome::Saved),
        Ok(_) => Ok(SaveOutcome::NotDraft),
        Err(error) if super::database::is_unique_violation(&error) => Ok(SaveOutcome::SlugTaken),
        Err(error) => Err(error),
    }
}

/// Replaces a question of a draft. `false`: no such question in a draft here.
pub async fn update_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    definition: &NewQuestion,
) -> Result<bool, sqlx::Error> {
    let (max_length, low, high, options) = super::surveys::kind_columns(&definition.kind);
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let done = sqlx::query(
            "UPDATE questions SET kind = $4, text = $5, required = $6, max_length = $7, \
                    low_label = $8, high_label = $9 \
             WHERE tenant_id = $1 AND survey_id = $2 AND id = $3 AND EXISTS \
               (SELECT 1 FROM surveys s WHERE s.tenant_id = $1 AND s.id = $2 AND s.status = 'draft')",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(question.0)
        .bind(definition.kind.code())
        .bind(&definition.text)
        .bind(definition.required)
        .bind(max_length)
        .bind(low)
        .bind(high)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM question_options WHERE tenant_id = $1 AND question_id = $2")
            .bind(scope.tenant_id().0)
            .bind(question.0)
            .execute(&mut *tx)
            .await?;
        for (position, label) in options.iter().enumerate() {
            sqlx::query(
                "INSERT INTO question_options (tenant_id, question_id, position, label) VALUES ($1, $2, $3, $4)",
            )
            .bind(scope.tenant_id().0)
            .bind(question.0)
            .bind(position as i64)
            .bind(label)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    })
}

/// Removes a question of a draft.
pub async fn delete_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let done = sqlx::query(
            "DELETE FROM questions WHERE tenant_id = $1 AND survey_id = $2 AND id = $3 AND EXISTS \
               (SELECT 1 FROM surveys s WHERE s.tenant_id = $1 AND s.id = $2 AND s.status = 'draft')",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(question.0)
        .execute(pool)
        .await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Swaps a draft's question with its neighbour above (`up`) or below.
/// `false` when there is no such question, no neighbour, or no draft.
pub async fn move_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    up: bool,
) -> Result<bool, sqlx::Error> {
    let neighbour_sql = if up {
        "SELECT id, position FROM questions WHERE tenant_id = $1 AND survey_id = $2 AND position < $3 \
         ORDER BY position DESC LIMIT 1"
    } else {
        "SELECT id, position FROM questions WHERE tenant_id = $1 AND survey_id = $2 AND position > $3 \
         ORDER BY position ASC LIMIT 1"
    };
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        // Takes the survey's row first (also the write lock on SQLite), so
        // concurrent moves are serialized and the status cannot change.
        let draft = sqlx::query(
            "UPDATE surveys SET status = status WHERE tenant_id = $1 AND id = $2 AND status = 'draft'",
        )
        .bind(tenant)
        .bind(survey.0)
        .execute(&mut *tx)
        .await?;
        if draft.rows_affected() != 1 {
            return Ok(false);
        }
        let Some(position) = sqlx::query_scalar::<_, i64>(
            "SELECT position FROM questions WHERE tenant_id = $1 AND survey_id = $2 AND id = $3",
        )
        .bind(tenant)
        .bind(survey.0)
        .bind(question.0)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(false);
        };
        let Some(neighbour) = sqlx::query(neighbour_sql)
            .bind(tenant)
            .bind(survey.0)
            .bind(position)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(false);
        };
        let (other, other_position): (i64, i64) =
            (neighbour.try_get("id")?, neighbour.try_get("position")?);
        for (id, new_position) in [(question.0, other_position), (other, position)] {
            sqlx::query("UPDATE questions SET position = $3 WHERE tenant_id = $1 AND id = $2")
                .bind(tenant)
                .bind(id)
                .bind(new_position)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    })
}

/// Publishes a draft with at least one question until `expires_at`, unless
/// the tenant already has `max_active` surveys accepting answers. The count
/// and the update happen in one transaction that first locks the tenant's
/// row, so two publishes at once cannot both pass the limit.
pub async fn publish_within_limit(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    now: UnixMillis,
    expires_at: UnixMillis,
    max_active: u32,
) -> Result<PublishOutcome, sqlx::Error> {
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE tenants SET status = status WHERE id = $1")
            .bind(tenant)
            .execute(&mut *tx)
            .await?;
        let status: Option<String> =
            sqlx::query_scalar("SELECT status FROM surveys WHERE tenant_id = $1 AND id = $2")
                .bind(tenant)
                .bind(survey.0)
                .fetch_optional(&mut *tx)
                .await?;
        if status.as_deref() != Some("draft") {
            return Ok(PublishOutcome::NotDraft);
        }
        let questions: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM questions WHERE tenant_id = $1 AND survey_id = $2",
        )
        .bind(tenant)
        .bind(survey.0)
        .fetch_one(&mut *tx)
        .await?;
        if questions == 0 {
            return Ok(PublishOutcome::NoQuestions);
        }
        let active: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM surveys WHERE tenant_id = $1 AND status = 'published' AND expires_at > $2",
        )
        .bind(tenant)
        .bind(now.0)
        .fetch_one(&mut *tx)
        .await?;
        if active >= i64::from(max_active) {
            return Ok(PublishOutcome::LimitReached);
        }
        sqlx::query(
            "UPDATE surveys SET status = 'published', published_at = $3, expires_at = $4 \
             WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant)
        .bind(survey.0)
        .bind(now.0)
        .bind(expires_at.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(PublishOutcome::Published)
    })
}

/// Deletes a survey with everything that hangs off it (questions, answers,
/// queue messages, summary), through the foreign keys' cascades.
pub async fn delete_survey(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let done = sqlx::query("DELETE FROM surveys WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .execute(pool)
            .await?;
        db.survey_cache().forget_all();
        Ok(done.rows_affected() == 1)
    })
}

pub async fn response_count(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<i64, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM submissions WHERE tenant_id = $1 AND survey_id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .fetch_one(pool)
            .await
    })
}

pub async fn question_count(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<i64, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM questions WHERE tenant_id = $1 AND survey_id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .fetch_one(pool)
            .await
    })
}

/// The stored status of one of the tenant's surveys; `None` when the tenant
/// has no such survey.
pub async fn survey_status(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Option<SurveyStatus>, sqlx::Error> {
    let status: Option<String> = with_pool!(db, pool => {
        sqlx::query_scalar("SELECT status FROM surveys WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .fetch_optional(pool)
            .await
    })?;
    status
        .map(|s| SurveyStatus::from_code(&s).ok_or_else(|| corrupt("status")))
        .transpose()
}
