//! Conditions as the designer's form writes them and as the editor shows
//! them: a test names a question and an operator (`"{place}:{code}"`), and
//! options are named by their labels, never by index.

use serde::{Deserialize, Serialize};

use super::super::answer_value::OTHER_VALUE;
use super::super::survey::{Question, QuestionKind};
use super::model::{Combine, Condition, Term, Test};
use crate::i18n::Message;

/// Tests the designer's form offers at once.
pub const FORM_TERMS: usize = 5;

/// A condition as typed: "all" or "any", and up to `FORM_TERMS` rows of a
/// test (empty for none) and its value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConditionInput {
    #[serde(default)]
    pub combine: String,
    #[serde(default)]
    pub test1: String,
    #[serde(default)]
    pub value1: String,
    #[serde(default)]
    pub test2: String,
    #[serde(default)]
    pub value2: String,
    #[serde(default)]
    pub test3: String,
    #[serde(default)]
    pub value3: String,
    #[serde(default)]
    pub test4: String,
    #[serde(default)]
    pub value4: String,
    #[serde(default)]
    pub test5: String,
    #[serde(default)]
    pub value5: String,
}

impl ConditionInput {
    pub fn rows(&self) -> [(&str, &str); FORM_TERMS] {
        [
            (&self.test1, &self.value1),
            (&self.test2, &self.value2),
            (&self.test3, &self.value3),
            (&self.test4, &self.value4),
            (&self.test5, &self.value5),
        ]
    }

    /// The condition typed; `None` when every row is empty. Values of
    /// choice questions are option labels (any case) or "Other".
    pub fn parse(&self, questions: &[Question]) -> Result<Option<Condition>, String> {
        let combine = match self.combine.as_str() {
            "" | "all" => Combine::All,
            "any" => Combine::Any,
            _ => {
                return Err(Message::new("msg-design-logic-choose-combine").in_page_language());
            }
        };
        let mut terms = Vec::new();
        for (row, (test, value)) in self.rows().into_iter().enumerate() {
            if test.trim().is_empty() {
                if !value.trim().is_empty() {
                    return Err(Message::new("msg-design-logic-value-without-test")
                        .number("number", row + 1)
                        .in_page_language());
                }
                continue;
            }
            let refused = || {
                Message::new("msg-design-logic-choose-test")
                    .number("number", row + 1)
                    .in_page_language()
            };
            let (place, code) = test.split_once(':').ok_or_else(refused)?;
            let place: usize = place.parse().map_err(|_| refused())?;
            let question = questions.get(place).ok_or_else(refused)?;
            let value = stored_value(&question.kind, value, row)?;
            let test = Test::from_code(code, &value).ok_or_else(refused)?;
            terms.push(Term {
                question: place,
                test,
            });
        }
        Ok((!terms.is_empty()).then_some(Condition { combine, terms }))
    }

    /// The form filled in with `condition`, for changing it.
    pub fn of(condition: &Condition, questions: &[Question]) -> ConditionInput {
        let mut input = ConditionInput {
            combine: match condition.combine {
                Combine::All => "all".into(),
                Combine::Any => "any".into(),
            },
            ..ConditionInput::default()
        };
        let slots = [
            (&mut input.test1, &mut input.value1),
            (&mut input.test2, &mut input.value2),
            (&mut input.test3, &mut input.value3),
            (&mut input.test4, &mut input.value4),
            (&mut input.test5, &mut input.value5),
        ];
        for ((test, value), term) in slots.into_iter().zip(&condition.terms) {
            *test = format!("{}:{}", term.question, term.test.code());
            let kind = questions.get(term.question).map(|q| &q.kind);
            *value = term
                .test
                .values()
                .iter()
                .map(|v| kind.map_or_else(|| v.clone(), |k| shown_value(k, v)))
                .collect::<Vec<_>>()
                .join(", ");
        }
        input
    }
}

/// For choices, the label typed becomes the option's index; other values
/// stay as typed. A label that is no option is refused in the words of
/// test `row` (from 0).
fn stored_value(kind: &QuestionKind, typed: &str, row: usize) -> Result<String, String> {
    let options = match kind {
        QuestionKind::Choice(list)
        | QuestionKind::Dropdown(list)
        | QuestionKind::Checkboxes { list, .. } => list,
        _ => return Ok(typed.trim().to_owned()),
    };
    let mut indexes = Vec::new();
    for label in typed
        .split([',', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        let found = options
            .options
            .iter()
            .position(|o| o.trim().to_lowercase() == label.to_lowercase())
            .map(|i| i.to_string())
            .or_else(|| {
                (options.other && label.eq_ignore_ascii_case("other"))
                    .then(|| OTHER_VALUE.to_owned())
            });
        match found {
            Some(index) => indexes.push(index),
            None => {
                return Err(Message::new("msg-design-logic-not-an-option")
                    .number("number", row + 1)
                    .text("label", label)
                    .text("options", options.options.join(", "))
                    .in_page_language());
            }
        }
    }
    Ok(indexes.join(","))
}

/// A stored value as the designer reads it: options by label.
fn shown_value(kind: &QuestionKind, value: &str) -> String {
    match kind {
        QuestionKind::Choice(list)
        | QuestionKind::Dropdown(list)
        | QuestionKind::Checkboxes { list, .. } => match value {
            OTHER_VALUE => "Other".to_owned(),
            _ => value
                .parse::<usize>()
                .ok()
                .and_then(|i| list.options.get(i).cloned())
                .unwrap_or_else(|| value.to_owned()),
        },
        _ => value.to_owned(),
    }
}

/// The condition in words, such as: question 2 (“Plan”) is “Premium” and
/// question 3 (“Seats”) is more than “10”. Each test is one message (its
/// words follow the operator), and the tests are joined one by one with
/// "and" or "or".
pub fn describe(condition: &Condition, questions: &[Question]) -> String {
    let join = match condition.combine {
        Combine::All => "msg-design-logic-and",
        Combine::Any => "msg-design-logic-or",
    };
    let mut terms = condition
        .terms
        .iter()
        .map(|term| describe_term(term, questions));
    let Some(first) = terms.next() else {
        return String::new();
    };
    terms.fold(first, |left, right| {
        Message::new(join)
            .text("left", left)
            .text("right", right)
            .in_page_language()
    })
}

/// One test in words: question 2 (“Plan”) is “Premium”.
fn describe_term(term: &Term, questions: &[Question]) -> String {
    let Some(question) = questions.get(term.question) else {
        return Message::new("msg-design-logic-term-no-question")
            .number("number", term.question + 1)
            .in_page_language();
    };
    let values: Vec<String> = term
        .test
        .values()
        .iter()
        .map(|v| {
            Message::new("msg-design-logic-term-value")
                .text("value", shown_value(&question.kind, v))
                .in_page_language()
        })
        .collect();
    let key = match term.test {
        Test::Equals(_) => "msg-design-logic-term-equals",
        Test::NotEquals(_) => "msg-design-logic-term-not-equals",
        Test::AnyOf(_) => "msg-design-logic-term-any-of",
        Test::Greater(_) => "msg-design-logic-term-greater",
        Test::Less(_) => "msg-design-logic-term-less",
        Test::Answered => "msg-design-logic-term-answered",
        Test::NotAnswered => "msg-design-logic-term-not-answered",
    };
    let words = Message::new(key)
        .number("number", term.question + 1)
        .text("question", question.text.as_str())
        .text("values", values.join(", "))
        .in_page_language();
    // "Any of" nothing (which no check lets through) ends with the operator.
    if values.is_empty() {
        words.trim_end().to_owned()
    } else {
        words
    }
}
