//! The built-in survey templates a subscriber can start from. Plain data:
//! the dashboard shows their cards, and the designer's service makes a
//! draft of one's questions (each checked by `QuestionInput::parse` in the
//! tests below, in every language, so a template never holds a question
//! the form would refuse). Their words are the catalogue's: each card's
//! title and summary in `dashboard.ftl` (the browser shows them), the
//! rest in `templates.ftl` (formatted on the server only), all under
//! `template-<code>-…` with the code's `_` as `-`.

use super::calendar_date::CalendarDate;
use super::decimal::Decimal;
use super::design::QuestionDraft;
use super::survey::{ChoiceList, NumberRules, QuestionKind};
use super::text_format::TextFormat;
use crate::i18n::Texts;

/// One template: its code, and its words in any language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SurveyTemplate {
    /// What the "new survey" form sends.
    pub code: &'static str,
}

pub const SURVEY_TEMPLATES: [SurveyTemplate; 4] = [
    SurveyTemplate {
        code: "customer_satisfaction",
    },
    SurveyTemplate { code: "nps" },
    SurveyTemplate {
        code: "event_feedback",
    },
    SurveyTemplate {
        code: "employee_pulse",
    },
];

impl SurveyTemplate {
    pub fn find(code: &str) -> Option<SurveyTemplate> {
        SURVEY_TEMPLATES.into_iter().find(|t| t.code == code)
    }

    /// Its name, on its card and as the title of a survey made from it.
    pub fn title(&self, texts: &Texts) -> String {
        texts.get(&self.key("title"))
    }

    /// One line on its card.
    pub fn summary(&self, texts: &Texts) -> String {
        texts.get(&self.key("summary"))
    }

    /// The new survey's description (Markdown); on the server only.
    pub fn description(&self, texts: &Texts) -> String {
        texts.get(&self.key("description"))
    }

    /// The template's questions, in order, in the language of `texts`
    /// (on the server only: the browser has no `templates.ftl`).
    pub fn questions(&self, texts: &Texts) -> Vec<QuestionDraft> {
        self.questions_in(&|key: &str| texts.get(key))
    }

    /// How many questions it has, in any language.
    pub fn question_count(&self) -> usize {
        self.questions_in(&|_: &str| String::new()).len()
    }

    /// The key of its message `part`: `template-<code>-<part>`.
    fn key(&self, part: &str) -> String {
        format!("template-{}-{part}", self.code.replace('_', "-"))
    }

    /// Its questions with the words `say` gives for each message key.
    fn questions_in(&self, say: &dyn Fn(&str) -> String) -> Vec<QuestionDraft> {
        let words = Words {
            template: *self,
            say,
        };
        match self.code {
            "customer_satisfaction" => customer_satisfaction(&words),
            "nps" => nps(&words),
            "event_feedback" => event_feedback(&words),
            "employee_pulse" => employee_pulse(&words),
            _ => Vec::new(),
        }
    }
}

/// A template's words, by message: question `n`'s text is `q<n>`, its
/// lines `q<n>-option<m>`, `q<n>-row<m>`, `q<n>-column<m>` (from 1), its
/// labels `q<n>-low`, `q<n>-high` and `q<n>-unit`.
struct Words<'a> {
    template: SurveyTemplate,
    say: &'a dyn Fn(&str) -> String,
}

impl Words<'_> {
    /// The template's own message `template-<code>-<part>`.
    fn own(&self, part: &str) -> String {
        (self.say)(&self.template.key(part))
    }

    /// A message the templates share: `template-<part>`.
    fn shared(&self, part: &str) -> String {
        (self.say)(&format!("template-{part}"))
    }

    /// Question `n`.
    fn q(&self, n: usize, required: bool, kind: QuestionKind) -> QuestionDraft {
        QuestionDraft {
            text: self.own(&format!("q{n}")),
            required,
            kind,
        }
    }

    /// Question `n`'s label `part` (`low`, `high`, `unit`).
    fn label(&self, n: usize, part: &str) -> Option<String> {
        Some(self.own(&format!("q{n}-{part}")))
    }

    /// Question `n`'s `count` lines of a `kind` (`option`, `row`,
    /// `column`).
    fn lines(&self, n: usize, kind: &str, count: usize) -> Vec<String> {
        (1..=count)
            .map(|m| self.own(&format!("q{n}-{kind}{m}")))
            .collect()
    }

    /// Question `n`'s `count` options.
    fn list(&self, n: usize, count: usize, other: bool, shuffle: bool) -> ChoiceList {
        ChoiceList {
            options: self.lines(n, "option", count),
            other,
            shuffle,
        }
    }

    /// The five points of a rating matrix, from poor to excellent.
    fn quality(&self) -> Vec<String> {
        (1..=5)
            .map(|m| self.shared(&format!("quality-{m}")))
            .collect()
    }

    /// The 0 to 10 "would you recommend us?" scale.
    fn recommend(&self) -> QuestionKind {
        QuestionKind::Nps {
            low_label: Some(self.shared("recommend-low")),
            high_label: Some(self.shared("recommend-high")),
        }
    }
}

