//! A survey in several languages: the language its own texts are written
//! in, and for each other language a translation of every text a
//! respondent reads (title, description, pages, questions, their labels
//! and options). A translation remembers the text it translates, so a text
//! changed since counts as untranslated again.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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

    /// The translations of a copy whose questions have new ids: `ids`
    /// pairs each original question's id with its copy's.
    pub fn for_copy(&self, ids: &[(i64, i64)]) -> SurveyLanguages {
        let renamed = |place: &str| {
            let Some(rest) = place.strip_prefix("q.") else {
                return Some(place.to_owned());
            };
            let (id, part) = rest.split_once('.')?;
            let id: i64 = id.parse().ok()?;
            let (_, copy) = ids.iter().find(|(original, _)| *original == id)?;
            Some(format!("q.{copy}.{part}"))
        };
        SurveyLanguages {
            written_in: self.written_in.clone(),
            fallback: self.fallback,
            translations: self
                .translations
                .iter()
                .map(|(language, by_place)| {
                    let by_place = by_place
                        .iter()
                        .filter_map(|(place, text)| Some((renamed(place)?, text.clone())))
                        .collect();
                    (language.clone(), by_place)
                })
                .collect(),
        }
    }

    /// The text at `place`, written as `source`, in `language`: its
    /// translation when that is up to date, else `source`.
    pub fn text_in(&self, language: Language, place: &str, source: &str) -> String {
        self.translations
            .get(language.code())
            .and_then(|by_place| by_place.get(place))
            .filter(|done| done.source == source && !done.text.trim().is_empty())
            .map_or_else(|| source.to_owned(), |done| done.text.clone())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_keeps_its_translations_under_its_questions_new_ids() {
        let mut languages = SurveyLanguages::default_english();
        let text = |t: &str| TranslatedText {
            source: "x".into(),
            text: t.into(),
        };
        languages.translations.insert(
            "de".into(),
            [
                ("title".to_owned(), text("Titel")),
                ("q.7.text".to_owned(), text("Frage")),
                ("q.7.option.1".to_owned(), text("Zwei")),
                ("q.8.text".to_owned(), text("Weg")),
            ]
            .into(),
        );
        let copy = languages.for_copy(&[(7, 21)]);
        let places: Vec<&String> = copy.translations["de"].keys().collect();
        assert_eq!(places, ["q.21.option.1", "q.21.text", "title"]);
    }
}
