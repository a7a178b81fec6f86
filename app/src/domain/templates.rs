//! The built-in survey templates a subscriber can start from. Plain data:
//! the dashboard shows their cards, and the designer's service makes a
//! draft of one's questions (each checked by `QuestionInput::parse` in the
//! tests below, so a template never holds a question the form would refuse).

use super::calendar_date::CalendarDate;
use super::decimal::Decimal;
use super::design::QuestionDraft;
use super::survey::{ChoiceList, NumberRules, QuestionKind};
use super::text_format::TextFormat;

/// One template as its card shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SurveyTemplate {
    /// What the "new survey" form sends.
    pub code: &'static str,
    pub title: &'static str,
    /// One line on its card.
    pub summary: &'static str,
    /// The new survey's description (Markdown).
    pub description: &'static str,
}

pub const SURVEY_TEMPLATES: [SurveyTemplate; 4] = [
    SurveyTemplate {
        code: "customer_satisfaction",
        title: "Customer satisfaction",
        summary: "Satisfaction, likelihood to recommend, ratings of what matters and what to improve.",
        description: "Thank you for taking **two minutes** to tell us how we did.",
    },
    SurveyTemplate {
        code: "nps",
        title: "Net Promoter Score",
        summary: "The standard \u{201c}would you recommend us?\u{201d} question with the reasons behind the score.",
        description: "One question, and a few more if you have a moment.",
    },
    SurveyTemplate {
        code: "event_feedback",
        title: "Event feedback",
        summary: "How attendees rated the event, its sessions and its organisation.",
        description: "Thanks for joining us. Your answers shape the next edition.",
    },
    SurveyTemplate {
        code: "employee_pulse",
        title: "Employee pulse",
        summary: "A short, regular check on workload, clarity and how the team feels.",
        description: "Anonymous and short: answer honestly, it takes about a minute.",
    },
];

impl SurveyTemplate {
    pub fn find(code: &str) -> Option<SurveyTemplate> {
        SURVEY_TEMPLATES.into_iter().find(|t| t.code == code)
    }

    /// The template's questions, in order.
    pub fn questions(&self) -> Vec<QuestionDraft> {
        match self.code {
            "customer_satisfaction" => customer_satisfaction(),
            "nps" => nps(),
            "event_feedback" => event_feedback(),
            "employee_pulse" => employee_pulse(),
            _ => Vec::new(),
        }
    }
}

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

fn list(options: &[&str], other: bool, shuffle: bool) -> ChoiceList {
    ChoiceList {
        options: strings(options),
        other,
        shuffle,
    }
}

fn recommend() -> QuestionKind {
    QuestionKind::Nps {
        low_label: label("Not at all likely"),
        high_label: label("Extremely likely"),
    }
}

const QUALITY: [&str; 5] = ["Poor", "Fair", "Good", "Very good", "Excellent"];

fn customer_satisfaction() -> Vec<QuestionDraft> {
    vec![
        q(
            "Overall, how satisfied are you with us?",
            true,
            QuestionKind::Scale {
                points: 5,
                low_label: label("Very dissatisfied"),
                high_label: label("Very satisfied"),
            },
        ),
        q(
            "How likely are you to recommend us to a friend or colleague?",
            true,
            recommend(),
        ),
        q(
            "How would you rate us on each of these?",
            false,
            QuestionKind::Matrix {
                rows: strings(&[
                    "Quality of the product",
                    "Value for money",
                    "Speed of service",
                    "Friendliness of our staff",
                ]),
                columns: strings(&QUALITY),
            },
        ),
        q(
            "How did you first hear about us?",
            false,
            QuestionKind::Choice(list(
                &[
                    "Search engine",
                    "Social media",
                    "A friend or colleague",
                    "An advertisement",
                ],
                true,
                false,
            )),
        ),
        q(
            "What could we do better?",
            false,
            QuestionKind::FreeText { max_length: 2000 },
        ),
        q(
            "May we contact you about your answers? Leave your email address.",
            false,
            QuestionKind::ShortText {
                max_length: 254,
                format: TextFormat::Email,
            },
        ),
    ]
}

fn nps() -> Vec<QuestionDraft> {
    vec![
        q(
            "How likely are you to recommend us to a friend or colleague?",
            true,
            recommend(),
        ),
        q(
            "What is the main reason for your score?",
            false,
            QuestionKind::FreeText { max_length: 1000 },
        ),
        q(
            "What do you value most about us? Choose up to two.",
            false,
            QuestionKind::Checkboxes {
                list: list(
                    &[
                        "Product quality",
                        "Price",
                        "Customer service",
                        "Ease of use",
                        "Reliability",
                    ],
                    true,
                    true,
                ),
                min_selected: None,
                max_selected: Some(2),
            },
        ),
        q(
            "How long have you been a customer?",
            false,
            QuestionKind::Dropdown(list(
                &[
                    "Less than 6 months",
                    "6 to 12 months",
                    "1 to 2 years",
                    "3 to 5 years",
                    "More than 5 years",
                ],
                false,
                false,
            )),
        ),
    ]
}

