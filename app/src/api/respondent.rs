//! The public site's server functions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{PublicSurvey, SubmissionErrors, SurveySummaryCard};
use crate::error::AppError;

/// Everything the survey page renders: the survey, the key that makes its
/// submission idempotent, and — after a refused plain-form post — the errors
/// and the answers to show again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyForm {
    pub survey: PublicSurvey,
    pub idempotency_key: String,
    pub feedback: Option<SubmissionFeedback>,
    pub branding: super::branding::TenantBranding,
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
    pub branding: super::branding::TenantBranding,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SubmitReply {
    Accepted,
    Invalid(SubmissionErrors),
}

#[server(prefix = "/api", endpoint = "list_public_surveys")]
pub async fn list_public_surveys(tenant: String) -> Result<TenantSurveys, AppError> {
    let db = super::database()?;
    crate::services::respondent::open_surveys(&db, &tenant, crate::domain::UnixMillis::now()).await
}

#[server(prefix = "/api", endpoint = "load_survey_form")]
pub async fn load_survey_form(tenant: String, slug: String) -> Result<SurveyForm, AppError> {
    let db = super::database()?;
    let (survey, branding) = crate::services::respondent::open_survey(
        &db,
        &tenant,
        &slug,
        crate::domain::UnixMillis::now(),
    )
    .await?;
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
    let outcome = crate::services::respondent::submit_answers(
        &db,
        &tenant,
        &slug,
        &fields,
        &[],
        crate::domain::UnixMillis::now(),
    )
    .await;
    outcome
}
