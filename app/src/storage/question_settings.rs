//! How a question's kind sits in its `questions` row: `max_length`,
//! `low_label` and `high_label` as before, the options in
//! `question_options`, and everything else in the `settings` JSON object.
//! The JSON has its own stable field names, so renaming a Rust field never
//! changes what is stored.

use serde::{Deserialize, Serialize};

use crate::domain::{CalendarDate, ChoiceList, Decimal, NumberRules, QuestionKind, TextFormat};

/// A kind's columns, as written and read. `options` go to their own table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindColumns {
    pub max_length: Option<i64>,
    pub low_label: Option<String>,
    pub high_label: Option<String>,
    pub settings: String,
    pub options: Vec<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    format: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    step: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    earliest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    latest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    points: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min_selected: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_selected: Option<u16>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    rows: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    columns: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    other: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    shuffle: bool,
}

pub fn encode(kind: &QuestionKind) -> KindColumns {
    let mut columns = KindColumns::default();
    let mut settings = Settings::default();
    let list = |list: &ChoiceList, settings: &mut Settings| {
        settings.other = list.other;
        settings.shuffle = list.shuffle;
        list.options.clone()
    };
    match kind {
        QuestionKind::FreeText { max_length } => columns.max_length = Some(i64::from(*max_length)),
        QuestionKind::ShortText { max_length, format } => {
            columns.max_length = Some(i64::from(*max_length));
            settings.format = Some(format.code().to_owned());
        }
        QuestionKind::Number(rules) => {
            settings.min = rules.min.map(|d| d.to_string());
            settings.max = rules.max.map(|d| d.to_string());
            settings.step = rules.step.map(|d| d.to_string());
            settings.unit = rules.unit.clone();
        }
        QuestionKind::Date { earliest, latest } => {
            settings.earliest = earliest.map(|d| d.to_string());
            settings.latest = latest.map(|d| d.to_string());
        }
        QuestionKind::Range {
            low_label,
            high_label,
        }
        | QuestionKind::Nps {
            low_label,
            high_label,
        } => {
            columns.low_label = low_label.clone();
            columns.high_label = high_label.clone();
        }
        QuestionKind::Scale {
            points,
            low_label,
            high_label,
        } => {
            settings.points = Some(*points);
            columns.low_label = low_label.clone();
            columns.high_label = high_label.clone();
        }
        QuestionKind::Choice(choices) | QuestionKind::Dropdown(choices) => {
            columns.options = list(choices, &mut settings);
        }
        QuestionKind::Checkboxes {
            list: choices,
            min_selected,
            max_selected,
        } => {
            columns.options = list(choices, &mut settings);
            settings.min_selected = *min_selected;
            settings.max_selected = *max_selected;
        }
        QuestionKind::Matrix {
            rows,
            columns: scale,
        } => {
            settings.rows = rows.clone();
            settings.columns = scale.clone();
        }
        QuestionKind::Ranking { options, shuffle } => {
            columns.options = options.clone();
            settings.shuffle = *shuffle;
        }
    }
    columns.settings = serde_json::to_string(&settings).unwrap_or_else(|_| "{}".to_owned());
    columns
}