fn customer_satisfaction(w: &Words) -> Vec<QuestionDraft> {
    vec![
        w.q(
            1,
            true,
            QuestionKind::Scale {
                points: 5,
                low_label: w.label(1, "low"),
                high_label: w.label(1, "high"),
            },
        ),
        w.q(2, true, w.recommend()),
        w.q(
            3,
            false,
            QuestionKind::Matrix {
                rows: w.lines(3, "row", 4),
                columns: w.quality(),
            },
        ),
        w.q(4, false, QuestionKind::Choice(w.list(4, 4, true, false))),
        w.q(5, false, QuestionKind::FreeText { max_length: 2000 }),
        w.q(
            6,
            false,
            QuestionKind::ShortText {
                max_length: 254,
                format: TextFormat::Email,
            },
        ),
    ]
}

fn nps(w: &Words) -> Vec<QuestionDraft> {
    vec![
        w.q(1, true, w.recommend()),
        w.q(2, false, QuestionKind::FreeText { max_length: 1000 }),
        w.q(
            3,
            false,
            QuestionKind::Checkboxes {
                list: w.list(3, 5, true, true),
                min_selected: None,
                max_selected: Some(2),
            },
        ),
        w.q(4, false, QuestionKind::Dropdown(w.list(4, 5, false, false))),
    ]
}

fn event_feedback(w: &Words) -> Vec<QuestionDraft> {
    vec![
        w.q(
            1,
            false,
            QuestionKind::Date {
                earliest: CalendarDate::parse("2026-01-01"),
                latest: None,
            },
        ),
        w.q(
            2,
            true,
            QuestionKind::Range {
                low_label: w.label(2, "low"),
                high_label: w.label(2, "high"),
            },
        ),
        w.q(
            3,
            false,
            QuestionKind::Matrix {
                rows: w.lines(3, "row", 5),
                columns: w.quality(),
            },
        ),
        w.q(
            4,
            false,
            QuestionKind::Ranking {
                options: w.lines(4, "option", 4),
                shuffle: true,
            },
        ),
        w.q(
            5,
            false,
            QuestionKind::Number(NumberRules {
                min: Decimal::parse("0"),
                max: Decimal::parse("100"),
                step: Decimal::parse("1"),
                unit: w.label(5, "unit"),
            }),
        ),
        w.q(6, true, QuestionKind::Choice(w.list(6, 3, false, false))),
        w.q(7, false, QuestionKind::FreeText { max_length: 2000 }),
    ]
}

