//! Whether a survey may still change: only a draft's definition does.

use super::refusals::not_a_draft;
use crate::auth::TenantScope;
use crate::domain::{SurveyId, SurveyStatus};
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::surveys;

/// The status of one of the scope's surveys; another tenant's survey (or
/// none) is not found.
pub(super) async fn status_of(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<SurveyStatus, AppError> {
    surveys::survey_status(db, scope, survey)
        .await?
        .ok_or(AppError::NotFound)
}

/// The survey must still be a draft to change its definition.
pub(super) async fn require_draft(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<(), AppError> {
    match status_of(db, scope, survey).await? {
        SurveyStatus::Draft => Ok(()),
        _ => Err(not_a_draft()),
    }
}
