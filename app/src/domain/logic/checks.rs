//! What the designer refuses: logic that refers forward or to nothing, that
//! points back into a loop, or that can never hold. Each refusal says why.

use super::super::answer_value::{AnswerValue, OTHER_VALUE};
use super::super::calendar_date::CalendarDate;
use super::super::decimal::Decimal;
use super::super::survey::{Question, QuestionKind};
use super::model::{
    Combine, Condition, Destination, MAX_JUMPS, MAX_PAGES, MAX_TERMS, SurveyLogic, Test,
};

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

fn problem(message: impl Into<String>) -> LogicProblem {
    LogicProblem(message.into())
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
                problems.push(problem(format!("There is no question {}.", q + 1)));
                continue;
            }
            if seen.contains(&q) {
                problems.push(problem(format!("Question {} has two conditions.", q + 1)));
            }
            seen.push(q);
            let owner = format!("The condition of question {}", q + 1);
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
            problems.push(problem(format!("A survey has at most {MAX_PAGES} pages.")));
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
                problems.push(problem(format!(
                    "Page {number} does not start where the page before it ends."
                )));
            }
            previous = page.starts_at;
            if page.title.chars().count() > MAX_PAGE_TITLE_CHARS {
                problems.push(problem(format!(
                    "The title of page {number} is longer than {MAX_PAGE_TITLE_CHARS} characters."
                )));
            }
            if page.description.chars().count() > MAX_PAGE_DESCRIPTION_CHARS {
                problems.push(problem(format!(
                    "The description of page {number} is longer than {MAX_PAGE_DESCRIPTION_CHARS} characters."
                )));
            }
            if let Some(condition) = &page.show_if {
                if place == 0 {
                    problems.push(problem(
                        "The first page is always shown: it cannot have a condition.",
                    ));
                } else {
                    let owner = format!("The condition of page {number}");
                    check_condition(condition, questions, page.starts_at, &owner, problems);
                }
            }
            if page.jumps.len() > MAX_JUMPS {
                problems.push(problem(format!(
                    "Page {number} has more than {MAX_JUMPS} rules."
                )));
            }
            let end = self.page_range(place, questions.len()).end;
            for (index, jump) in page.jumps.iter().enumerate() {
                let owner = format!("Rule {} after page {number}", index + 1);
                if let Destination::Page(to) = jump.to {
                    if to <= place {
                        problems.push(problem(format!(
                            "{owner} goes back to page {}: a survey only moves forward, so that nobody is caught in a loop.",
                            to + 1
                        )));
                    } else if to >= self.page_count() {
                        problems.push(problem(format!(
                            "{owner} goes to page {}, which does not exist.",
                            to + 1
                        )));
                    }
                }
                check_condition(&jump.when, questions, end, &owner, problems);
            }
        }
    }
}

impl Condition {
    /// Problems with a condition that may test any question of the survey,
    /// as a filter of responses does (`owner` names it in the messages).
    pub fn check_on(&self, questions: &[Question], owner: &str) -> Result<(), Vec<LogicProblem>> {
        let mut problems = Vec::new();
        check_condition(self, questions, questions.len(), owner, &mut problems);
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
    owner: &str,
    problems: &mut Vec<LogicProblem>,
) {
    if condition.terms.len() > MAX_TERMS {
        problems.push(problem(format!("{owner} has more than {MAX_TERMS} tests.")));
        return;
    }
    let mut fitting = true;
    for term in &condition.terms {
        let Some(question) = questions
            .get(term.question)
            .filter(|_| term.question < before)
        else {
            problems.push(problem(format!(
                "{owner} uses question {}, which does not come before it: a condition can only use answers given earlier.",
                term.question + 1
            )));
            fitting = false;
            continue;
        };
        if let Err(message) = check_test(&term.test, &question.kind) {
            problems.push(problem(format!(
                "{owner}: question {} {message}",
                term.question + 1
            )));
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
                    problems.push(problem(format!(
                        "{owner} can never hold: no answer to question {} passes all its tests.",
                        place + 1
                    )));
                }
            }
        }
        Combine::Any => {
            if !condition.terms.is_empty() && condition.terms.iter().all(|t| never(&[t])) {
                problems.push(problem(format!("{owner} can never hold.")));
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

fn check_test(test: &Test, kind: &QuestionKind) -> Result<(), String> {
    if !tests_for(kind).contains(&test.code()) {
        return Err(format!(
            "cannot be tested with \u{201c}{}\u{201d}.",
            Test::label_of(test.code())
        ));
    }
    let values = test.values();
    if matches!(test, Test::AnyOf(_)) && values.is_empty() {
        return Err("needs at least one value to compare with.".into());
    }
    for value in values {
        check_value(kind, value)?;
    }
    Ok(())
}

/// A value must be one the question can be answered with.
fn check_value(kind: &QuestionKind, value: &str) -> Result<(), String> {
    let score = |low: u8, high: u8| match value.parse::<u8>() {
        Ok(n) if (low..=high).contains(&n) => Ok(()),
        _ => Err(format!(
            "is answered from {low} to {high}, not \u{201c}{value}\u{201d}."
        )),
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
                Err("has no such option.".into())
            }
        }
        QuestionKind::FreeText { .. } | QuestionKind::ShortText { .. } => {
            if value.trim().is_empty() {
                Err("needs a text to compare with.".into())
            } else {
                Ok(())
            }
        }
        QuestionKind::Number(_) => Decimal::parse(value)
            .map(|_| ())
            .ok_or_else(|| format!("is a number, and \u{201c}{value}\u{201d} is not.")),
        QuestionKind::Date { .. } => CalendarDate::parse(value)
            .map(|_| ())
            .ok_or_else(|| "is a date: write it as YYYY-MM-DD.".into()),
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
