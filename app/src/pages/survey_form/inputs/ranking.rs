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

    let list_id = format!("{}-ranking", ctx.name);
    let list = StoredValue::new(list_id.clone());
    // `place` from 0; None (the menu's "–" after ranking) draws the list
    // again, so every menu keeps showing its place.
    let move_to = move |place: Option<usize>, option: usize, control: Control| {
        let Some(place) = place else {
            order.update(|_| {});
            return;
        };
        let place = place.min(n.saturating_sub(1));
        // The list is drawn again item by item in place, so the control at
        // the new place is the one that will show this option: focus it
        // now, before another key press can reach the old one.
        let control = match control {
            Control::Up if place == 0 => Control::Down,
            Control::Down if place + 1 == n => Control::Up,
            other => other,
        };
        list.with_value(|list| focus_in_list(list, place, control));
        order.update(|o| {
            if let Some(from) = o.iter().position(|&x| x == option) {
                o.remove(from);
                o.insert(place.min(o.len()), option);
            }
        });
        ranked.set(true);
        let label = labels.with_value(|l| l.get(option).cloned().unwrap_or_default());
        let label = crate::i18n::texts().isolate(&label);
        announcement.set(crate::i18n::tr!(
            "ranking-moved",
            label = label,
            place = place + 1,
            count = n
        ));
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
                        announcement.set(crate::i18n::tr!("ranking-order-kept"));
                        list.with_value(|list| focus_in_list(list, 0, Control::Select));
                    }
                >
                    {crate::i18n::tr!("ranking-use-order")}
                </button>
            }
        })
    };
    let hint_id = format!("{}-hint", ctx.name);
    let hint_text = move || {
        if js.get() {
            crate::i18n::tr!("ranking-hint-script")
        } else {
            crate::i18n::tr!("ranking-hint")
        }
    };
    let described = ctx.described_by(vec![hint_id.clone()]);
    view! {
        <fieldset aria-describedby=described>
            {ctx.legend()}
            <p class="hint" id=hint_id>{hint_text}</p>
            <ol class="ranking" id=list_id>{items}</ol>
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
    move_to: impl Fn(Option<usize>, usize, Control) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let select_id = part_field_name(id, option);
    let places = (1..=n)
        .map(|p| view! { <option value=p selected=place == Some(p)>{p}</option> })
        .collect_view();
    let buttons = js.then(|| {
        view! {
            <span class="moves">
                <button
                    type="button"
                    class="up"
                    disabled=position == 0
                    on:click=move |_| move_to(position.checked_sub(1), option, Control::Up)
                >
                    <span aria-hidden="true">"▲"</span>
                    <span class="visually-hidden">{crate::i18n::tr!("ranking-move-up", label = crate::i18n::texts().isolate(&label))}</span>
                </button>
                <button
                    type="button"
                    class="down"
                    disabled=position + 1 == n
                    on:click=move |_| move_to(Some(position + 1), option, Control::Down)
                >
                    <span aria-hidden="true">"▼"</span>
                    <span class="visually-hidden">{crate::i18n::tr!("ranking-move-down", label = crate::i18n::texts().isolate(&label))}</span>
                </button>
            </span>
        }
    });
    view! {
        <li>
            // The property too: the list is drawn again in place, where a
            // menu the respondent changed no longer follows `selected`.
            <select
                prop:value=place.map(|p| p.to_string()).unwrap_or_default()
                id=select_id.clone()
                name=select_id.clone()
                on:change=move |ev| {
                    let place = event_target_value(&ev).parse::<usize>().ok();
                    move_to(place.and_then(|p| p.checked_sub(1)), option, Control::Select);
                }
            >
                <option value="">"–"</option>
                {places}
            </select>
            <label for=select_id>
                <span class="visually-hidden">{crate::i18n::tr!("ranking-place-of")}" "</span>
                <bdi>{label.clone()}</bdi>
            </label>
            {buttons}
        </li>
    }
}

/// A control of a ranking's item.
#[derive(Clone, Copy)]
enum Control {
    Select,
    Up,
    Down,
}

/// Focuses a control of the item at `position` (from 0) of the list.
fn focus_in_list(list: &str, position: usize, control: Control) {
    use leptos::wasm_bindgen::JsCast;
    let part = match control {
        Control::Select => "select",
        Control::Up => "button.up",
        Control::Down => "button.down",
    };
    let selector = format!("#{list} > li:nth-child({}) {part}", position + 1);
    if let Some(element) = document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
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
