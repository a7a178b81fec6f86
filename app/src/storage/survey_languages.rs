//! A survey's languages and translations (`surveys.languages`, JSON of
//! `domain::survey_languages::SurveyLanguages`). Tenant-owned: every
//! function takes the scope.

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::SurveyId;
use crate::domain::survey_languages::SurveyLanguages;
use crate::storage::database::Database;

/// Stores `languages` on the survey while it is a draft; `false` when it
/// is not one (or there is no such survey).
pub async fn save_draft_languages(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    languages: &SurveyLanguages,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let done = sqlx::query(
            "UPDATE surveys SET languages = $3 WHERE tenant_id = $1 AND id = $2 AND status = 'draft'",
        )
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(languages.to_json())
        .execute(pool)
        .await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Stores `languages` whatever the survey's state: for the demo data,
/// which is made published.
pub async fn save_languages(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    languages: &SurveyLanguages,
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        sqlx::query("UPDATE surveys SET languages = $3 WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .bind(languages.to_json())
            .execute(pool)
            .await?;
        Ok(())
    })
}
