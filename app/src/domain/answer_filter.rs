//! Responses filtered by their answers ("only respondents who chose
//! Detractor"): the designer's condition, typed the same way and tested
//! with the same evaluator as the respondent's route, on any question.

use std::collections::HashMap;

use super::answer_value::AnswerValue;
use super::answers::ValidAnswer;
use super::ids::QuestionId;
use super::logic::{Condition, ConditionInput, describe};
use super::survey::Question;

/// Tests a filter offers at once: fewer than the designer's form, since a
/// filter is usually one answer.
pub const FILTER_TERMS: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerFilter {
    condition: Condition,
    /// Each question's place, which the condition's tests name.
    places: HashMap<QuestionId, usize>,
    description: String,
}

impl AnswerFilter {
    /// The filter typed, `None` when no test is chosen; refused with the
    /// reason, for the person filtering.
    pub fn parse(
        input: &ConditionInput,
        questions: &[Question],
    ) -> Result<Option<AnswerFilter>, String> {
        let unused = input.rows().into_iter().skip(FILTER_TERMS);
        if unused
            .into_iter()
            .any(|(test, value)| !test.is_empty() || !value.is_empty())
        {
            return Err(format!("A filter has at most {FILTER_TERMS} tests."));
        }
        let Some(condition) = input.parse(questions)? else {
            return Ok(None);
        };
        condition
            .check_on(questions, "The filter")
            .map_err(|problems| {
                problems
                    .iter()
                    .map(|p| p.0.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })?;
        Ok(Some(AnswerFilter {
            description: describe(&condition, questions),
            places: questions
                .iter()
                .enumerate()
                .map(|(i, q)| (q.id, i))
                .collect(),
            condition,
        }))
    }

    /// Whether a response with these answers is kept.
    pub fn keeps(&self, answers: &[ValidAnswer]) -> bool {
        let mut by_place: Vec<Option<&AnswerValue>> = vec![None; self.places.len()];
        for answer in answers {
            if let Some(&place) = self.places.get(&answer.question) {
                by_place[place] = Some(&answer.value);
            }
        }
        self.condition.holds(&by_place)
    }

    /// The filter in words: question 2 (“Plan”) is “Premium”.
    pub fn description(&self) -> &str {
        &self.description
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey::QuestionKind;

    fn questions() -> Vec<Question> {
        let choice = |id, text: &str, options: &[&str]| Question {
            id: QuestionId(id),
            text: text.into(),
            required: false,
            kind: QuestionKind::choice(options.iter().map(|o| o.to_string()).collect()),
        };
        vec![
            choice(10, "Plan", &["Basic", "Premium"]),
            choice(20, "Recommend", &["Promoter", "Detractor"]),
        ]
    }

    fn input(test: &str, value: &str) -> ConditionInput {
        ConditionInput {
            test1: test.into(),
            value1: value.into(),
            ..ConditionInput::default()
        }
    }

    fn answer(question: i64, option: u16) -> ValidAnswer {
        ValidAnswer {
            question: QuestionId(question),
            value: AnswerValue::Choice(option),
        }
    }

    #[test]
    fn keeps_only_the_responses_whose_answer_passes() {
        let filter = AnswerFilter::parse(&input("1:equals", "detractor"), &questions())
            .unwrap()
            .unwrap();
        assert!(filter.keeps(&[answer(10, 0), answer(20, 1)]));
        assert!(!filter.keeps(&[answer(10, 0), answer(20, 0)]));
        assert!(!filter.keeps(&[answer(10, 0)]), "not answered");
        assert_eq!(
            filter.description(),
            "question 2 (\u{201c}Recommend\u{201d}) is \u{201c}Detractor\u{201d}"
        );
    }

    #[test]
    fn a_later_question_may_be_tested_and_any_combines() {
        let typed = ConditionInput {
            combine: "any".into(),
            test2: "0:equals".into(),
            value2: "Premium".into(),
            ..input("1:not_answered", "")
        };
        let filter = AnswerFilter::parse(&typed, &questions()).unwrap().unwrap();
        assert!(filter.keeps(&[answer(10, 1), answer(20, 0)]));
        assert!(filter.keeps(&[answer(10, 0)]));
        assert!(!filter.keeps(&[answer(10, 0), answer(20, 0)]));
    }

    #[test]
    fn no_test_is_no_filter_and_bad_tests_say_why() {
        assert_eq!(AnswerFilter::parse(&input("", ""), &questions()), Ok(None));
        let refused =
            |typed: ConditionInput| AnswerFilter::parse(&typed, &questions()).unwrap_err();
        assert!(refused(input("1:equals", "Maybe")).contains("is not one of the options"));
        assert!(refused(input("1:greater", "Promoter")).contains("cannot be tested with"));
        assert!(refused(input("7:equals", "1")).contains("choose one of the offered tests"));
        let too_many = ConditionInput {
            test4: "0:answered".into(),
            ..input("1:answered", "")
        };
        assert!(refused(too_many).contains("at most 3 tests"));
    }
}
