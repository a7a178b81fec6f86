//! What the designer refuses: logic that refers forward or to nothing, that
//! points back into a loop, or that can never hold. Each refusal says why.

use super::super::answer_value::{AnswerValue, OTHER_VALUE};
use super::super::calendar_date::CalendarDate;
use super::super::decimal::Decimal;
use super::super::survey::{Question, QuestionKind};
use super::model::{
    Combine, Condition, Destination, MAX_JUMPS, MAX_PAGES, MAX_TERMS, SurveyLogic, Test,
};
use crate::i18n::Message;

/// Longest page title and description.
pub const MAX_PAGE_TITLE_CHARS: usize = 200;
pub const MAX_PAGE_DESCRIPTION_CHARS: usize = 2000;

/// Why logic was refused, for the person designing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogicProblem(pub String);

impl std::fmt::Display for LogicProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn problem(message: Message) -> LogicProblem {
    LogicProblem(message.in_page_language())
}

/// What a condition belongs to, as a refusal names it at the start of a
/// sentence ("The condition of question 3 can never hold.").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogicOwner {
    /// The condition of the question at this place (from 0).
    Question(usize),
    /// The condition of the page at this place (from 0).
    Page(usize),
    /// A rule after a page, both by place (from 0).
    Rule { page: usize, rule: usize },
    /// A filter of responses.
    Filter,
    /// Anything else, by the name given (in the page's language).
    Named(String),
}

impl From<&str> for LogicOwner {
    fn from(name: &str) -> LogicOwner {
        LogicOwner::Named(name.to_owned())
    }
}

impl LogicOwner {
    /// `message` with the owner's arguments, which every message that
    /// names an owner takes: `owner` (`question`, `page`, `rule`, `filter`
    /// or `other`), `owner_number` (the question's or page's number),
    /// `owner_rule` (the rule's number) and `owner_name`.
    fn args(&self, message: Message) -> Message {
        let (kind, number, rule, name) = match self {
            LogicOwner::Question(place) => ("question", place + 1, 0, ""),
            LogicOwner::Page(place) => ("page", place + 1, 0, ""),
            LogicOwner::Rule { page, rule } => ("rule", page + 1, rule + 1, ""),
            LogicOwner::Filter => ("filter", 0, 0, ""),
            LogicOwner::Named(name) => ("other", 0, 0, name.as_str()),
        };
        message
            .text("owner", kind)
            .number("owner_number", number)
            .number("owner_rule", rule)
            .text("owner_name", name)
    }
}

