use serde::{Deserialize, Serialize};

use super::alias::TenantAlias;
use super::ids::QuestionId;
use super::slug::Slug;
use super::time::UnixMillis;

/// No free-text answer may be longer than this, whatever the question says.
pub const FREE_TEXT_HARD_LIMIT: u16 = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SurveyStatus {
    Draft,
    Published,
    Closed,
}

impl SurveyStatus {
    pub fn code(self) -> &'static str {
        match self {
            SurveyStatus::Draft => "draft",
            SurveyStatus::Published => "published",
            SurveyStatus::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<SurveyStatus> {
        match code {
            "draft" => Some(SurveyStatus::Draft),
            "published" => Some(SurveyStatus::Published),
            "closed" => Some(SurveyStatus::Closed),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// Free text up to `max_length` characters (at most 2,000).
    FreeText { max_length: u16 },
    /// A rating from 1 to 5, shown as stars, with optional end labels.
    Range {
        low_label: Option<String>,
        high_label: Option<String>,
    },
    /// One answer out of 2 to 10 options.
    Choice { options: Vec<String> },
}

impl QuestionKind {
    pub fn code(&self) -> &'static str {
        match self {
            QuestionKind::FreeText { .. } => "free_text",
            QuestionKind::Range { .. } => "range",
            QuestionKind::Choice { .. } => "choice",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    pub required: bool,
    pub kind: QuestionKind,
}

/// What a respondent needs to see and answer a survey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicSurvey {
    pub tenant_alias: TenantAlias,
    pub tenant_name: String,
    pub slug: Slug,
    pub title: String,
    /// Markdown as the subscriber wrote it.
    pub description: String,
    /// Its rendering, sanitized on the server; the only form shown.
    pub description_html: String,
    pub status: SurveyStatus,
    pub expires_at: Option<UnixMillis>,
    pub questions: Vec<Question>,
}

impl PublicSurvey {
    /// Published and not yet expired at `now`.
    pub fn accepts_answers(&self, now: UnixMillis) -> bool {
        self.status == SurveyStatus::Published && self.expires_at.is_none_or(|at| now < at)
    }

    pub fn path(&self) -> String {
        format!("/s/{}/{}", self.tenant_alias, self.slug)
    }
}

/// One line of a tenant's public list of surveys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveySummaryCard {
    pub slug: Slug,
    pub title: String,
    pub expires_at: Option<UnixMillis>,
}
