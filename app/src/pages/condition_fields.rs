//! The fields of a condition on answers: the designer's conditions and
//! skip rules, and the filter of results and responses by answer.

use leptos::prelude::*;

use crate::domain::logic::{ConditionInput, Test, tests_for};
use crate::domain::{Question, QuestionKind};
use crate::i18n::tr;

/// "All"/"any" and `rows` tests. Each test offers the questions before
/// place `before` and, per question, only the operators that fit its kind;
/// options are typed by their labels. `nested`: the fields are named
/// `condition[test1]` (a server function's argument) rather than `test1`
/// (a page's query).
#[component]
pub fn ConditionFields(
    prefix: String,
    before: usize,
    questions: Vec<Question>,
    current: Option<ConditionInput>,
    legend: String,
    nested: bool,
    rows: usize,
) -> impl IntoView {
    let name = move |field: &str| {
        if nested {
            format!("condition[{field}]")
        } else {
            field.to_owned()
        }
    };
    let current = current.unwrap_or_default();
    let every_question = before >= questions.len();
    let earlier = &questions[..before.min(questions.len())];
    let test_rows = current
        .rows()
        .into_iter()
        .take(rows)
        .enumerate()
        .map(|(row, (test, value))| {
            let n = row + 1;
            let id = format!("{prefix}-test{n}");
            let value_id = format!("{prefix}-value{n}");
            let groups = earlier
                .iter()
                .enumerate()
                .map(|(place, question)| {
                    let options = tests_for(&question.kind)
                        .iter()
                        .map(|code| {
                            let value = format!("{place}:{code}");
                            let selected = value == test;
                            // The closed menu shows this alone, so it names the question.
                            let label = tr!(
                                "condition-fields-test-option",
                                number = place + 1,
                                test = Test::localized_label_of(code)
                            );
                            view! { <option value=value selected=selected>{label}</option> }
                        })
                        .collect_view();
                    let label = format!("{}. {}", place + 1, short(&question.text));
                    view! { <optgroup label=label>{options}</optgroup> }
                })
                .collect_view();
            view! {
                <div class="logic-term">
                    <label for=id.clone()>{tr!("condition-fields-test", number = n)}</label>
                    <select id=id name=name(&format!("test{n}"))>
                        <option value="">{tr!("condition-fields-none")}</option>
                        {groups}
                    </select>
                    <label for=value_id.clone()>{tr!("condition-fields-value", number = n)}</label>
                    <input id=value_id name=name(&format!("value{n}")) type="text" value=value.to_owned() />
                </div>
            }
        })
        .collect_view();
    let hints = earlier
        .iter()
        .enumerate()
        .filter_map(|(place, q)| options_hint(place, q))
        .map(|hint| view! { <li>{hint}</li> })
        .collect_view();
    let any = current.combine == "any";
    let combine_id = format!("{prefix}-combine");
    view! {
        <fieldset class="logic-condition">
            <legend>{legend}</legend>
            <label for=combine_id.clone()>{tr!("condition-fields-combine")}</label>
            <select id=combine_id name=name("combine")>
                <option value="all" selected=!any>{tr!("condition-fields-all")}</option>
                <option value="any" selected=any>{tr!("condition-fields-any")}</option>
            </select>
            {test_rows}
            <p class="hint">
                {tr!(
                    "condition-fields-hint",
                    rows = rows,
                    questions = if every_question { "every" } else { "earlier" }
                )}
            </p>
            <ul class="hint">{hints}</ul>
        </fieldset>
    }
}

/// What a choice question's values are.
fn options_hint(place: usize, question: &Question) -> Option<String> {
    let list = match &question.kind {
        QuestionKind::Choice(list)
        | QuestionKind::Dropdown(list)
        | QuestionKind::Checkboxes { list, .. } => list,
        _ => return None,
    };
    let mut options = list.options.join(", ");
    if list.other {
        options.push_str(", Other");
    }
    // "Other" stays as it is: the server reads that word (any case).
    Some(tr!(
        "condition-fields-options",
        number = place + 1,
        options = options
    ))
}

fn short(text: &str) -> String {
    let mut cut: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        cut.push('\u{2026}');
    }
    cut
}
