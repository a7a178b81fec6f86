//! The rules a respondent's answers must follow. The server enforces them on
//! every submission; the browser runs the same code to show errors early.

use serde::{Deserialize, Serialize};

use super::calendar_date::CalendarDate;
use super::decimal::Decimal;
use super::ids::QuestionId;
use super::survey::FREE_TEXT_HARD_LIMIT;
use super::survey::Question;
use super::survey::QuestionKind;

pub const IDEMPOTENCY_FIELD: &str = "idempotency_key";

/// Name of the form field that carries the answer to a question: the text,
/// number, date, score or option index; for checkboxes one such field per
/// ticked option (the value `other` for "Other").
pub fn field_name(question: QuestionId) -> String {
    format!("q-{question}")
}

/// The value of the choice that stands for "Other (please specify)".
pub const OTHER_VALUE: &str = "other";

/// The text field of "Other (please specify)".
pub fn other_field_name(question: QuestionId) -> String {
    format!("q-{question}-other")
}

/// One part of a question answered in several fields: a matrix row (its
/// value is the column index) or a ranking option (its value is the place,
/// 1 for first).
pub fn part_field_name(question: QuestionId, index: usize) -> String {
    format!("q-{question}-{index}")
}

fn question_of_field(name: &str) -> Option<QuestionId> {
    let digits = name.strip_prefix("q-")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().map(QuestionId)
}

/// Identifies one rendered survey form, so that the same answers sent twice
/// (double click, back and resubmit, a retry after a lost response) are
/// stored once.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    pub const FIELD: &'static str = IDEMPOTENCY_FIELD;

    /// Accepts a hyphenated UUID in lowercase hex, as the server issues.
    pub fn parse(input: &str) -> Option<Self> {
        let ok = input.len() == 36
            && input.char_indices().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == '-',
                _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
            });
        ok.then(|| IdempotencyKey(input.to_owned()))
    }

    #[cfg(feature = "ssr")]
    pub fn generate() -> Self {
        IdempotencyKey(uuid::Uuid::new_v4().hyphenated().to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for IdempotencyKey {
    type Error = &'static str;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        IdempotencyKey::parse(&value).ok_or("not a valid idempotency key")
    }
}

impl From<IdempotencyKey> for String {
    fn from(value: IdempotencyKey) -> Self {
        value.0
    }
}

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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidAnswer {
    pub question: QuestionId,
    pub value: AnswerValue,
}

/// Messages for individual questions, in question order.
pub type FieldErrors = Vec<(QuestionId, String)>;

/// Why a submission was refused: problems with the form as a whole (unknown
/// or repeated fields) and problems with individual answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionErrors {
    pub form: Vec<String>,
    pub fields: FieldErrors,
}

impl SubmissionErrors {
    pub fn is_empty(&self) -> bool {
        self.form.is_empty() && self.fields.is_empty()
    }

    pub fn for_question(&self, question: QuestionId) -> Option<&str> {
        self.fields
            .iter()
            .find(|(id, _)| *id == question)
            .map(|(_, message)| message.as_str())
    }

    pub fn count(&self) -> usize {
        self.form.len() + self.fields.len()
    }
}

/// What became of a submission: stored (or already stored under its
/// idempotency key), or refused with the problems to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SubmitReply {
    Accepted,
    Invalid(SubmissionErrors),
}

pub const MISSING_ANSWER: &str = "Please answer this question.";

