//! Editing a draft's pages and conditions. Each change is made to the
//! survey's logic as stored, checked whole (`SurveyLogic::check`) and saved
//! only when nothing is wrong; a refusal says why and changes nothing.

use super::status::require_draft;
use crate::auth::TenantScope;
use crate::domain::logic::{
    ConditionInput, Destination, Jump, MAX_PAGE_DESCRIPTION_CHARS, MAX_PAGE_TITLE_CHARS,
    QuestionCondition, QuestionMove,
};
use crate::domain::{Question, QuestionId, SurveyId, SurveyLogic};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::storage::Database;
use crate::storage::drafts::{self, LogicChange};

/// What a condition belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConditionOwner {
    Question(QuestionId),
    Page(usize),
}

impl ConditionOwner {
    /// `question-{id}` or `page-{place}`, as the editor's form sends it.
    pub fn parse(text: &str) -> Option<ConditionOwner> {
        if let Some(id) = text.strip_prefix("question-") {
            return id
                .parse()
                .ok()
                .map(|id| ConditionOwner::Question(QuestionId(id)));
        }
        text.strip_prefix("page-")?
            .parse()
            .ok()
            .map(ConditionOwner::Page)
    }
}

fn refused(message: impl Into<String>) -> AppError {
    AppError::Invalid(vec![FieldProblem::new("form", message)])
}

/// The draft's questions and logic as stored now.
async fn current(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<(Vec<Question>, SurveyLogic), AppError> {
    require_draft(db, scope, survey).await?;
    let stored = super::new_drafts::survey_by_id(db, scope, survey)
        .await?
        .survey;
    Ok((stored.questions, stored.logic))
}

/// Checks `logic` whole and stores it in place of `read`.
async fn save(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    questions: &[Question],
    (read, logic): (&SurveyLogic, &SurveyLogic),
) -> Result<(), AppError> {
    check(logic, questions)?;
    let json = ChangeJson::of(read, logic);
    if drafts::save_logic(db, scope, survey, json.change()).await? {
        Ok(())
    } else {
        Err(lost_race(db, scope, survey).await)
    }
}

/// The stored form of a logic change: what was read and what replaces it.
pub(super) struct ChangeJson(Option<String>, Option<String>);

impl ChangeJson {
    fn of(read: &SurveyLogic, new: &SurveyLogic) -> ChangeJson {
        ChangeJson(read.to_json(), new.to_json())
    }

    pub(super) fn change(&self) -> LogicChange<'_> {
        LogicChange {
            old: self.0.as_deref(),
            new: self.1.as_deref(),
        }
    }
}

/// Why a change found nothing to change: the survey was published, or
/// another member changed its logic since it was read.
pub(super) async fn lost_race(db: &Database, scope: &TenantScope, survey: SurveyId) -> AppError {
    match require_draft(db, scope, survey).await {
        Ok(()) => refused(Message::new("msg-design-logic-changed-meanwhile").in_page_language()),
        Err(error) => error,
    }
}

fn check(logic: &SurveyLogic, questions: &[Question]) -> Result<(), AppError> {
    logic.check(questions).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|p| FieldProblem::new("form", p.0))
                .collect(),
        )
    })
}

fn place_of(questions: &[Question], question: QuestionId) -> Result<usize, AppError> {
    questions
        .iter()
        .position(|q| q.id == question)
        .ok_or(AppError::NotFound)
}

/// A new page starting at `question`, or an empty one at the end.
pub async fn add_page_break(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: Option<QuestionId>,
) -> Result<(), AppError> {
    let (questions, read) = current(db, scope, survey).await?;
    let place = match question {
        Some(id) => place_of(&questions, id)?,
        None => questions.len(),
    };
    if read.page_count() >= crate::domain::logic::MAX_PAGES {
        return Err(refused(
            Message::new("msg-design-logic-too-many-pages")
                .number("max", crate::domain::logic::MAX_PAGES)
                .in_page_language(),
        ));
    }
    let (logic, _) = read.with_page_break(place, questions.len());
    save(db, scope, survey, &questions, (&read, &logic)).await
}

