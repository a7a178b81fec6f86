//! The survey designer's rules: creating drafts with unique addresses,
//! editing only drafts, the question limit, publishing within the plan's
//! limits, closing and deleting (a survey with answers only when
//! confirmed).

use crate::auth::TenantScope;
use crate::domain::{
    MAX_QUESTIONS, QuestionDraft, QuestionId, QuestionInput, Slug, SurveyId, UnixMillis,
    check_description, check_title,
};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::storage::Database;
use crate::storage::drafts::{self, QuestionUpdate, SaveOutcome};
use crate::storage::surveys::{self, OpenWindow, PublishOutcome, StoredSurvey};

pub mod logic;
mod new_drafts;
mod refusals;
mod status;

pub use new_drafts::{DraftDefinition, create_draft_defined, create_draft_from, duplicate};
use refusals::{invalid, not_a_draft, slug_taken};
use status::{require_draft, status_of};

/// One of the scope's surveys by its address; a malformed address, or one
/// the tenant does not have, is not found.
pub async fn survey_by_slug(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<StoredSurvey, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    surveys::find_survey_by_slug(db, scope, &slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The scope's surveys as the dashboard orders them, each with its state
/// at `now`.
pub async fn list_surveys(
    db: &Database,
    scope: &TenantScope,
    now: crate::domain::UnixMillis,
) -> Result<Vec<(surveys::SurveyListing, crate::domain::SurveyState)>, AppError> {
    Ok(surveys::list_surveys(db, scope)
        .await?
        .into_iter()
        .map(|listing| {
            let state = crate::domain::SurveyState::of(listing.status, listing.expires_at, now);
            (listing, state)
        })
        .collect())
}

/// One of the scope's surveys with its listing (dates, responses) and its
/// state at `now`: what the API shows of a survey.
pub async fn survey_overview(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    now: crate::domain::UnixMillis,
) -> Result<
    (
        StoredSurvey,
        surveys::SurveyListing,
        crate::domain::SurveyState,
    ),
    AppError,
> {
    let stored = survey_by_slug(db, scope, slug).await?;
    let listing = surveys::find_listing(db, scope, stored.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = crate::domain::SurveyState::of(listing.status, listing.expires_at, now);
    Ok((stored, listing, state))
}

/// A survey with what its editor shows beside the definition.
pub struct SurveyForEditing {
    pub stored: StoredSurvey,
    pub responses: i64,
    pub metadata: Vec<crate::domain::MetadataEntry>,
    /// Each question's revision, which an edit of it sends back.
    pub revisions: Vec<(QuestionId, i64)>,
}

pub async fn survey_for_editing(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<SurveyForEditing, AppError> {
    let stored = survey_by_slug(db, scope, slug).await?;
    let responses = surveys::response_count(db, scope, stored.id).await?;
    let metadata = super::metadata::TenantMetadata::load(db, scope)
        .await?
        .form_for(stored.id.0);
    let revisions = drafts::question_revisions(db, scope, stored.id).await?;
    Ok(SurveyForEditing {
        stored,
        responses,
        metadata,
        revisions,
    })
}

/// Saves a draft's title, address and description; returns the address.
/// With `read`, only if the details are still those (else
/// `ChangedSinceRead`, and nothing changes).
pub async fn save_details(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    (title, slug, description): (&str, &str, &str),
    read: Option<drafts::DetailsAsRead<'_>>,
) -> Result<Slug, AppError> {
    require_draft(db, scope, survey).await?;
    let mut problems = Vec::new();
    let title = check_title(title).map_err(|p| problems.push(p)).ok();
    let slug = Slug::parse(slug.trim())
        .map_err(|e| problems.push(FieldProblem::new("slug", e.message())))
        .ok();
    let description = check_description(description)
        .map_err(|p| problems.push(p))
        .ok();
    let (Some(title), Some(slug), Some(description)) = (title, slug, description) else {
        return Err(AppError::Invalid(problems));
    };
    let html = crate::markdown::render_description(&description);
    let details = drafts::NewDetails {
        title: &title,
        slug: &slug,
        description: &description,
        description_html: &html,
    };
    let outcome = drafts::save_draft_details(db, scope, survey, &details, read).await?;
    match outcome {
        SaveOutcome::Saved => Ok(slug),
        SaveOutcome::NotAsRead => Err(AppError::ChangedSinceRead),
        SaveOutcome::SlugTaken => Err(slug_taken()),
        SaveOutcome::NotDraft => Err(not_a_draft()),
    }
}

fn parse_question(input: QuestionInput) -> Result<QuestionDraft, AppError> {
    input.parse().map_err(AppError::Invalid)
}

/// Adds a question at the end of a draft (at most `MAX_QUESTIONS`).
pub async fn add_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    input: QuestionInput,
) -> Result<(), AppError> {
    require_draft(db, scope, survey).await?;
    let question = parse_question(input)?;
    let count = surveys::question_count(db, scope, survey).await?;
    if count >= MAX_QUESTIONS as i64 {
        return Err(invalid(
            "form",
            Message::new("msg-design-too-many-questions")
                .number("max", MAX_QUESTIONS)
                .in_page_language(),
        ));
    }
    match drafts::append_question(db, scope, survey, &question).await? {
        Some(_) => Ok(()),
        None => Err(not_a_draft()),
    }
}

/// Saves a question edited from `revision` (as the editor loaded it) and
/// returns its new revision. Someone else's change stored meanwhile is
/// never overwritten: the edit is refused, and says so.
pub async fn update_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    revision: Option<i64>,
    input: QuestionInput,
) -> Result<i64, AppError> {
    require_draft(db, scope, survey).await?;
    let definition = parse_question(input)?;
    let logic_change = logic::logic_after_edit(db, scope, survey, question, &definition).await?;
    let change = logic_change.as_ref().map(logic::ChangeJson::change);
    match drafts::update_question(db, scope, survey, question, revision, &definition, change)
        .await?
    {
        QuestionUpdate::Saved(revision) => Ok(revision),
        QuestionUpdate::Stale => Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-design-question-changed-meanwhile").in_page_language(),
        )])),
        QuestionUpdate::NotDraft => Err(not_a_draft()),
        QuestionUpdate::LogicChanged => Err(logic::lost_race(db, scope, survey).await),
    }
}