fn employee_pulse(w: &Words) -> Vec<QuestionDraft> {
    vec![
        w.q(
            1,
            true,
            QuestionKind::Matrix {
                rows: w.lines(1, "row", 4),
                columns: w.lines(1, "column", 5),
            },
        ),
        w.q(
            2,
            true,
            QuestionKind::Scale {
                points: 7,
                low_label: w.label(2, "low"),
                high_label: w.label(2, "high"),
            },
        ),
        w.q(
            3,
            false,
            QuestionKind::Scale {
                points: 5,
                low_label: w.label(3, "low"),
                high_label: w.label(3, "high"),
            },
        ),
        w.q(4, false, QuestionKind::Dropdown(w.list(4, 7, true, false))),
        w.q(5, false, QuestionKind::FreeText { max_length: 1000 }),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The languages a subscriber's pages speak, English first.
    #[cfg(feature = "ssr")]
    fn languages() -> Vec<crate::i18n::Language> {
        crate::i18n::Language::offered(false)
    }

    /// In every language: each question passes the designer's form, each
    /// word is the language's own message, and the title would do.
    #[test]
    #[cfg(feature = "ssr")]
    fn every_template_question_passes_the_designers_checks_in_every_language() {
        use super::super::design::{MAX_QUESTIONS, QuestionInput, check_title};
        use crate::i18n::catalogue::CATALOGUE;
        for language in languages() {
            let texts = Texts::new(language);
            let own = |key: &str| {
                assert!(
                    CATALOGUE.has_own_message(language, key),
                    "{} lacks {key}",
                    language.code()
                );
                texts.get(key)
            };
            for template in SURVEY_TEMPLATES {
                let at = format!("{} in {}", template.code, language.code());
                let questions = template.questions_in(&own);
                assert_eq!(questions, template.questions(&texts), "{at}");
                assert_eq!(questions.len(), template.question_count(), "{at}");
                assert!(
                    (4..=8).contains(&questions.len()) && questions.len() <= MAX_QUESTIONS,
                    "{at}"
                );
                for question in questions {
                    // Through the very fields the designer's form sends: an
                    // option twice or a label too long is refused there.
                    let input = QuestionInput::from(&question);
                    assert_eq!(input.parse(), Ok(question.clone()), "{at}");
                }
                for part in ["title", "summary", "description"] {
                    own(template.key(part).as_str());
                }
                let title = template.title(&texts);
                assert_eq!(check_title(&title).as_deref(), Ok(title.as_str()), "{at}");
                assert!(!template.summary(&texts).is_empty(), "{at}");
                assert!(!template.description(&texts).is_empty(), "{at}");
                assert_eq!(SurveyTemplate::find(template.code), Some(template));
            }
        }
    }

    /// English is what the templates said before they had other
    /// languages (the tests and specs choose them by these words).
    #[test]
    #[cfg(feature = "ssr")]
    fn english_is_the_templates_original_words() {
        let english = Texts::new(crate::i18n::Language::English);
        let nps = SurveyTemplate::find("nps").unwrap();
        assert_eq!(nps.title(&english), "Net Promoter Score");
        let pulse = SurveyTemplate::find("employee_pulse").unwrap();
        assert_eq!(pulse.title(&english), "Employee pulse");
        assert_eq!(
            pulse.questions(&english)[0].kind,
            QuestionKind::Matrix {
                rows: [
                    "I know what is expected of me at work",
                    "I have what I need to do my job well",
                    "My manager gives me useful feedback",
                    "I would recommend this team as a great place to work",
                ]
                .map(String::from)
                .to_vec(),
                columns: [
                    "Strongly disagree",
                    "Disagree",
                    "Neutral",
                    "Agree",
                    "Strongly agree",
                ]
                .map(String::from)
                .to_vec(),
            }
        );
        let satisfaction = SurveyTemplate::find("customer_satisfaction").unwrap();
        assert_eq!(
            satisfaction.description(&english),
            "Thank you for taking **two minutes** to tell us how we did."
        );
        assert_eq!(
            satisfaction.questions(&english)[2].kind,
            QuestionKind::Matrix {
                rows: [
                    "Quality of the product",
                    "Value for money",
                    "Speed of service",
                    "Friendliness of our staff",
                ]
                .map(String::from)
                .to_vec(),
                columns: ["Poor", "Fair", "Good", "Very good", "Excellent"]
                    .map(String::from)
                    .to_vec(),
            }
        );
    }

    /// A survey made from a template in German or Spanish is in that
    /// language throughout.
    #[test]
    #[cfg(feature = "ssr")]
    fn a_template_speaks_the_language_it_is_made_in() {
        use crate::i18n::Language;
        let nps = SurveyTemplate::find("nps").unwrap();
        let english = nps.questions(&Texts::new(Language::English));
        let german = nps.questions(&Texts::new(Language::German));
        assert_eq!(
            german[0].text,
            "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen würden?"
        );
        assert_eq!(
            german[0].kind,
            QuestionKind::Nps {
                low_label: Some("Äußerst unwahrscheinlich".to_owned()),
                high_label: Some("Äußerst wahrscheinlich".to_owned()),
            }
        );
        let spanish = nps.questions(&Texts::new(Language::Spanish));
        assert_eq!(
            spanish[1].text,
            "¿Cuál es el motivo principal de su puntuación?"
        );
        for (place, question) in english.iter().enumerate() {
            assert_ne!(question.text, german[place].text);
            assert_ne!(question.text, spanish[place].text);
        }
        let pulse = SurveyTemplate::find("employee_pulse").unwrap();
        assert_eq!(
            pulse.title(&Texts::new(Language::German)),
            "Mitarbeiter-Pulsbefragung"
        );
        assert_eq!(
            pulse.title(&Texts::new(Language::Spanish)),
            "Pulso de los empleados"
        );
    }

    #[test]
    fn templates_use_the_new_kinds_and_have_distinct_codes() {
        let mut codes: Vec<&str> = SURVEY_TEMPLATES.iter().map(|t| t.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SURVEY_TEMPLATES.len());
        // The kinds do not depend on the words.
        let kinds: std::collections::BTreeSet<&str> = SURVEY_TEMPLATES
            .iter()
            .flat_map(|t| t.questions_in(&|_: &str| String::new()))
            .map(|q| q.kind.code())
            .collect();
        assert_eq!(kinds.len(), QuestionKind::CODES.len(), "{kinds:?}");
        assert_eq!(SurveyTemplate::find("poll"), None);
    }
}
