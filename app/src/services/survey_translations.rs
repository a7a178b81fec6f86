//! A survey's languages: the one it is written in, the translations a
//! creator adds and fills in side by side, and whether respondents may
//! read untranslated texts in the survey's own language. All of it
//! changes while the survey is a draft, with its texts; publishing
//! refuses a translation with texts missing unless that is allowed.

use std::collections::BTreeMap;

use crate::auth::TenantScope;
use crate::domain::survey_languages::{
    MAX_TRANSLATED_CHARS, SurveyLanguages, SurveyText, TranslatedText,
};
use crate::domain::survey_texts::survey_texts;
use crate::error::{AppError, FieldProblem};
use crate::i18n::{Language, Message};
use crate::storage::Database;
use crate::storage::surveys::StoredSurvey;

/// A change of a survey's languages, as the translations page sends it.
#[derive(Clone, Debug)]
pub enum LanguageChange {
    /// The language the survey's own texts are in.
    WrittenIn(String),
    Add(String),
    Remove(String),
    /// Respondents may read untranslated texts in the survey's language.
    Fallback(bool),
    /// A translation's texts by place; an empty text is no translation.
    Translate {
        language: String,
        texts: BTreeMap<String, String>,
    },
}

fn refused(field: &str, message: Message) -> AppError {
    AppError::Invalid(vec![FieldProblem::new(field, message.in_page_language())])
}

fn language(field: &str, code: &str) -> Result<Language, AppError> {
    Language::from_code(code.trim())
        .ok_or_else(|| refused(field, Message::new("translations-unknown-language")))
}

/// The survey's languages after `change`, checked against its texts.
pub fn changed(
    languages: &SurveyLanguages,
    texts: &[SurveyText],
    change: LanguageChange,
) -> Result<SurveyLanguages, AppError> {
    let mut next = languages.clone();
    match change {
        LanguageChange::WrittenIn(code) => {
            let chosen = language("written_in", &code)?;
            if next.translations.contains_key(chosen.code()) {
                return Err(refused(
                    "written_in",
                    Message::new("translations-written-in-translated"),
                ));
            }
            next.written_in = chosen.code().to_owned();
        }
        LanguageChange::Add(code) => {
            let added = language("language", &code)?;
            if added == next.written_in() || next.translations.contains_key(added.code()) {
                return Err(refused("language", Message::new("translations-already")));
            }
            next.translations
                .insert(added.code().to_owned(), BTreeMap::new());
        }
        LanguageChange::Remove(code) => {
            let removed = language("language", &code)?;
            if next.translations.remove(removed.code()).is_none() {
                return Err(AppError::NotFound);
            }
        }
        LanguageChange::Fallback(allowed) => next.fallback = allowed,
        LanguageChange::Translate {
            language: code,
            texts: given,
        } => {
            let into = language("language", &code)?;
            let Some(translation) = next.translations.get_mut(into.code()) else {
                return Err(AppError::NotFound);
            };
            let mut problems = Vec::new();
            for (place, text) in &given {
                let Some(source) = texts.iter().find(|t| &t.place == place) else {
                    // A text removed since the page was read: nothing to do.
                    continue;
                };
                let text = text.trim();
                if text.chars().count() > MAX_TRANSLATED_CHARS {
                    problems.push(FieldProblem::new(
                        &format!("texts[{place}]"),
                        Message::new("translations-too-long")
                            .number("max", MAX_TRANSLATED_CHARS)
                            .in_page_language(),
                    ));
                } else if text.is_empty() {
                    translation.remove(place);
                } else {
                    translation.insert(
                        place.clone(),
                        TranslatedText {
                            source: source.text.clone(),
                            text: text.to_owned(),
                        },
                    );
                }
            }
            if !problems.is_empty() {
                return Err(AppError::Invalid(problems));
            }
            // Texts the survey no longer has are forgotten.
            translation.retain(|place, _| texts.iter().any(|t| &t.place == place));
        }
    }
    Ok(next)
}

/// Applies `change` to one of the scope's drafts.
pub async fn change_languages(
    db: &Database,
    scope: &TenantScope,
    survey: &StoredSurvey,
    change: LanguageChange,
) -> Result<(), AppError> {
    let frozen =
        || AppError::BadRequest(Message::new("translations-not-a-draft").in_page_language());
    if survey.survey.status != crate::domain::SurveyStatus::Draft {
        return Err(frozen());
    }
    let texts = survey_texts(&survey.survey);
    let next = changed(&survey.survey.languages, &texts, change)?;
    if crate::storage::survey_languages::save_draft_languages(db, scope, survey.id, &next).await? {
        Ok(())
    } else {
        Err(frozen())
    }
}

/// Publishing refuses a translation with texts missing, unless
/// respondents may read those in the survey's own language.
pub fn check_publishable(survey: &StoredSurvey) -> Result<(), AppError> {
    let texts = survey_texts(&survey.survey);
    let incomplete = survey.survey.languages.incomplete(&texts);
    if incomplete.is_empty() {
        return Ok(());
    }
    let texts = crate::i18n::texts();
    let languages: Vec<String> = incomplete
        .iter()
        .map(|(language, missing)| {
            Message::new("translations-missing-in")
                .text("language", texts.language_name(*language))
                .number("count", *missing)
                .words(&texts)
        })
        .collect();
    Err(refused(
        "form",
        Message::new("translations-incomplete")
            .text("languages", languages.join(", "))
            .text(
                "written_in",
                texts.language_name(survey.survey.languages.written_in()),
            ),
    ))
}

/// `survey` as a respondent reading `language` sees it, its description
/// rendered again when translated, without the other languages' texts.
pub fn survey_in(
    survey: &crate::domain::PublicSurvey,
    language: Language,
) -> crate::domain::PublicSurvey {
    use crate::domain::survey_texts::{description_changed, translated};
    let mut shown = translated(survey, &survey.languages, language);
    if description_changed(survey, &shown) {
        shown.description_html = crate::markdown::render_description(&shown.description);
    }
    shown.languages = Default::default();
    shown
}
