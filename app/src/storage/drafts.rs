//! Changing a draft's definition: creating it, its title, slug and
//! description, and adding, replacing, removing and reordering its
//! questions. Publishing and everything else about a survey's state is in
//! [`super::surveys`]. Tenant-owned: every function takes the scope.
//! Questions change only while their survey is a draft: each statement
//! checks `status = 'draft'` itself, so answers always match the
//! definition they were given against.

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::{QuestionId, Slug, SurveyId, UnixMillis};
use crate::storage::database::Database;

#[derive(Clone, Debug)]
pub struct NewSurvey {
    pub slug: Slug,
    pub title: String,
    /// Markdown as written, and its sanitized HTML.
    pub description: String,
    pub description_html: String,
    /// Pages and conditions (`SurveyLogic::to_json`); `None` for one page.
    pub logic: Option<String>,
}

/// A question definition (checked by `QuestionInput::parse`).
pub use crate::domain::QuestionDraft as NewQuestion;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved,
    /// Not a draft of this tenant (published surveys are frozen).
    NotDraft,
    SlugTaken,
    /// Its details are no longer the ones read; nothing changed.
    NotAsRead,
}

/// A draft's new title, address and description (with its rendering).
#[derive(Clone, Copy, Debug)]
pub struct NewDetails<'a> {
    pub title: &'a str,
    pub slug: &'a Slug,
    pub description: &'a str,
    pub description_html: &'a str,
}

/// A draft's details as someone read them, which a change made from that
/// reading requires to be still there.
#[derive(Clone, Copy, Debug)]
pub struct DetailsAsRead<'a> {
    pub title: &'a str,
    pub slug: &'a str,
    pub description: &'a str,
}

/// Creates a draft. Fails with a unique violation when the slug is taken.
pub async fn create_draft(
    db: &Database,
    scope: &TenantScope,
    survey: &NewSurvey,
    now: UnixMillis,
) -> Result<SurveyId, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO surveys (tenant_id, slug, title, description, description_html, status, created_at, logic) \
             VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7) RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.slug.as_str())
        .bind(&survey.title)
        .bind(&survey.description)
        .bind(&survey.description_html)
        .bind(now.0)
        .bind(survey.logic.as_deref())
        .fetch_one(pool)
        .await?;
        Ok(SurveyId(id))
    })
}

/// Creates a draft with its questions, in order, all or nothing: a
/// duplicated survey or one made from a template. Fails with a unique
/// violation when the slug is taken.
pub async fn create_draft_with_questions(
    db: &Database,
    scope: &TenantScope,
    survey: &NewSurvey,
    questions: &[NewQuestion],
    now: UnixMillis,
) -> Result<SurveyId, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO surveys (tenant_id, slug, title, description, description_html, status, created_at, logic) \
             VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7) RETURNING id",
        )
        .bind(tenant)
        .bind(survey.slug.as_str())
        .bind(&survey.title)
        .bind(&survey.description)
        .bind(&survey.description_html)
        .bind(now.0)
        .bind(survey.logic.as_deref())
        .fetch_one(&mut *tx)
        .await?;
        for (position, question) in questions.iter().enumerate() {
            let columns = super::question_settings::encode(&question.kind);
            let question_id: i64 = sqlx::query_scalar(
                "INSERT INTO questions \
                   (tenant_id, survey_id, position, kind, text, required, max_length, low_label, high_label, settings) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(tenant)
            .bind(id)
            .bind(position as i64 + 1)
            .bind(question.kind.code())
            .bind(&question.text)
            .bind(question.required)
            .bind(columns.max_length)
            .bind(&columns.low_label)
            .bind(&columns.high_label)
            .bind(&columns.settings)
            .fetch_one(&mut *tx)
            .await?;
            for (option_position, label) in columns.options.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO question_options (tenant_id, question_id, position, label) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(tenant)
                .bind(question_id)
                .bind(option_position as i64)
                .bind(label)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(SurveyId(id))
    })
}

