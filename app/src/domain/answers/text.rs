//! An accepted answer as people read it: on the responses page, in CSV and
//! XLSX cells.

use super::super::answer_value::AnswerValue;
use super::super::survey::{Question, QuestionKind};

/// The answer in words: "3 of 5", an option's label ("Other: …" for
/// Other), ticked options joined with "; ", a number with its unit, a date
/// as YYYY-MM-DD, a ranking as "1. A; 2. C", a matrix as "Row: Column; …".
pub fn answer_text(question: &Question, value: &AnswerValue) -> String {
    let kind = &question.kind;
    let option = |index: u16| label(kind.options(), index);
    match value {
        AnswerValue::Text(text) => text.clone(),
        AnswerValue::Rating(stars) => format!("{stars} of 5"),
        AnswerValue::Score(score) => match kind {
            QuestionKind::Scale { points, .. } => format!("{score} of {points}"),
            _ => score.to_string(),
        },
        AnswerValue::Choice(index) => option(*index),
        AnswerValue::Other(text) => other(text),
        AnswerValue::Choices {
            selected,
            other: typed,
        } => selected
            .iter()
            .map(|index| option(*index))
            .chain(typed.as_deref().map(other))
            .collect::<Vec<_>>()
            .join("; "),
        AnswerValue::Number(number) => match kind {
            QuestionKind::Number(rules) => match rules.unit.as_deref() {
                Some(unit) if !unit.is_empty() => format!("{number} {unit}"),
                _ => number.to_string(),
            },
            _ => number.to_string(),
        },
        AnswerValue::Date(date) => date.to_string(),
        AnswerValue::Ranking(order) => order
            .iter()
            .enumerate()
            .map(|(place, index)| format!("{}. {}", place + 1, option(*index)))
            .collect::<Vec<_>>()
            .join("; "),
        AnswerValue::Matrix(chosen) => {
            let (rows, columns): (&[String], &[String]) = match kind {
                QuestionKind::Matrix { rows, columns } => (rows, columns),
                _ => (&[], &[]),
            };
            chosen
                .iter()
                .enumerate()
                .filter_map(|(row, column)| {
                    let column = (*column)?;
                    let row = rows
                        .get(row)
                        .cloned()
                        .unwrap_or_else(|| (row + 1).to_string());
                    Some(format!("{row}: {}", label(columns, column)))
                })
                .collect::<Vec<_>>()
                .join("; ")
        }
    }
}

/// An option's label; its number (from 1) if the question no longer has it.
fn label(options: &[String], index: u16) -> String {
    options
        .get(usize::from(index))
        .cloned()
        .unwrap_or_else(|| (u32::from(index) + 1).to_string())
}

fn other(text: &str) -> String {
    format!("Other: {text}")
}