pub async fn delete_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
) -> Result<(), AppError> {
    logic::delete_question(db, scope, survey, question).await
}

/// `direction`: `up` or `down`. Moving the first question up (or the last
/// down) changes nothing; across a page break, the question changes page.
pub async fn move_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    direction: &str,
) -> Result<(), AppError> {
    let up = logic::moving_up(direction, "question")?;
    logic::move_question(db, scope, survey, question, up).await
}

/// Most responses a survey may be limited to.
pub const MAX_RESPONSE_LIMIT: i64 = 1_000_000;

/// The response limit as typed: empty for none, or a whole number.
fn parse_response_limit(typed: &str, problems: &mut Vec<FieldProblem>) -> Option<i64> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    match typed.parse::<i64>() {
        Ok(n) if (1..=MAX_RESPONSE_LIMIT).contains(&n) => Some(n),
        _ => {
            problems.push(FieldProblem::new(
                "response_limit",
                Message::new("msg-design-response-limit")
                    .typed("max", MAX_RESPONSE_LIMIT)
                    .in_page_language(),
            ));
            None
        }
    }
}

/// What the publish form asks besides the confirmation, as typed: when the
/// survey opens and closes (UTC, `datetime-local`; empty: at once, and after
/// the plan's longest) and after how many responses it closes itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct PublishChoices<'a> {
    pub opens_at: &'a str,
    pub closes_at: &'a str,
    pub response_limit: &'a str,
}

