//! The demo's second survey: one question of every kind, so that a fresh
//! installation shows each on the respondent page, in results and exports.

use crate::domain::{
    CalendarDate, ChoiceList, Decimal, NumberRules, QuestionDraft, QuestionKind, TextFormat,
};

pub const SLUG: &str = "product-feedback";
pub const TITLE: &str = "Product feedback";
pub const DESCRIPTION: &str =
    "Help us shape the next release of Adatum Cloud. It takes about **three minutes**.";

fn q(text: &str, required: bool, kind: QuestionKind) -> QuestionDraft {
    QuestionDraft {
        text: text.to_owned(),
        required,
        kind,
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn label(text: &str) -> Option<String> {
    Some(text.to_owned())
}

const COUNTRIES: [&str; 20] = [
    "Australia",
    "Austria",
    "Belgium",
    "Brazil",
    "Canada",
    "Denmark",
    "Finland",
    "France",
    "Germany",
    "India",
    "Ireland",
    "Italy",
    "Japan",
    "Netherlands",
    "New Zealand",
    "Norway",
    "Spain",
    "Sweden",
    "United Kingdom",
    "United States",
];

pub fn questions() -> Vec<QuestionDraft> {
    vec![
        q(
            "How likely are you to recommend Adatum Cloud to a colleague?",
            true,
            QuestionKind::Nps {
                low_label: label("Not at all likely"),
                high_label: label("Extremely likely"),
            },
        ),
        q(
            "Which plan are you on?",
            true,
            QuestionKind::Choice(ChoiceList {
                options: strings(&["Free", "Team", "Business", "Enterprise"]),
                other: false,
                shuffle: false,
            }),
        ),
        q(
            "Which features do you use?",
            true,
            QuestionKind::Checkboxes {
                list: ChoiceList {
                    options: strings(&[
                        "Dashboards",
                        "Reports",
                        "Alerts",
                        "Integrations",
                        "Mobile app",
                    ]),
                    other: true,
                    shuffle: true,
                },
                min_selected: Some(1),
                max_selected: None,
            },
        ),
        q(
            "Which country are you in?",
            false,
            QuestionKind::Dropdown(ChoiceList {
                options: strings(&COUNTRIES),
                other: true,
                shuffle: false,
            }),
        ),
        q(
            "How easy is Adatum Cloud to use?",
            true,
            QuestionKind::Scale {
                points: 7,
                low_label: label("Very hard"),
                high_label: label("Very easy"),
            },
        ),
        q(
            "How would you rate our support?",
            false,
            QuestionKind::Range {
                low_label: label("Poor"),
                high_label: label("Excellent"),
            },
        ),
        q(
            "How satisfied are you with each of these?",
            false,
            QuestionKind::Matrix {
                rows: strings(&["Speed", "Reliability", "Documentation", "Price"]),
                columns: strings(&[
                    "Very dissatisfied",
                    "Dissatisfied",
                    "Neutral",
                    "Satisfied",
                    "Very satisfied",
                ]),
            },
        ),
        q(
            "Put these improvements in order, most wanted first.",
            false,
            QuestionKind::Ranking {
                options: strings(&[
                    "Faster reports",
                    "Offline mode",
                    "More integrations",
                    "Better search",
                ]),
                shuffle: true,
            },
        ),
        q(
            "How many people in your team use it?",
            false,
            QuestionKind::Number(NumberRules {
                min: Decimal::parse("1"),
                max: Decimal::parse("10000"),
                step: Decimal::parse("1"),
                unit: label("people"),
            }),
        ),
        q(
            "When did you start using Adatum Cloud?",
            false,
            QuestionKind::Date {
                earliest: CalendarDate::parse("2015-01-01"),
                latest: None,
            },
        ),
        q(
            "Your work email, if we may follow up",
            false,
            QuestionKind::ShortText {
                max_length: 254,
                format: TextFormat::Email,
            },
        ),
        q(
            "What should we build next?",
            false,
            QuestionKind::FreeText { max_length: 2000 },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::QuestionInput;

    #[test]
    fn one_valid_question_of_every_kind() {
        let questions = questions();
        let mut codes: Vec<&str> = questions.iter().map(|q| q.kind.code()).collect();
        codes.sort_unstable();
        let mut all = QuestionKind::CODES.to_vec();
        all.sort_unstable();
        assert_eq!(codes, all);
        for question in questions {
            assert_eq!(QuestionInput::from(&question).parse(), Ok(question));
        }
    }
}
