//! The JSON of `/api/v1`: wire types, separate from the domain's, so the
//! API keeps its shape when the storage or the pages change. Times are
//! RFC 3339 in UTC.

use app::domain::{Question, SurveyState, UnixMillis};
use app::storage::surveys::SurveyListing;
use serde::Serialize;
use utoipa::ToSchema;

fn time(at: UnixMillis) -> String {
    at.iso_string()
}

/// One survey of the key's subscriber.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyItem {
    /// Its address, unique within the subscriber.
    #[schema(example = "customer-satisfaction")]
    pub slug: String,
    pub title: String,
    /// `draft`, `published`, `closed` or `expired`.
    #[schema(example = "published")]
    pub state: &'static str,
    pub created_at: String,
    pub published_at: Option<String>,
    /// Published to open later.
    pub opens_at: Option<String>,
    pub expires_at: Option<String>,
    pub closed_at: Option<String>,
    pub responses: i64,
    /// Closes itself after this many responses.
    pub response_limit: Option<i64>,
    /// Where respondents answer it (a path on this site).
    #[schema(example = "/s/adatum/customer-satisfaction")]
    pub answer_path: String,
}

pub fn state_code(state: SurveyState) -> &'static str {
    match state {
        SurveyState::Draft => "draft",
        SurveyState::Published => "published",
        SurveyState::Closed => "closed",
        SurveyState::Expired => "expired",
    }
}

impl SurveyItem {
    pub fn of(tenant: &str, listing: &SurveyListing, state: SurveyState) -> SurveyItem {
        SurveyItem {
            slug: listing.slug.to_string(),
            title: listing.title.clone(),
            state: state_code(state),
            created_at: time(listing.created_at),
            published_at: listing.published_at.map(time),
            opens_at: listing.opens_at.map(time),
            expires_at: listing.expires_at.map(time),
            closed_at: listing.closed_at.map(time),
            responses: listing.responses,
            response_limit: listing.response_limit,
            answer_path: format!("/s/{tenant}/{}", listing.slug),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyList {
    pub data: Vec<SurveyItem>,
}

/// A survey with its questions and its pages and logic.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyDetail {
    #[serde(flatten)]
    pub survey: SurveyItem,
    /// Markdown, as its author wrote it.
    pub description: String,
    pub questions: Vec<QuestionItem>,
    /// Pages, conditions and skip rules. Questions are named by their
    /// `number` less one (their place in the survey).
    #[schema(value_type = Object)]
    pub logic: serde_json::Value,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionItem {
    /// Its place in the survey, from 1.
    pub number: usize,
    pub text: String,
    pub required: bool,
    /// The question type, e.g. `choice`, `scale`, `free_text`.
    #[schema(example = "choice")]
    pub kind: &'static str,
    /// The type's settings (options, scale, limits).
    #[schema(value_type = Object)]
    pub settings: serde_json::Value,
}

impl QuestionItem {
    pub fn of(number: usize, question: &Question) -> QuestionItem {
        QuestionItem {
            number,
            text: question.text.clone(),
            required: question.required,
            kind: question.kind.code(),
            settings: serde_json::to_value(&question.kind).unwrap_or_default(),
        }
    }
}

/// One response, every question with its answer as text ("" where not
/// answered).
#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseItem {
    /// Stable, and increasing in the order responses arrive.
    pub id: i64,
    /// Its number within the survey (1 for the first received).
    pub number: i64,
    pub received_at: String,
    /// The code of the language the respondent answered in (`en`, `de`,
    /// `es`, `ar`).
    pub language: String,
    pub answers: Vec<AnswerItem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AnswerItem {
    /// The question's `number`.
    pub question: usize,
    pub text: String,
    pub answer: String,
}

/// A page of responses in the order stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResponsePage {
    pub data: Vec<ResponseItem>,
    /// Pass as `after` to get the responses after this page. Kept when the
    /// page is empty, so a caller that stores it reads everything new since
    /// its last call.
    pub cursor: Option<String>,
    /// More responses follow at once.
    pub has_more: bool,
}

/// The live statistics of a survey, as merged by the statistics task.
#[derive(Debug, Serialize, ToSchema)]
pub struct SummaryReport {
    pub responses: u64,
    /// When answers were last merged (`null`: never).
    pub updated_at: Option<String>,
    /// Each question's figures, in the survey's order.
    #[schema(value_type = Vec<Object>)]
    pub questions: serde_json::Value,
}
