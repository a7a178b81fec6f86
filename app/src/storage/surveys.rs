//! Finding and listing a tenant's surveys, and the changes of their state:
//! publishing, closing, deleting. Changing a draft's definition (details,
//! questions) is in [`super::drafts`]. Tenant-owned: every function takes
//! the scope.

use std::sync::Arc;

use super::database::with_pool;
use super::question_settings::KindColumns;
use super::webhook_outbox::{queue_webhook_in, survey_event};
use crate::auth::scope::TenantScope;
use crate::domain::survey_languages::SurveyLanguages;
use crate::domain::{
    ProofOfWork, PublicSurvey, Question, QuestionId, Slug, SurveyId, SurveyLogic, SurveyStatus,
    SurveySummaryCard, UnixMillis, WebhookEvent,
};
use crate::storage::database::Database;

pub use super::records::StoredSurvey;

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
    /// Closes itself after this many responses.
    pub response_limit: Option<i64>,
    /// Closed because it reached its `response_limit`.
    pub closed_by_quota: bool,
    /// Published to open at this time.
    pub opens_at: Option<UnixMillis>,
}

/// When a published survey takes answers, and how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenWindow {
    /// `None`: at once.
    pub opens_at: Option<UnixMillis>,
    pub expires_at: UnixMillis,
    /// Closes itself after this many responses.
    pub response_limit: Option<i64>,
}

impl OpenWindow {
    /// Open from now until `expires_at`, without a limit.
    pub fn until(expires_at: UnixMillis) -> OpenWindow {
        OpenWindow {
            opens_at: None,
            expires_at,
            response_limit: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublishOutcome {
    Published,
    NotDraft,
    NoQuestions,
    /// The tenant already has its plan's maximum of active surveys.
    LimitReached,
}

/// A survey on the dashboard, as stored.
#[derive(sqlx::FromRow)]
struct ListingRow {
    id: i64,
    slug: String,
    title: String,
    status: String,
    created_at: i64,
    published_at: Option<i64>,
    expires_at: Option<i64>,
    closed_at: Option<i64>,
    responses: i64,
    response_limit: Option<i64>,
    closed_reason: String,
    opens_at: Option<i64>,
}

/// An open survey's card, as stored.
#[derive(sqlx::FromRow)]
struct CardRow {
    slug: String,
    title: String,
    expires_at: Option<i64>,
}

/// A survey's own columns, as stored.
#[derive(sqlx::FromRow)]
struct SurveyRow {
    id: i64,
    title: String,
    description: String,
    description_html: String,
    status: String,
    expires_at: Option<i64>,
    response_limit: Option<i64>,
    opens_at: Option<i64>,
    proof_of_work: Option<String>,
    logic: Option<String>,
    languages: Option<String>,
}

/// A question's columns, as stored (its options are rows of their own).
#[derive(sqlx::FromRow)]
struct QuestionRow {
    id: i64,
    kind: String,
    text: String,
    required: bool,
    max_length: Option<i64>,
    low_label: Option<String>,
    high_label: Option<String>,
    settings: String,
}

fn corrupt(what: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("invalid stored {what}").into())
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
    let db = db.region(scope)?;
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
        let changed = done.rows_affected() == 1;
        if changed {
            super::tenants::tenant_changed(db, scope.alias()).await?;
        }
        Ok(changed)
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
    window: OpenWindow,
    max_active: u32,
) -> Result<PublishOutcome, sqlx::Error> {
    let db = db.region(scope)?;
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
            "UPDATE surveys SET status = 'published', published_at = $3, expires_at = $4, \
             response_limit = $5, opens_at = $6 WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant)
        .bind(survey.0)
        .bind(now.0)
        .bind(window.expires_at.0)
        .bind(window.response_limit)
        .bind(window.opens_at.map(|at| at.0))
        .execute(&mut *tx)
        .await?;
        let event = survey_event(WebhookEvent::SurveyPublished, survey.0, now);
        queue_webhook_in!(tx, tenant, &event)?;
        tx.commit().await?;
        super::tenants::tenant_changed(db, scope.alias()).await?;
        Ok(PublishOutcome::Published)
    })
}

/// Stops a published survey from accepting answers.
pub async fn close(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let done = sqlx::query(
            "UPDATE surveys SET status = 'closed', closed_at = $3 \
             WHERE tenant_id = $1 AND id = $2 AND status = 'published'",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        let changed = done.rows_affected() == 1;
        if changed {
            let event = survey_event(WebhookEvent::SurveyClosed, survey.0, now);
            queue_webhook_in!(tx, scope.tenant_id().0, &event)?;
        }
        tx.commit().await?;
        if changed {
            super::tenants::tenant_changed(db, scope.alias()).await?;
        }
        Ok(changed)
    })
}

