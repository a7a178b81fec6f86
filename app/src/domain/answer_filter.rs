//! Responses filtered by their answers ("only respondents who chose
//! Detractor"): the designer's condition, typed the same way and tested
//! with the same evaluator as the respondent's route, on any question;
//! and by the language the respondent answered in.

use std::collections::HashMap;

use super::answer_value::AnswerValue;
use super::answers::ValidAnswer;
use super::ids::QuestionId;
use super::logic::{Condition, ConditionInput, describe};
use super::survey::Question;
use crate::i18n::{Language, Message};

/// Tests a filter offers at once: fewer than the designer's form, since a
/// filter is usually one answer.
pub const FILTER_TERMS: usize = 3;

/// A filter as typed on the results and responses pages.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct TypedFilter {
    pub answers: ConditionInput,
    /// Only responses given in this language.
    pub language: Option<Language>,
}

impl TypedFilter {
    /// The filter, `None` when nothing is chosen; refused with the reason.
    pub fn parse(&self, questions: &[Question]) -> Result<Option<AnswerFilter>, String> {
        AnswerFilter::parse(&self.answers, questions, self.language)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnswerFilter {
    /// `None`: any answers (the filter is by language alone).
    condition: Option<Condition>,
    /// `None`: any language.
    language: Option<Language>,
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
        language: Option<Language>,
    ) -> Result<Option<AnswerFilter>, String> {
        let unused = input.rows().into_iter().skip(FILTER_TERMS);
        if unused
            .into_iter()
            .any(|(test, value)| !test.is_empty() || !value.is_empty())
        {
            return Err(Message::new("msg-answer-filter-too-many-tests")
                .number("count", FILTER_TERMS)
                .in_page_language());
        }
        let condition = input.parse(questions)?;
        if let Some(condition) = &condition {
            condition
                .check_on(questions, super::logic::LogicOwner::Filter)
                .map_err(|problems| {
                    problems
                        .iter()
                        .map(|p| p.0.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })?;
        }
        let described = condition.as_ref().map(|c| describe(c, questions));
        let description = match (described, language) {
            (None, None) => return Ok(None),
            (Some(answers), None) => answers,
            (None, Some(language)) => Message::new("msg-answer-filter-language")
                .text("language", language.code())
                .in_page_language(),
            (Some(answers), Some(language)) => {
                Message::new("msg-answer-filter-answers-and-language")
                    .text("answers", answers)
                    .text("language", language.code())
                    .in_page_language()
            }
        };
        Ok(Some(AnswerFilter {
            description,
            language,
            places: questions
                .iter()
                .enumerate()
                .map(|(i, q)| (q.id, i))
                .collect(),
            condition,
        }))
    }

    /// Whether a response with these answers, given in `language`, is kept.
    pub fn keeps(&self, answers: &[ValidAnswer], language: Language) -> bool {
        if self.language.is_some_and(|wanted| wanted != language) {
            return false;
        }
        let Some(condition) = &self.condition else {
            return true;
        };
        let mut by_place: Vec<Option<&AnswerValue>> = vec![None; self.places.len()];
        for answer in answers {
            if let Some(&place) = self.places.get(&answer.question) {
                by_place[place] = Some(&answer.value);
            }
        }
        condition.holds(&by_place)
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
        let filter = AnswerFilter::parse(&input("1:equals", "detractor"), &questions(), None)
            .unwrap()
            .unwrap();
        assert!(filter.keeps(&[answer(10, 0), answer(20, 1)], Language::English));
        assert!(!filter.keeps(&[answer(10, 0), answer(20, 0)], Language::English));
        assert!(
            !filter.keeps(&[answer(10, 0)], Language::English),
            "not answered"
        );
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
        let filter = AnswerFilter::parse(&typed, &questions(), None)
            .unwrap()
            .unwrap();
        assert!(filter.keeps(&[answer(10, 1), answer(20, 0)], Language::English));
        assert!(filter.keeps(&[answer(10, 0)], Language::English));
        assert!(!filter.keeps(&[answer(10, 0), answer(20, 0)], Language::English));
    }

    #[test]
    fn no_test_is_no_filter_and_bad_tests_say_why() {
        assert_eq!(
            AnswerFilter::parse(&input("", ""), &questions(), None),
            Ok(None)
        );
        let refused =
            |typed: ConditionInput| AnswerFilter::parse(&typed, &questions(), None).unwrap_err();
        assert!(refused(input("1:equals", "Maybe")).contains("is not one of the options"));
        assert!(refused(input("1:greater", "Promoter")).contains("cannot be tested with"));
        assert!(refused(input("7:equals", "1")).contains("choose one of the offered tests"));
        let too_many = ConditionInput {
            test4: "0:answered".into(),
            ..input("1:answered", "")
        };
        assert!(refused(too_many).contains("at most 3 tests"));
    }

    #[test]
    fn a_language_alone_or_beside_answers_keeps_the_responses_given_in_it() {
        let german = AnswerFilter::parse(&input("", ""), &questions(), Some(Language::German))
            .unwrap()
            .unwrap();
        assert!(german.keeps(&[answer(10, 0)], Language::German));
        assert!(!german.keeps(&[answer(10, 0)], Language::English));
        assert_eq!(german.description(), "the answers are in German");
        let both = AnswerFilter::parse(
            &input("1:equals", "Detractor"),
            &questions(),
            Some(Language::Arabic),
        )
        .unwrap()
        .unwrap();
        assert!(both.keeps(&[answer(20, 1)], Language::Arabic));
        assert!(!both.keeps(&[answer(20, 0)], Language::Arabic));
        assert!(!both.keeps(&[answer(20, 1)], Language::Spanish));
        assert!(
            both.description()
                .ends_with(", and the answers are in Arabic")
        );
    }
}
