//! New drafts: blank, from a built-in template, or a copy of one of the
//! tenant's surveys. Each is stored with its questions in one transaction,
//! under an address no other survey of the tenant has.

use super::refusals::{invalid, slug_taken};
use crate::auth::TenantScope;
use crate::domain::survey_languages::SurveyLanguages;
use crate::domain::{
    MAX_TITLE_CHARS, QuestionDraft, Slug, SurveyId, SurveyTemplate, UnixMillis, check_title,
};
use crate::error::AppError;
use crate::i18n::{Language, Message};
use crate::storage::drafts::{self, NewSurvey};
use crate::storage::surveys::{self, StoredSurvey};
use crate::storage::{Database, survey_languages};

/// Stores a draft under `base`, or (unless the address was `typed`) the
/// first of `base-2`, `base-3`, ... that is free; returns its address.
async fn store(
    db: &Database,
    scope: &TenantScope,
    base: Slug,
    typed: bool,
    mut survey: NewSurvey,
    questions: &[QuestionDraft],
) -> Result<(Slug, SurveyId), AppError> {
    for attempt in 1..=50u32 {
        survey.slug = if attempt == 1 {
            base.clone()
        } else {
            base.numbered(attempt)
        };
        let stored =
            drafts::create_draft_with_questions(db, scope, &survey, questions, UnixMillis::now())
                .await;
        match stored {
            Ok(id) => return Ok((survey.slug, id)),
            Err(e) if crate::storage::is_unique_violation(&e) && !typed => continue,
            Err(e) if crate::storage::is_unique_violation(&e) => return Err(slug_taken()),
            Err(e) => return Err(e.into()),
        }
    }
    Err(invalid(
        "slug",
        Message::new("msg-design-choose-address").in_page_language(),
    ))
}

/// Creates a draft and returns its address: blank, or with a template's
/// description and questions (`template` is its code; empty for blank).
/// An empty title is the template's; an empty slug is suggested from the
/// title, and a suggested slug that is taken gets -2, -3, ..., while a
/// typed one that is taken is refused.
pub async fn create_draft_from(
    db: &Database,
    scope: &TenantScope,
    title: &str,
    slug: &str,
    template: &str,
) -> Result<Slug, AppError> {
    let template = match template.trim() {
        "" | "blank" => None,
        code => Some(SurveyTemplate::find(code).ok_or_else(|| {
            invalid(
                "template",
                Message::new("msg-design-choose-template").in_page_language(),
            )
        })?),
    };
    // A template's words are in the language of the page that asks.
    let texts = crate::i18n::texts();
    let title = match (title.trim(), template) {
        ("", Some(template)) => template.title(&texts),
        (title, _) => title.to_owned(),
    };
    let title = check_title(&title).map_err(|p| invalid(&p.field, p.message))?;
    let typed = !slug.trim().is_empty();
    let base = if typed {
        Slug::parse(slug.trim()).map_err(|e| invalid("slug", e.message()))?
    } else {
        Slug::suggest(&title)
    };
    let description = template.map(|t| t.description(&texts)).unwrap_or_default();
    let survey = NewSurvey {
        slug: base.clone(),
        title,
        description_html: crate::markdown::render_description(&description),
        description,
        logic: None,
    };
    let questions = template.map(|t| t.questions(&texts)).unwrap_or_default();
    let (slug, id) = store(db, scope, base, typed, survey, &questions).await?;
    // Its own words are in the language its creator reads, and respondents
    // see its buttons and hints in that language too.
    let language = texts.language();
    if language != Language::English && language.covers_every_page() {
        let languages = SurveyLanguages {
            written_in: language.code().to_owned(),
            ..SurveyLanguages::default_english()
        };
        survey_languages::save_draft_languages(db, scope, id, &languages).await?;
    }
    Ok(slug)
}

/// A draft as a whole definition: what the API's callers send.
pub struct DraftDefinition<'a> {
    pub title: &'a str,
    pub slug: &'a str,
    /// Markdown.
    pub description: &'a str,
    pub questions: Vec<crate::domain::QuestionInput>,
}

