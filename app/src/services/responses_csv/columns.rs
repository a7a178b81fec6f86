//! Which columns a question's answer takes in the table of responses, and
//! what goes in each. Analysts sort, filter, pivot and average these
//! columns, so every column holds one kind of value:
//!
//! - text, short text, a choice and a dropdown: one column, the text or the
//!   chosen option's label. When the question offers "Other (please
//!   specify)", its column says `Other` for that answer and a second column
//!   "Question — Other" holds what was typed: the first column stays a
//!   category a pivot table can count (typed texts would each make a
//!   category of their own), and what was typed is still beside it;
//! - stars, rating scales and NPS: the number; a number: the number (a
//!   numeric cell in the workbook; the unit goes in the header); a date: the
//!   day (a date cell in the workbook);
//! - checkboxes: one column per option, "Question — Option", 1 when ticked
//!   and 0 when not, so a column's sum counts and its mean is the share
//!   (the Google Forms and SurveyMonkey "one column per choice" layout);
//!   plus "Question — Other" with the typed text when the question offers
//!   it;
//! - a matrix: one column per row, "Question — Row", holding the chosen
//!   column's label;
//! - a ranking: one column per option, "Question — Option", holding its
//!   place (1 for first), so a column's mean is the option's average rank.
//!
//! A question left unanswered leaves all its columns empty (not 0), so
//! "not answered" and "not ticked" stay apart.

use super::cell::Cell;
use crate::domain::{AnswerValue, Question, QuestionKind, answer_text};

/// What the main column of a choice says when "Other" was chosen.
pub const OTHER_LABEL: &str = "Other";

/// Between a question's text and the part a column holds.
const PART_SEPARATOR: &str = " \u{2014} ";

/// The part of a question's answer one column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// The whole answer (single-value kinds).
    Whole,
    /// What was typed for "Other" (choice, dropdown, checkboxes).
    OtherText,
    /// Whether a checkbox option was ticked.
    Ticked(u16),
    /// A matrix row's chosen column.
    Row(u16),
    /// A ranking option's place.
    Place(u16),
}

/// One answer column: its question (an index into the survey's questions)
/// and the part it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerColumn {
    question: usize,
    part: Part,
}

/// The answer columns of `questions` in order, with their headers.
pub fn answer_columns(questions: &[Question]) -> Vec<(AnswerColumn, String)> {
    let mut out = Vec::new();
    for (index, question) in questions.iter().enumerate() {
        let column = |part| AnswerColumn {
            question: index,
            part,
        };
        let named = |label: &str| format!("{}{PART_SEPARATOR}{label}", question.text);
        let count = |n: usize| 0..u16::try_from(n).unwrap_or(u16::MAX);
        match &question.kind {
            QuestionKind::Choice(list) | QuestionKind::Dropdown(list) => {
                out.push((column(Part::Whole), question.text.clone()));
                if list.other {
                    out.push((column(Part::OtherText), named(OTHER_LABEL)));
                }
            }
            QuestionKind::Checkboxes { list, .. } => {
                for (i, option) in count(list.options.len()).zip(&list.options) {
                    out.push((column(Part::Ticked(i)), named(option)));
                }
                if list.other {
                    out.push((column(Part::OtherText), named(OTHER_LABEL)));
                }
            }
            QuestionKind::Matrix { rows, .. } => {
                for (i, row) in count(rows.len()).zip(rows) {
                    out.push((column(Part::Row(i)), named(row)));
                }
            }
            QuestionKind::Ranking { options, .. } => {
                for (i, option) in count(options.len()).zip(options) {
                    out.push((column(Part::Place(i)), named(option)));
                }
            }
            QuestionKind::Number(rules) => {
                let header = match rules.unit.as_deref().map(str::trim) {
                    Some(unit) if !unit.is_empty() => format!("{} ({unit})", question.text),
                    _ => question.text.clone(),
                };
                out.push((column(Part::Whole), header));
            }
            _ => out.push((column(Part::Whole), question.text.clone())),
        }
    }
    out
}

