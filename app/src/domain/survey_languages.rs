//! A survey in several languages: the language its own texts are written
//! in, and for each other language a translation of every text a
//! respondent reads (title, description, pages, questions, their labels
//! and options). A translation remembers the text it translates, so a text
//! changed since counts as untranslated again.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::survey::{PublicSurvey, QuestionKind};
use crate::i18n::Language;

/// The longest translated text: as long as the longest text a survey has
/// (its description).
pub const MAX_TRANSLATED_CHARS: usize = 10_000;

/// One text's translation and the text it translates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedText {
    pub source: String,
    pub text: String,
}

/// The survey's languages, as stored (`surveys.languages`, JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyLanguages {
    /// The code of the language the survey's own texts are in.
    #[serde(default = "english_code")]
    pub written_in: String,
    /// Respondents may choose a translation with texts missing, which they
    /// read in `written_in`; otherwise publishing needs every text.
    #[serde(default)]
    pub fallback: bool,
    /// By language code, by place (`SurveyText::place`).
    #[serde(default)]
    pub translations: BTreeMap<String, BTreeMap<String, TranslatedText>>,
}

fn english_code() -> String {
    Language::English.code().to_owned()
}

/// A text of the survey a respondent reads, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyText {
    /// `title`, `description`, `page.2.title`, `q.17.text`, `q.17.option.0`…
    pub place: String,
    pub text: String,
    /// Markdown (the description), rendered after translation.
    pub markdown: bool,
}

impl SurveyLanguages {
    pub fn from_json(stored: Option<&str>) -> Result<SurveyLanguages, serde_json::Error> {
        match stored {
            None | Some("") => Ok(SurveyLanguages::default_english()),
            Some(json) => serde_json::from_str(json),
        }
    }

