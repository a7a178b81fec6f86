//! Ranking. Without JavaScript each option has a menu of places (1 to n),
//! posted as `part_field_name(q, option)`. A hydrated page keeps those
//! menus and adds Move up / Move down buttons: the list is reordered, focus
//! stays on the moved option's button, the move is announced, and the
//! menus follow the order, so the same fields are posted either way.

use leptos::prelude::*;

use super::Ctx;
use crate::domain::{option_order, part_field_name};

pub(in crate::pages) fn ranking(ctx: &Ctx, options: Vec<String>, shuffle: bool) -> AnyView {
    let n = options.len();
    let id = ctx.id;
    let given: Vec<Option<usize>> = (0..n)
        .map(|i| {
            ctx.given
                .one(&part_field_name(id, i))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .filter(|p| (1..=n).contains(p))
        })
        .collect();
    let (initial, complete) = initial_order(option_order(n, shuffle, &ctx.seed, id), &given);
    let order = RwSignal::new(initial);
    // Until the respondent moves something (or keeps the order), the menus
    // say what was given and an untouched ranking stays unanswered.
    let ranked = RwSignal::new(complete);
    let announcement = RwSignal::new(String::new());
    let labels = StoredValue::new(options);
    let given = StoredValue::new(given);
    let js = ctx.js;

    // `place` from 0; None (the menu's "–" after ranking) draws the list
    // again, so every menu keeps showing its place.
    let move_to = move |place: Option<usize>, option: usize, focus: String| {
        let Some(place) = place else {
            order.update(|_| {});
            refocus(focus);
            return;
        };
        order.update(|o| {
            if let Some(from) = o.iter().position(|&x| x == option) {
                o.remove(from);
                o.insert(place.min(o.len()), option);
            }
        });
        ranked.set(true);
        let label = labels.with_value(|l| l.get(option).cloned().unwrap_or_default());
        let shown = order
            .with_untracked(|o| o.iter().position(|&x| x == option))
            .unwrap_or(0)
            + 1;
        announcement.set(format!("{label} moved to place {shown} of {n}."));
        refocus(focus);
    };

    let items = move || {
        let (ranked, js) = (ranked.get(), js.get());
        order
            .get()
            .into_iter()
            .enumerate()
            .map(|(position, option)| {
                let label = labels.with_value(|l| l[option].clone());
                let place = if ranked {
                    Some(position + 1)
                } else {
                    given.with_value(|g| g[option])
                };
                item(id, option, label, position, n, place, js, move_to)
            })
            .collect_view()
    };
    let keep = move || {
        (js.get() && !ranked.get()).then(|| {
            view! {
                <button
                    type="button"
                    class="secondary keep-order"
                    on:click=move |_| {
                        ranked.set(true);
                        announcement.set("The order shown is your ranking.".to_owned());
                        if let Some(first) = order.with_untracked(|o| o.first().copied()) {
                            refocus(part_field_name(id, first));
                        }
                    }
                >
                    "Use this order"
                </button>
            }
        })
    };
    let hint_id = format!("{}-hint", ctx.name);
    let hint_text = move || {
        if js.get() {
            "Move the options into your order, 1 for the first; or give each a place."
        } else {
            "Give each option a different place, 1 for the first."
        }
    };
    let described = ctx.described_by(vec![hint_id.clone()]);
    view! {
        <fieldset aria-describedby=described>
            {ctx.legend()}
            <p class="hint" id=hint_id>{hint_text}</p>
            <ol class="ranking">{items}</ol>
            {keep}
            <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
        </fieldset>
    }
    .into_any()
}

/// The order to start from: given places first (a refused form), the
/// rest in this respondent's order; and whether the given places were a
/// complete ranking.
fn initial_order(shuffled: Vec<usize>, given: &[Option<usize>]) -> (Vec<usize>, bool) {
    let mut order = shuffled;
    // Stable: options without a place keep the shuffled order.
    order.sort_by_key(|&o| given.get(o).copied().flatten().unwrap_or(usize::MAX));
    let mut places: Vec<usize> = given.iter().flatten().copied().collect();
    places.sort_unstable();
    let complete =
        places.len() == given.len() && places.iter().enumerate().all(|(i, &p)| p == i + 1);
    (order, complete)
}

#[allow(clippy::too_many_arguments)]
fn item(
    id: crate::domain::QuestionId,
    option: usize,
    label: String,
    position: usize,
    n: usize,
    place: Option<usize>,
    js: bool,
    move_to: impl Fn(Option<usize>, usize, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let select_id = part_field_name(id, option);
    let up_id = format!("{select_id}-up");
    let down_id = format!("{select_id}-down");
    let places = (1..=n)
        .map(|p| view! { <option value=p selected=place == Some(p)>{p}</option> })
        .collect_view();
    let focus_select = select_id.clone();
    let buttons = js.then(|| {
        let (up_focus, down_focus) = (up_id.clone(), down_id.clone());
        view! {
            <span class="moves">
                <button
                    type="button"
                    id=up_id
                    disabled=position == 0
                    on:click=move |_| move_to(position.checked_sub(1), option, up_focus.clone())
                >
                    <span aria-hidden="true">"▲"</span>
                    <span class="visually-hidden">{format!("Move {label} up")}</span>
                </button>
                <button
                    type="button"
                    id=down_id
                    disabled=position + 1 == n
                    on:click=move |_| move_to(Some(position + 1), option, down_focus.clone())
                >
                    <span aria-hidden="true">"▼"</span>
                    <span class="visually-hidden">{format!("Move {label} down")}</span>
                </button>
            </span>
        }
    });
    view! {
        <li>
            <select
                id=select_id.clone()
                name=select_id.clone()
                on:change=move |ev| {
                    let place = event_target_value(&ev).parse::<usize>().ok();
                    move_to(place.and_then(|p| p.checked_sub(1)), option, focus_select.clone());
                }
            >
                <option value="">"–"</option>
                {places}
            </select>
            <label for=select_id>
                <span class="visually-hidden">"Place of "</span>
                {label.clone()}
            </label>
            {buttons}
        </li>
    }
}

/// Focuses `id` once the list is drawn again; a button that became
/// disabled (the option reached an end) hands focus to its other button.
fn refocus(id: String) {
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        let document = document();
        let target = document.get_element_by_id(&id).and_then(|e| {
            if e.has_attribute("disabled") {
                let other = if let Some(base) = id.strip_suffix("-up") {
                    format!("{base}-down")
                } else if let Some(base) = id.strip_suffix("-down") {
                    format!("{base}-up")
                } else {
                    return None;
                };
                document.get_element_by_id(&other)
            } else {
                Some(e)
            }
        });
        if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::initial_order;

    #[test]
    fn given_places_come_first_and_the_rest_keep_their_order() {
        let (order, complete) = initial_order(vec![2, 0, 3, 1], &[None, Some(1), None, None]);
        assert_eq!(order, [1, 2, 0, 3]);
        assert!(!complete);
        let (order, complete) =
            initial_order(vec![2, 0, 3, 1], &[Some(4), Some(1), Some(3), Some(2)]);
        assert_eq!(order, [1, 3, 2, 0]);
        assert!(complete);
        let (_, complete) = initial_order(vec![0, 1], &[Some(1), Some(1)]);
        assert!(!complete);
    }
}