pub fn decode(kind: &str, columns: KindColumns) -> Result<QuestionKind, sqlx::Error> {
    let corrupt =
        |what: &str| sqlx::Error::Decode(format!("invalid stored question: {what}").into());
    let settings: Settings =
        serde_json::from_str(&columns.settings).map_err(|_| corrupt("settings"))?;
    let max_length = || {
        columns
            .max_length
            .and_then(|m| u16::try_from(m).ok())
            .ok_or_else(|| corrupt("max_length"))
    };
    let decimal = |text: &Option<String>| -> Result<Option<Decimal>, sqlx::Error> {
        text.as_deref()
            .map(|t| Decimal::parse(t).ok_or_else(|| corrupt("number")))
            .transpose()
    };
    let date = |text: &Option<String>| -> Result<Option<CalendarDate>, sqlx::Error> {
        text.as_deref()
            .map(|t| CalendarDate::parse(t).ok_or_else(|| corrupt("date")))
            .transpose()
    };
    let list = || ChoiceList {
        options: columns.options.clone(),
        other: settings.other,
        shuffle: settings.shuffle,
    };
    Ok(match kind {
        "free_text" => QuestionKind::FreeText {
            max_length: max_length()?,
        },
        "short_text" => QuestionKind::ShortText {
            max_length: max_length()?,
            format: match settings.format.as_deref() {
                None => TextFormat::Any,
                Some(code) => TextFormat::from_code(code).ok_or_else(|| corrupt("format"))?,
            },
        },
        "number" => QuestionKind::Number(NumberRules {
            min: decimal(&settings.min)?,
            max: decimal(&settings.max)?,
            step: decimal(&settings.step)?,
            unit: settings.unit.clone(),
        }),
        "date" => QuestionKind::Date {
            earliest: date(&settings.earliest)?,
            latest: date(&settings.latest)?,
        },
        "range" => QuestionKind::Range {
            low_label: columns.low_label.clone(),
            high_label: columns.high_label.clone(),
        },
        "nps" => QuestionKind::Nps {
            low_label: columns.low_label.clone(),
            high_label: columns.high_label.clone(),
        },
        "scale" => QuestionKind::Scale {
            points: settings.points.ok_or_else(|| corrupt("points"))?,
            low_label: columns.low_label.clone(),
            high_label: columns.high_label.clone(),
        },
        "choice" => QuestionKind::Choice(list()),
        "dropdown" => QuestionKind::Dropdown(list()),
        "checkboxes" => QuestionKind::Checkboxes {
            list: list(),
            min_selected: settings.min_selected,
            max_selected: settings.max_selected,
        },
        "matrix" => QuestionKind::Matrix {
            rows: settings.rows.clone(),
            columns: settings.columns.clone(),
        },
        "ranking" => QuestionKind::Ranking {
            options: columns.options.clone(),
            shuffle: settings.shuffle,
        },
        _ => return Err(corrupt("kind")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn every_kind_reads_back_as_written() {
        let list = ChoiceList {
            options: vec!["Red".into(), "Green".into()],
            other: true,
            shuffle: true,
        };
        let kinds = [
            QuestionKind::FreeText { max_length: 500 },
            QuestionKind::ShortText {
                max_length: 80,
                format: TextFormat::Email,
            },
            QuestionKind::Number(NumberRules {
                min: Decimal::parse("0"),
                max: Decimal::parse("120.5"),
                step: Decimal::parse("0.5"),
                unit: some("kg"),
            }),
            QuestionKind::Number(NumberRules::default()),
            QuestionKind::Date {
                earliest: CalendarDate::parse("2026-01-01"),
                latest: None,
            },
            QuestionKind::Range {
                low_label: some("Poor"),
                high_label: None,
            },
            QuestionKind::Scale {
                points: 7,
                low_label: some("Disagree"),
                high_label: some("Agree"),
            },
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
            QuestionKind::Choice(list.clone()),
            QuestionKind::Dropdown(ChoiceList {
                options: (0..200).map(|i| format!("Country {i}")).collect(),
                ..ChoiceList::default()
            }),
            QuestionKind::Checkboxes {
                list,
                min_selected: Some(1),
                max_selected: Some(2),
            },
            QuestionKind::Matrix {
                rows: vec!["Price".into(), "Quality".into()],
                columns: vec!["Bad".into(), "OK".into(), "Good".into()],
            },
            QuestionKind::Ranking {
                options: vec!["A".into(), "B".into(), "C".into()],
                shuffle: false,
            },
        ];
        for kind in kinds {
            assert_eq!(decode(kind.code(), encode(&kind)).unwrap(), kind);
        }
    }

    #[test]
    fn rows_from_before_settings_existed_read_as_before() {
        let old = KindColumns {
            settings: "{}".into(),
            options: vec!["Phone".into(), "Email".into()],
            ..KindColumns::default()
        };
        assert_eq!(
            decode("choice", old).unwrap(),
            QuestionKind::Choice(ChoiceList {
                options: vec!["Phone".into(), "Email".into()],
                other: false,
                shuffle: false
            })
        );
    }
}
