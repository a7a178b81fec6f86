//! Conditions as the designer's form writes them and as the editor shows
//! them: a test names a question and an operator (`"{place}:{code}"`), and
//! options are named by their labels, never by index.

use serde::{Deserialize, Serialize};

use super::super::answer_value::OTHER_VALUE;
use super::super::survey::{Question, QuestionKind};
use super::model::{Combine, Condition, Term, Test};

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
            _ => return Err("Choose whether all or any of the tests must hold.".into()),
        };
        let mut terms = Vec::new();
        for (row, (test, value)) in self.rows().into_iter().enumerate() {
            if test.trim().is_empty() {
                if !value.trim().is_empty() {
                    return Err(format!(
                        "Test {}: choose a question and a test for the value.",
                        row + 1
                    ));
                }
                continue;
            }
            let refused = || format!("Test {}: choose one of the offered tests.", row + 1);
            let (place, code) = test.split_once(':').ok_or_else(refused)?;
            let place: usize = place.parse().map_err(|_| refused())?;
            let question = questions.get(place).ok_or_else(refused)?;
            let value = stored_value(&question.kind, value)
                .map_err(|message| format!("Test {}: {message}", row + 1))?;
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
/// stay as typed.
fn stored_value(kind: &QuestionKind, typed: &str) -> Result<String, String> {
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
                return Err(format!(
                    "\u{201c}{label}\u{201d} is not one of the options ({}).",
                    options.options.join(", ")
                ));
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
/// question 3 (“Seats”) is more than 10.
pub fn describe(condition: &Condition, questions: &[Question]) -> String {
    let join = match condition.combine {
        Combine::All => " and ",
        Combine::Any => " or ",
    };
    condition
        .terms
        .iter()
        .map(|term| {
            let Some(question) = questions.get(term.question) else {
                return format!("question {}", term.question + 1);
            };
            let values: Vec<String> = term
                .test
                .values()
                .iter()
                .map(|v| format!("\u{201c}{}\u{201d}", shown_value(&question.kind, v)))
                .collect();
            let head = format!(
                "question {} (\u{201c}{}\u{201d}) {}",
                term.question + 1,
                question.text,
                Test::label_of(term.test.code())
            );
            if values.is_empty() {
                head
            } else {
                format!("{head} {}", values.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(join)
}