/// Creates a draft with its questions, all checked first: any problem, by
/// field (`questions[2].options`), and nothing is stored.
pub async fn create_draft_defined(
    db: &Database,
    scope: &TenantScope,
    definition: DraftDefinition<'_>,
) -> Result<Slug, AppError> {
    use crate::domain::{MAX_QUESTIONS, check_description};
    use crate::error::FieldProblem;
    let mut problems = Vec::new();
    let title = check_title(definition.title)
        .map_err(|p| problems.push(p))
        .ok();
    let typed = !definition.slug.trim().is_empty();
    let base = if typed {
        Slug::parse(definition.slug.trim())
            .map_err(|e| problems.push(FieldProblem::new("slug", e.message())))
            .ok()
    } else {
        title.as_deref().map(Slug::suggest)
    };
    let description = check_description(definition.description)
        .map_err(|p| problems.push(p))
        .ok();
    if definition.questions.len() > MAX_QUESTIONS {
        problems.push(FieldProblem::new(
            "questions",
            Message::new("msg-design-too-many-questions")
                .number("max", MAX_QUESTIONS)
                .in_page_language(),
        ));
    }
    let mut questions = Vec::new();
    for (place, input) in definition.questions.into_iter().enumerate() {
        match input.parse() {
            Ok(question) => questions.push(question),
            Err(found) => {
                problems.extend(found.into_iter().map(|p| {
                    FieldProblem::new(&format!("questions[{place}].{}", p.field), p.message)
                }))
            }
        }
    }
    let (Some(title), Some(base), Some(description), true) =
        (title, base, description, problems.is_empty())
    else {
        return Err(AppError::Invalid(problems));
    };
    let survey = NewSurvey {
        slug: base.clone(),
        title,
        description_html: crate::markdown::render_description(&description),
        description,
        logic: None,
    };
    Ok(store(db, scope, base, typed, survey, &questions).await?.0)
}

/// One of the scope's surveys by its id; another tenant's is not found.
pub(super) async fn survey_by_id(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<StoredSurvey, AppError> {
    let slug = surveys::survey_slug(db, scope, survey)
        .await?
        .ok_or(AppError::NotFound)?;
    surveys::find_survey_by_slug(db, scope, &slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// "Copy of …" in the page's language, within the title's limit.
fn copy_title(title: &str) -> String {
    let copy = Message::new("survey-copy-title")
        .text("title", title)
        .in_page_language();
    if copy.chars().count() <= MAX_TITLE_CHARS {
        return copy;
    }
    let mut cut: String = copy.chars().take(MAX_TITLE_CHARS - 1).collect();
    cut.push('\u{2026}');
    cut
}

/// Makes a draft copy of one of the scope's surveys, whatever its state:
/// "Copy of" its title, its description and every question with its
/// settings, in order; no answers. Returns the copy's address. Another
/// tenant's survey is not found.
pub async fn duplicate(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Slug, AppError> {
    let source = survey_by_id(db, scope, survey).await?.survey;
    let title = copy_title(&source.title);
    let languages = source.languages.clone();
    let original_ids: Vec<i64> = source.questions.iter().map(|q| q.id.0).collect();
    let base = Slug::suggest(&title);
    let questions: Vec<QuestionDraft> = source
        .questions
        .into_iter()
        .map(|q| QuestionDraft {
            text: q.text,
            required: q.required,
            kind: q.kind,
        })
        .collect();
    let copy = NewSurvey {
        slug: base.clone(),
        title,
        description: source.description,
        description_html: source.description_html,
        // Questions are named by place, and the copy keeps their order.
        logic: source.logic.to_json(),
    };
    let (slug, id) = store(db, scope, base, false, copy, &questions).await?;
    if languages != SurveyLanguages::default_english() {
        // Translations are kept by question id; the copy's questions are
        // new, in the same order.
        let copy_ids = survey_by_id(db, scope, id).await?.survey.questions;
        let ids: Vec<(i64, i64)> = original_ids
            .into_iter()
            .zip(copy_ids.iter().map(|q| q.id.0))
            .collect();
        survey_languages::save_draft_languages(db, scope, id, &languages.for_copy(&ids)).await?;
    }
    Ok(slug)
}

#[cfg(test)]
mod tests {
    use super::copy_title;

    #[test]
    fn a_copys_title_says_so_and_stays_within_the_limit() {
        assert_eq!(copy_title("Staff survey"), "Copy of Staff survey");
        let long = "é".repeat(150);
        let copy = copy_title(&long);
        assert_eq!(copy.chars().count(), 150);
        assert!(copy.starts_with("Copy of éé") && copy.ends_with('\u{2026}'));
    }
}