impl SurveyLogic {
    /// Every problem with this logic for `questions`, in the order a
    /// designer reads the survey.
    pub fn check(&self, questions: &[Question]) -> Result<(), Vec<LogicProblem>> {
        let mut problems = Vec::new();
        self.check_pages(questions, &mut problems);
        let mut seen = Vec::new();
        for rule in &self.questions {
            let q = rule.question;
            if q >= questions.len() {
                problems.push(problem(
                    Message::new("msg-design-logic-no-such-question").number("number", q + 1),
                ));
                continue;
            }
            if seen.contains(&q) {
                problems.push(problem(
                    Message::new("msg-design-logic-two-conditions").number("number", q + 1),
                ));
            }
            seen.push(q);
            let owner = LogicOwner::Question(q);
            check_condition(&rule.show_if, questions, q, &owner, &mut problems);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    fn check_pages(&self, questions: &[Question], problems: &mut Vec<LogicProblem>) {
        if self.pages.len() > MAX_PAGES {
            problems.push(problem(
                Message::new("msg-design-logic-too-many-pages").number("max", MAX_PAGES),
            ));
        }
        let mut previous = 0;
        for (place, page) in self.pages.iter().enumerate() {
            let number = place + 1;
            let valid_start = if place == 0 {
                page.starts_at == 0
            } else {
                page.starts_at >= previous && page.starts_at <= questions.len()
            };
            if !valid_start {
                problems.push(problem(
                    Message::new("msg-design-logic-page-start").number("number", number),
                ));
            }
            previous = page.starts_at;
            if page.title.chars().count() > MAX_PAGE_TITLE_CHARS {
                problems.push(problem(
                    Message::new("msg-design-logic-page-title-length")
                        .number("number", number)
                        .number("max", MAX_PAGE_TITLE_CHARS),
                ));
            }
            if page.description.chars().count() > MAX_PAGE_DESCRIPTION_CHARS {
                problems.push(problem(
                    Message::new("msg-design-logic-page-description-length")
                        .number("number", number)
                        .typed("max", MAX_PAGE_DESCRIPTION_CHARS),
                ));
            }
            if let Some(condition) = &page.show_if {
                if place == 0 {
                    problems.push(problem(Message::new(
                        "msg-design-logic-first-page-condition",
                    )));
                } else {
                    let owner = LogicOwner::Page(place);
                    check_condition(condition, questions, page.starts_at, &owner, problems);
                }
            }
            if page.jumps.len() > MAX_JUMPS {
                problems.push(problem(
                    Message::new("msg-design-logic-too-many-rules")
                        .number("number", number)
                        .number("max", MAX_JUMPS),
                ));
            }
            let end = self.page_range(place, questions.len()).end;
            for (index, jump) in page.jumps.iter().enumerate() {
                let owner = LogicOwner::Rule {
                    page: place,
                    rule: index,
                };
                if let Destination::Page(to) = jump.to {
                    if to <= place {
                        problems.push(problem(
                            Message::new("msg-design-logic-rule-goes-back")
                                .number("rule", index + 1)
                                .number("number", number)
                                .number("to", to + 1),
                        ));
                    } else if to >= self.page_count() {
                        problems.push(problem(
                            Message::new("msg-design-logic-rule-goes-nowhere")
                                .number("rule", index + 1)
                                .number("number", number)
                                .number("to", to + 1),
                        ));
                    }
                }
                check_condition(&jump.when, questions, end, &owner, problems);
            }
        }
    }
}

impl Condition {
    /// Problems with a condition that may test any question of the survey,
    /// as a filter of responses does (`owner` names it in the messages:
    /// `LogicOwner::Filter`, or a name in the page's language).
    pub fn check_on(
        &self,
        questions: &[Question],
        owner: impl Into<LogicOwner>,
    ) -> Result<(), Vec<LogicProblem>> {
        let mut problems = Vec::new();
        let owner = owner.into();
        check_condition(self, questions, questions.len(), &owner, &mut problems);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// A condition may test only questions before place `before`, each with
/// tests that fit its kind, and must be able to hold.
fn check_condition(
    condition: &Condition,
    questions: &[Question],
    before: usize,
    owner: &LogicOwner,
    problems: &mut Vec<LogicProblem>,
) {
    if condition.terms.len() > MAX_TERMS {
        problems.push(problem(owner.args(
            Message::new("msg-design-logic-too-many-tests").number("max", MAX_TERMS),
        )));
        return;
    }
    let mut fitting = true;
    for term in &condition.terms {
        let Some(question) = questions
            .get(term.question)
            .filter(|_| term.question < before)
        else {
            problems.push(problem(
                owner.args(
                    Message::new("msg-design-logic-uses-later-question")
                        .number("question", term.question + 1),
                ),
            ));
            fitting = false;
            continue;
        };
        if let Err(message) = check_test(&term.test, &question.kind) {
            problems.push(problem(
                owner.args(message.number("question", term.question + 1)),
            ));
            fitting = false;
        }
    }
    if !fitting {
        return;
    }
    let never = |terms: &[&super::model::Term]| -> bool {
        let place = terms[0].question;
        !candidates(&questions[place].kind, terms)
            .iter()
            .any(|answer| terms.iter().all(|t| t.test.passes(answer.as_ref())))
    };
    match condition.combine {
        Combine::All => {
            let mut places: Vec<usize> = condition.terms.iter().map(|t| t.question).collect();
            places.sort_unstable();
            places.dedup();
            for place in places {
                let terms: Vec<_> = condition
                    .terms
                    .iter()
                    .filter(|t| t.question == place)
                    .collect();
                if never(&terms) {
                    problems.push(problem(
                        owner.args(
                            Message::new("msg-design-logic-never-holds-question")
                                .number("question", place + 1),
                        ),
                    ));
                }
            }
        }
        Combine::Any => {
            if !condition.terms.is_empty() && condition.terms.iter().all(|t| never(&[t])) {
                problems.push(problem(
                    owner.args(Message::new("msg-design-logic-never-holds")),
                ));
            }
        }
    }
}

/// Which operators a kind offers, and its values' form.
pub fn tests_for(kind: &QuestionKind) -> &'static [&'static str] {
    match kind {
        QuestionKind::Matrix { .. } | QuestionKind::Ranking { .. } => &["answered", "not_answered"],
        QuestionKind::Choice(_)
        | QuestionKind::Dropdown(_)
        | QuestionKind::Checkboxes { .. }
        | QuestionKind::FreeText { .. }
        | QuestionKind::ShortText { .. } => {
            &["equals", "not_equals", "any_of", "answered", "not_answered"]
        }
        _ => &Test::CODES,
    }
}

/// Whether `test` fits a question of `kind`; else the message that says
/// why (its owner and `question` yet to be given).
fn check_test(test: &Test, kind: &QuestionKind) -> Result<(), Message> {
    if !tests_for(kind).contains(&test.code()) {
        return Err(Message::new("msg-design-logic-test-unfit")
            .text("test", Test::localized_label_of(test.code())));
    }
    let values = test.values();
    if matches!(test, Test::AnyOf(_)) && values.is_empty() {
        return Err(Message::new("msg-design-logic-test-no-value"));
    }
    for value in values {
        check_value(kind, value)?;
    }
    Ok(())
}

/// A value must be one the question can be answered with.
fn check_value(kind: &QuestionKind, value: &str) -> Result<(), Message> {
    let score = |low: u8, high: u8| match value.parse::<u8>() {
        Ok(n) if (low..=high).contains(&n) => Ok(()),
        _ => Err(Message::new("msg-design-logic-test-score")
            .number("low", low)
            .number("high", high)
            .text("value", value)),
    };
    match kind {
        QuestionKind::Choice(list)
        | QuestionKind::Dropdown(list)
        | QuestionKind::Checkboxes { list, .. } => {
            let fits = match value {
                OTHER_VALUE => list.other,
                _ => value.parse::<usize>().is_ok_and(|i| i < list.options.len()),
            };
            if fits {
                Ok(())
            } else {
                Err(Message::new("msg-design-logic-test-no-such-option"))
            }
        }
        QuestionKind::FreeText { .. } | QuestionKind::ShortText { .. } => {
            if value.trim().is_empty() {
                Err(Message::new("msg-design-logic-test-no-text"))
            } else {
                Ok(())
            }
        }
        QuestionKind::Number(_) => Decimal::parse(value)
            .map(|_| ())
            .ok_or_else(|| Message::new("msg-design-logic-test-number").text("value", value)),
        QuestionKind::Date { .. } => CalendarDate::parse(value)
            .map(|_| ())
            .ok_or_else(|| Message::new("msg-design-logic-test-date")),
        QuestionKind::Range { .. } => score(1, 5),
        QuestionKind::Scale { points, .. } => score(1, *points),
        QuestionKind::Nps { .. } => score(0, 10),
        QuestionKind::Matrix { .. } | QuestionKind::Ranking { .. } => Ok(()),
    }
}

/// Answers that stand for every case the `terms` can tell apart,
/// unanswered (`None`) included: each option or score; for numbers and
/// dates each tested value and its neighbours; for texts each tested text
/// and one that is none of them.
fn candidates(kind: &QuestionKind, terms: &[&super::model::Term]) -> Vec<Option<AnswerValue>> {
    let values = || terms.iter().flat_map(|t| t.test.values().iter());
    let mut all = vec![None];
    match kind {
        QuestionKind::Choice(list) | QuestionKind::Dropdown(list) => {
            all.extend((0..list.options.len()).map(|i| Some(AnswerValue::Choice(i as u16))));
            if list.other {
                all.push(Some(AnswerValue::Other(String::new())));
            }
        }
        QuestionKind::Checkboxes { list, .. } => {
            // Only the tested options matter: every set of them, with and
            // without "Other".
            let mut tested: Vec<u16> = values().filter_map(|v| v.parse().ok()).collect();
            tested.sort_unstable();
            tested.dedup();
            for mask in 0u32..(1 << tested.len()) {
                let selected: Vec<u16> = (0..tested.len())
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| tested[i])
                    .collect();
                if list.other {
                    all.push(Some(AnswerValue::Choices {
                        selected: selected.clone(),
                        other: Some(String::new()),
                    }));
                }
                if !selected.is_empty() {
                    all.push(Some(AnswerValue::Choices {
                        selected,
                        other: None,
                    }));
                }
            }
            // Ticked, but none of the tested options.
            if let Some(untested) = (0..list.options.len() as u16).find(|i| !tested.contains(i)) {
                all.push(Some(AnswerValue::Choices {
                    selected: vec![untested],
                    other: None,
                }));
            }
        }
        QuestionKind::Range { .. } => all.extend((1..=5).map(|n| Some(AnswerValue::Rating(n)))),
        QuestionKind::Scale { points, .. } => {
            all.extend((1..=*points).map(|n| Some(AnswerValue::Score(n))))
        }
        QuestionKind::Nps { .. } => all.extend((0..=10).map(|n| Some(AnswerValue::Score(n)))),
        QuestionKind::Number(_) => {
            all.push(Some(AnswerValue::Number(
                Decimal::from_micros(0).expect("zero"),
            )));
            for value in values().filter_map(|v| Decimal::parse(v)) {
                for step in [-1, 0, 1] {
                    if let Some(near) = Decimal::from_micros(value.micros().saturating_add(step)) {
                        all.push(Some(AnswerValue::Number(near)));
                    }
                }
            }
        }
        QuestionKind::Date { .. } => {
            for value in values().filter_map(|v| CalendarDate::parse(v)) {
                for step in [-1, 0, 1] {
                    let day = value.days_since_epoch().saturating_add(step);
                    if let Some(near) = CalendarDate::from_days_since_epoch(day) {
                        all.push(Some(AnswerValue::Date(near)));
                    }
                }
            }
        }
        QuestionKind::FreeText { .. } | QuestionKind::ShortText { .. } => {
            all.extend(values().map(|v| Some(AnswerValue::Text(v.clone()))));
            all.push(Some(AnswerValue::Text(
                "\u{1}none of the tested texts".into(),
            )));
        }
        QuestionKind::Matrix { .. } => all.push(Some(AnswerValue::Matrix(vec![Some(0)]))),
        QuestionKind::Ranking { .. } => all.push(Some(AnswerValue::Ranking(vec![0]))),
    }
    all
}
