//! The fields of one question in the designer, shared by "add a question"
//! and each question's edit form. The type menu lists every kind, grouped;
//! the settings are grouped by what they set, each group naming the types
//! it applies to. Before hydration (or without JavaScript) every group is
//! shown and the server ignores those that do not fit the chosen type; once
//! hydrated only the chosen type's groups are shown, and the others are
//! disabled so that they are neither checked by the browser nor sent.
//!
//! The type shown is kept in a signal that follows the type field. The
//! editor renders the "add" form again into the same elements after every
//! stored change, and the browser keeps the chosen type in them, so that
//! form passes the type the field holds (see `survey_editor/questions.rs`).

use super::raw_text::raw_text;
use leptos::prelude::*;

use super::form_feedback::{FieldError, invalid};
use crate::domain::{
    DEFAULT_SCALE_POINTS, MAX_MATRIX_COLUMNS, MAX_MATRIX_ROWS, MAX_SCALE_POINTS, MIN_SCALE_POINTS,
    Question, QuestionDraft, QuestionInput, QuestionKind, TextFormat, length_limit, option_bounds,
};
use crate::error::AppError;
use crate::i18n::{Arg, tr};

/// The type menu: kind codes under their group's name.
pub const KIND_MENU: [(&str, &[&str]); 5] = [
    ("Text", &["free_text", "short_text"]),
    ("Numbers and dates", &["number", "date"]),
    ("Ratings", &["range", "scale", "nps"]),
    ("Choices", &["choice", "checkboxes", "dropdown", "ranking"]),
    ("Grids", &["matrix"]),
];

const TEXT_KINDS: &[&str] = &["free_text", "short_text"];
const LABELLED_KINDS: &[&str] = &["range", "scale", "nps"];
const OPTION_KINDS: &[&str] = &["choice", "checkboxes", "dropdown", "ranking"];
const OTHER_KINDS: &[&str] = &["choice", "checkboxes", "dropdown"];

/// What the fields start with: nothing yet, with this type chosen (a known
/// type's code, else the first type).
pub fn empty_of_kind(code: &str) -> QuestionInput {
    let known = QuestionKind::CODES.contains(&code);
    QuestionInput {
        kind: if known { code } else { KIND_MENU[0].1[0] }.to_owned(),
        ..QuestionInput::default()
    }
}

/// What the fields start with when editing `question`: every setting.
pub fn values_of(question: &Question) -> QuestionInput {
    QuestionInput::from(&QuestionDraft {
        text: question.text.clone(),
        required: question.required,
        kind: question.kind.clone(),
    })
}

/// The name of a group of the type menu (`KIND_MENU`).
fn group_name(group: &str) -> String {
    match group {
        "Text" => tr!("question-fields-group-text"),
        "Numbers and dates" => tr!("question-fields-group-numbers"),
        "Ratings" => tr!("question-fields-group-ratings"),
        "Choices" => tr!("question-fields-group-choices"),
        "Grids" => tr!("question-fields-group-grids"),
        other => other.to_owned(),
    }
}

/// "Long text and Short text".
fn names(kinds: &[&str]) -> String {
    let labels: Vec<String> = kinds
        .iter()
        .map(|k| QuestionKind::localized_label_of(k))
        .collect();
    match labels.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            tr!("question-fields-names", rest = rest.join(", "), last = last)
        }
        _ => labels.concat(),
    }
}

/// The chosen type, and whether the page runs (hydrated): what each group
/// and label shows follows these.
#[derive(Clone, Copy)]
struct Chosen {
    kind: RwSignal<String>,
    hydrated: RwSignal<bool>,
}

impl Chosen {
    /// Hidden (and disabled) once hydrated, unless the type is one of `kinds`.
    fn off(self, kinds: &'static [&'static str]) -> impl Fn() -> bool + Copy {
        move || self.hydrated.get() && !self.kind.with(|k| kinds.contains(&k.as_str()))
    }

    /// `specific(kind)` once hydrated, else `general`.
    fn text(
        self,
        general: String,
        specific: impl Fn(&str) -> String + Copy + 'static,
    ) -> impl Fn() -> String {
        move || {
            if self.hydrated.get() {
                self.kind.with(|k| specific(k))
            } else {
                general.clone()
            }
        }
    }
}

