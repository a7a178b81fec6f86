//! Server functions of a survey's results page: the merged summary as the
//! statistics task last stored it, and its version so that an open page can
//! tell when there is something new.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::TypedFilter;
use crate::domain::{Question, SurveyState};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyResults {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    pub state: SurveyState,
    /// The responses summed (those the filter keeps, when filtered).
    pub responses: u64,
    pub all_responses: u64,
    /// When the task last merged answers (UTC), if ever.
    pub updated: Option<String>,
    pub version: i64,
    pub questions: Vec<QuestionResult>,
    pub filter: ShownFilter,
}

/// The filter by answer as a page shows it: the form as typed, the
/// questions it can test, and what was applied or why it was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownFilter {
    pub typed: TypedFilter,
    pub questions: Vec<Question>,
    /// The filter applied, in words.
    pub applied: Option<String>,
    pub refused: Option<String>,
}

impl ShownFilter {
    #[cfg(feature = "ssr")]
    pub fn of(
        typed: TypedFilter,
        questions: &[Question],
        filtering: crate::services::results::Filtering,
    ) -> ShownFilter {
        use crate::services::results::Filtering;
        let (applied, refused) = match filtering {
            Filtering::Unfiltered => (None, None),
            Filtering::Filtered(description) => (Some(description), None),
            Filtering::Refused(why) => (None, Some(why)),
        };
        ShownFilter {
            typed,
            questions: questions.to_vec(),
            applied,
            refused,
        }
    }
}

pub use crate::domain::{QuestionResult, ResultChart};

#[server(prefix = "/api", endpoint = "load_results")]
pub async fn load_results(
    tenant: String,
    slug: String,
    filter: Option<TypedFilter>,
) -> Result<SurveyResults, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let typed = filter.unwrap_or_default();
    let results = crate::services::results::results(&db, &access.scope, &slug, &typed).await?;
    let survey = results.stored.survey;
    let filter = ShownFilter::of(typed, &survey.questions, results.filtering);
    let now = crate::domain::UnixMillis::now();
    Ok(SurveyResults {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        slug: survey.slug.to_string(),
        title: survey.title,
        state: SurveyState::of(survey.status, survey.expires_at, now),
        responses: results.merged.responses,
        all_responses: results.all_responses,
        updated: results.updated.map(|t| t.localized_time_string()),
        version: results.version,
        questions: QuestionResult::for_page(&survey.questions, &results.merged),
        filter,
    })
}

/// The summary's version: an open results page whose event stream
/// (`/results/events`) is refused asks for it every few seconds instead,
/// and reloads its data only when it is newer than the one shown.
#[server(prefix = "/api", endpoint = "results_version")]
pub async fn results_version(tenant: String, slug: String) -> Result<i64, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    crate::services::results::version(&db, &access.scope, &slug).await
}
