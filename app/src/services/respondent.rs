//! The respondent path on the server: find an open survey, check a
//! submission, store it. Shared by the server functions (after hydration) and
//! the plain form post (without JavaScript).

use std::sync::Arc;

use crate::auth::{TenantScope, public_scope};
use crate::domain::page_turn::{Step, is_navigation_field, page_turn};
use crate::domain::{
    CHALLENGE_FIELD, HONEYPOT_FIELD, INVITATION_FIELD, IdempotencyKey, PublicSurvey, QuestionKind,
    Slug, SubmissionErrors, SubmitReply, TenantBranding, UnixMillis, field_question,
    validate_submission,
};
use crate::domain::{SurveyId, TenantId, TenantSurveys, ValidAnswer};
use crate::error::AppError;
use crate::i18n::{LANGUAGE_PARAMETER, Language, Message};
use crate::services::fill_time::{FillClock, TOO_SOON};
use crate::services::grants::PublicSiteGrant;
use crate::services::proof_of_work::Puzzle;
use crate::services::survey_invitations::{PersonalLink, personal_link};
use crate::storage::Database;
use crate::storage::submissions::{HowStored, Invitee, StoreOutcome, store_submission_as};
use crate::storage::surveys::{StoredSurvey, find_shared_public_survey, list_open_surveys};

pub async fn open_surveys(
    db: &Database,
    tenant: &str,
    now: UnixMillis,
) -> Result<TenantSurveys, AppError> {
    let scope = public_scope(db, tenant, PublicSiteGrant::new()).await?;
    let surveys = list_open_surveys(db, &scope, now).await?;
    Ok(TenantSurveys {
        tenant_name: scope.tenant_name().to_owned(),
        surveys,
        branding: crate::services::branding::load_public_branding(db, &scope).await?,
    })
}

