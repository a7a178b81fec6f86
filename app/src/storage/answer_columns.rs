//! How an answer sits in its `answers` row: `number_value` for stars,
//! scores and option indexes; `text_value` for text, the "Other" text,
//! numbers (exact decimal text) and dates (`YYYY-MM-DD`); `items` for the
//! parts of checkbox, ranking and matrix answers as comma-separated numbers
//! (an empty part is a matrix row left empty). The question's kind says
//! how to read the row; anything that does not fit is corrupt.

use crate::domain::{AnswerValue, CalendarDate, Decimal};

/// An answer's columns, as written and read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerColumns {
    pub number: Option<i64>,
    pub text: Option<String>,
    pub items: Option<String>,
}

pub fn encode(value: &AnswerValue) -> AnswerColumns {
    let number = |n: i64| AnswerColumns {
        number: Some(n),
        ..AnswerColumns::default()
    };
    let text = |t: String| AnswerColumns {
        text: Some(t),
        ..AnswerColumns::default()
    };
    let list = |parts: Vec<String>, other: Option<String>| AnswerColumns {
        number: None,
        text: other,
        items: Some(parts.join(",")),
    };
    match value {
        AnswerValue::Rating(n) | AnswerValue::Score(n) => number(i64::from(*n)),
        AnswerValue::Choice(index) => number(i64::from(*index)),
        AnswerValue::Text(t) | AnswerValue::Other(t) => text(t.clone()),
        AnswerValue::Number(n) => text(n.to_string()),
        AnswerValue::Date(d) => text(d.to_string()),
        AnswerValue::Choices { selected, other } => {
            list(selected.iter().map(u16::to_string).collect(), other.clone())
        }
        AnswerValue::Ranking(order) => list(order.iter().map(u16::to_string).collect(), None),
        AnswerValue::Matrix(cells) => list(
            cells
                .iter()
                .map(|c| c.map(|c| c.to_string()).unwrap_or_default())
                .collect(),
            None,
        ),
    }
}

pub fn decode(kind: &str, columns: AnswerColumns) -> Result<AnswerValue, sqlx::Error> {
    let corrupt = || sqlx::Error::Decode(format!("invalid stored {kind} answer").into());
    let small = |n: i64| u8::try_from(n).map_err(|_| corrupt());
    let index = |n: i64| u16::try_from(n).map_err(|_| corrupt());
    let indexes = |items: &str| -> Result<Vec<u16>, sqlx::Error> {
        if items.is_empty() {
            return Ok(Vec::new());
        }
        items
            .split(',')
            .map(|p| p.parse::<u16>().map_err(|_| corrupt()))
            .collect()
    };
    let AnswerColumns {
        number,
        text,
        items,
    } = columns;
    match (kind, number, text, items) {
        ("range", Some(n), _, _) => Ok(AnswerValue::Rating(small(n)?)),
        ("scale" | "nps", Some(n), _, _) => Ok(AnswerValue::Score(small(n)?)),
        ("choice" | "dropdown", Some(n), _, _) => Ok(AnswerValue::Choice(index(n)?)),
        ("choice" | "dropdown", None, Some(t), None) => Ok(AnswerValue::Other(t)),
        ("free_text" | "short_text", _, Some(t), _) => Ok(AnswerValue::Text(t)),
        ("number", _, Some(t), _) => Decimal::parse(&t)
            .map(AnswerValue::Number)
            .ok_or_else(corrupt),
        ("date", _, Some(t), _) => CalendarDate::parse(&t)
            .map(AnswerValue::Date)
            .ok_or_else(corrupt),
        ("checkboxes", _, other, Some(items)) => Ok(AnswerValue::Choices {
            selected: indexes(&items)?,
            other,
        }),
        ("ranking", _, _, Some(items)) => Ok(AnswerValue::Ranking(indexes(&items)?)),
        ("matrix", _, _, Some(items)) => items
            .split(',')
            .map(|p| match p {
                "" => Ok(None),
                p => p.parse::<u16>().map(Some).map_err(|_| corrupt()),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(AnswerValue::Matrix),
        _ => Err(corrupt()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_answer_reads_back_as_written() {
        let cases = [
            ("range", AnswerValue::Rating(4)),
            ("scale", AnswerValue::Score(7)),
            ("nps", AnswerValue::Score(0)),
            ("choice", AnswerValue::Choice(2)),
            ("choice", AnswerValue::Other("By post".into())),
            ("dropdown", AnswerValue::Choice(199)),
            ("free_text", AnswerValue::Text("Fine, thanks".into())),
            ("short_text", AnswerValue::Text("a@example.com".into())),
            (
                "number",
                AnswerValue::Number(Decimal::parse("-12.25").unwrap()),
            ),
            (
                "date",
                AnswerValue::Date(CalendarDate::parse("2026-02-28").unwrap()),
            ),
            (
                "checkboxes",
                AnswerValue::Choices {
                    selected: vec![0, 3],
                    other: Some("Fax, really".into()),
                },
            ),
            (
                "checkboxes",
                AnswerValue::Choices {
                    selected: vec![],
                    other: Some("Only other".into()),
                },
            ),
            ("ranking", AnswerValue::Ranking(vec![2, 0, 1])),
            ("matrix", AnswerValue::Matrix(vec![Some(4), None, Some(0)])),
        ];
        for (kind, value) in cases {
            assert_eq!(decode(kind, encode(&value)).unwrap(), value, "{kind}");
        }
    }

    #[test]
    fn rows_that_do_not_fit_their_kind_are_corrupt() {
        let bad = [
            ("range", AnswerColumns::default()),
            (
                "number",
                AnswerColumns {
                    text: Some("twelve".into()),
                    ..Default::default()
                },
            ),
            (
                "ranking",
                AnswerColumns {
                    items: Some("1,x".into()),
                    ..Default::default()
                },
            ),
            (
                "poll",
                AnswerColumns {
                    number: Some(1),
                    ..Default::default()
                },
            ),
        ];
        for (kind, columns) in bad {
            assert!(decode(kind, columns).is_err(), "{kind}");
        }
    }
}
