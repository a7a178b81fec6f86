//! What subscribers type into the survey designer, checked the same way in
//! the browser and on the server. Problems are reported per form field.

use serde::{Deserialize, Serialize};

use super::survey::FREE_TEXT_HARD_LIMIT;
use super::survey::QuestionKind;
use super::survey::SurveyStatus;
use super::time::UnixMillis;
use crate::error::FieldProblem;

pub const MAX_TITLE_CHARS: usize = 150;
pub const MAX_DESCRIPTION_CHARS: usize = 10_000;
pub const MAX_QUESTION_CHARS: usize = 500;
pub const MAX_LABEL_CHARS: usize = 60;
pub const MAX_OPTION_CHARS: usize = 120;
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 10;
/// A survey's questions are capped to keep the public page fast.
pub const MAX_QUESTIONS: usize = 50;

pub fn check_title(title: &str) -> Result<String, FieldProblem> {
    let title = title.trim();
    let count = title.chars().count();
    if count == 0 || count > MAX_TITLE_CHARS || title.chars().any(char::is_control) {
        return Err(FieldProblem::new(
            "title",
            format!("Give the survey a title of 1 to {MAX_TITLE_CHARS} characters."),
        ));
    }
    Ok(title.to_owned())
}

pub fn check_description(markdown: &str) -> Result<String, FieldProblem> {
    if markdown.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(FieldProblem::new(
            "description",
            format!("The description can have at most {MAX_DESCRIPTION_CHARS} characters."),
        ));
    }
    Ok(markdown.trim().replace("\r\n", "\n"))
}

/// A question as the designer's form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionInput {
    pub text: String,
    pub required: bool,
    /// `free_text`, `range` or `choice`.
    pub kind: String,
    /// Free text: the longest answer; empty means the 2,000 maximum.
    pub max_length: String,
    pub low_label: String,
    pub high_label: String,
    /// Choice, checkboxes, dropdown, ranking: one option a line.
    pub options: String,
    /// Short text: a `TextFormat` code; empty means any text.
    pub format: String,
    /// Number: the bounds, step and unit; checkboxes: `min`/`max` ticked.
    pub min: String,
    pub max: String,
    pub step: String,
    pub unit: String,
    /// Date: `YYYY-MM-DD` bounds, either may be empty.
    pub earliest: String,
    pub latest: String,
    /// Rating scale: how many points (2 to 10).
    pub points: String,
    /// Matrix: statements one a line, and the shared scale one a line.
    pub rows: String,
    pub columns: String,
    /// Choice types: offer "Other (please specify)".
    pub other: bool,
    /// Choice types and ranking: show options in a per-respondent order.
    pub shuffle: bool,
}

/// A valid question definition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionDraft {
    pub text: String,
    pub required: bool,
    pub kind: QuestionKind,
}

