//! One choice (radios), several choices (checkboxes) and the dropdown, each
//! with an optional "Other (please specify)" and options in this
//! respondent's order. Values are the options' stored indexes.

use leptos::html;
use leptos::prelude::*;

use super::{Ctx, hint};
use crate::domain::{ChoiceList, OTHER_VALUE, option_order, other_field_name};

/// Radios, or checkboxes with optional bounds on how many are ticked.
pub(in crate::pages) enum Many {
    One,
    Bounded(Option<u16>, Option<u16>),
}

pub(in crate::pages) fn options(ctx: &Ctx, list: ChoiceList, many: Many) -> AnyView {
    let name = ctx.name.clone();
    let kind = match many {
        Many::One => "radio",
        Many::Bounded(..) => "checkbox",
    };
    let given: Vec<String> = ctx.given.all(&name).map(|v| v.trim().to_owned()).collect();
    let is_given = move |value: &str| given.iter().any(|g| g == value);
    let order = option_order(list.options.len(), list.shuffle, &ctx.seed, ctx.id);
    let items = order
        .into_iter()
        .filter_map(|index| {
            let label = list.options.get(index)?.clone();
            let input_id = format!("{name}-{index}");
            Some(view! {
                <div class="option">
                    <input
                        type=kind
                        id=input_id.clone()
                        name=name.clone()
                        value=index
                        checked=is_given(&index.to_string())
                    />
                    <label for=input_id dir="auto">{label}</label>
                </div>
            })
        })
        .collect_view();

    let other = list.other.then(|| {
        let choice_id = format!("{name}-other-choice");
        let text_id = other_field_name(ctx.id);
        let chosen = NodeRef::<html::Input>::new();
        // Typing a text chooses Other, as Google Forms does (and as the
        // server reads a text typed without a choice).
        let choose = move |_| {
            if let Some(input) = chosen.get_untracked() {
                input.set_checked(true);
            }
        };
        view! {
            <div class="option option-other">
                <input
                    type=kind
                    id=choice_id.clone()
                    name=name.clone()
                    value=OTHER_VALUE
                    checked=is_given(OTHER_VALUE)
                    node_ref=chosen
                />
                <label for=choice_id>{crate::i18n::tr!("choice-other")}</label>
                <label for=text_id.clone() class="visually-hidden">{crate::i18n::tr!("choice-other-answer")}</label>
                <input
                    type="text"
                    class="text-field other-text"
                    id=text_id.clone()
                    name=text_id.clone()
                    value=ctx.given.one(&text_id).map(str::to_owned)
                    on:input=choose
                />
            </div>
        }
    });

    let hint_id = format!("{name}-hint");
    let hint_text = match many {
        Many::One => None,
        Many::Bounded(min, max) => selection_hint(min, max),
    };
    let described = ctx.described_by(hint_text.iter().map(|_| hint_id.clone()).collect());
    view! {
        <fieldset aria-describedby=described>
            {ctx.legend()}
            {hint_text.map(|text| hint(hint_id, text))}
            {items}
            {other}
        </fieldset>
    }
    .into_any()
}

/// "Choose 1 to 3", "Choose at least 2", "Choose up to 3", "Choose 2".
fn selection_hint(min: Option<u16>, max: Option<u16>) -> Option<String> {
    match (min.filter(|&n| n > 0), max) {
        (Some(min), Some(max)) if min == max => {
            Some(crate::i18n::tr!("choose-exactly", count = min))
        }
        (Some(min), Some(max)) => Some(crate::i18n::tr!("choose-between", min = min, max = max)),
        (Some(min), None) => Some(crate::i18n::tr!("choose-at-least", min = min)),
        (None, Some(max)) => Some(crate::i18n::tr!("choose-up-to", max = max)),
        (None, None) => None,
    }
}

pub(in crate::pages) fn dropdown(ctx: &Ctx, list: ChoiceList) -> AnyView {
    let name = ctx.name.clone();
    let chosen = ctx.value().map(|v| v.trim().to_owned());
    let other_chosen = RwSignal::new(chosen.as_deref() == Some(OTHER_VALUE));
    let order = option_order(list.options.len(), list.shuffle, &ctx.seed, ctx.id);
    let items = order
        .into_iter()
        .filter_map(|index| {
            let label = list.options.get(index)?.clone();
            let selected = chosen.as_deref() == Some(index.to_string().as_str());
            Some(view! { <option value=index selected=selected>{label}</option> })
        })
        .collect_view();
    let other_option = list.other.then(|| {
        view! { <option value=OTHER_VALUE selected=other_chosen.get_untracked()>{crate::i18n::tr!("choice-other")}</option> }
    });
    let js = ctx.js;
    // Without JavaScript the text field is always there; a hydrated page
    // shows it once Other is chosen (and sends it only then).
    let other_field = list.other.then(|| {
        let text_id = other_field_name(ctx.id);
        let away = move || js.get() && !other_chosen.get();
        view! {
            <div class="other-field" class:away=away>
                <label for=text_id.clone()>{crate::i18n::tr!("choice-if-other")}</label>
                <input
                    type="text"
                    class="text-field"
                    id=text_id.clone()
                    name=text_id.clone()
                    value=ctx.given.one(&text_id).map(str::to_owned)
                    disabled=away
                />
            </div>
        }
    });
    view! {
        {ctx.label(&name)}
        <select
            id=name.clone()
            name=name
            aria-required=ctx.aria_required()
            aria-invalid=ctx.invalid()
            aria-describedby=ctx.described_by(Vec::new())
            on:change=move |ev| other_chosen.set(event_target_value(&ev) == OTHER_VALUE)
        >
            <option value="">{crate::i18n::tr!("choice-choose")}</option>
            {items}
            {other_option}
        </select>
        {other_field}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::selection_hint;

    #[test]
    fn the_hint_says_how_many_to_tick() {
        assert_eq!(selection_hint(None, None), None);
        assert_eq!(selection_hint(Some(0), None), None);
        assert_eq!(
            selection_hint(Some(1), Some(3)).as_deref(),
            Some("Choose 1 to 3 options.")
        );
        assert_eq!(
            selection_hint(Some(2), None).as_deref(),
            Some("Choose at least 2 options.")
        );
        assert_eq!(
            selection_hint(None, Some(1)).as_deref(),
            Some("Choose up to 1 option.")
        );
        assert_eq!(
            selection_hint(Some(2), Some(2)).as_deref(),
            Some("Choose 2 options.")
        );
    }
}