/// Appends a question to a draft. Returns `None` when the survey is not a
/// draft of this tenant (published questions are frozen).
pub async fn append_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: &NewQuestion,
) -> Result<Option<QuestionId>, sqlx::Error> {
    let db = db.region(scope)?;
    let columns = super::question_settings::encode(&question.kind);
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO questions \
               (tenant_id, survey_id, position, kind, text, required, max_length, low_label, high_label, settings) \
             SELECT s.tenant_id, s.id, \
                    (SELECT COALESCE(MAX(q.position), 0) + 1 FROM questions q WHERE q.survey_id = s.id), \
                    $3, $4, $5, $6, $7, $8, $9 \
             FROM surveys s WHERE s.tenant_id = $1 AND s.id = $2 AND s.status = 'draft' \
             RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(question.kind.code())
        .bind(&question.text)
        .bind(question.required)
        .bind(columns.max_length)
        .bind(&columns.low_label)
        .bind(&columns.high_label)
        .bind(&columns.settings)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else { return Ok(None) };
        for (position, label) in columns.options.iter().enumerate() {
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

/// Changes a draft's title, slug and description.
pub async fn save_draft_details(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    details: &NewDetails<'_>,
    read: Option<DetailsAsRead<'_>>,
) -> Result<SaveOutcome, sqlx::Error> {
    let db = db.region(scope)?;
    let as_read = if read.is_some() {
        " AND title = $7 AND slug = $8 AND description = $9"
    } else {
        ""
    };
    let sql = format!(
        "UPDATE surveys SET title = $3, slug = $4, description = $5, description_html = $6 \
         WHERE tenant_id = $1 AND id = $2 AND status = 'draft'{as_read}"
    );
    let updated: Result<u64, sqlx::Error> = with_pool!(db, pool => {
        let mut query = sqlx::query(&sql)
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .bind(details.title)
            .bind(details.slug.as_str())
            .bind(details.description)
            .bind(details.description_html);
        if let Some(read) = read {
            query = query.bind(read.title).bind(read.slug).bind(read.description);
        }
        query.execute(pool).await.map(|done| done.rows_affected())
    });
    match updated {
        Ok(1) => Ok(SaveOutcome::Saved),
        Ok(_) if read.is_some() => Ok(SaveOutcome::NotAsRead),
        Ok(_) => Ok(SaveOutcome::NotDraft),
        Err(error) if super::database::is_unique_violation(&error) => Ok(SaveOutcome::SlugTaken),
        Err(error) => Err(error),
    }
}

/// What became of a question's update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionUpdate {
    /// Stored; the question's new revision.
    Saved(i64),
    /// Someone stored another change since the revision the edit was made
    /// from; nothing changed.
    Stale,
    /// No such question in a draft here.
    NotDraft,
    /// The survey's logic, which the edit changes too, is no longer what
    /// the change was made from; nothing changed.
    LogicChanged,
}

/// Each question's revision, for an editor to send back with its changes.
pub async fn question_revisions(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Vec<(QuestionId, i64)>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT id, revision FROM questions WHERE tenant_id = $1 AND survey_id = $2 ORDER BY position",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .fetch_all(pool)
        .await?;
        Ok(rows.into_iter().map(|(id, revision)| (QuestionId(id), revision)).collect())
    })
}

/// Replaces a question of a draft, if it is still at `revision` (any
/// revision when `None`), and stores `logic` with it when the edit changes
/// the survey's logic too (its tests follow the question's options).
pub async fn update_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    revision: Option<i64>,
    definition: &NewQuestion,
    logic: Option<LogicChange<'_>>,
) -> Result<QuestionUpdate, sqlx::Error> {
    let db = db.region(scope)?;
    let columns = super::question_settings::encode(&definition.kind);
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        if let Some(logic) = logic {
            let changed = sqlx::query(LOGIC_CHANGE)
                .bind(scope.tenant_id().0)
                .bind(survey.0)
                .bind(logic.new)
                .bind(logic.old)
                .execute(&mut *tx)
                .await?;
            if changed.rows_affected() != 1 {
                return Ok(QuestionUpdate::LogicChanged);
            }
        }
        let saved: Option<i64> = sqlx::query_scalar(
            "UPDATE questions SET kind = $4, text = $5, required = $6, max_length = $7, \
                    low_label = $8, high_label = $9, settings = $10, revision = revision + 1 \
             WHERE tenant_id = $1 AND survey_id = $2 AND id = $3 AND revision = COALESCE($11, revision) \
               AND EXISTS (SELECT 1 FROM surveys s WHERE s.tenant_id = $1 AND s.id = $2 AND s.status = 'draft') \
             RETURNING revision",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(question.0)
        .bind(definition.kind.code())
        .bind(&definition.text)
        .bind(definition.required)
        .bind(columns.max_length)
        .bind(&columns.low_label)
        .bind(&columns.high_label)
        .bind(&columns.settings)
        .bind(revision)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(saved) = saved else {
            let in_draft: Option<i64> = sqlx::query_scalar(
                "SELECT q.id FROM questions q JOIN surveys s ON s.tenant_id = q.tenant_id AND s.id = q.survey_id \
                 WHERE q.tenant_id = $1 AND q.survey_id = $2 AND q.id = $3 AND s.status = 'draft'",
            )
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .bind(question.0)
            .fetch_optional(&mut *tx)
            .await?;
            return Ok(match in_draft {
                Some(_) => QuestionUpdate::Stale,
                None => QuestionUpdate::NotDraft,
            });
        };
        sqlx::query("DELETE FROM question_options WHERE tenant_id = $1 AND question_id = $2")
            .bind(scope.tenant_id().0)
            .bind(question.0)
            .execute(&mut *tx)
            .await?;
        for (position, label) in columns.options.iter().enumerate() {
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
        Ok(QuestionUpdate::Saved(saved))
    })
}

