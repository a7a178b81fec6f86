//! What subscribers type into the survey designer, checked the same way in
//! the browser and on the server. Problems are reported per form field.

use serde::{Deserialize, Serialize};

use super::survey::SurveyStatus;
use super::time::UnixMillis;
use crate::error::FieldProblem;
use crate::i18n::Message;

pub const MAX_TITLE_CHARS: usize = 150;
pub const MAX_DESCRIPTION_CHARS: usize = 10_000;
/// A survey's questions are capped to keep the public page fast.
pub const MAX_QUESTIONS: usize = 50;

mod question;

pub use question::*;

pub fn check_title(title: &str) -> Result<String, FieldProblem> {
    let title = title.trim();
    let count = title.chars().count();
    if count == 0 || count > MAX_TITLE_CHARS || title.chars().any(char::is_control) {
        return Err(FieldProblem::new(
            "title",
            Message::new("msg-design-title-length")
                .number("max", MAX_TITLE_CHARS)
                .in_page_language(),
        ));
    }
    Ok(title.to_owned())
}

pub fn check_description(markdown: &str) -> Result<String, FieldProblem> {
    if markdown.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(FieldProblem::new(
            "description",
            Message::new("msg-design-description-length")
                .typed("max", MAX_DESCRIPTION_CHARS)
                .in_page_language(),
        ));
    }
    Ok(markdown.trim().replace("\r\n", "\n"))
}

/// Where a survey is in its life, as the dashboard shows it. Expiry needs no
/// job: a published survey is expired as soon as its time has passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SurveyState {
    Draft,
    Published,
    Closed,
    Expired,
}

impl SurveyState {
    pub fn of(
        status: SurveyStatus,
        expires_at: Option<UnixMillis>,
        now: UnixMillis,
    ) -> SurveyState {
        match status {
            SurveyStatus::Draft => SurveyState::Draft,
            SurveyStatus::Closed => SurveyState::Closed,
            SurveyStatus::Published if expires_at.is_some_and(|at| at <= now) => {
                SurveyState::Expired
            }
            SurveyStatus::Published => SurveyState::Published,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SurveyState::Draft => "Draft",
            SurveyState::Published => "Published",
            SurveyState::Closed => "Closed",
            SurveyState::Expired => "Expired",
        }
    }

    /// `label` in the page's language (`label` itself stays English: exports,
    /// logs and e-mails rely on it).
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(match self {
            SurveyState::Draft => "label-survey-state-draft",
            SurveyState::Published => "label-survey-state-published",
            SurveyState::Closed => "label-survey-state-closed",
            SurveyState::Expired => "label-survey-state-expired",
        })
    }
}

/// Whole days left before `expires_at` (rounded up), 0 when past.
pub fn days_left(expires_at: UnixMillis, now: UnixMillis) -> i64 {
    let day = 24 * 60 * 60 * 1000;
    ((expires_at.0 - now.0).max(0) + day - 1) / day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_descriptions_and_expiry() {
        assert_eq!(
            check_title("  Customer survey ").unwrap(),
            "Customer survey"
        );
        assert!(check_title("").is_err());
        assert!(check_title(&"x".repeat(151)).is_err());
        assert!(check_description(&"x".repeat(10_001)).is_err());
        let now = UnixMillis(1_000_000);
        let day = 86_400_000;
        assert_eq!(
            SurveyState::of(SurveyStatus::Published, Some(UnixMillis(now.0 + 1)), now),
            SurveyState::Published
        );
        assert_eq!(
            SurveyState::of(SurveyStatus::Published, Some(now), now),
            SurveyState::Expired
        );
        assert_eq!(
            SurveyState::of(SurveyStatus::Closed, None, now),
            SurveyState::Closed
        );
        assert_eq!(days_left(UnixMillis(now.0 + day + 1), now), 2);
        assert_eq!(days_left(UnixMillis(now.0 + day), now), 1);
        assert_eq!(days_left(UnixMillis(now.0 - 5), now), 0);
    }
}
