//! The fields of a condition on answers: the designer's conditions and
//! skip rules, and the filter of results and responses by answer.

use leptos::prelude::*;

use crate::domain::logic::{ConditionInput, Test, tests_for};
use crate::domain::{Question, QuestionKind};

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
                            let label = format!("Question {} {}", place + 1, Test::label_of(code));
                            view! { <option value=value selected=selected>{label}</option> }
                        })
                        .collect_view();
                    let label = format!("{}. {}", place + 1, short(&question.text));
                    view! { <optgroup label=label>{options}</optgroup> }
                })
                .collect_view();
            view! {
                <div class="logic-term">
                    <label for=id.clone()>{format!("Test {n}")}</label>
                    <select id=id name=name(&format!("test{n}"))>
                        <option value="">"(none)"</option>
                        {groups}
                    </select>
                    <label for=value_id.clone()>{format!("Value {n}")}</label>
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
            <label for=combine_id.clone()>"Combine the tests"</label>
            <select id=combine_id name=name("combine")>
                <option value="all" selected=!any>"all must hold"</option>
                <option value="any" selected=any>"any may hold"</option>
            </select>
            {test_rows}
            <p class="hint">
                {format!(
                    "Up to {rows} tests on {}. Type options by their label; separate several values with commas.",
                    if every_question { "any question" } else { "earlier questions" }
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
    Some(format!("Question {}: {options}", place + 1))
}

fn short(text: &str) -> String {
    let mut cut: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        cut.push('\u{2026}');
    }
    cut
}