/// Sets the proof-of-work challenge of a survey's public link. Returns
/// false when the tenant has no such survey.
pub async fn set_proof_of_work(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    choice: ProofOfWork,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    let stored = (choice != ProofOfWork::Off).then_some(choice.code());
    with_pool!(db, pool => {
        let done = sqlx::query("UPDATE surveys SET proof_of_work = $3 WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .bind(stored)
            .execute(pool)
            .await?;
        let changed = done.rows_affected() == 1;
        if changed {
            // Cached survey pages carry the challenge, or do not.
            super::tenants::tenant_changed(db, scope.alias()).await?;
        }
        Ok(changed)
    })
}

/// Deletes a survey with everything that hangs off it (questions, answers,
/// queue messages, summary), through the foreign keys' cascades.
pub async fn delete_survey(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let done = sqlx::query("DELETE FROM surveys WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .execute(pool)
            .await?;
        let changed = done.rows_affected() == 1;
        if changed {
            super::tenants::tenant_changed(db, scope.alias()).await?;
        }
        Ok(changed)
    })
}

/// Published surveys of the tenant that still accept answers at `now`.
pub async fn list_open_surveys(
    db: &Database,
    scope: &TenantScope,
    now: UnixMillis,
) -> Result<Vec<SurveySummaryCard>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, CardRow>(
            "SELECT slug, title, expires_at FROM surveys \
             WHERE tenant_id = $1 AND status = 'published' \
               AND (expires_at IS NULL OR expires_at > $2) \
               AND (opens_at IS NULL OR opens_at <= $2) \
             ORDER BY published_at DESC, id DESC",
        )
        .bind(scope.tenant_id().0)
        .bind(now.0)
        .fetch_all(pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(SurveySummaryCard {
                    slug: Slug::parse(&row.slug).map_err(|_| corrupt("slug"))?,
                    title: row.title,
                    expires_at: row.expires_at.map(UnixMillis),
                })
            })
            .collect()
    })
}

