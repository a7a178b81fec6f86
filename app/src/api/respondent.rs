//! The public site's server functions (rules: `services::respondent`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::domain::SubmitReply;
use crate::domain::{PublicSurvey, SubmissionErrors, SurveySummaryCard, TenantBranding};
use crate::error::AppError;

/// Everything the survey page renders: the survey, the key that makes its
/// submission idempotent, and — after a refused plain-form post — the errors
/// and the answers to show again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyForm {
    pub survey: PublicSurvey,
    pub idempotency_key: String,
    pub feedback: Option<SubmissionFeedback>,
    pub branding: TenantBranding,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionFeedback {
    pub errors: SubmissionErrors,
    /// The fields as posted, so that nothing the respondent typed is lost.
    pub values: Vec<(String, String)>,
}

impl SubmissionFeedback {
    pub fn value_of(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantSurveys {
    pub tenant_name: String,
    pub surveys: Vec<SurveySummaryCard>,
    pub branding: TenantBranding,
}

#[server(prefix = "/api", endpoint = "list_public_surveys")]
pub async fn list_public_surveys(tenant: String) -> Result<TenantSurveys, AppError> {
    let db = super::database()?;
    let now = crate::domain::UnixMillis::now();
    let open = crate::services::respondent::open_surveys(&db, &tenant, now).await?;
    Ok(TenantSurveys {
        tenant_name: open.tenant_name,
        surveys: open.surveys,
        branding: open.branding,
    })
}

#[server(prefix = "/api", endpoint = "load_survey_form")]
pub async fn load_survey_form(tenant: String, slug: String) -> Result<SurveyForm, AppError> {
    let db = super::database()?;
    let now = crate::domain::UnixMillis::now();
    let (survey, branding) =
        crate::services::respondent::open_survey(&db, &tenant, &slug, now).await?;
    Ok(SurveyForm {
        survey: survey.survey,
        branding,
        idempotency_key: crate::domain::IdempotencyKey::generate()
            .as_str()
            .to_owned(),
        feedback: None,
    })
}

#[server(prefix = "/api", endpoint = "submit_answers", input = leptos::server_fn::codec::Json)]
pub async fn submit_answers(
    tenant: String,
    slug: String,
    fields: Vec<(String, String)>,
) -> Result<SubmitReply, AppError> {
    let db = super::database()?;
    let now = crate::domain::UnixMillis::now();
    crate::services::respondent::submit_answers(&db, &tenant, &slug, &fields, &[], now).await
}