impl AnswerColumn {
    pub fn question(self) -> usize {
        self.question
    }

    /// This column's cell for `value`, an answer to `question`.
    pub fn cell(self, question: &Question, value: &AnswerValue) -> Cell {
        let empty = || Cell::Text(String::new());
        let flag = |on: bool| Cell::Number(i64::from(on));
        match (self.part, value) {
            (Part::Whole, AnswerValue::Rating(n) | AnswerValue::Score(n)) => {
                Cell::Number(i64::from(*n))
            }
            (Part::Whole, AnswerValue::Number(n)) => Cell::Decimal(*n),
            (Part::Whole, AnswerValue::Date(d)) => Cell::Date(*d),
            (Part::Whole, AnswerValue::Other(_)) => Cell::Text(OTHER_LABEL.to_owned()),
            (Part::Whole, other) => Cell::Text(answer_text(question, other)),
            (Part::OtherText, AnswerValue::Other(text)) => Cell::Text(text.clone()),
            (Part::OtherText, AnswerValue::Choices { other, .. }) => {
                Cell::Text(other.clone().unwrap_or_default())
            }
            (Part::Ticked(i), AnswerValue::Choices { selected, .. }) => flag(selected.contains(&i)),
            (Part::Row(i), AnswerValue::Matrix(cells)) => {
                let chosen = cells.get(usize::from(i)).copied().flatten();
                match (chosen, &question.kind) {
                    (Some(c), QuestionKind::Matrix { columns, .. }) => Cell::Text(
                        columns
                            .get(usize::from(c))
                            .cloned()
                            .unwrap_or_else(|| c.to_string()),
                    ),
                    _ => empty(),
                }
            }
            (Part::Place(i), AnswerValue::Ranking(order)) => order
                .iter()
                .position(|option| *option == i)
                .map_or_else(empty, |place| Cell::Number(place as i64 + 1)),
            _ => empty(),
        }
    }
}

