//! The public site's server functions (rules: `services::respondent`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{Challenge, PublicSurvey, SubmissionErrors, TenantBranding};
pub use crate::domain::{SubmitReply, TenantSurveys};
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
    /// This browser has sent answers to this survey before (its
    /// `SentSurveys` cookie says so): the page says so, for a respondent who
    /// came Back after sending.
    pub already_sent: bool,
    /// Opened from a contact's personal link.
    pub invitation: Option<PersonalInvitation>,
    /// The proof-of-work challenge the browser solves before sending, when
    /// the survey's owner turned it on (not asked of personal links).
    pub challenge: Option<Challenge>,
    /// The page shown (by place): the first, or where a post without
    /// JavaScript goes next.
    #[serde(default)]
    pub page: usize,
}

/// A personal link's token (sent back with the answers) and whether the
/// survey links answers to the contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalInvitation {
    pub token: String,
    pub anonymous: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionFeedback {
    pub errors: SubmissionErrors,
    /// The fields as posted, so that nothing the respondent typed is lost.
    pub values: Vec<(String, String)>,
}

#[server(prefix = "/api", endpoint = "list_public_surveys")]
pub async fn list_public_surveys(tenant: String) -> Result<TenantSurveys, AppError> {
    let db = super::database()?;
    let now = crate::domain::UnixMillis::now();
    crate::services::respondent::open_surveys(&db, &tenant, now).await
}

#[server(prefix = "/api", endpoint = "load_survey_form")]
pub async fn load_survey_form(tenant: String, slug: String) -> Result<SurveyForm, AppError> {
    let db = super::database()?;
    let now = crate::domain::UnixMillis::now();
    let page = crate::services::respondent::survey_page(&db, &tenant, &slug, now).await?;
    let already_sent = super::sent_surveys::from_request().contains(&tenant, &slug);
    let clock = super::from_context::<crate::services::fill_time::FillClock>()?;
    let puzzle = super::from_context::<crate::services::proof_of_work::Puzzle>()?;
    Ok(survey_form(
        &page,
        clock.issue(now).as_str(),
        already_sent,
        puzzle,
        crate::i18n::texts().language(),
    ))
}

/// What the survey page shows one respondent: the page, with `key`,
/// whether this browser has sent answers before, and the challenge.
#[cfg(feature = "ssr")]
pub fn survey_form(
    page: &crate::services::respondent::OpenSurveyPage,
    key: &str,
    already_sent: bool,
    puzzle: crate::services::proof_of_work::Puzzle,
    language: crate::i18n::Language,
) -> SurveyForm {
    SurveyForm {
        survey: page.public_survey(language),
        branding: page.branding.clone(),
        idempotency_key: key.to_owned(),
        feedback: None,
        already_sent,
        invitation: None,
        challenge: puzzle.challenge_for(&page.survey),
        page: 0,
    }
}

#[server(prefix = "/api", endpoint = "submit_answers", input = leptos::server_fn::codec::Json)]
pub async fn submit_answers(
    tenant: String,
    slug: String,
    fields: Vec<(String, String)>,
) -> Result<SubmitReply, AppError> {
    let db = super::database()?;
    let clock = super::from_context::<crate::services::fill_time::FillClock>()?;
    let puzzle = super::from_context::<crate::services::proof_of_work::Puzzle>()?;
    let guards = crate::services::respondent::SpamGuards {
        clock: &clock,
        puzzle,
    };
    let now = crate::domain::UnixMillis::now();
    let reply =
        crate::services::respondent::submit_answers(&db, guards, &tenant, &slug, &fields, &[], now)
            .await?;
    if reply == SubmitReply::Accepted {
        super::sent_surveys::remember(&tenant, &slug);
    }
    Ok(reply)
}
