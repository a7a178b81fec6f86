//! The editor's "Pages and logic": each page with its questions, the
//! conditions that show a question or a page, and the rules that skip
//! ahead after a page. Every change is an `ActionForm`, so it works as a
//! plain form post too; refusals say why (`domain::logic::checks`).

use leptos::prelude::*;

use super::actions::{EditorActions, after_success};
use crate::api::designer::SurveyEditor;
use crate::api::survey_logic::{
    AddPageBreak, AddSkipRule, MovePage, RemovePage, RemoveSkipRule, SaveCondition, SavePage,
};
use crate::domain::logic::{ConditionInput, Destination, FORM_TERMS, describe};
use crate::domain::{Question, SurveyLogic};
use crate::pages::condition_fields::ConditionFields;
use crate::pages::form_feedback::FormAlert;
use crate::pages::raw_text::raw_text;

#[derive(Clone, Copy)]
pub(super) struct LogicActions {
    add_break: ServerAction<AddPageBreak>,
    remove_page: ServerAction<RemovePage>,
    move_page: ServerAction<MovePage>,
    save_page: ServerAction<SavePage>,
    condition: ServerAction<SaveCondition>,
    add_rule: ServerAction<AddSkipRule>,
    remove_rule: ServerAction<RemoveSkipRule>,
}

impl LogicActions {
    pub(super) fn new(editor: EditorActions) -> LogicActions {
        let actions = LogicActions {
            add_break: ServerAction::new(),
            remove_page: ServerAction::new(),
            move_page: ServerAction::new(),
            save_page: ServerAction::new(),
            condition: ServerAction::new(),
            add_rule: ServerAction::new(),
            remove_rule: ServerAction::new(),
        };
        let reload = move || {
            editor.refocus.set(Some(vec!["#logic-heading".to_owned()]));
            editor.changes.update(|n| *n += 1);
        };
        after_success(actions.add_break, reload);
        after_success(actions.remove_page, reload);
        after_success(actions.save_page, reload);
        after_success(actions.condition, reload);
        after_success(actions.add_rule, reload);
        after_success(actions.remove_rule, reload);
        actions.follow_page_moves(editor);
        actions
    }

    /// A moved page keeps the keyboard's place: focus goes to the same
    /// button on the page at its new place (or its heading, when that
    /// button is now disabled), and the move is announced. The move's
    /// input is gone once it returns, so it is kept as it goes.
    fn follow_page_moves(self, editor: EditorActions) {
        let sent = StoredValue::new(None::<(usize, String)>);
        Effect::new(move |_| {
            if let Some(input) = self.move_page.input().get() {
                sent.set_value(Some((input.page, input.direction)));
            }
        });
        after_success(self.move_page, move || {
            let Some((page, direction)) = sent.get_value() else {
                return;
            };
            let now = if direction == "up" {
                page.saturating_sub(1)
            } else {
                page + 1
            };
            editor.refocus.set(Some(vec![
                format!("[data-move-page=\"{now}-{direction}\"]"),
                format!("#logic-page-{now}"),
            ]));
            let said = if direction == "up" {
                crate::i18n::tr!(
                    "survey-editor-page-moved-up",
                    page = page + 1,
                    now = now + 1
                )
            } else {
                crate::i18n::tr!(
                    "survey-editor-page-moved-down",
                    page = page + 1,
                    now = now + 1
                )
            };
            editor.announcement.set(said);
            editor.changes.update(|n| *n += 1);
        });
    }

    /// The latest refusal of any of them.
    fn error(self) -> Signal<Option<crate::error::AppError>> {
        Signal::derive(move || {
            [
                self.add_break.value().get().and_then(Result::err),
                self.remove_page.value().get().and_then(Result::err),
                self.move_page.value().get().and_then(Result::err),
                self.save_page.value().get().and_then(Result::err),
                self.condition.value().get().and_then(Result::err),
                self.add_rule.value().get().and_then(Result::err),
                self.remove_rule.value().get().and_then(Result::err),
            ]
            .into_iter()
            .flatten()
            .next()
        })
    }
}