pub async fn remove_page(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    page: usize,
) -> Result<(), AppError> {
    let (questions, read) = current(db, scope, survey).await?;
    let logic = read.without_page(page).map_err(|p| refused(p.0))?;
    save(db, scope, survey, &questions, (&read, &logic)).await
}

/// A page's title and description (both optional).
pub async fn save_page(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    page: usize,
    title: &str,
    description: &str,
) -> Result<(), AppError> {
    let (questions, read) = current(db, scope, survey).await?;
    let mut logic = read.clone();
    let (title, description) = (title.trim(), description.trim());
    let mut problems = Vec::new();
    if title.chars().count() > MAX_PAGE_TITLE_CHARS {
        problems.push(FieldProblem::new(
            "title",
            Message::new("msg-design-page-title-length")
                .number("max", MAX_PAGE_TITLE_CHARS)
                .in_page_language(),
        ));
    }
    if description.chars().count() > MAX_PAGE_DESCRIPTION_CHARS {
        problems.push(FieldProblem::new(
            "description",
            Message::new("msg-design-page-description-length")
                .typed("max", MAX_PAGE_DESCRIPTION_CHARS)
                .in_page_language(),
        ));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    if logic.pages.is_empty() && page == 0 {
        logic.pages.push(Default::default());
    }
    let rules = logic.pages.get_mut(page).ok_or(AppError::NotFound)?;
    rules.title = title.to_owned();
    rules.description = description.to_owned();
    save(db, scope, survey, &questions, (&read, &logic)).await
}

/// Sets (or, with every test empty, removes) the condition of a question
/// or a page.
pub async fn save_condition(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    owner: ConditionOwner,
    input: &ConditionInput,
) -> Result<(), AppError> {
    let (questions, read) = current(db, scope, survey).await?;
    let mut logic = read.clone();
    let condition = input.parse(&questions).map_err(refused)?;
    match owner {
        ConditionOwner::Question(id) => {
            let place = place_of(&questions, id)?;
            logic.questions.retain(|c| c.question != place);
            if let Some(show_if) = condition {
                logic.questions.push(QuestionCondition {
                    question: place,
                    show_if,
                });
                logic.questions.sort_by_key(|c| c.question);
            }
        }
        ConditionOwner::Page(page) => {
            logic.pages.get_mut(page).ok_or(AppError::NotFound)?.show_if = condition;
        }
    }
    save(db, scope, survey, &questions, (&read, &logic)).await
}

/// Adds a rule after `page`: to a later page (`page-{place}`) or `finish`,
/// when the condition holds (always, with every test empty).
pub async fn add_jump(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    page: usize,
    destination: &str,
    input: &ConditionInput,
) -> Result<(), AppError> {
    let (questions, read) = current(db, scope, survey).await?;
    let mut logic = read.clone();
    let to = match destination {
        "finish" => Destination::Finish,
        other => match other.strip_prefix("page-").and_then(|p| p.parse().ok()) {
            Some(place) => Destination::Page(place),
            None => {
                return Err(refused(
                    Message::new("msg-design-rule-destination").in_page_language(),
                ));
            }
        },
    };
    let when = input
        .parse(&questions)
        .map_err(refused)?
        .unwrap_or_default();
    logic
        .pages
        .get_mut(page)
        .ok_or(AppError::NotFound)?
        .jumps
        .push(Jump { when, to });
    save(db, scope, survey, &questions, (&read, &logic)).await
}

pub async fn remove_jump(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    page: usize,
    rule: usize,
) -> Result<(), AppError> {
    let (questions, read) = current(db, scope, survey).await?;
    let mut logic = read.clone();
    let jumps = &mut logic.pages.get_mut(page).ok_or(AppError::NotFound)?.jumps;
    if rule >= jumps.len() {
        return Err(AppError::NotFound);
    }
    jumps.remove(rule);
    save(db, scope, survey, &questions, (&read, &logic)).await
}

/// Removes a question; refused while a condition tests it.
pub(super) async fn delete_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
) -> Result<(), AppError> {
    let (questions, read) = current(db, scope, survey).await?;
    let place = place_of(&questions, question)?;
    let logic = read.after_delete(place).map_err(|p| refused(p.0))?;
    let json = ChangeJson::of(&read, &logic);
    if drafts::delete_question(db, scope, survey, question, json.change()).await? {
        Ok(())
    } else {
        Err(lost_race(db, scope, survey).await)
    }
}