fn event_feedback() -> Vec<QuestionDraft> {
    vec![
        q(
            "Which day did you attend?",
            false,
            QuestionKind::Date {
                earliest: CalendarDate::parse("2026-01-01"),
                latest: None,
            },
        ),
        q(
            "How would you rate the event overall?",
            true,
            QuestionKind::Range {
                low_label: label("Poor"),
                high_label: label("Excellent"),
            },
        ),
        q(
            "How would you rate each part of the event?",
            false,
            QuestionKind::Matrix {
                rows: strings(&[
                    "Talks",
                    "Workshops",
                    "Venue",
                    "Food and drinks",
                    "Organisation",
                ]),
                columns: strings(&QUALITY),
            },
        ),
        q(
            "Put the sessions in order, most useful first.",
            false,
            QuestionKind::Ranking {
                options: strings(&["Keynote", "Panel discussion", "Workshops", "Networking"]),
                shuffle: true,
            },
        ),
        q(
            "How many events like this do you attend in a year?",
            false,
            QuestionKind::Number(NumberRules {
                min: Decimal::parse("0"),
                max: Decimal::parse("100"),
                step: Decimal::parse("1"),
                unit: label("events"),
            }),
        ),
        q(
            "Would you come again next year?",
            true,
            QuestionKind::Choice(list(&["Yes", "Maybe", "No"], false, false)),
        ),
        q(
            "Anything else you would like to tell the organisers?",
            false,
            QuestionKind::FreeText { max_length: 2000 },
        ),
    ]
}

fn employee_pulse() -> Vec<QuestionDraft> {
    vec![
        q(
            "How much do you agree with these statements?",
            true,
            QuestionKind::Matrix {
                rows: strings(&[
                    "I know what is expected of me at work",
                    "I have what I need to do my job well",
                    "My manager gives me useful feedback",
                    "I would recommend this team as a great place to work",
                ]),
                columns: strings(&[
                    "Strongly disagree",
                    "Disagree",
                    "Neutral",
                    "Agree",
                    "Strongly agree",
                ]),
            },
        ),
        q(
            "How was your workload over the last two weeks?",
            true,
            QuestionKind::Scale {
                points: 7,
                low_label: label("Far too light"),
                high_label: label("Far too heavy"),
            },
        ),
        q(
            "How energised do you feel at work this week?",
            false,
            QuestionKind::Scale {
                points: 5,
                low_label: label("Drained"),
                high_label: label("Full of energy"),
            },
        ),
        q(
            "Which department do you work in?",
            false,
            QuestionKind::Dropdown(list(
                &[
                    "Engineering",
                    "Finance",
                    "Human resources",
                    "Marketing",
                    "Operations",
                    "Sales",
                    "Support",
                ],
                true,
                false,
            )),
        ),
        q(
            "What one thing would make your work better?",
            false,
            QuestionKind::FreeText { max_length: 1000 },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::design::{MAX_QUESTIONS, QuestionInput, check_title};
    use super::*;

    #[test]
    fn every_template_question_passes_the_designers_checks() {
        for template in SURVEY_TEMPLATES {
            let questions = template.questions();
            assert!(
                (4..=8).contains(&questions.len()) && questions.len() <= MAX_QUESTIONS,
                "{}",
                template.code
            );
            for question in questions {
                // Through the very fields the designer's form sends.
                let input = QuestionInput::from(&question);
                assert_eq!(input.parse(), Ok(question.clone()), "{}", template.code);
            }
            assert_eq!(check_title(template.title).as_deref(), Ok(template.title));
            assert_eq!(SurveyTemplate::find(template.code), Some(template));
        }
    }

    #[test]
    fn templates_use_the_new_kinds_and_have_distinct_codes() {
        let mut codes: Vec<&str> = SURVEY_TEMPLATES.iter().map(|t| t.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SURVEY_TEMPLATES.len());
        let kinds: std::collections::BTreeSet<&str> = SURVEY_TEMPLATES
            .iter()
            .flat_map(|t| t.questions())
            .map(|q| q.kind.code())
            .collect();
        assert_eq!(kinds.len(), QuestionKind::CODES.len(), "{kinds:?}");
        assert_eq!(SurveyTemplate::find("poll"), None);
    }
}