/// Checks raw form fields (name, value) against the survey's questions.
/// The idempotency key must already have been taken out of `fields`.
pub fn validate_submission(
    questions: &[Question],
    fields: &[(String, String)],
) -> Result<Vec<ValidAnswer>, SubmissionErrors> {
    let mut errors = SubmissionErrors::default();
    let mut raw: Vec<Option<&str>> = vec![None; questions.len()];

    for (name, value) in fields {
        let index =
            question_of_field(name).and_then(|id| questions.iter().position(|q| q.id == id));
        match index {
            None => errors.form.push(format!(
                "The form contains an unknown field \"{}\".",
                shorten(name)
            )),
            Some(i) if raw[i].is_some() => errors
                .form
                .push(format!("The answer to question {} was sent twice.", i + 1)),
            Some(i) => raw[i] = Some(value.as_str()),
        }
    }

    let mut answers = Vec::with_capacity(questions.len());
    for (question, value) in questions.iter().zip(raw) {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match (value, check_answer(question, value)) {
            (_, Err(message)) => errors.fields.push((question.id, message)),
            (Some(_), Ok(Some(value))) => answers.push(ValidAnswer {
                question: question.id,
                value,
            }),
            _ => {}
        }
    }

    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// The length of a free-text answer as the respondent sees it: a browser
/// counts a line break as one character, and posts it as two.
pub fn answer_length(text: &str) -> usize {
    text.chars().count() - text.matches("\r\n").count()
}

fn check_answer(question: &Question, value: Option<&str>) -> Result<Option<AnswerValue>, String> {
    let Some(value) = value else {
        return if question.required {
            Err(MISSING_ANSWER.to_owned())
        } else {
            Ok(None)
        };
    };
    match &question.kind {
        QuestionKind::FreeText { max_length } => {
            let limit = (*max_length).min(FREE_TEXT_HARD_LIMIT);
            let length = answer_length(value);
            if value.chars().any(is_forbidden_in_text) {
                Err(
                    "Your answer contains invisible control characters; please retype it (line breaks and tabs are fine)."
                        .to_owned(),
                )
            } else if length > usize::from(limit) {
                Err(format!(
                    "Please shorten your answer to at most {limit} characters (it has {length})."
                ))
            } else {
                Ok(Some(AnswerValue::Text(value.to_owned())))
            }
        }
        QuestionKind::Range { .. } => match value.parse::<u8>() {
            Ok(stars @ 1..=5) => Ok(Some(AnswerValue::Rating(stars))),
            _ => Err("Please choose from 1 to 5 stars.".to_owned()),
        },
        QuestionKind::Choice(list) => match value.parse::<u16>() {
            Ok(index) if usize::from(index) < list.options.len() => {
                Ok(Some(AnswerValue::Choice(index)))
            }
            _ => Err("Please choose one of the options.".to_owned()),
        },
        // ISSUE22-TEMP: the domain helper replaces this.
        _ => Err("This question type cannot be answered yet.".to_owned()),
    }
}

/// NUL and the other control characters have no place in an answer (and
/// PostgreSQL cannot store NUL); tab and line breaks do.
fn is_forbidden_in_text(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Field names come from the client; echo only a bounded prefix of them.
fn shorten(name: &str) -> String {
    let short: String = name.chars().take(40).collect();
    if short.len() < name.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// An answer as people read it: the stars, the chosen option's label, or
/// the text.
pub fn answer_text(question: &super::survey::Question, value: &AnswerValue) -> String {
    match (value, &question.kind) {
        (AnswerValue::Rating(stars), _) => format!("{stars} of 5"),
        (AnswerValue::Choice(index), super::survey::QuestionKind::Choice(list)) => list
            .options
            .get(usize::from(*index))
            .cloned()
            .unwrap_or_default(),
        (AnswerValue::Choice(index), _) => index.to_string(),
        (AnswerValue::Text(text), _) => text.clone(),
        // ISSUE22-TEMP: the domain helper replaces this.
        (other, _) => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions() -> Vec<Question> {
        vec![
            Question {
                id: QuestionId(1),
                text: "Rate us".into(),
                required: true,
                kind: QuestionKind::Range {
                    low_label: None,
                    high_label: None,
                },
            },
            Question {
                id: QuestionId(2),
                text: "Channel".into(),
                required: true,
                kind: QuestionKind::choice(vec!["Phone".into(), "Email".into()]),
            },
            Question {
                id: QuestionId(3),
                text: "Comments".into(),
                required: false,
                kind: QuestionKind::FreeText { max_length: 10 },
            },
        ]
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn accepts_a_complete_submission() {
        let answers = validate_submission(
            &questions(),
            &fields(&[("q-1", "4"), ("q-2", "1"), ("q-3", " too slow ")]),
        )
        .unwrap();
        assert_eq!(
            answers,
            vec![
                ValidAnswer {
                    question: QuestionId(1),
                    value: AnswerValue::Rating(4)
                },
                ValidAnswer {
                    question: QuestionId(2),
                    value: AnswerValue::Choice(1)
                },
                ValidAnswer {
                    question: QuestionId(3),
                    value: AnswerValue::Text("too slow".into())
                },
            ]
        );
    }

    #[test]
    fn optional_questions_may_be_left_empty() {
        let answers = validate_submission(
            &questions(),
            &fields(&[("q-1", "5"), ("q-2", "0"), ("q-3", "  ")]),
        )
        .unwrap();
        assert_eq!(answers.len(), 2);
    }

    #[test]
    fn required_questions_must_be_answered() {
        let errors = validate_submission(&questions(), &fields(&[("q-3", "ok")])).unwrap_err();
        assert_eq!(errors.for_question(QuestionId(1)), Some(MISSING_ANSWER));
        assert_eq!(errors.for_question(QuestionId(2)), Some(MISSING_ANSWER));
        assert_eq!(errors.for_question(QuestionId(3)), None);
        assert!(errors.form.is_empty());
    }

    #[test]
    fn ratings_must_be_one_to_five() {
        for bad in ["0", "6", "-1", "3.5", "five", "256"] {
            let errors = validate_submission(&questions(), &fields(&[("q-1", bad), ("q-2", "0")]))
                .unwrap_err();
            assert!(
                errors
                    .for_question(QuestionId(1))
                    .unwrap()
                    .contains("1 to 5"),
                "{bad}"
            );
        }
    }

    #[test]
    fn choices_must_be_one_of_the_options() {
        for bad in ["2", "-1", "Email", "99999"] {
            let errors = validate_submission(&questions(), &fields(&[("q-1", "3"), ("q-2", bad)]))
                .unwrap_err();
            assert!(
                errors
                    .for_question(QuestionId(2))
                    .unwrap()
                    .contains("options"),
                "{bad}"
            );
        }
    }

    #[test]
    fn free_text_length_is_counted_in_characters() {
        let ok = "ééééééééé\u{1F600}"; // 10 characters, 22 bytes
        assert!(
            validate_submission(
                &questions(),
                &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", ok)])
            )
            .is_ok()
        );
        let errors = validate_submission(
            &questions(),
            &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", "12345678901")]),
        )
        .unwrap_err();
        assert!(
            errors
                .for_question(QuestionId(3))
                .unwrap()
                .contains("at most 10")
        );
    }

    #[test]
    fn a_posted_line_break_counts_as_the_one_character_the_browser_counted() {
        let ten = "1234\r\n5678\r\n"; // 10 characters in the textarea
        assert!(
            validate_submission(
                &questions(),
                &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", ten)])
            )
            .is_ok()
        );
        let eleven = "1234\r\n5678\r\nx";
        assert!(
            validate_submission(
                &questions(),
                &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", eleven)])
            )
            .is_err()
        );
    }

    #[test]
    fn free_text_never_exceeds_the_hard_limit() {
        let mut qs = questions();
        qs[2].kind = QuestionKind::FreeText {
            max_length: u16::MAX,
        };
        let long = "a".repeat(2001);
        let errors =
            validate_submission(&qs, &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", &long)]))
                .unwrap_err();
        assert!(errors.for_question(QuestionId(3)).unwrap().contains("2000"));
    }

    #[test]
    fn control_characters_are_refused_but_line_breaks_and_tabs_are_kept() {
        for bad in [
            "a\0b",
            "bell\u{7}",
            "esc\u{1b}[31m",
            "del\u{7f}",
            "c1\u{85}x",
        ] {
            let errors = validate_submission(
                &questions(),
                &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", bad)]),
            )
            .unwrap_err();
            assert!(
                errors
                    .for_question(QuestionId(3))
                    .unwrap()
                    .contains("control characters"),
                "{bad:?}"
            );
        }
        let fine = "a\r\nb\tc";
        assert!(
            validate_submission(
                &questions(),
                &fields(&[("q-1", "3"), ("q-2", "0"), ("q-3", fine)])
            )
            .is_ok()
        );
    }

    #[test]
    fn unknown_and_repeated_fields_are_rejected() {
        let errors = validate_submission(
            &questions(),
            &fields(&[("q-1", "3"), ("q-2", "0"), ("q-99", "x"), ("admin", "1")]),
        )
        .unwrap_err();
        assert_eq!(errors.form.len(), 2);
        let errors = validate_submission(
            &questions(),
            &fields(&[("q-1", "3"), ("q-1", "4"), ("q-2", "0")]),
        )
        .unwrap_err();
        assert_eq!(errors.form.len(), 1);
    }

    #[test]
    fn idempotency_keys_are_lowercase_uuids() {
        assert!(IdempotencyKey::parse("0b7f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e").is_some());
        assert!(IdempotencyKey::parse("0B7F2C1E-3D4A-4B5C-8D9E-0F1A2B3C4D5E").is_none());
        assert!(IdempotencyKey::parse("not-a-key").is_none());
        assert!(IdempotencyKey::parse("").is_none());
    }

    #[test]
    fn field_names_round_trip() {
        assert_eq!(
            question_of_field(&field_name(QuestionId(42))),
            Some(QuestionId(42))
        );
        assert_eq!(question_of_field("q-"), None);
        assert_eq!(question_of_field("q-+1"), None);
    }
}