/// Moves a question up or down: past its neighbour, or across a page
/// break into the page before or after. Refused when a condition would
/// then test a later question.
pub(super) async fn move_question(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    up: bool,
) -> Result<(), AppError> {
    let (mut questions, read) = current(db, scope, survey).await?;
    let place = place_of(&questions, question)?;
    let how = read.moving(place, up, questions.len());
    if how == QuestionMove::Stays {
        return Ok(());
    }
    let after = read.after_move(place, up, how);
    if let QuestionMove::Swap(other) = how {
        questions.swap(place, other);
    }
    if check(&after, &questions).is_err() {
        return Err(refused(
            Message::new("msg-design-question-cannot-move")
                .number("number", place + 1)
                .in_page_language(),
        ));
    }
    let swap = matches!(how, QuestionMove::Swap(_));
    let json = ChangeJson::of(&read, &after);
    if drafts::move_question(db, scope, survey, question, up, swap, json.change()).await? {
        Ok(())
    } else {
        Err(lost_race(db, scope, survey).await)
    }
}

/// The logic that follows a question's new definition: each test of one
/// of its options follows that option by label
/// (`SurveyLogic::after_options_change`), and every condition that tests
/// it must still fit its kind. `None` when the logic stays as it is.
pub(super) async fn logic_after_edit(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    question: QuestionId,
    edited: &crate::domain::QuestionDraft,
) -> Result<Option<ChangeJson>, AppError> {
    let (mut questions, read) = current(db, scope, survey).await?;
    if read == SurveyLogic::default() {
        return Ok(None);
    }
    let place = place_of(&questions, question)?;
    let logic = read
        .after_options_change(
            place,
            questions[place].kind.options(),
            edited.kind.options(),
        )
        .map_err(|p| refused(p.0))?;
    questions[place].kind = edited.kind.clone();
    logic.check(&questions).map_err(|problems| {
        let reasons: Vec<String> = problems.into_iter().map(|p| p.0).collect();
        refused(
            Message::new("msg-design-change-breaks-logic")
                .text("reasons", reasons.join(" "))
                .in_page_language(),
        )
    })?;
    Ok((logic != read).then(|| ChangeJson::of(&read, &logic)))
}

/// `up` or `down`, as the Move buttons send it, for moving a `what`
/// (`question` or `page`).
pub(super) fn moving_up(direction: &str, what: &str) -> Result<bool, AppError> {
    match direction {
        "up" => Ok(true),
        "down" => Ok(false),
        _ => Err(AppError::BadRequest(
            Message::new("msg-design-move-up-or-down")
                .text("what", what)
                .in_page_language(),
        )),
    }
}

/// Moves page `page` before the page above it (`up`) or after the page
/// below, with its questions, title, condition and rules. Refused when a
/// condition would then test a later answer or a rule would go back.
pub async fn move_page(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    page: usize,
    direction: &str,
) -> Result<(), AppError> {
    let up = moving_up(direction, "page")?;
    let (questions, read) = current(db, scope, survey).await?;
    if page >= read.page_count() {
        return Err(AppError::NotFound);
    }
    let Some((logic, order)) = read.after_page_move(page, up, questions.len()) else {
        return Ok(());
    };
    let reordered: Vec<Question> = order.iter().map(|&q| questions[q].clone()).collect();
    if let Err(problems) = logic.check(&reordered) {
        let reasons: Vec<String> = problems.into_iter().map(|p| p.0).collect();
        return Err(refused(
            Message::new("msg-design-page-cannot-move")
                .number("number", page + 1)
                .text("reasons", reasons.join(" "))
                .in_page_language(),
        ));
    }
    let ids: Vec<QuestionId> = reordered.iter().map(|q| q.id).collect();
    let json = ChangeJson::of(&read, &logic);
    if drafts::reorder_questions(db, scope, survey, &ids, json.change()).await? {
        Ok(())
    } else {
        Err(lost_race(db, scope, survey).await)
    }
}
