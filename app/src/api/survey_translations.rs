//! Server functions of `/t/{tenant}/surveys/{slug}/translations` (rules:
//! `services::survey_translations`): the survey's language, its
//! translations side by side, and whether untranslated texts may show.

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::Language;

/// One text of the survey beside its translation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationRow {
    pub place: String,
    pub source: String,
    pub text: String,
    /// Translated, but the survey's text changed since.
    pub outdated: bool,
    /// A long text (the description), edited in a text area.
    pub long: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationColumn {
    pub language: Language,
    pub missing: usize,
    pub rows: Vec<TranslationRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyTranslations {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    /// A draft: the languages may change.
    pub editable: bool,
    pub written_in: Language,
    pub fallback: bool,
    pub translations: Vec<TranslationColumn>,
    /// Languages that may be added.
    pub addable: Vec<Language>,
    pub total: usize,
}

#[server(prefix = "/api", endpoint = "load_survey_translations")]
pub async fn load_survey_translations(
    tenant: String,
    slug: String,
) -> Result<SurveyTranslations, AppError> {
    use crate::domain::survey_texts::survey_texts;
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let stored = crate::services::designer::survey_by_slug(&db, &access.scope, &slug).await?;
    let survey = &stored.survey;
    let texts = survey_texts(survey);
    let languages = &survey.languages;
    let translations = languages
        .offered()
        .into_iter()
        .skip(1)
        .map(|language| {
            let done = languages.translations.get(language.code());
            let rows = texts
                .iter()
                .map(|source| {
                    let translated = done.and_then(|by_place| by_place.get(&source.place));
                    TranslationRow {
                        place: source.place.clone(),
                        source: source.text.clone(),
                        text: translated.map(|t| t.text.clone()).unwrap_or_default(),
                        outdated: translated.is_some_and(|t| t.source != source.text),
                        long: source.markdown,
                    }
                })
                .collect();
            TranslationColumn {
                language,
                missing: languages.missing(&texts, language).len(),
                rows,
            }
        })
        .collect();
    let offered = languages.offered();
    Ok(SurveyTranslations {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        slug: survey.slug.to_string(),
        title: survey.title.clone(),
        editable: survey.status == crate::domain::SurveyStatus::Draft,
        written_in: languages.written_in(),
        fallback: languages.fallback,
        translations,
        addable: Language::ALL
            .into_iter()
            .filter(|l| !offered.contains(l))
            .collect(),
        total: texts.len(),
    })
}

#[cfg(feature = "ssr")]
async fn change(
    tenant: &str,
    slug: &str,
    change: crate::services::survey_translations::LanguageChange,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(tenant, false).await?;
    let stored = crate::services::designer::survey_by_slug(&db, &access.scope, slug).await?;
    crate::services::survey_translations::change_languages(&db, &access.scope, &stored, change)
        .await?;
    super::after_plain_form(&format!("/t/{tenant}/surveys/{slug}/translations"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "set_survey_language")]
pub async fn set_survey_language(
    tenant: String,
    slug: String,
    written_in: String,
) -> Result<(), AppError> {
    use crate::services::survey_translations::LanguageChange;
    change(&tenant, &slug, LanguageChange::WrittenIn(written_in)).await
}

#[server(prefix = "/api", endpoint = "add_survey_language")]
pub async fn add_survey_language(
    tenant: String,
    slug: String,
    language: String,
) -> Result<(), AppError> {
    use crate::services::survey_translations::LanguageChange;
    change(&tenant, &slug, LanguageChange::Add(language)).await
}

#[server(prefix = "/api", endpoint = "remove_survey_language")]
pub async fn remove_survey_language(
    tenant: String,
    slug: String,
    language: String,
) -> Result<(), AppError> {
    use crate::services::survey_translations::LanguageChange;
    change(&tenant, &slug, LanguageChange::Remove(language)).await
}

/// A checkbox: present when ticked.
#[server(prefix = "/api", endpoint = "set_translation_fallback")]
pub async fn set_translation_fallback(
    tenant: String,
    slug: String,
    #[server(default)] fallback: Option<String>,
) -> Result<(), AppError> {
    use crate::services::survey_translations::LanguageChange;
    change(&tenant, &slug, LanguageChange::Fallback(fallback.is_some())).await
}

#[server(prefix = "/api", endpoint = "save_survey_translation")]
pub async fn save_survey_translation(
    tenant: String,
    slug: String,
    language: String,
    #[server(default)] texts: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::services::survey_translations::LanguageChange;
    change(
        &tenant,
        &slug,
        LanguageChange::Translate { language, texts },
    )
    .await
}
