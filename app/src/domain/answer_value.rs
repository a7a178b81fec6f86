//! An answer's value and the small constants the checks and the text of
//! an answer share with the form.

use serde::{Deserialize, Serialize};

use super::calendar_date::CalendarDate;
use super::decimal::Decimal;

/// The value of the choice that stands for "Other (please specify)".
pub const OTHER_VALUE: &str = "other";

/// An answer that passed its question's rules. Stored by
/// `storage/answer_columns.rs` in the `answers` row of its question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerValue {
    /// Long or short text, trimmed.
    Text(String),
    /// 1 to 5 stars (range questions).
    Rating(u8),
    /// A point on a rating scale (1 to its points) or an NPS score (0 to 10).
    Score(u8),
    /// Index (from 0) into the question's options (choice, dropdown).
    Choice(u16),
    /// "Other (please specify)" on a choice or dropdown question.
    Other(String),
    /// Checkboxes: the ticked options' indexes in ascending order, and the
    /// text of "Other" when that was ticked.
    Choices {
        selected: Vec<u16>,
        other: Option<String>,
    },
    Number(Decimal),
    Date(CalendarDate),
    /// Option indexes from first place to last; every option placed once.
    Ranking(Vec<u16>),
    /// Per matrix row in order, the chosen column's index; `None` for a row
    /// left empty (only an optional matrix allows that).
    Matrix(Vec<Option<u16>>),
}

pub const MISSING_ANSWER: &str = "answer-missing";

/// The length of a free-text answer as the respondent sees it: a browser
/// counts a line break as one character, and posts it as two.
pub fn answer_length(text: &str) -> usize {
    text.chars().count() - text.matches("\r\n").count()
}