/// Hidden fields naming the survey, for every form here.
fn survey_fields(tenant: &str, survey: i64) -> impl IntoView + use<> {
    view! {
        <input type="hidden" name="tenant" value=tenant.to_owned() />
        <input type="hidden" name="survey" value=survey.to_string() />
    }
}

#[component]
pub(super) fn LogicSection(editor: SurveyEditor, actions: LogicActions) -> impl IntoView {
    let SurveyEditor {
        tenant_alias: tenant,
        id: survey,
        questions,
        logic,
        ..
    } = editor;
    let count = logic.page_count();
    let pages = (0..count)
        .map(|page| {
            view! {
                <PageBlock tenant=tenant.clone() survey page questions=questions.clone()
                    logic=logic.clone() actions />
            }
        })
        .collect_view();
    view! {
        <section id="logic" aria-labelledby="logic-heading">
        <h2 id="logic-heading" tabindex="-1">{crate::i18n::tr!("survey-editor-logic-heading")}</h2>
        <p class="hint">{crate::i18n::tr!("survey-editor-logic-hint")}</p>
        <FormAlert error=actions.error() />
        {pages}
        <ActionForm action=actions.add_break attr:class="inline">
            {survey_fields(&tenant, survey)}
            <button type="submit" class="secondary">{crate::i18n::tr!("survey-editor-add-page")}</button>
        </ActionForm>
        </section>
    }
}