/// Headers made unique, so that a spreadsheet or an analysis tool can
/// address every column by name: a repeated name (two questions with the
/// same text, or one called "response") gets " (2)", " (3)" … Compared
/// without regard to case, as Excel's tables and most tools do.
pub fn unique_headers(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for name in names {
        let mut candidate = name.clone();
        let mut n = 2;
        while !seen.insert(candidate.to_lowercase()) {
            candidate = format!("{name} ({n})");
            n += 1;
        }
        out.push(candidate);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CalendarDate, ChoiceList, Decimal, NumberRules, QuestionId};

    fn question(id: i64, text: &str, kind: QuestionKind) -> Question {
        Question {
            id: QuestionId(id),
            text: text.into(),
            required: false,
            kind,
        }
    }

    fn list(options: &[&str], other: bool) -> ChoiceList {
        ChoiceList {
            options: options.iter().map(|o| o.to_string()).collect(),
            other,
            shuffle: false,
        }
    }

    fn row(questions: &[Question], answers: &[Option<AnswerValue>]) -> Vec<Cell> {
        answer_columns(questions)
            .into_iter()
            .map(|(column, _)| {
                let q = &questions[column.question()];
                match &answers[column.question()] {
                    Some(value) => column.cell(q, value),
                    None => Cell::Text(String::new()),
                }
            })
            .collect()
    }

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn parts_spread_over_columns_analysts_can_sum_and_pivot() {
        let questions = vec![
            question(
                1,
                "Pets",
                QuestionKind::Checkboxes {
                    list: list(&["Cat", "Dog", "Fish"], true),
                    min_selected: None,
                    max_selected: None,
                },
            ),
            question(
                2,
                "Service",
                QuestionKind::Matrix {
                    rows: vec!["Speed".into(), "Price".into()],
                    columns: vec!["Bad".into(), "OK".into(), "Good".into()],
                },
            ),
            question(
                3,
                "Order",
                QuestionKind::Ranking {
                    options: vec!["A".into(), "B".into(), "C".into()],
                    shuffle: true,
                },
            ),
            question(
                4,
                "Channel",
                QuestionKind::Choice(list(&["Phone", "Email"], true)),
            ),
            question(
                5,
                "Weight",
                QuestionKind::Number(NumberRules {
                    unit: Some("kg".into()),
                    ..NumberRules::default()
                }),
            ),
            question(
                6,
                "Born",
                QuestionKind::Date {
                    earliest: None,
                    latest: None,
                },
            ),
            question(
                7,
                "Recommend",
                QuestionKind::Nps {
                    low_label: None,
                    high_label: None,
                },
            ),
        ];
        let headers: Vec<String> = answer_columns(&questions)
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        assert_eq!(
            headers,
            [
                "Pets — Cat",
                "Pets — Dog",
                "Pets — Fish",
                "Pets — Other",
                "Service — Speed",
                "Service — Price",
                "Order — A",
                "Order — B",
                "Order — C",
                "Channel",
                "Channel — Other",
                "Weight (kg)",
                "Born",
                "Recommend",
            ]
        );
        let answers = [
            Some(AnswerValue::Choices {
                selected: vec![0, 2],
                other: Some("Owl".into()),
            }),
            Some(AnswerValue::Matrix(vec![None, Some(2)])),
            Some(AnswerValue::Ranking(vec![2, 0, 1])),
            Some(AnswerValue::Other("By pigeon".into())),
            Some(AnswerValue::Number(Decimal::parse("-3.25").unwrap())),
            Some(AnswerValue::Date(
                CalendarDate::parse("1990-02-28").unwrap(),
            )),
            Some(AnswerValue::Score(0)),
        ];
        assert_eq!(
            row(&questions, &answers),
            vec![
                Cell::Number(1),
                Cell::Number(0),
                Cell::Number(1),
                text("Owl"),
                text(""),
                text("Good"),
                Cell::Number(2),
                Cell::Number(3),
                Cell::Number(1),
                text("Other"),
                text("By pigeon"),
                Cell::Decimal(Decimal::parse("-3.25").unwrap()),
                Cell::Date(CalendarDate::parse("1990-02-28").unwrap()),
                Cell::Number(0),
            ]
        );
        // Not answered: empty, not "not ticked".
        let none = vec![None; questions.len()];
        assert!(
            row(&questions, &none)
                .iter()
                .all(|c| *c == Cell::Text(String::new()))
        );
        // A chosen option is its label, with nothing in the "Other" column.
        let mut chosen = answers.clone();
        chosen[3] = Some(AnswerValue::Choice(1));
        chosen[0] = Some(AnswerValue::Choices {
            selected: vec![1],
            other: None,
        });
        let cells = row(&questions, &chosen);
        assert_eq!(cells[9], text("Email"));
        assert_eq!(cells[10], text(""));
        assert_eq!(
            &cells[0..4],
            &[Cell::Number(0), Cell::Number(1), Cell::Number(0), text("")]
        );
    }

    #[test]
    fn without_other_there_is_no_other_column() {
        let questions = vec![
            question(
                1,
                "Channel",
                QuestionKind::choice(vec!["A".into(), "B".into()]),
            ),
            question(
                2,
                "Country",
                QuestionKind::Dropdown(list(&["X", "Y"], false)),
            ),
        ];
        assert_eq!(answer_columns(&questions).len(), 2);
    }

    #[test]
    fn repeated_headers_are_numbered() {
        let names = ["response", "Age", "age", "Response", "Age (2)"].map(String::from);
        assert_eq!(
            unique_headers(names),
            ["response", "Age", "age (2)", "Response (2)", "Age (2) (2)"]
        );
    }
}
