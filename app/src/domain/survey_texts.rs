//! A survey's texts by place, and the survey as a respondent reading one
//! of its translations sees it (`survey_languages`).

use super::survey::{PublicSurvey, QuestionKind};
use super::survey_languages::{SurveyLanguages, SurveyText};
use crate::i18n::Language;

/// Calls `visit` with each text of `survey` a respondent reads, in the
/// order they read them: its place, the text, and whether it is Markdown.
/// The one list of places, for reading the texts and for replacing them.
fn each_text(survey: &mut PublicSurvey, mut visit: impl FnMut(String, &mut String, bool)) {
    visit("title".into(), &mut survey.title, false);
    visit("description".into(), &mut survey.description, true);
    for (index, page) in survey.logic.pages.iter_mut().enumerate() {
        visit(format!("page.{index}.title"), &mut page.title, false);
        visit(
            format!("page.{index}.description"),
            &mut page.description,
            false,
        );
    }
    for question in &mut survey.questions {
        let id = question.id.0;
        let at = |part: &str| format!("q.{id}.{part}");
        visit(at("text"), &mut question.text, false);
        let mut all = |name: &str, items: &mut Vec<String>| {
            for (index, item) in items.iter_mut().enumerate() {
                visit(at(&format!("{name}.{index}")), item, false);
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
                for (part, label) in [("low", low_label), ("high", high_label)] {
                    if let Some(label) = label {
                        visit(at(part), label, false);
                    }
                }
            }
            QuestionKind::Choice(list)
            | QuestionKind::Dropdown(list)
            | QuestionKind::Checkboxes { list, .. } => all("option", &mut list.options),
            QuestionKind::Ranking { options, .. } => all("option", options),
            QuestionKind::Matrix { rows, columns } => {
                all("row", rows);
                all("column", columns);
            }
            QuestionKind::FreeText { .. }
            | QuestionKind::ShortText { .. }
            | QuestionKind::Number(_)
            | QuestionKind::Date { .. } => {}
        }
    }
}

/// Every text of `survey` a respondent reads, in the order they read them.
pub fn survey_texts(survey: &PublicSurvey) -> Vec<SurveyText> {
    let mut texts = Vec::new();
    each_text(&mut survey.clone(), |place, text, markdown| {
        if !text.trim().is_empty() {
            texts.push(SurveyText {
                place,
                text: text.clone(),
                markdown,
            });
        }
    });
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
    each_text(&mut out, |place, text, _| {
        if let Some(done) = by_place.get(&place)
            && done.source == *text
            && !done.text.trim().is_empty()
        {
            *text = done.text.clone();
        }
    });
    out
}

/// Whether `translated` changed the description, whose HTML is then
/// rendered again.
pub fn description_changed(original: &PublicSurvey, translated: &PublicSurvey) -> bool {
    original.description != translated.description
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey_languages::TranslatedText;
    use crate::domain::{ChoiceList, Question, QuestionId, Slug, SurveyStatus, TenantAlias};

    fn survey() -> PublicSurvey {
        PublicSurvey {
            tenant_alias: TenantAlias::parse("adatum").unwrap(),
            tenant_name: "Adatum".into(),
            slug: Slug::parse("lunch").unwrap(),
            title: "Lunch".into(),
            description: String::new(),
            description_html: String::new(),
            status: SurveyStatus::Draft,
            opens_at: None,
            expires_at: None,
            questions: vec![Question {
                id: QuestionId(7),
                text: "How was it?".into(),
                required: true,
                kind: QuestionKind::Choice(ChoiceList {
                    options: vec!["Good".into(), "Bad".into()],
                    ..Default::default()
                }),
            }],
            logic: Default::default(),
            languages: Default::default(),
        }
    }

    fn german(pairs: &[(&str, &str, &str)]) -> SurveyLanguages {
        let mut languages = SurveyLanguages::default_english();
        languages.translations.insert(
            "de".into(),
            pairs
                .iter()
                .map(|(place, source, text)| {
                    (
                        place.to_string(),
                        TranslatedText {
                            source: source.to_string(),
                            text: text.to_string(),
                        },
                    )
                })
                .collect(),
        );
        languages
    }

    #[test]
    fn every_text_a_respondent_reads_has_a_place_and_empty_ones_none() {
        let places: Vec<String> = survey_texts(&survey())
            .into_iter()
            .map(|t| t.place)
            .collect();
        assert_eq!(
            places,
            ["title", "q.7.text", "q.7.option.0", "q.7.option.1"]
        );
    }

    #[test]
    fn a_translation_replaces_its_texts_and_an_outdated_one_does_not() {
        let languages = german(&[
            ("title", "Lunch", "Mittagessen"),
            ("q.7.text", "How was it?", "Wie war es?"),
            // Translated from an earlier text: the survey's own shows.
            ("q.7.option.0", "Fine", "Gut"),
        ]);
        let shown = translated(&survey(), &languages, Language::German);
        assert_eq!(shown.title, "Mittagessen");
        assert_eq!(shown.questions[0].text, "Wie war es?");
        let QuestionKind::Choice(list) = &shown.questions[0].kind else {
            unreachable!()
        };
        assert_eq!(list.options, ["Good", "Bad"]);
        let texts = survey_texts(&survey());
        assert_eq!(
            languages.missing(&texts, Language::German),
            ["q.7.option.0", "q.7.option.1"]
        );
        assert_eq!(languages.incomplete(&texts), [(Language::German, 2)]);
        // The survey's own language lacks nothing; others are untouched.
        assert!(languages.missing(&texts, Language::English).is_empty());
        assert_eq!(
            translated(&survey(), &languages, Language::Spanish),
            survey()
        );
        let allowed = SurveyLanguages {
            fallback: true,
            ..languages
        };
        assert!(allowed.incomplete(&texts).is_empty());
        assert_eq!(allowed.offered(), [Language::English, Language::German]);
    }
}
