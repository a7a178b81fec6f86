//! Whether a condition holds for the answers given so far.

use super::super::answer_value::{AnswerValue, OTHER_VALUE};
use super::super::calendar_date::CalendarDate;
use super::super::decimal::Decimal;
use super::model::{Combine, Condition, Test};

/// The answers by question place; `None` for unanswered or hidden.
pub type AnswersByPlace<'a> = [Option<&'a AnswerValue>];

impl Condition {
    /// A condition without tests always holds.
    pub fn holds(&self, answers: &AnswersByPlace<'_>) -> bool {
        let result = |term: &super::model::Term| {
            let answer = answers.get(term.question).copied().flatten();
            term.test.passes(answer)
        };
        match self.combine {
            _ if self.terms.is_empty() => true,
            Combine::All => self.terms.iter().all(result),
            Combine::Any => self.terms.iter().any(result),
        }
    }
}

impl Test {
    pub fn passes(&self, answer: Option<&AnswerValue>) -> bool {
        match (self, answer) {
            (Test::Answered, answer) => answer.is_some(),
            (Test::NotAnswered, answer) => answer.is_none(),
            (Test::NotEquals(value), answer) => !answer.is_some_and(|a| is_value(a, value)),
            (_, None) => false,
            (Test::Equals(value), Some(answer)) => is_value(answer, value),
            (Test::AnyOf(values), Some(answer)) => values.iter().any(|v| is_value(answer, v)),
            (Test::Greater(value), Some(answer)) => {
                compare(answer, value).is_some_and(|o| o.is_gt())
            }
            (Test::Less(value), Some(answer)) => compare(answer, value).is_some_and(|o| o.is_lt()),
        }
    }
}

/// Whether the answer is (or, for several choices, includes) `value`.
fn is_value(answer: &AnswerValue, value: &str) -> bool {
    let option = || value.parse::<u16>().ok();
    match answer {
        AnswerValue::Choice(index) => option() == Some(*index),
        AnswerValue::Other(_) => value == OTHER_VALUE,
        AnswerValue::Choices { selected, other } => match value {
            OTHER_VALUE => other.is_some(),
            _ => option().is_some_and(|i| selected.contains(&i)),
        },
        AnswerValue::Text(text) => text.trim().to_lowercase() == value.trim().to_lowercase(),
        AnswerValue::Rating(n) | AnswerValue::Score(n) => value.parse::<u8>().ok() == Some(*n),
        AnswerValue::Number(n) => Decimal::parse(value) == Some(*n),
        AnswerValue::Date(date) => CalendarDate::parse(value) == Some(*date),
        AnswerValue::Ranking(_) | AnswerValue::Matrix(_) => false,
    }
}

/// The answer against a number, score or date; `None` when they do not
/// compare.
fn compare(answer: &AnswerValue, value: &str) -> Option<std::cmp::Ordering> {
    match answer {
        AnswerValue::Rating(n) | AnswerValue::Score(n) => {
            Some(Decimal::from_integer(i64::from(*n))?.cmp(&Decimal::parse(value)?))
        }
        AnswerValue::Number(n) => Some(n.cmp(&Decimal::parse(value)?)),
        AnswerValue::Date(date) => Some(date.cmp(&CalendarDate::parse(value)?)),
        _ => None,
    }
}