/// The window the choices describe; every problem by field.
fn open_window(
    choices: PublishChoices<'_>,
    plan_days: u32,
    now: UnixMillis,
) -> Result<OpenWindow, AppError> {
    let mut problems = Vec::new();
    let time = |typed: &str, field: &str, problems: &mut Vec<FieldProblem>| {
        if typed.trim().is_empty() {
            return None;
        }
        let parsed = UnixMillis::parse_utc(typed);
        if parsed.is_none() {
            problems.push(FieldProblem::new(
                field,
                Message::new("msg-design-date-and-time").in_page_language(),
            ));
        }
        parsed
    };
    let opens_at = time(choices.opens_at, "opens_at", &mut problems);
    let closes_at = time(choices.closes_at, "closes_at", &mut problems);
    if opens_at.is_some_and(|at| at < now) {
        problems.push(FieldProblem::new(
            "opens_at",
            Message::new("msg-design-opening-passed").in_page_language(),
        ));
    }
    let start = opens_at.unwrap_or(now).max(now);
    let longest = start.plus_days(plan_days);
    if let Some(at) = closes_at {
        if at <= start {
            problems.push(FieldProblem::new(
                "closes_at",
                Message::new("msg-design-closing-before-opening").in_page_language(),
            ));
        } else if at > longest {
            problems.push(FieldProblem::new(
                "closes_at",
                Message::new("msg-design-closing-too-late")
                    .typed("days", plan_days)
                    .text("at", longest.localized_minute_string())
                    .in_page_language(),
            ));
        }
    }
    let response_limit = parse_response_limit(choices.response_limit, &mut problems);
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    Ok(OpenWindow {
        opens_at,
        expires_at: closes_at.unwrap_or(longest),
        response_limit,
    })
}

/// Publishes a draft, if the plan allows another active survey, and returns
/// its address: open at once or from `opens_at`, until `closes_at` or for
/// the plan's longest, and with a response limit when one is given.
/// Publishing freezes the questions for good, so the creator must have
/// `confirmed` it.
pub async fn publish(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    confirmed: bool,
    choices: PublishChoices<'_>,
) -> Result<Slug, AppError> {
    require_draft(db, scope, survey).await?;
    let now = UnixMillis::now();
    let window = open_window(choices, scope.plan().max_survey_days(), now)?;
    if !confirmed {
        return Err(invalid(
            "confirm",
            Message::new("msg-design-confirm-publish").in_page_language(),
        ));
    }
    check_translations(db, scope, survey).await?;
    let plan = scope.plan();
    let outcome =
        surveys::publish_within_limit(db, scope, survey, now, window, scope.max_active_surveys())
            .await?;
    match outcome {
        PublishOutcome::Published => surveys::survey_slug(db, scope, survey)
            .await?
            .ok_or(AppError::NotFound),
        PublishOutcome::NotDraft => Err(not_a_draft()),
        PublishOutcome::NoQuestions => Err(invalid(
            "form",
            Message::new("msg-design-publish-without-questions").in_page_language(),
        )),
        PublishOutcome::LimitReached => Err(invalid(
            "form",
            Message::new("msg-design-active-surveys-limit")
                .text("plan", plan.localized_label())
                .typed("count", scope.max_active_surveys())
                .in_page_language(),
        )),
    }
}

/// Every translation complete, or untranslated texts allowed.
async fn check_translations(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<(), AppError> {
    let slug = surveys::survey_slug(db, scope, survey)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = survey_by_slug(db, scope, slug.as_str()).await?;
    crate::services::survey_translations::check_publishable(&stored)
}

pub async fn close(db: &Database, scope: &TenantScope, survey: SurveyId) -> Result<(), AppError> {
    status_of(db, scope, survey).await?;
    if surveys::close(db, scope, survey, UnixMillis::now()).await? {
        Ok(())
    } else {
        Err(AppError::BadRequest(
            Message::new("msg-design-close-not-published").in_page_language(),
        ))
    }
}

/// Deletes a survey. One with answers needs `confirmed`: its answers and
/// statistics go with it.
pub async fn delete(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    confirmed: bool,
) -> Result<(), AppError> {
    status_of(db, scope, survey).await?;
    let responses = surveys::response_count(db, scope, survey).await?;
    if responses > 0 && !confirmed {
        return Err(invalid(
            "confirm",
            Message::new("msg-design-confirm-delete")
                .typed("count", responses)
                .in_page_language(),
        ));
    }
    if surveys::delete_survey(db, scope, survey).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
