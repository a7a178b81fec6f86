//! The logic's types: pages, conditions, tests and where a page leads.

use serde::{Deserialize, Serialize};

/// Most pages a survey may have.
pub const MAX_PAGES: usize = 50;
/// Most tests in one condition.
pub const MAX_TERMS: usize = 10;
/// Most "skip to" rules at the end of one page.
pub const MAX_JUMPS: usize = 10;

/// A survey's pages and conditions. The default is one page holding every
/// question, with no conditions: every survey made before pages existed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyLogic {
    /// The pages in order; the first starts at question 0. Empty: one page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<Page>,
    /// Questions shown only when their condition holds, by place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<QuestionCondition>,
}

/// A page: the questions from `starts_at` to the next page's start.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub starts_at: usize,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The page is shown only when this holds (never on the first page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// After the page, the first rule that holds says where to go; when
    /// none does, the next page follows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jumps: Vec<Jump>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionCondition {
    pub question: usize,
    pub show_if: Condition,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jump {
    /// A condition without tests always holds.
    pub when: Condition,
    pub to: Destination,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Destination {
    /// A later page, by its place (from 0).
    Page(usize),
    /// The end of the survey: the answers are sent.
    Finish,
}

/// Tests on earlier answers, combined with "all" or "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub combine: Combine,
    pub terms: Vec<Term>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Combine {
    #[default]
    All,
    Any,
}

/// One test on the answer to an earlier question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub question: usize,
    pub test: Test,
}

/// What is tested. Values are written as the form posts them: an option's
/// index (or `other`), a number, a date `YYYY-MM-DD`, a score, a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Test {
    /// The answer is this value; for several choices, this one is ticked.
    Equals(String),
    /// The answer is not this value (also true when unanswered).
    NotEquals(String),
    /// The answer is one of these values; for several choices, any of them
    /// is ticked.
    AnyOf(Vec<String>),
    /// A number, rating, score or date above this value.
    Greater(String),
    /// A number, rating, score or date below this value.
    Less(String),
    Answered,
    NotAnswered,
}

impl Test {
    pub const CODES: [&'static str; 7] = [
        "equals",
        "not_equals",
        "any_of",
        "greater",
        "less",
        "answered",
        "not_answered",
    ];

    pub fn code(&self) -> &'static str {
        match self {
            Test::Equals(_) => "equals",
            Test::NotEquals(_) => "not_equals",
            Test::AnyOf(_) => "any_of",
            Test::Greater(_) => "greater",
            Test::Less(_) => "less",
            Test::Answered => "answered",
            Test::NotAnswered => "not_answered",
        }
    }

    /// How the designer names an operator.
    pub fn label_of(code: &str) -> &'static str {
        match code {
            "equals" => "is",
            "not_equals" => "is not",
            "any_of" => "is any of",
            "greater" => "is more than",
            "less" => "is less than",
            "answered" => "is answered",
            "not_answered" => "is not answered",
            _ => "unknown",
        }
    }

    /// `label_of` in the page's language (`label_of` itself stays English:
    /// exports, logs and e-mails rely on it).
    pub fn localized_label_of(code: &str) -> String {
        crate::i18n::texts().get(match code {
            "equals" => "label-test-equals",
            "not_equals" => "label-test-not-equals",
            "any_of" => "label-test-any-of",
            "greater" => "label-test-greater",
            "less" => "label-test-less",
            "answered" => "label-test-answered",
            "not_answered" => "label-test-not-answered",
            _ => "label-test-unknown",
        })
    }

    /// The test from an operator's code and the value as typed (several
    /// values for "any of", one per line or separated by commas).
    pub fn from_code(code: &str, value: &str) -> Option<Test> {
        let value = value.trim().to_owned();
        Some(match code {
            "equals" => Test::Equals(value),
            "not_equals" => Test::NotEquals(value),
            "any_of" => Test::AnyOf(
                value
                    .split([',', '\n'])
                    .map(|v| v.trim().to_owned())
                    .filter(|v| !v.is_empty())
                    .collect(),
            ),
            "greater" => Test::Greater(value),
            "less" => Test::Less(value),
            "answered" => Test::Answered,
            "not_answered" => Test::NotAnswered,
            _ => return None,
        })
    }

    /// The values the test compares with, to be changed in place (an
    /// option's index that follows the option when options move).
    pub fn values_mut(&mut self) -> &mut [String] {
        match self {
            Test::Equals(v) | Test::NotEquals(v) | Test::Greater(v) | Test::Less(v) => {
                std::slice::from_mut(v)
            }
            Test::AnyOf(values) => values,
            Test::Answered | Test::NotAnswered => &mut [],
        }
    }

    /// The values the test compares with.
    pub fn values(&self) -> &[String] {
        match self {
            Test::Equals(v) | Test::NotEquals(v) | Test::Greater(v) | Test::Less(v) => {
                std::slice::from_ref(v)
            }
            Test::AnyOf(values) => values,
            Test::Answered | Test::NotAnswered => &[],
        }
    }
}

impl SurveyLogic {
    /// Whether the survey is more than one page or has any condition.
    pub fn is_plain(&self) -> bool {
        self.pages.len() <= 1
            && self.questions.is_empty()
            && self.pages.iter().all(|p| p.jumps.is_empty())
    }

    /// How many pages a survey of `questions` questions shows at most.
    pub fn page_count(&self) -> usize {
        self.pages.len().max(1)
    }

    /// The questions of page `page` (by place), for a survey of `questions`.
    pub fn page_range(&self, page: usize, questions: usize) -> std::ops::Range<usize> {
        if self.pages.is_empty() {
            return if page == 0 { 0..questions } else { 0..0 };
        }
        let start = self.pages.get(page).map_or(questions, |p| p.starts_at);
        let end = self.pages.get(page + 1).map_or(questions, |p| p.starts_at);
        start.min(questions)..end.clamp(start.min(questions), questions)
    }

    /// The page that holds question `question`.
    pub fn page_of(&self, question: usize) -> usize {
        self.pages
            .iter()
            .rposition(|p| p.starts_at <= question)
            .unwrap_or(0)
    }

    pub fn page(&self, page: usize) -> Option<&Page> {
        self.pages.get(page)
    }

    pub fn condition_of(&self, question: usize) -> Option<&Condition> {
        self.questions
            .iter()
            .find(|c| c.question == question)
            .map(|c| &c.show_if)
    }

    /// Stored form; `None` for the plain default.
    #[cfg(feature = "ssr")]
    pub fn to_json(&self) -> Option<String> {
        (*self != SurveyLogic::default())
            .then(|| serde_json::to_string(self).expect("logic serializes"))
    }

    /// From its stored form; `None` (a survey without logic) is the default.
    #[cfg(feature = "ssr")]
    pub fn from_json(stored: Option<&str>) -> Result<SurveyLogic, serde_json::Error> {
        match stored {
            None => Ok(SurveyLogic::default()),
            Some(text) => serde_json::from_str(text),
        }
    }
}
