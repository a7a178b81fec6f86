//! One line per question in the designer's list: its type and settings in
//! words ("Number, 0 to 120 kg, step 0.5").

use crate::domain::{ChoiceList, NumberRules, Question, QuestionKind, TextFormat};

/// At most this many options are named; the rest are counted.
const NAMED_OPTIONS: usize = 5;

fn options(options: &[String]) -> String {
    let named = options
        .iter()
        .take(NAMED_OPTIONS)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" / ");
    match options.len() {
        n if n > NAMED_OPTIONS => format!("{n} options: {named} / \u{2026}"),
        _ => named,
    }
}

fn choices(list: &ChoiceList) -> String {
    let mut text = options(&list.options);
    if list.other {
        text.push_str(" / Other");
    }
    if list.shuffle {
        text.push_str(", shuffled");
    }
    text
}

/// "Poor … Great"; empty without labels.
fn labels(low: &Option<String>, high: &Option<String>) -> String {
    match (low, high) {
        (None, None) => String::new(),
        (low, high) => format!(
            "{} \u{2026} {}",
            low.as_deref().unwrap_or("\u{2013}"),
            high.as_deref().unwrap_or("\u{2013}")
        ),
    }
}

fn number(rules: &NumberRules) -> String {
    let unit = rules
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let mut parts = Vec::new();
    match (rules.min, rules.max) {
        (Some(min), Some(max)) => parts.push(format!("{min} to {max}{unit}")),
        (Some(min), None) => parts.push(format!("at least {min}{unit}")),
        (None, Some(max)) => parts.push(format!("at most {max}{unit}")),
        (None, None) if !unit.is_empty() => parts.push(format!("in{unit}")),
        (None, None) => {}
    }
    if let Some(step) = rules.step {
        parts.push(format!("step {step}"));
    }
    parts.join(", ")
}

fn ticked(min: Option<u16>, max: Option<u16>) -> Option<String> {
    match (min, max) {
        (Some(min), Some(max)) if min == max => Some(format!("tick {min}")),
        (Some(min), Some(max)) => Some(format!("tick {min} to {max}")),
        (Some(min), None) => Some(format!("tick at least {min}")),
        (None, Some(max)) => Some(format!("tick at most {max}")),
        (None, None) => None,
    }
}

/// "Number, 0 to 120 kg, step 0.5 · required".
pub(super) fn summary(question: &Question) -> String {
    let label = QuestionKind::label_of(question.kind.code());
    let detail = match &question.kind {
        QuestionKind::FreeText { max_length } => format!("up to {max_length} characters"),
        QuestionKind::ShortText { max_length, format } => match format {
            TextFormat::Any => format!("up to {max_length} characters"),
            format => format!("{}, up to {max_length} characters", format.label()),
        },
        QuestionKind::Number(rules) => number(rules),
        QuestionKind::Date { earliest, latest } => match (earliest, latest) {
            (Some(from), Some(to)) => format!("from {from} to {to}"),
            (Some(from), None) => format!("from {from}"),
            (None, Some(to)) => format!("until {to}"),
            (None, None) => String::new(),
        },
        QuestionKind::Range {
            low_label,
            high_label,
        }
        | QuestionKind::Nps {
            low_label,
            high_label,
        } => labels(low_label, high_label),
        QuestionKind::Scale {
            points,
            low_label,
            high_label,
        } => match labels(low_label, high_label) {
            ends if ends.is_empty() => format!("1 to {points}"),
            ends => format!("1 to {points} ({ends})"),
        },
        QuestionKind::Choice(list) | QuestionKind::Dropdown(list) => choices(list),
        QuestionKind::Checkboxes {
            list,
            min_selected,
            max_selected,
        } => match ticked(*min_selected, *max_selected) {
            Some(ticked) => format!("{}, {ticked}", choices(list)),
            None => choices(list),
        },
        QuestionKind::Matrix { rows, columns } => {
            let statements = if rows.len() == 1 {
                "statement"
            } else {
                "statements"
            };
            format!(
                "{} {statements} \u{d7} {} points ({})",
                rows.len(),
                columns.len(),
                columns.join(" / ")
            )
        }
        QuestionKind::Ranking {
            options: list,
            shuffle,
        } => {
            let order = if *shuffle { ", shuffled" } else { "" };
            format!("{}{order}", options(list))
        }
    };
    let required = if question.required {
        "required"
    } else {
        "optional"
    };
    if detail.is_empty() {
        format!("{label} \u{b7} {required}")
    } else {
        format!("{label}, {detail} \u{b7} {required}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CalendarDate, Decimal, QuestionId};

    fn of(kind: QuestionKind) -> String {
        summary(&Question {
            id: QuestionId(1),
            text: "Q".into(),
            required: true,
            kind,
        })
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn each_kind_is_summed_up_in_words() {
        assert_eq!(
            of(QuestionKind::Number(NumberRules {
                min: Decimal::parse("0"),
                max: Decimal::parse("120"),
                step: Decimal::parse("0.5"),
                unit: Some("kg".into()),
            })),
            "Number, 0 to 120 kg, step 0.5 \u{b7} required"
        );
        assert_eq!(
            of(QuestionKind::Number(NumberRules::default())),
            "Number \u{b7} required"
        );
        assert_eq!(
            of(QuestionKind::Matrix {
                rows: strings(&["Price", "Quality", "Speed"]),
                columns: strings(&["1", "2", "3", "4", "5"]),
            }),
            "Matrix (Likert), 3 statements \u{d7} 5 points (1 / 2 / 3 / 4 / 5) \u{b7} required"
        );
        assert_eq!(
            of(QuestionKind::Nps {
                low_label: None,
                high_label: None
            }),
            "Net Promoter Score (0\u{2013}10) \u{b7} required"
        );
        assert_eq!(
            of(QuestionKind::Scale {
                points: 7,
                low_label: Some("Disagree".into()),
                high_label: None,
            }),
            "Rating scale, 1 to 7 (Disagree \u{2026} \u{2013}) \u{b7} required"
        );
        assert_eq!(
            of(QuestionKind::ShortText {
                max_length: 80,
                format: TextFormat::Email
            }),
            "Short text, Email address, up to 80 characters \u{b7} required"
        );
        assert_eq!(
            of(QuestionKind::Date {
                earliest: CalendarDate::parse("2026-01-01"),
                latest: None
            }),
            "Date, from 2026-01-01 \u{b7} required"
        );
        assert_eq!(
            of(QuestionKind::Checkboxes {
                list: ChoiceList {
                    options: strings(&["A", "B", "C"]),
                    other: true,
                    shuffle: true,
                },
                min_selected: Some(1),
                max_selected: Some(2),
            }),
            "Several choices, A / B / C / Other, shuffled, tick 1 to 2 \u{b7} required"
        );
        let countries: Vec<String> = (1..=30).map(|i| format!("C{i}")).collect();
        assert_eq!(
            of(QuestionKind::Dropdown(ChoiceList {
                options: countries,
                ..ChoiceList::default()
            })),
            "Dropdown, 30 options: C1 / C2 / C3 / C4 / C5 / \u{2026} \u{b7} required"
        );
    }
}