#[component]
fn PageBlock(
    tenant: String,
    survey: i64,
    page: usize,
    questions: Vec<Question>,
    logic: SurveyLogic,
    actions: LogicActions,
) -> impl IntoView {
    let tenant = StoredValue::new(tenant);
    let number = page + 1;
    let several = logic.page_count() > 1;
    let rules = logic.page(page).cloned().unwrap_or_default();
    let range = logic.page_range(page, questions.len());
    let heading = if rules.title.is_empty() {
        crate::i18n::tr!("survey-editor-page-heading", number = number)
    } else {
        crate::i18n::tr!(
            "survey-editor-page-heading-titled",
            number = number,
            title = &rules.title
        )
    };
    let page_condition = (page > 0).then(|| {
        let shown = rules.show_if.as_ref().map_or_else(
            || crate::i18n::tr!("survey-editor-always-shown"),
            |c| crate::i18n::tr!("survey-editor-shown-when", condition = describe(c, &questions)),
        );
        view! {
            <p class="logic-summary">{shown}</p>
            <details class="logic-edit">
                <summary>{crate::i18n::tr!("survey-editor-page-condition", number = number)}</summary>
                <ConditionForm tenant=tenant.get_value() survey owner=format!("page-{page}")
                    before=range.start questions=questions.clone()
                    current=rules.show_if.as_ref().map(|c| ConditionInput::of(c, &questions))
                    action=actions.condition label=crate::i18n::tr!("survey-editor-page-condition-save", number = number) />
            </details>
        }
    });
    let items = range
        .clone()
        .map(|place| {
            let question = questions[place].clone();
            let condition = logic.condition_of(place);
            let summary = condition.map_or_else(
                || crate::i18n::tr!("survey-editor-always-shown"),
                |c| crate::i18n::tr!("survey-editor-shown-when", condition = describe(c, &questions)),
            );
            let splits = place > range.start;
            view! {
                <li class="logic-question">
                    <p><strong>{format!("{}. ", place + 1)}</strong>{question.text.clone()}</p>
                    <p class="logic-summary">{summary}</p>
                    {(place > 0).then(|| view! {
                        <details class="logic-edit">
                            <summary>{crate::i18n::tr!("survey-editor-question-condition", number = place + 1)}</summary>
                            <ConditionForm tenant=tenant.get_value() survey owner=format!("question-{}", question.id)
                                before=place questions=questions.clone()
                                current=condition.map(|c| ConditionInput::of(c, &questions))
                                action=actions.condition label=crate::i18n::tr!("survey-editor-question-condition-save", number = place + 1) />
                        </details>
                    })}
                    {splits.then(|| view! {
                        <ActionForm action=actions.add_break attr:class="inline">
                            {survey_fields(&tenant.get_value(), survey)}
                            <input type="hidden" name="question" value=question.id.to_string() />
                            <button type="submit" class="secondary small">
                                {crate::i18n::tr!("survey-editor-new-page-at", number = place + 1)}
                            </button>
                        </ActionForm>
                    })}
                </li>
            }
        })
        .collect_view();
    let jumps = rules
        .jumps
        .iter()
        .enumerate()
        .map(|(index, jump)| {
            let rule = match (jump.when.terms.is_empty(), jump.to) {
                (true, Destination::Page(p)) => {
                    crate::i18n::tr!("survey-editor-rule-always-page", page = p + 1)
                }
                (true, Destination::Finish) => crate::i18n::tr!("survey-editor-rule-always-finish"),
                (false, Destination::Page(p)) => crate::i18n::tr!(
                    "survey-editor-rule-when-page",
                    condition = describe(&jump.when, &questions),
                    page = p + 1
                ),
                (false, Destination::Finish) => crate::i18n::tr!(
                    "survey-editor-rule-when-finish",
                    condition = describe(&jump.when, &questions)
                ),
            };
            view! {
                <li>
                    {format!("{rule} ")}
                    <ActionForm action=actions.remove_rule attr:class="inline">
                        {survey_fields(&tenant.get_value(), survey)}
                        <input type="hidden" name="page" value=page.to_string() />
                        <input type="hidden" name="rule" value=index.to_string() />
                        <button type="submit" class="secondary small">
                            {crate::i18n::tr!("survey-editor-remove-rule", rule = index + 1, number = number)}
                        </button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    let destinations: Vec<(String, String)> = (page + 1..logic.page_count())
        .map(|p| {
            (
                format!("page-{p}"),
                crate::i18n::tr!("survey-editor-destination-page", number = p + 1),
            )
        })
        .chain(std::iter::once((
            "finish".to_owned(),
            crate::i18n::tr!("survey-editor-destination-finish"),
        )))
        .collect();
    let end = range.end;
    let last = page + 1 == logic.page_count();
    let rules_view = (several && !last).then(|| view! {
        <h4>{crate::i18n::tr!("survey-editor-after-page", number = number)}</h4>
        {if rules.jumps.is_empty() {
            view! { <p class="logic-summary">{crate::i18n::tr!("survey-editor-next-page")}</p> }.into_any()
        } else {
            view! {
                <ol class="logic-rules">{jumps}</ol>
                <p class="logic-summary">{crate::i18n::tr!("survey-editor-otherwise-next-page")}</p>
            }.into_any()
        }}
        <details class="logic-edit">
            <summary>{crate::i18n::tr!("survey-editor-add-rule", number = number)}</summary>
            <ActionForm action=actions.add_rule attr:class="stacked wide">
                {survey_fields(&tenant.get_value(), survey)}
                <input type="hidden" name="page" value=page.to_string() />
                <label for=format!("rule-{page}-to")>{crate::i18n::tr!("survey-editor-go-to")}</label>
                <select id=format!("rule-{page}-to") name="to">
                    {destinations.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
                </select>
                <ConditionFields prefix=format!("rule-{page}") before=end questions=questions.clone() current=None
                    legend=crate::i18n::tr!("survey-editor-rule-when-legend") nested=true rows=FORM_TERMS />
                <button type="submit" class="primary">{crate::i18n::tr!("survey-editor-add-rule-button", number = number)}</button>
            </ActionForm>
        </details>
    });
    let page_details = several.then(|| view! {
        <details class="logic-edit">
            <summary>{crate::i18n::tr!("survey-editor-page-details", number = number)}</summary>
            <ActionForm action=actions.save_page attr:class="stacked wide">
                {survey_fields(&tenant.get_value(), survey)}
                <input type="hidden" name="page" value=page.to_string() />
                <label for=format!("page-{page}-title")>{crate::i18n::tr!("survey-editor-page-title-label")}</label>
                <input id=format!("page-{page}-title") name="title" type="text" maxlength="200" value=rules.title.clone() />
                <label for=format!("page-{page}-description")>{crate::i18n::tr!("survey-editor-page-description-label")}</label>
                <textarea id=format!("page-{page}-description") name="description" rows="3">
                    {raw_text(rules.description.clone())}
                </textarea>
                <button type="submit" class="primary">{crate::i18n::tr!("survey-editor-save-page", number = number)}</button>
            </ActionForm>
        </details>
    });
    let moves = several.then(|| {
        let last = page + 1 == logic.page_count();
        let button = move |direction: &'static str, disabled: bool| {
            let (arrow, label) = if direction == "up" {
                (
                    "\u{2191}",
                    crate::i18n::tr!("survey-editor-move-page-up", number = number),
                )
            } else {
                (
                    "\u{2193}",
                    crate::i18n::tr!("survey-editor-move-page-down", number = number),
                )
            };
            view! {
                <ActionForm action=actions.move_page attr:class="inline">
                    {survey_fields(&tenant.get_value(), survey)}
                    <input type="hidden" name="page" value=page.to_string() />
                    <input type="hidden" name="direction" value=direction />
                    <button type="submit" class="secondary small" disabled=disabled
                        data-move-page=format!("{page}-{direction}")>
                        {format!("{arrow} {label}")}
                    </button>
                </ActionForm>
            }
        };
        view! {
            <div class="page-moves">
                {button("up", page == 0)}
                {button("down", last)}
            </div>
        }
    });
    let remove = (page > 0).then(|| view! {
        <ActionForm action=actions.remove_page attr:class="inline">
            {survey_fields(&tenant.get_value(), survey)}
            <input type="hidden" name="page" value=page.to_string() />
            <button type="submit" class="danger small">{crate::i18n::tr!("survey-editor-remove-page", number = number, previous = page)}</button>
        </ActionForm>
    });
    view! {
        <section class="logic-page" aria-labelledby=format!("logic-page-{page}")>
            <h3 id=format!("logic-page-{page}") tabindex="-1">{heading}</h3>
            {moves}
            {page_details}
            {page_condition}
            {if range.is_empty() {
                view! { <p class="logic-summary">{crate::i18n::tr!("survey-editor-page-empty")}</p> }.into_any()
            } else {
                view! { <ol class="logic-questions">{items}</ol> }.into_any()
            }}
            {rules_view}
            {remove}
        </section>
    }
}

#[component]
fn ConditionForm(
    tenant: String,
    survey: i64,
    owner: String,
    before: usize,
    questions: Vec<Question>,
    current: Option<ConditionInput>,
    action: ServerAction<SaveCondition>,
    label: String,
) -> impl IntoView {
    let has = current.is_some();
    let remove_id = format!("cond-{owner}-remove");
    let remove = has.then(|| {
        let (tenant, owner) = (tenant.clone(), owner.clone());
        view! {
            <ActionForm action attr:class="inline">
                {survey_fields(&tenant, survey)}
                <input type="hidden" name="owner" value=owner />
                <input type="hidden" name="condition[combine]" value="all" />
                <button type="submit" class="secondary small" id=remove_id>{crate::i18n::tr!("survey-editor-remove-condition")}</button>
            </ActionForm>
        }
    });
    let prefix = format!("cond-{owner}");
    let fields = survey_fields(&tenant, survey);
    view! {
        <ActionForm action attr:class="stacked wide">
            {fields}
            <input type="hidden" name="owner" value=owner />
            <ConditionFields prefix before questions current legend=crate::i18n::tr!("survey-editor-show-only-when") nested=true rows=FORM_TERMS />
            <button type="submit" class="primary">{label}</button>
        </ActionForm>
        {remove}
    }
}