/// One group of settings under a heading naming the types it applies to
/// (once hydrated, only the chosen type's groups are shown at all).
#[component]
fn Settings(
    chosen: Chosen,
    kinds: &'static [&'static str],
    #[prop(into)] title: String,
    children: Children,
) -> impl IntoView {
    let off = chosen.off(kinds);
    let general = tr!(
        "question-fields-settings-for",
        title = &title,
        kinds = names(kinds)
    );
    let legend = move || {
        if chosen.hydrated.get() {
            title.clone()
        } else {
            general.clone()
        }
    };
    view! {
        <fieldset class="kind-settings" hidden=off disabled=off data-kinds=kinds.join(" ")>
            <legend>{legend}</legend>
            {children()}
        </fieldset>
    }
}

/// `prefix` keeps the ids of several forms on one page apart.
#[component]
pub fn QuestionFields(
    prefix: String,
    values: QuestionInput,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let chosen = Chosen {
        kind: RwSignal::new(values.kind.clone()),
        hydrated: RwSignal::new(false),
    };
    Effect::new(move |_| chosen.hydrated.set(true));
    // Copy handles: the groups' children each take their own.
    let prefix = StoredValue::new(prefix);
    let id = move |name: &str| format!("{}-{name}", prefix.read_value());
    let err = move |name: &str| format!("{}-{name}-error", prefix.read_value());
    let menu = KIND_MENU
        .into_iter()
        .map(|(group, codes)| {
            let options = codes
                .iter()
                .map(|code| {
                    view! {
                        <option value=*code selected=*code == values.kind>{QuestionKind::localized_label_of(code)}</option>
                    }
                })
                .collect_view();
            view! { <optgroup label=group_name(group)>{options}</optgroup> }
        })
        .collect_view();
    let length_hint = chosen.text(tr!("question-fields-length-hint"), |k| {
        length_limit(k)
            .map(|n| {
                tr!(
                    "question-fields-length-empty-for",
                    limit = Arg::Typed(f64::from(n))
                )
            })
            .unwrap_or_default()
    });
    let initial_limit = length_limit(&values.kind).unwrap_or(2000).to_string();
    let length_placeholder = chosen.text(initial_limit, |k| {
        length_limit(k).map(|n| n.to_string()).unwrap_or_default()
    });
    let formats = TextFormat::ALL
        .into_iter()
        .map(|f| {
            let selected =
                f.code() == values.format || (f == TextFormat::Any && values.format.is_empty());
            view! { <option value=f.code() selected=selected>{f.localized_label()}</option> }
        })
        .collect_view();
    let chosen_points = values.points.parse::<u8>().unwrap_or(DEFAULT_SCALE_POINTS);
    let points = (MIN_SCALE_POINTS..=MAX_SCALE_POINTS)
        .map(|n| {
            view! { <option value=n.to_string() selected=n == chosen_points>{tr!("question-fields-points-up-to", max = n)}</option> }
        })
        .collect_view();
    let low_label = chosen.text(tr!("question-fields-label-lowest"), |k| match k {
        "range" => tr!("question-fields-label-stars", count = 1_u32),
        "nps" => tr!("question-fields-label-point", point = 0_u32),
        _ => tr!("question-fields-label-point", point = 1_u32),
    });
    let high_label = chosen.text(tr!("question-fields-label-highest"), |k| match k {
        "range" => tr!("question-fields-label-stars", count = 5_u32),
        "nps" => tr!("question-fields-label-point", point = 10_u32),
        _ => tr!("question-fields-label-highest"),
    });
    let options_label = chosen.text(tr!("question-fields-options"), |k| {
        let (min, max) = option_bounds(k).unwrap_or((2, 10));
        tr!("question-fields-options-between", min = min, max = max)
    });
    let options_hint = chosen.text(tr!("question-fields-options-hint"), |k| match k {
        "ranking" => tr!("question-fields-options-hint-ranking"),
        "dropdown" => tr!("question-fields-options-hint-dropdown"),
        _ => String::new(),
    });
    let other_off = chosen.off(OTHER_KINDS);
    let other_label = chosen.text(
        tr!("question-fields-other-for", kinds = names(OTHER_KINDS)),
        |_| tr!("question-fields-other"),
    );
    view! {
        <label for=id("text")>{tr!("question-fields-question")}</label>
        <input id=id("text") name="question[text]" type="text" required maxlength="500" value=values.text
            aria-invalid=invalid(error, "text") aria-describedby=err("text") />
        <FieldError error field="text" id=err("text") />
        <label class="checkbox">
            <input type="checkbox" name="question[required]" value="on" checked=values.required />
            {tr!("question-fields-required")}
        </label>
        <label for=id("kind")>{tr!("question-fields-type")}</label>
        <select id=id("kind") name="question[kind]" on:change=move |ev| chosen.kind.set(event_target_value(&ev))
            aria-invalid=invalid(error, "kind") aria-describedby=err("kind")>
            {menu}
        </select>
        <FieldError error field="kind" id=err("kind") />
        <Settings chosen kinds=TEXT_KINDS title=tr!("question-fields-answer-length")>
            <label for=id("max-length")>{tr!("question-fields-longest-answer")}</label>
            <p class="hint" id=id("max-length-hint")>{length_hint}</p>
            <input id=id("max-length") name="question[max_length]" type="number" min="1" inputmode="numeric"
                value=values.max_length.clone() placeholder=length_placeholder
                aria-invalid=invalid(error, "max_length")
                aria-describedby=format!("{} {}", id("max-length-hint"), err("max_length")) />
            <FieldError error field="max_length" id=err("max_length") />
        </Settings>
        <Settings chosen kinds=&["short_text"] title=tr!("question-fields-format")>
            <label for=id("format")>{tr!("question-fields-answer-must-be")}</label>
            <select id=id("format") name="question[format]"
                aria-invalid=invalid(error, "format") aria-describedby=err("format")>
                {formats}
            </select>
            <FieldError error field="format" id=err("format") />
        </Settings>
        <Settings chosen kinds=&["number"] title=tr!("question-fields-allowed-numbers")>
            <div class="setting-row">
                <div>
                    <label for=id("min")>{tr!("question-fields-lowest")}</label>
                    <input id=id("min") name="question[min]" type="text" inputmode="decimal" value=values.min.clone()
                        aria-invalid=invalid(error, "min") aria-describedby=err("min") />
                    <FieldError error field="min" id=err("min") />
                </div>
                <div>
                    <label for=id("max")>{tr!("question-fields-highest")}</label>
                    <input id=id("max") name="question[max]" type="text" inputmode="decimal" value=values.max.clone()
                        aria-invalid=invalid(error, "max") aria-describedby=err("max") />
                    <FieldError error field="max" id=err("max") />
                </div>
            </div>
            <div class="setting-row">
                <div>
                    <label for=id("step")>{tr!("question-fields-step")}</label>
                    <p class="hint" id=id("step-hint")>{tr!("question-fields-step-hint")}</p>
                    <input id=id("step") name="question[step]" type="text" inputmode="decimal" value=values.step.clone()
                        aria-invalid=invalid(error, "step")
                        aria-describedby=format!("{} {}", id("step-hint"), err("step")) />
                    <FieldError error field="step" id=err("step") />
                </div>
                <div>
                    <label for=id("unit")>{tr!("question-fields-unit")}</label>
                    <p class="hint" id=id("unit-hint")>{tr!("question-fields-unit-hint")}</p>
                    <input id=id("unit") name="question[unit]" type="text" maxlength="60" value=values.unit.clone()
                        aria-invalid=invalid(error, "unit")
                        aria-describedby=format!("{} {}", id("unit-hint"), err("unit")) />
                    <FieldError error field="unit" id=err("unit") />
                </div>
            </div>
        </Settings>
        <Settings chosen kinds=&["date"] title=tr!("question-fields-allowed-dates")>
            <div class="setting-row">
                <div>
                    <label for=id("earliest")>{tr!("question-fields-earliest")}</label>
                    <input id=id("earliest") name="question[earliest]" type="date" value=values.earliest.clone()
                        aria-invalid=invalid(error, "earliest") aria-describedby=err("earliest") />
                    <FieldError error field="earliest" id=err("earliest") />
                </div>
                <div>
                    <label for=id("latest")>{tr!("question-fields-latest")}</label>
                    <input id=id("latest") name="question[latest]" type="date" value=values.latest.clone()
                        aria-invalid=invalid(error, "latest") aria-describedby=err("latest") />
                    <FieldError error field="latest" id=err("latest") />
                </div>
            </div>
        </Settings>
        <Settings chosen kinds=&["scale"] title=tr!("question-fields-scale")>
            <label for=id("points")>{tr!("question-fields-points")}</label>
            <select id=id("points") name="question[points]"
                aria-invalid=invalid(error, "points") aria-describedby=err("points")>
                {points}
            </select>
            <FieldError error field="points" id=err("points") />
        </Settings>
        <Settings chosen kinds=LABELLED_KINDS title=tr!("question-fields-end-labels")>
            <label for=id("low-label")>{low_label}</label>
            <input id=id("low-label") name="question[low_label]" type="text" maxlength="60" value=values.low_label.clone()
                aria-invalid=invalid(error, "low_label") aria-describedby=err("low_label") />
            <FieldError error field="low_label" id=err("low_label") />
            <label for=id("high-label")>{high_label}</label>
            <input id=id("high-label") name="question[high_label]" type="text" maxlength="60" value=values.high_label.clone()
                aria-invalid=invalid(error, "high_label") aria-describedby=err("high_label") />
            <FieldError error field="high_label" id=err("high_label") />
        </Settings>
        <Settings chosen kinds=OPTION_KINDS title=tr!("question-fields-options-title")>
            <label for=id("options")>{options_label}</label>
            <p class="hint" id=id("options-hint")>{options_hint}</p>
            <textarea id=id("options") name="question[options]" rows="5"
                aria-invalid=invalid(error, "options")
                aria-describedby=format!("{} {}", id("options-hint"), err("options"))>
                {raw_text(values.options.clone())}
            </textarea>
            <FieldError error field="options" id=err("options") />
            <label class="checkbox" hidden=other_off>
                <input type="checkbox" name="question[other]" value="on" checked=values.other disabled=other_off />
                {other_label}
            </label>
            <label class="checkbox">
                <input type="checkbox" name="question[shuffle]" value="on" checked=values.shuffle />
                {tr!("question-fields-shuffle")}
            </label>
        </Settings>
        <Settings chosen kinds=&["checkboxes"] title=tr!("question-fields-how-many")>
            <div class="setting-row">
                <div>
                    <label for=id("min-selected")>{tr!("question-fields-at-least")}</label>
                    <input id=id("min-selected") name="question[min_selected]" type="number" min="1" inputmode="numeric"
                        value=values.min_selected.clone()
                        aria-invalid=invalid(error, "min_selected") aria-describedby=err("min_selected") />
                    <FieldError error field="min_selected" id=err("min_selected") />
                </div>
                <div>
                    <label for=id("max-selected")>{tr!("question-fields-at-most")}</label>
                    <input id=id("max-selected") name="question[max_selected]" type="number" min="1" inputmode="numeric"
                        value=values.max_selected.clone()
                        aria-invalid=invalid(error, "max_selected") aria-describedby=err("max_selected") />
                    <FieldError error field="max_selected" id=err("max_selected") />
                </div>
            </div>
        </Settings>
        <Settings chosen kinds=&["matrix"] title=tr!("question-fields-statements-and-scale")>
            <label for=id("rows")>{tr!("question-fields-rows", min = 1_usize, max = MAX_MATRIX_ROWS)}</label>
            <textarea id=id("rows") name="question[rows]" rows="5"
                aria-invalid=invalid(error, "rows") aria-describedby=err("rows")>
                {raw_text(values.rows.clone())}
            </textarea>
            <FieldError error field="rows" id=err("rows") />
            <label for=id("columns")>{tr!("question-fields-columns", min = 2_usize, max = MAX_MATRIX_COLUMNS)}</label>
            <p class="hint" id=id("columns-hint")>{tr!("question-fields-columns-hint")}</p>
            <textarea id=id("columns") name="question[columns]" rows="5"
                aria-invalid=invalid(error, "columns")
                aria-describedby=format!("{} {}", id("columns-hint"), err("columns"))>
                {raw_text(values.columns.clone())}
            </textarea>
            <FieldError error field="columns" id=err("columns") />
        </Settings>
    }
}
