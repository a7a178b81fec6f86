//! New drafts: blank, from a built-in template, or a copy of one of the
//! tenant's surveys. Each is stored with its questions in one transaction,
//! under an address no other survey of the tenant has.

use super::refusals::{invalid, slug_taken};
use crate::auth::TenantScope;
use crate::domain::{
    MAX_TITLE_CHARS, QuestionDraft, Slug, SurveyId, SurveyTemplate, UnixMillis, check_title,
};
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::drafts::{self, NewSurvey};
use crate::storage::surveys::{self, StoredSurvey};

/// Stores a draft under `base`, or (unless the address was `typed`) the
/// first of `base-2`, `base-3`, ... that is free; returns its address.
async fn store(
    db: &Database,
    scope: &TenantScope,
    base: Slug,
    typed: bool,
    mut survey: NewSurvey,
    questions: &[QuestionDraft],
) -> Result<Slug, AppError> {
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
            Ok(_) => return Ok(survey.slug),
            Err(e) if crate::storage::is_unique_violation(&e) && !typed => continue,
            Err(e) if crate::storage::is_unique_violation(&e) => return Err(slug_taken()),
            Err(e) => return Err(e.into()),
        }
    }
    Err(invalid("slug", "Choose an address for the survey."))
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
                "Choose one of the templates, or a blank survey.",
            )
        })?),
    };
    let title = match (title.trim(), template) {
        ("", Some(template)) => template.title,
        (title, _) => title,
    };
    let title = check_title(title).map_err(|p| invalid(&p.field, p.message))?;
    let typed = !slug.trim().is_empty();
    let base = if typed {
        Slug::parse(slug.trim()).map_err(|e| invalid("slug", e.to_string()))?
    } else {
        Slug::suggest(&title)
    };
    let description = template.map_or("", |t| t.description).to_owned();
    let survey = NewSurvey {
        slug: base.clone(),
        title,
        description_html: crate::markdown::render_description(&description),
        description,
        logic: None,
    };
    let questions = template.map(|t| t.questions()).unwrap_or_default();
    store(db, scope, base, typed, survey, &questions).await
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

/// "Copy of …", within the title's limit.
fn copy_title(title: &str) -> String {
    let copy = format!("Copy of {title}");
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
    store(db, scope, base, false, copy, &questions).await
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