async fn find_survey(
    db: &Database,
    tenant: &str,
    slug: &str,
) -> Result<(TenantScope, Arc<StoredSurvey>), AppError> {
    let scope = public_scope(db, tenant, PublicSiteGrant::new()).await?;
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let survey = find_shared_public_survey(db, &scope, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((scope, survey))
}

/// A survey page as every respondent sees it, apart from the idempotency
/// key and the "already sent" note.
#[derive(Clone, Debug)]
pub struct OpenSurveyPage {
    pub tenant: TenantId,
    pub survey: Arc<StoredSurvey>,
    pub branding: TenantBranding,
    /// No question shows its options in an order drawn per respondent, so
    /// one rendering of the page may serve every respondent.
    pub reusable: bool,
}

impl OpenSurveyPage {
    /// The survey as shown in `language` (its own where it has no
    /// translation): respondents get the rendered description only, never
    /// its source, and no other language's texts.
    pub fn public_survey(&self, language: Language) -> PublicSurvey {
        let mut survey =
            crate::services::survey_translations::survey_in(&self.survey.survey, language);
        survey.description.clear();
        survey
    }
}

/// A survey that respondents may answer now, with the tenant's branding.
/// Drafts are not found; closed and expired surveys say so. Tenant, survey
/// and branding come from short-lived caches that every change evicts, and
/// the survey's expiry is checked against `now` on every call.
pub async fn survey_page(
    db: &Database,
    tenant: &str,
    slug: &str,
    now: UnixMillis,
) -> Result<OpenSurveyPage, AppError> {
    let scope = public_scope(db, tenant, PublicSiteGrant::new()).await?;
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let survey = find_shared_public_survey(db, &scope, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    check_open(&survey, now)?;
    check_allowance(&scope, now)?;
    let branding = crate::services::branding::public_branding(
        &scope,
        &crate::storage::branding::find_public_branding(db, &scope).await?,
    );
    Ok(OpenSurveyPage {
        tenant: scope.tenant_id(),
        reusable: !survey
            .survey
            .questions
            .iter()
            .any(|q| shuffles_options(&q.kind)),
        survey,
        branding,
    })
}

/// The languages a published survey is in, its own first; `None` when
/// there is no such survey to answer (its page says why).
pub async fn survey_languages(db: &Database, tenant: &str, slug: &str) -> Option<Vec<Language>> {
    let scope = public_scope(db, tenant, PublicSiteGrant::new())
        .await
        .ok()?;
    let slug = Slug::parse(slug).ok()?;
    let survey = find_shared_public_survey(db, &scope, &slug).await.ok()??;
    Some(survey.survey.languages.offered())
}

/// The personal link `token` to this survey, for its page: a link that
/// answered already says so.
pub async fn personal_invitation(
    db: &Database,
    tenant: &str,
    slug: &str,
    token: &str,
) -> Result<PersonalLink, AppError> {
    let (scope, survey) = find_survey(db, tenant, slug).await?;
    let link = personal_link(db, &scope, survey.id, token).await?;
    if link.contact.answered {
        return Err(AppError::AlreadyAnswered);
    }
    Ok(link)
}

/// What follows a post of a survey's form without JavaScript: another page
/// (nothing is stored until the last) or sending the answers.
pub async fn next_step(
    db: &Database,
    tenant: &str,
    slug: &str,
    fields: &[(String, String)],
    now: UnixMillis,
) -> Result<Step, AppError> {
    let (_, survey) = find_survey(db, tenant, slug).await?;
    check_open(&survey, now)?;
    Ok(page_turn(
        &survey.survey.questions,
        &survey.survey.logic,
        fields,
    ))
}

/// Whether the question's options are shown in an order drawn from each
/// respondent's idempotency key (`domain::option_order`).
fn shuffles_options(kind: &QuestionKind) -> bool {
    match kind {
        QuestionKind::Choice(list)
        | QuestionKind::Dropdown(list)
        | QuestionKind::Checkboxes { list, .. } => list.shuffle,
        QuestionKind::Ranking { shuffle, .. } => *shuffle,
        _ => false,
    }
}

/// A tenant that has received all the responses its plan allows this month
/// takes none until the next (the writer checks again as it stores).
fn check_allowance(scope: &TenantScope, now: UnixMillis) -> Result<(), AppError> {
    if scope.responses_paused(now) {
        Err(AppError::MonthlyLimitReached)
    } else {
        Ok(())
    }
}

fn check_open(survey: &StoredSurvey, now: UnixMillis) -> Result<(), AppError> {
    match survey.survey.status {
        crate::domain::SurveyStatus::Draft => Err(AppError::NotFound),
        _ if let Some(at) = survey.survey.opens_later(now) => {
            Err(AppError::NotOpenYet(at.localized_minute_string()))
        }
        _ if !survey.survey.accepts_answers(now) => Err(AppError::NoLongerAccepting),
        _ => Ok(()),
    }
}

/// What keeps automated spam out of public links besides the honeypot:
/// the minimum fill time and the proof-of-work puzzle.
#[derive(Clone, Copy)]
pub struct SpamGuards<'a> {
    pub clock: &'a FillClock,
    pub puzzle: Puzzle,
}

/// Validates and stores one submission. `fields` are the raw form fields,
/// including the idempotency key; `unreadable` names fields whose value was
/// not valid UTF-8. Invalid answers, answers sent sooner after their page
/// was issued than the clock allows, and public answers without the
/// challenge's solution that the survey asks for, store nothing.
pub async fn submit_answers(
    db: &Database,
    guards: SpamGuards<'_>,
    tenant: &str,
    slug: &str,
    fields: &[(String, String)],
    unreadable: &[String],
    now: UnixMillis,
) -> Result<SubmitReply, AppError> {
    let outcome = store_answers(db, guards, tenant, slug, fields, unreadable, now).await;
    let label = match &outcome {
        Ok(SubmitReply::Accepted) => "accepted",
        Ok(SubmitReply::Invalid(_)) => "invalid",
        Err(AppError::NotFound) => "not_found",
        Err(AppError::NoLongerAccepting) => "closed",
        Err(AppError::MonthlyLimitReached) => "monthly_limit",
        Err(AppError::AlreadyAnswered) => "already_answered",
        Err(_) => "failed",
    };
    metrics::counter!("tailspin_submissions_total", "outcome" => label).increment(1);
    outcome
}

async fn store_answers(
    db: &Database,
    guards: SpamGuards<'_>,
    tenant: &str,
    slug: &str,
    fields: &[(String, String)],
    unreadable: &[String],
    now: UnixMillis,
) -> Result<SubmitReply, AppError> {
    let (scope, survey) = find_survey(db, tenant, slug).await?;
    check_open(&survey, now)?;
    check_allowance(&scope, now)?;
    let (bait, fields): (Vec<_>, Vec<_>) = fields
        .iter()
        .cloned()
        .partition(|(name, _)| name == HONEYPOT_FIELD);
    if bait.iter().any(|(_, value)| !value.trim().is_empty()) {
        // Answered like any other, so that the bot learns nothing.
        tracing::info!(tenant = %scope.alias(), survey = %survey.id, "automated submission ignored (honeypot filled)");
        metrics::counter!("tailspin_automated_submissions_total").increment(1);
        return Ok(SubmitReply::Accepted);
    }

    // The page's language (a form from before languages has none).
    let (languages, fields): (Vec<_>, Vec<_>) = fields
        .into_iter()
        .partition(|(name, _)| name == LANGUAGE_PARAMETER);
    let language = languages
        .first()
        .and_then(|(_, code)| Language::parse(code))
        .unwrap_or_default();
    let (tokens, fields): (Vec<_>, Vec<_>) = fields
        .into_iter()
        .partition(|(name, _)| name == INVITATION_FIELD);
    let invitee = match tokens.as_slice() {
        [] => None,
        [(_, token)] => {
            let link = personal_link(db, &scope, survey.id, token).await?;
            Some(Invitee {
                contact: link.contact.id,
                linked: !link.anonymous,
            })
        }
        _ => return Err(AppError::NotFound),
    };
    let (solutions, fields): (Vec<_>, Vec<_>) = fields
        .into_iter()
        .filter(|(name, _)| !is_navigation_field(name))
        .partition(|(name, _)| name == CHALLENGE_FIELD);
    let (keys, answers): (Vec<_>, Vec<_>) = fields
        .iter()
        .cloned()
        .partition(|(name, _)| name == IdempotencyKey::FIELD);
    let clock = guards.clock;
    let key = match keys.as_slice() {
        // While a minimum fill time is set, only keys this server stamped.
        [(_, key)] => IdempotencyKey::parse(key).filter(|key| clock.accepts(key)),
        _ => None,
    };
    let (answers, mut errors) =
        match validate_submission(&survey.survey.questions, &survey.survey.logic, &answers) {
            Ok(answers) => (answers, SubmissionErrors::default()),
            Err(errors) => (Vec::new(), errors),
        };
    add_unreadable_errors(&mut errors, &survey, unreadable);
    if let Some(key) = &key
        && clock.too_soon(key, now)
    {
        tracing::info!(tenant = %scope.alias(), survey = %survey.id, "submission held back: sent too soon after its page");
        metrics::counter!("tailspin_submissions_too_soon_total").increment(1);
        errors.form.insert(0, Message::new(TOO_SOON));
    }
    // A personal link's token is proof enough.
    if let Some(key) = &key
        && invitee.is_none()
        && let Err(message) = guards.puzzle.check(
            &survey,
            key.as_str(),
            solutions.first().map(|(_, solution)| solution.as_str()),
        )
    {
        tracing::info!(tenant = %scope.alias(), survey = %survey.id, "submission held back: proof-of-work challenge not solved");
        metrics::counter!("tailspin_submissions_unsolved_total").increment(1);
        errors.form.insert(0, Message::new(message));
    }
    let key = match key {
        Some(key) if errors.is_empty() => key,
        key => {
            if key.is_none() {
                errors.form.insert(0, Message::new("form-out-of-date"));
            }
            return Ok(SubmitReply::Invalid(errors));
        }
    };

    let how = HowStored {
        limited: survey.response_limit.is_some(),
        invitee,
        language,
    };
    let (scope, stored) =
        store_through_a_move(db, scope, survey.id, how, &key, &answers, now).await?;
    if let StoreOutcome::StoredAtThreshold(id) = stored {
        // A survey closed itself or the tenant's month filled up: no cache
        // may keep offering the form as before.
        crate::storage::tenants::tenant_changed(db, scope.alias()).await?;
        // Its notice is queued by the background runner.
        crate::services::jobs::jobs_requested();
        tracing::info!(tenant = %scope.alias(), survey = %survey.id, submission = %id, "a response limit was reached");
    }
    match stored {
        StoreOutcome::Stored(id) | StoreOutcome::StoredAtThreshold(id) => {
            tracing::info!(tenant = %scope.alias(), survey = %survey.id, submission = %id, "submission stored");
            metrics::counter!("tailspin_responses_total", "tenant" => scope.alias().to_string())
                .increment(1);
            crate::services::statistics::answers_arrived();
            Ok(SubmitReply::Accepted)
        }
        StoreOutcome::Duplicate(id) => {
            tracing::info!(tenant = %scope.alias(), survey = %survey.id, submission = %id, "duplicate submission ignored");
            Ok(SubmitReply::Accepted)
        }
        StoreOutcome::NotAccepting => Err(AppError::NoLongerAccepting),
        StoreOutcome::Moving => {
            tracing::warn!(tenant = %scope.alias(), survey = %survey.id, "submission refused: the tenant's move to another region did not switch in time");
            Err(AppError::Unavailable)
        }
        StoreOutcome::AlreadyAnswered => {
            tracing::info!(tenant = %scope.alias(), survey = %survey.id, "submission refused: its personal link answered before");
            Err(AppError::AlreadyAnswered)
        }
        StoreOutcome::OverMonthlyLimit => {
            // The scope this request read was older than the limit.
            crate::storage::tenants::tenant_changed(db, scope.alias()).await?;
            crate::services::jobs::jobs_requested();
            tracing::info!(tenant = %scope.alias(), survey = %survey.id, "submission refused: monthly response limit reached");
            Err(AppError::MonthlyLimitReached)
        }
    }
}

/// How long an answer waits for a tenant's move to another region to
/// switch over (the final copy holds new answers back that long at most).
const MOVE_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Stores the submission; while the tenant's answers are moving to another
/// region, waits for the switch and stores it there, with the scope read
/// again (survey and question ids stay the same across regions).
async fn store_through_a_move(
    db: &Database,
    mut scope: TenantScope,
    survey: SurveyId,
    how: HowStored,
    key: &IdempotencyKey,
    answers: &[ValidAnswer],
    now: UnixMillis,
) -> Result<(TenantScope, StoreOutcome), AppError> {
    let deadline = std::time::Instant::now() + MOVE_WAIT;
    loop {
        // Safe to repeat: the idempotency key makes a second store a no-op.
        let stored = crate::storage::retry::retrying("store_submission", || {
            store_submission_as(db, &scope, survey, how, key, answers, now)
        })
        .await?;
        if stored != StoreOutcome::Moving || std::time::Instant::now() >= deadline {
            return Ok((scope, stored));
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        db.tenant_cache().evict(scope.alias().as_str()).await;
        scope = public_scope(db, scope.alias().as_str(), PublicSiteGrant::new()).await?;
    }
}

/// A value that was not valid UTF-8 was left out of the fields; say so in
/// place of whatever validation concluded about the missing answer.
fn add_unreadable_errors(
    errors: &mut SubmissionErrors,
    survey: &StoredSurvey,
    unreadable: &[String],
) {
    for name in unreadable {
        // Any of a question's fields: its answer, its "Other" text, a part.
        let question =
            field_question(name).and_then(|id| survey.survey.questions.iter().find(|q| q.id == id));
        match question {
            Some(question) => {
                errors.fields.retain(|(id, _)| *id != question.id);
                errors
                    .fields
                    .push((question.id, Message::new("answer-not-text")));
            }
            None => errors.form.push(Message::new("form-field-not-text")),
        }
    }
}
