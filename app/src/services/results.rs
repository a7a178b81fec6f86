//! A survey's results: the merged summary as the statistics task last
//! stored it, and its version, so that an open page can tell when there is
//! something new.

use crate::auth::TenantScope;
use crate::domain::{Slug, SurveySummary, UnixMillis};
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::statistics;
use crate::storage::surveys::StoredSurvey;

pub struct SurveyResults {
    pub stored: StoredSurvey,
    pub merged: SurveySummary,
    pub version: i64,
    /// When the task last merged answers, if ever.
    pub updated: Option<UnixMillis>,
}

pub async fn results(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<SurveyResults, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    let (merged, version, updated) = match statistics::find_summary(db, scope, stored.id).await? {
        Some(s) => (s.summary, s.version, Some(s.updated_at)),
        None => (SurveySummary::default(), 0, None),
    };
    Ok(SurveyResults {
        stored,
        merged,
        version,
        updated,
    })
}

/// The summary's version, in one query, since an open page asks so often.
pub async fn version(db: &Database, scope: &TenantScope, slug: &str) -> Result<i64, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    statistics::summary_version(db, scope, &slug)
        .await?
        .ok_or(AppError::NotFound)
}