impl QuestionInput {
    pub fn parse(&self) -> Result<QuestionDraft, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let text = self.text.trim().to_owned();
        let count = text.chars().count();
        if count == 0 || count > MAX_QUESTION_CHARS {
            problems.push(FieldProblem::new(
                "text",
                format!("Write the question (1 to {MAX_QUESTION_CHARS} characters)."),
            ));
        }
        let label = |field: &str, value: &str, problems: &mut Vec<FieldProblem>| {
            let value = value.trim();
            if value.chars().count() > MAX_LABEL_CHARS {
                problems.push(FieldProblem::new(
                    field,
                    format!("A label has at most {MAX_LABEL_CHARS} characters."),
                ));
            }
            (!value.is_empty()).then(|| value.to_owned())
        };
        let kind = match self.kind.as_str() {
            "free_text" => {
                let max_length = match self.max_length.trim() {
                    "" => FREE_TEXT_HARD_LIMIT,
                    text => match text.parse::<u16>() {
                        Ok(n) if (1..=FREE_TEXT_HARD_LIMIT).contains(&n) => n,
                        _ => {
                            problems.push(FieldProblem::new(
                                "max_length",
                                format!(
                                    "The maximum length is a number from 1 to {FREE_TEXT_HARD_LIMIT}, or empty for {FREE_TEXT_HARD_LIMIT}."
                                ),
                            ));
                            FREE_TEXT_HARD_LIMIT
                        }
                    },
                };
                Some(QuestionKind::FreeText { max_length })
            }
            "range" => Some(QuestionKind::Range {
                low_label: label("low_label", &self.low_label, &mut problems),
                high_label: label("high_label", &self.high_label, &mut problems),
            }),
            "choice" => {
                let options: Vec<String> = self
                    .options
                    .lines()
                    .map(str::trim)
                    .filter(|o| !o.is_empty())
                    .map(str::to_owned)
                    .collect();
                let mut seen = std::collections::HashSet::new();
                let duplicate = options.iter().find(|o| !seen.insert(o.to_lowercase()));
                if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&options.len()) {
                    problems.push(FieldProblem::new(
                        "options",
                        format!("Give {MIN_OPTIONS} to {MAX_OPTIONS} options, one a line."),
                    ));
                } else if let Some(duplicate) = duplicate {
                    problems.push(FieldProblem::new(
                        "options",
                        format!("The option \u{201c}{duplicate}\u{201d} appears twice."),
                    ));
                } else if options.iter().any(|o| o.chars().count() > MAX_OPTION_CHARS) {
                    problems.push(FieldProblem::new(
                        "options",
                        format!("An option has at most {MAX_OPTION_CHARS} characters."),
                    ));
                }
                Some(QuestionKind::Choice(super::survey::ChoiceList {
                    options,
                    other: self.other,
                    shuffle: self.shuffle,
                }))
            }
            _ => {
                problems.push(FieldProblem::new(
                    "kind",
                    "Choose free text, rating or multiple choice.",
                ));
                None
            }
        };
        match kind {
            Some(kind) if problems.is_empty() => Ok(QuestionDraft {
                text,
                required: self.required,
                kind,
            }),
            _ => Err(problems),
        }
    }
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
}

/// Whole days left before `expires_at` (rounded up), 0 when past.
pub fn days_left(expires_at: UnixMillis, now: UnixMillis) -> i64 {
    let day = 24 * 60 * 60 * 1000;
    ((expires_at.0 - now.0).max(0) + day - 1) / day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(kind: &str) -> QuestionInput {
        QuestionInput {
            text: "How was it?".into(),
            kind: kind.into(),
            ..QuestionInput::default()
        }
    }

    fn fields(problems: Vec<FieldProblem>) -> Vec<String> {
        problems.into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn free_text_defaults_to_the_hard_limit_and_checks_its_bounds() {
        let q = input("free_text").parse().unwrap();
        assert_eq!(q.kind, QuestionKind::FreeText { max_length: 2000 });
        for bad in ["0", "2001", "ten"] {
            let problems = QuestionInput {
                max_length: bad.into(),
                ..input("free_text")
            }
            .parse();
            assert_eq!(fields(problems.unwrap_err()), ["max_length"], "{bad}");
        }
    }

    #[test]
    fn choices_need_two_to_ten_distinct_non_empty_options() {
        let ok = QuestionInput {
            options: "Phone\n\n Email \nChat".into(),
            ..input("choice")
        };
        assert_eq!(
            ok.parse().unwrap().kind,
            QuestionKind::choice(vec!["Phone".into(), "Email".into(), "Chat".into()])
        );
        let eleven = (0..11)
            .map(|i| format!("Option {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        for bad in ["Only one", "A\na", eleven.as_str()] {
            let problems = QuestionInput {
                options: bad.to_string(),
                ..input("choice")
            }
            .parse();
            assert_eq!(fields(problems.unwrap_err()), ["options"], "{bad:?}");
        }
    }

    #[test]
    fn questions_need_text_a_known_kind_and_short_labels() {
        let problems = QuestionInput {
            text: " ".into(),
            ..input("poll")
        }
        .parse()
        .unwrap_err();
        assert_eq!(fields(problems), ["text", "kind"]);
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        let problems = QuestionInput {
            low_label: long,
            ..input("range")
        }
        .parse()
        .unwrap_err();
        assert_eq!(fields(problems), ["low_label"]);
        let range = QuestionInput {
            high_label: "Great".into(),
            ..input("range")
        }
        .parse()
        .unwrap();
        assert_eq!(
            range.kind,
            QuestionKind::Range {
                low_label: None,
                high_label: Some("Great".into())
            }
        );
    }

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
