//! A survey's texts by place, and the survey as a respondent reading one
//! of its translations sees it (`survey_languages`).

use super::survey::{PublicSurvey, QuestionKind};
use super::survey_languages::{SurveyLanguages, SurveyText};
use crate::i18n::Language;

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