    pub fn default_english() -> SurveyLanguages {
        SurveyLanguages {
            written_in: english_code(),
            fallback: false,
            translations: BTreeMap::new(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain data serializes")
    }

    pub fn written_in(&self) -> Language {
        Language::from_code(&self.written_in).unwrap_or_default()
    }

    /// The languages a respondent may choose: the survey's own first.
    pub fn offered(&self) -> Vec<Language> {
        let own = self.written_in();
        let mut offered = vec![own];
        offered.extend(
            Language::ALL
                .into_iter()
                .filter(|l| *l != own && self.translations.contains_key(l.code())),
        );
        offered
    }

    /// The places of `texts` with no translation to `language`, or whose
    /// text changed since it was translated.
    pub fn missing(&self, texts: &[SurveyText], language: Language) -> Vec<String> {
        if language == self.written_in() {
            return Vec::new();
        }
        let translation = self.translations.get(language.code());
        texts
            .iter()
            .filter(|t| !t.text.trim().is_empty())
            .filter(|t| {
                translation
                    .and_then(|by_place| by_place.get(&t.place))
                    .is_none_or(|done| done.source != t.text || done.text.trim().is_empty())
            })
            .map(|t| t.place.clone())
            .collect()
    }

    /// Each translated language that cannot be published as it is: texts
    /// are missing and respondents may not read them in `written_in`.
    pub fn incomplete(&self, texts: &[SurveyText]) -> Vec<(Language, usize)> {
        if self.fallback {
            return Vec::new();
        }
        self.offered()
            .into_iter()
            .map(|language| (language, self.missing(texts, language).len()))
            .filter(|(_, missing)| *missing > 0)
            .collect()
    }
}

/// Every text of `survey` a respondent reads, in the order they read them.
pub fn survey_texts(survey: &PublicSurvey) -> Vec<SurveyText> {
    let mut texts = Vec::new();
    let mut add = |place: String, text: &str, markdown: bool| {
        texts.push(SurveyText {
            place,
            text: text.to_owned(),
            markdown,
        });
    };
    add("title".into(), &survey.title, false);
    add("description".into(), &survey.description, true);
    for (index, page) in survey.logic.pages.iter().enumerate() {
        add(format!("page.{index}.title"), &page.title, false);
        add(
            format!("page.{index}.description"),
            &page.description,
            false,
        );
    }
    for question in &survey.questions {
        let at = |part: &str| format!("q.{}.{part}", question.id.0);
        add(at("text"), &question.text, false);
        let labels = |low: &Option<String>, high: &Option<String>| {
            [("low", low.clone()), ("high", high.clone())]
        };
        match &question.kind {
            QuestionKind::Range {
                low_label,
                high_label,
            }
            | QuestionKind::Scale {
                low_label,
                high_label,
                ..
            }
            | QuestionKind::Nps {
                low_label,
                high_label,
            } => {
                for (part, label) in labels(low_label, high_label) {
                    if let Some(label) = label {
                        add(at(part), &label, false);
                    }
                }
            }
            QuestionKind::Choice(list) | QuestionKind::Dropdown(list) => {
                for (index, option) in list.options.iter().enumerate() {
                    add(at(&format!("option.{index}")), option, false);
                }
            }
            QuestionKind::Checkboxes { list, .. } => {
                for (index, option) in list.options.iter().enumerate() {
                    add(at(&format!("option.{index}")), option, false);
                }
            }
            QuestionKind::Ranking { options, .. } => {
                for (index, option) in options.iter().enumerate() {
                    add(at(&format!("option.{index}")), option, false);
                }
            }
            QuestionKind::Matrix { rows, columns } => {
                for (index, row) in rows.iter().enumerate() {
                    add(at(&format!("row.{index}")), row, false);
                }
                for (index, column) in columns.iter().enumerate() {
                    add(at(&format!("column.{index}")), column, false);
                }
            }
            QuestionKind::FreeText { .. }
            | QuestionKind::ShortText { .. }
            | QuestionKind::Number(_)
            | QuestionKind::Date { .. } => {}
        }
    }
    texts.retain(|t| !t.text.trim().is_empty());
    texts
}

/// `survey` as a respondent reading `language` sees it: each text whose
/// translation is up to date in that language, the others as written.
/// The description's HTML is left to the caller, which renders it again
/// from the translated Markdown (`description_changed`).
pub fn translated(
    survey: &PublicSurvey,
    languages: &SurveyLanguages,
    language: Language,
) -> PublicSurvey {
    let mut out = survey.clone();
    let Some(by_place) = languages.translations.get(language.code()) else {
        return out;
    };
    if language == languages.written_in() {
        return out;
    }
    let pick = |place: String, text: &mut String| {
        if let Some(done) = by_place.get(&place)
            && done.source == *text
            && !done.text.trim().is_empty()
        {
            *text = done.text.clone();
        }
    };
    pick("title".into(), &mut out.title);
    pick("description".into(), &mut out.description);
    for (index, page) in out.logic.pages.iter_mut().enumerate() {
        pick(format!("page.{index}.title"), &mut page.title);
        pick(format!("page.{index}.description"), &mut page.description);
    }
    for question in &mut out.questions {
        let id = question.id.0;
        let at = |part: &str| format!("q.{id}.{part}");
        pick(at("text"), &mut question.text);
        let pick_all = |name: &str, items: &mut Vec<String>| {
            for (index, item) in items.iter_mut().enumerate() {
                pick(at(&format!("{name}.{index}")), item);
            }
        };
        match &mut question.kind {
            QuestionKind::Range {
                low_label,
                high_label,
            }
            | QuestionKind::Scale {
                low_label,
                high_label,
                ..
            }
            | QuestionKind::Nps {
                low_label,
                high_label,
            } => {
                if let Some(label) = low_label {
                    pick(at("low"), label);
                }
                if let Some(label) = high_label {
                    pick(at("high"), label);
                }
            }
            QuestionKind::Choice(list) | QuestionKind::Dropdown(list) => {
                pick_all("option", &mut list.options)
            }
            QuestionKind::Checkboxes { list, .. } => pick_all("option", &mut list.options),
            QuestionKind::Ranking { options, .. } => pick_all("option", options),
            QuestionKind::Matrix { rows, columns } => {
                pick_all("row", rows);
                pick_all("column", columns);
            }
            QuestionKind::FreeText { .. }
            | QuestionKind::ShortText { .. }
            | QuestionKind::Number(_)
            | QuestionKind::Date { .. } => {}
        }
    }
    out
}

/// Whether `translated` changed the description, whose HTML is then
/// rendered again.
pub fn description_changed(original: &PublicSurvey, translated: &PublicSurvey) -> bool {
    original.description != translated.description
}