/// Every survey of the tenant, newest first, for the dashboard.
pub async fn list_surveys(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<SurveyListing>, sqlx::Error> {
    let db = db.region(scope)?;
    listings(db, scope, None).await
}

/// One survey's listing (its dates and its count of responses).
pub async fn find_listing(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Option<SurveyListing>, sqlx::Error> {
    let db = db.region(scope)?;
    Ok(listings(db, scope, Some(survey)).await?.into_iter().next())
}

/// The scope's surveys, newest first, or the one `only`.
async fn listings(
    db: &Database,
    scope: &TenantScope,
    only: Option<SurveyId>,
) -> Result<Vec<SurveyListing>, sqlx::Error> {
    let db = db.region(scope)?;
    let one = if only.is_some() { " AND s.id = $2" } else { "" };
    let sql = format!(
        "SELECT s.id, s.slug, s.title, s.status, s.created_at, s.published_at, s.expires_at, \
                s.closed_at, (SELECT COUNT(*) FROM submissions x WHERE x.survey_id = s.id) AS responses, \
                s.response_limit, s.closed_reason, s.opens_at \
         FROM surveys s WHERE s.tenant_id = $1{one} ORDER BY s.created_at DESC, s.id DESC"
    );
    with_pool!(db, pool => {
        let mut query = sqlx::query_as::<_, ListingRow>(&sql).bind(scope.tenant_id().0);
        if let Some(survey) = only {
            query = query.bind(survey.0);
        }
        let rows = query.fetch_all(pool).await?;
        rows.into_iter()
            .map(|row| {
                Ok(SurveyListing {
                    id: SurveyId(row.id),
                    slug: Slug::parse(&row.slug).map_err(|_| corrupt("slug"))?,
                    title: row.title,
                    status: SurveyStatus::from_code(&row.status).ok_or_else(|| corrupt("status"))?,
                    created_at: UnixMillis(row.created_at),
                    published_at: row.published_at.map(UnixMillis),
                    expires_at: row.expires_at.map(UnixMillis),
                    closed_at: row.closed_at.map(UnixMillis),
                    responses: row.responses,
                    response_limit: row.response_limit,
                    closed_by_quota: row.closed_reason == "quota",
                    opens_at: row.opens_at.map(UnixMillis),
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
    let db = db.region(scope)?;
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

pub async fn response_count(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
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
    let db = db.region(scope)?;
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
    let db = db.region(scope)?;
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

/// The address of one of the tenant's surveys; `None` when the tenant has
/// no such survey.
pub async fn survey_slug(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Option<Slug>, sqlx::Error> {
    let db = db.region(scope)?;
    let slug: Option<String> = with_pool!(db, pool => {
        sqlx::query_scalar("SELECT slug FROM surveys WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .fetch_optional(pool)
            .await
    })?;
    slug.map(|s| Slug::parse(&s).map_err(|_| corrupt("slug")))
        .transpose()
}

/// The survey with this slug in the tenant, with its questions in order:
/// `find_survey_by_slug` for respondents, shared and not copied. It may be
/// up to a second old (see `survey_cache`).
pub async fn find_shared_public_survey(
    db: &Database,
    scope: &TenantScope,
    slug: &Slug,
) -> Result<Option<Arc<StoredSurvey>>, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    if let Some(kept) = db.survey_cache().get(tenant, slug.as_str()).await {
        return Ok(kept);
    }
    let found = find_survey_by_slug(db, scope, slug).await?.map(Arc::new);
    db.survey_cache()
        .keep(tenant, slug.as_str(), found.clone())
        .await;
    Ok(found)
}

pub async fn find_survey_by_slug(
    db: &Database,
    scope: &TenantScope,
    slug: &Slug,
) -> Result<Option<StoredSurvey>, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let Some(survey) = sqlx::query_as::<_, SurveyRow>(
            "SELECT id, title, description, description_html, status, expires_at, response_limit, opens_at, \
                    proof_of_work, logic, languages \
             FROM surveys \
             WHERE tenant_id = $1 AND slug = $2",
        )
        .bind(tenant)
        .bind(slug.as_str())
        .fetch_optional(pool)
        .await?
        else {
            return Ok(None);
        };
        let survey_id = survey.id;
        let question_rows = sqlx::query_as::<_, QuestionRow>(
            "SELECT id, kind, text, required, max_length, low_label, high_label, settings FROM questions \
             WHERE tenant_id = $1 AND survey_id = $2 ORDER BY position",
        )
        .bind(tenant)
        .bind(survey_id)
        .fetch_all(pool)
        .await?;
        let options: Vec<(i64, String)> = sqlx::query_as(
            "SELECT o.question_id, o.label FROM question_options o \
             JOIN questions q ON q.id = o.question_id AND q.tenant_id = o.tenant_id \
             WHERE o.tenant_id = $1 AND q.survey_id = $2 ORDER BY o.question_id, o.position",
        )
        .bind(tenant)
        .bind(survey_id)
        .fetch_all(pool)
        .await?;

        let mut questions = Vec::with_capacity(question_rows.len());
        for row in question_rows {
            let id = row.id;
            let kind = super::question_settings::decode(&row.kind, KindColumns {
                max_length: row.max_length,
                low_label: row.low_label,
                high_label: row.high_label,
                settings: row.settings,
                options: options.iter().filter(|(q, _)| *q == id).map(|(_, l)| l.clone()).collect(),
            })?;
            questions.push(Question {
                id: QuestionId(id),
                text: row.text,
                required: row.required,
                kind,
            });
        }
        Ok(Some(StoredSurvey {
            id: SurveyId(survey_id),
            response_limit: survey.response_limit,
            proof_of_work: match survey.proof_of_work.as_deref() {
                None => ProofOfWork::Off,
                Some(code) => ProofOfWork::from_code(code).ok_or_else(|| corrupt("proof of work"))?,
            },
            survey: PublicSurvey {
                tenant_alias: scope.alias().clone(),
                tenant_name: scope.tenant_name().to_owned(),
                slug: slug.clone(),
                // Surveys saved before descriptions were rendered on save.
                description_html: if survey.description_html.is_empty() && !survey.description.is_empty() {
                    crate::markdown::render_description(&survey.description)
                } else {
                    survey.description_html
                },
                title: survey.title,
                description: survey.description,
                status: SurveyStatus::from_code(&survey.status).ok_or_else(|| corrupt("survey status"))?,
                opens_at: survey.opens_at.map(UnixMillis),
                expires_at: survey.expires_at.map(UnixMillis),
                questions,
                logic: SurveyLogic::from_json(survey.logic.as_deref()).map_err(|_| corrupt("survey logic"))?,
                languages: SurveyLanguages::from_json(survey.languages.as_deref())
                    .map_err(|_| corrupt("survey languages"))?,
            },
        }))
    })
}
