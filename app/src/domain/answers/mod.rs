//! The rules a respondent's answers must follow. The server enforces them on
//! every submission; the browser runs the same code to show errors early.
//!
//! `fields.rs` sorts the posted fields out per question (the form-field
//! contract below), `checks.rs` applies each kind's rules, `text.rs` says
//! how an accepted answer reads.

mod checks;
mod fields;
mod text;

use serde::{Deserialize, Serialize};

use super::ids::QuestionId;
use super::logic::{Route, SurveyLogic};
use super::survey::Question;
use crate::i18n::Message;

pub use super::answer_value::{AnswerValue, MISSING_ANSWER, OTHER_VALUE, answer_length};
pub use checks::OTHER_TEXT_LIMIT;
pub use fields::{field_question, kept_value, kept_values};
pub use text::answer_text;

pub const IDEMPOTENCY_FIELD: &str = "idempotency_key";

/// A field people never meet (off screen, out of the tab order, hidden from
/// screen readers) that form-filling bots fill in: a public submission with
/// it filled is answered as if accepted and stores nothing.
pub const HONEYPOT_FIELD: &str = "website";

/// The form field that carries a personal link's token
/// (`services::survey_invitations`).
pub const INVITATION_FIELD: &str = "invitation";

/// Name of the form field that carries the answer to a question: the text,
/// number, date, score or option index; for checkboxes one such field per
/// ticked option (the value `other` for "Other").
pub fn field_name(question: QuestionId) -> String {
    format!("q-{question}")
}

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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidAnswer {
    pub question: QuestionId,
    pub value: AnswerValue,
}

/// Messages for individual questions, in question order.
pub type FieldErrors = Vec<(QuestionId, Message)>;

/// Why a submission was refused: problems with the form as a whole (unknown
/// or repeated fields) and problems with individual answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionErrors {
    pub form: Vec<Message>,
    pub fields: FieldErrors,
}

impl SubmissionErrors {
    pub fn is_empty(&self) -> bool {
        self.form.is_empty() && self.fields.is_empty()
    }

    pub fn for_question(&self, question: QuestionId) -> Option<&Message> {
        self.fields
            .iter()
            .find(|(id, _)| *id == question)
            .map(|(_, message)| message)
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

/// Checks raw form fields (name, value) against the survey's questions,
/// as far as the logic shows them: answers to questions the route hides
/// are dropped, never stored, and a hidden required question needs none.
/// The idempotency key must already have been taken out of `fields`.
pub fn validate_submission(
    questions: &[Question],
    logic: &SurveyLogic,
    fields: &[(String, String)],
) -> Result<Vec<ValidAnswer>, SubmissionErrors> {
    let mut errors = SubmissionErrors::default();
    let given = fields::sort_out(questions, fields, &mut errors.form);
    let checked = check_leniently(questions, &given);
    let route = route_of(logic, &checked);
    let mut answers = Vec::with_capacity(questions.len());
    let shown = questions
        .iter()
        .zip(&given)
        .zip(checked)
        .zip(&route.visible);
    for (((question, given), lenient), _) in shown.filter(|(_, visible)| **visible) {
        match strictly(question, given, lenient) {
            Err(message) => errors.fields.push((question.id, message)),
            Ok(Some(value)) => answers.push(ValidAnswer {
                question: question.id,
                value,
            }),
            Ok(None) => {}
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// The answers given so far as far as they are valid, and the route they
/// make, for a survey being answered page by page.
pub fn route_so_far(
    questions: &[Question],
    logic: &SurveyLogic,
    fields: &[(String, String)],
) -> Route {
    let mut ignored = Vec::new();
    let given = fields::sort_out(questions, fields, &mut ignored);
    route_of(logic, &check_leniently(questions, &given))
}

/// The route the answers so far make, and the problems with page
/// `page`'s shown questions, for moving on from it.
pub fn check_page(
    questions: &[Question],
    logic: &SurveyLogic,
    fields: &[(String, String)],
    page: usize,
) -> (Route, SubmissionErrors) {
    let mut errors = SubmissionErrors::default();
    let given = fields::sort_out(questions, fields, &mut errors.form);
    let checked = check_leniently(questions, &given);
    let route = route_of(logic, &checked);
    let on_page = logic.page_range(page, questions.len());
    for (place, lenient) in checked.into_iter().enumerate() {
        if on_page.contains(&place)
            && route.visible[place]
            && let Err(message) = strictly(&questions[place], &given[place], lenient)
        {
            errors.fields.push((questions[place].id, message));
        }
    }
    (route, errors)
}

type Checked = Result<Option<AnswerValue>, Message>;

/// Each answer checked as if optional: what the logic may test.
fn check_leniently(questions: &[Question], given: &[fields::Given<'_>]) -> Vec<Checked> {
    questions
        .iter()
        .zip(given)
        .map(|(question, given)| checks::check_answer(question, false, given))
        .collect()
}

fn route_of(logic: &SurveyLogic, checked: &[Checked]) -> Route {
    let answers: Vec<Option<&AnswerValue>> = checked
        .iter()
        .map(|c| c.as_ref().ok().and_then(Option::as_ref))
        .collect();
    logic.route(&answers)
}

/// A shown question's answer with its own `required` applied: only a
/// missing answer, or a matrix with rows left, reads differently when
/// required, so only a required matrix is checked again.
fn strictly(question: &Question, given: &fields::Given<'_>, lenient: Checked) -> Checked {
    match lenient {
        Ok(None) if question.required => Err(Message::new(MISSING_ANSWER)),
        Ok(Some(AnswerValue::Matrix(_))) if question.required => {
            checks::check_answer(question, true, given)
        }
        other => other,
    }
}

/// A survey of one page without conditions, as the kinds' tests check it.
#[cfg(test)]
fn validate_plain(
    questions: &[Question],
    fields: &[(String, String)],
) -> Result<Vec<ValidAnswer>, SubmissionErrors> {
    validate_submission(questions, &SurveyLogic::default(), fields)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_kinds;
#[cfg(test)]
mod tests_roundtrip;
