//! One line per question in the designer's list: its type and settings in
//! words ("Number, 0 to 120 kg, step 0.5").

use crate::domain::{ChoiceList, Decimal, NumberRules, Question, QuestionKind, TextFormat};
use crate::i18n::{Arg, tr};

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
        n if n > NAMED_OPTIONS => tr!("survey-editor-summary-options", count = n, named = named),
        _ => named,
    }
}

fn choices(list: &ChoiceList) -> String {
    let mut text = options(&list.options);
    if list.other {
        text.push_str(&format!(" / {}", tr!("survey-editor-summary-other")));
    }
    if list.shuffle {
        text.push_str(&format!(", {}", tr!("survey-editor-summary-shuffled")));
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

/// A bound or step as the designer typed it, in the page's language
/// (`0.5`, `0,5`), without thousands separators.
fn typed(value: Decimal) -> Arg {
    Arg::Typed(value.as_f64())
}

fn number(rules: &NumberRules) -> String {
    let texts = crate::i18n::texts();
    let unit = rules
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let mut parts = Vec::new();
    match (rules.min, rules.max) {
        (Some(min), Some(max)) => parts.push(texts.format(
            "survey-editor-summary-between",
            &[
                ("min", typed(min)),
                ("max", typed(max)),
                ("unit", Arg::from(&unit)),
            ],
        )),
        (Some(min), None) => parts.push(texts.format(
            "survey-editor-summary-at-least",
            &[("min", typed(min)), ("unit", Arg::from(&unit))],
        )),
        (None, Some(max)) => parts.push(texts.format(
            "survey-editor-summary-at-most",
            &[("max", typed(max)), ("unit", Arg::from(&unit))],
        )),
        (None, None) if !unit.is_empty() => {
            parts.push(tr!("survey-editor-summary-in", unit = &unit))
        }
        (None, None) => {}
    }
    if let Some(step) = rules.step {
        parts.push(texts.format("survey-editor-summary-step", &[("step", typed(step))]));
    }
    parts.join(", ")
}

fn ticked(min: Option<u16>, max: Option<u16>) -> Option<String> {
    match (min, max) {
        (Some(min), Some(max)) if min == max => {
            Some(tr!("survey-editor-summary-tick-exactly", count = min))
        }
        (Some(min), Some(max)) => Some(tr!(
            "survey-editor-summary-tick-between",
            min = min,
            max = max
        )),
        (Some(min), None) => Some(tr!("survey-editor-summary-tick-at-least", min = min)),
        (None, Some(max)) => Some(tr!("survey-editor-summary-tick-at-most", max = max)),
        (None, None) => None,
    }
}

/// "Number, 0 to 120 kg, step 0.5 · required".
pub(super) fn summary(question: &Question) -> String {
    let label = QuestionKind::localized_label_of(question.kind.code());
    let detail = match &question.kind {
        QuestionKind::FreeText { max_length } => {
            tr!("survey-editor-summary-up-to", count = *max_length)
        }
        QuestionKind::ShortText { max_length, format } => match format {
            TextFormat::Any => tr!("survey-editor-summary-up-to", count = *max_length),
            format => format!(
                "{}, {}",
                format.localized_label(),
                tr!("survey-editor-summary-up-to", count = *max_length)
            ),
        },
        QuestionKind::Number(rules) => number(rules),
        QuestionKind::Date { earliest, latest } => match (earliest, latest) {
            (Some(from), Some(to)) => tr!(
                "survey-editor-summary-date-between",
                from = from.to_string(),
                to = to.to_string()
            ),
            (Some(from), None) => tr!("survey-editor-summary-date-from", from = from.to_string()),
            (None, Some(to)) => tr!("survey-editor-summary-date-until", to = to.to_string()),
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
            ends if ends.is_empty() => tr!("survey-editor-summary-scale", points = *points),
            ends => tr!(
                "survey-editor-summary-scale-labels",
                points = *points,
                labels = ends
            ),
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
        QuestionKind::Matrix { rows, columns } => tr!(
            "survey-editor-summary-matrix",
            rows = rows.len(),
            columns = columns.len(),
            labels = columns.join(" / ")
        ),
        QuestionKind::Ranking {
            options: list,
            shuffle,
        } => {
            if *shuffle {
                format!(
                    "{}, {}",
                    options(list),
                    tr!("survey-editor-summary-shuffled")
                )
            } else {
                options(list)
            }
        }
    };
    let required = if question.required {
        tr!("survey-editor-summary-required")
    } else {
        tr!("survey-editor-summary-optional")
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