/// Removes a question of a draft, and stores the logic that follows
/// (`SurveyLogic::after_delete`), in one transaction.
pub async fn delete_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    logic: LogicChange<'_>,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let draft = sqlx::query(LOGIC_CHANGE)
        .bind(tenant)
        .bind(survey.0)
        .bind(logic.new)
        .bind(logic.old)
        .execute(&mut *tx)
        .await?;
        if draft.rows_affected() != 1 {
            return Ok(false);
        }
        let done = sqlx::query("DELETE FROM questions WHERE tenant_id = $1 AND survey_id = $2 AND id = $3")
            .bind(tenant)
            .bind(survey.0)
            .bind(question.0)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        tx.commit().await?;
        Ok(true)
    })
}

/// A draft's logic replaced, as long as it is still what the change was
/// made from: another member's change in between is not overwritten.
#[derive(Clone, Copy, Debug)]
pub struct LogicChange<'a> {
    /// As read (`SurveyLogic::to_json`; `None`: one page, no conditions).
    pub old: Option<&'a str>,
    pub new: Option<&'a str>,
}

const LOGIC_CHANGE: &str = "UPDATE surveys SET logic = $3 \
     WHERE tenant_id = $1 AND id = $2 AND status = 'draft' AND logic IS NOT DISTINCT FROM $4";

/// Stores a draft's pages and conditions. `false`: not a draft of the
/// tenant, or its logic changed since it was read.
pub async fn save_logic(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    logic: LogicChange<'_>,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let done = sqlx::query(LOGIC_CHANGE)
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(logic.new)
        .bind(logic.old)
        .execute(pool)
        .await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Swaps a draft's question with its neighbour above (`up`) or below
/// (unless `swap` is false: it moves across a page break, which is the
/// logic's change alone) and stores `logic`, in one transaction. `false`
/// when there is no such question, no neighbour, or no draft.
pub async fn move_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    up: bool,
    swap: bool,
    logic: LogicChange<'_>,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
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
        let draft = sqlx::query(LOGIC_CHANGE)
        .bind(tenant)
        .bind(survey.0)
        .bind(logic.new)
        .bind(logic.old)
        .execute(&mut *tx)
        .await?;
        if draft.rows_affected() != 1 {
            return Ok(false);
        }
        if !swap {
            tx.commit().await?;
            return Ok(true);
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
        let Some((other, other_position)) = sqlx::query_as::<_, (i64, i64)>(neighbour_sql)
            .bind(tenant)
            .bind(survey.0)
            .bind(position)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(false);
        };
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

/// Puts a draft's questions in the order `order` (every question of the
/// survey, each once) and stores `logic`, in one transaction. `false` when
/// the survey is not a draft here, its logic changed since it was read, or
/// its questions are no longer those of `order`.
pub async fn reorder_questions(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    order: &[QuestionId],
    logic: LogicChange<'_>,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        // The survey's row first: concurrent changes are serialized.
        let draft = sqlx::query(LOGIC_CHANGE)
            .bind(tenant)
            .bind(survey.0)
            .bind(logic.new)
            .bind(logic.old)
            .execute(&mut *tx)
            .await?;
        if draft.rows_affected() != 1 {
            return Ok(false);
        }
        let stored: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM questions WHERE tenant_id = $1 AND survey_id = $2",
        )
        .bind(tenant)
        .bind(survey.0)
        .fetch_one(&mut *tx)
        .await?;
        if stored != order.len() as i64 {
            return Ok(false);
        }
        for (position, id) in order.iter().enumerate() {
            let done = sqlx::query(
                "UPDATE questions SET position = $4 WHERE tenant_id = $1 AND survey_id = $2 AND id = $3",
            )
            .bind(tenant)
            .bind(survey.0)
            .bind(id.0)
            .bind(position as i64)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() != 1 {
                return Ok(false);
            }
        }
        tx.commit().await?;
        Ok(true)
    })
}
