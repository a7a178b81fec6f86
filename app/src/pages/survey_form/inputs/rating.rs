//! Ratings: 1 to 5 stars, a numbered scale and the Net Promoter Score. Each
//! is a radio group (arrow keys move within it, Tab leaves it) whose inputs
//! are drawn by their labels.

use leptos::prelude::*;

use super::Ctx;

pub(in crate::pages) fn stars(
    ctx: &Ctx,
    low_label: Option<String>,
    high_label: Option<String>,
) -> AnyView {
    let name = ctx.name.clone();
    let chosen = RwSignal::new(
        ctx.value()
            .and_then(|v| v.trim().parse::<u8>().ok())
            .unwrap_or(0),
    );
    let stars = (1..=5u8)
        .map(|stars| {
            let input_id = format!("{name}-{stars}");
            let text = crate::i18n::tr!("stars", count = stars);
            let class = move || {
                if chosen.get() >= stars {
                    "rating rating-over"
                } else {
                    "rating"
                }
            };
            view! {
                <span class=class>
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=name.clone()
                        value=stars
                        checked=chosen.get_untracked() == stars
                        on:change=move |_| chosen.set(stars)
                    />
                    <label for=input_id>
                        <span aria-hidden="true">"★"</span>
                        <span class="visually-hidden">{text}</span>
                    </label>
                </span>
            }
        })
        .collect_view();
    let (ends, ends_id) = end_labels(ctx, 1, 5, low_label, high_label);
    view! {
        <fieldset aria-describedby=ctx.described_by(ends_id)>
            {ctx.legend()}
            <div class="stars">{stars}</div>
            {ends}
        </fieldset>
    }
    .into_any()
}

/// A rating scale (`low` 1) or the NPS (`low` 0 to 10) as a row of numbered
/// buttons.
pub(in crate::pages) fn scale(
    ctx: &Ctx,
    low: u8,
    high: u8,
    low_label: Option<String>,
    high_label: Option<String>,
) -> AnyView {
    let name = ctx.name.clone();
    let chosen = ctx.value().and_then(|v| v.trim().parse::<u8>().ok());
    let points = (low..=high)
        .map(|point| {
            let input_id = format!("{name}-{point}");
            view! {
                <span class="point">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=name.clone()
                        value=point
                        checked=chosen == Some(point)
                    />
                    <label for=input_id>{point}</label>
                </span>
            }
        })
        .collect_view();
    let (ends, ends_id) = end_labels(ctx, low, high, low_label, high_label);
    let class = format!("scale points-{}", high - low + 1);
    view! {
        <fieldset aria-describedby=ctx.described_by(ends_id)>
            {ctx.legend()}
            <div class=class>{points}</div>
            {ends}
        </fieldset>
    }
    .into_any()
}

/// "1 = Poor" under the low end, "5 = Excellent" under the high end.
fn end_labels(
    ctx: &Ctx,
    low: u8,
    high: u8,
    low_label: Option<String>,
    high_label: Option<String>,
) -> (Option<AnyView>, Vec<String>) {
    if low_label.is_none() && high_label.is_none() {
        return (None, Vec::new());
    }
    let id = format!("{}-ends", ctx.name);
    let view = view! {
        <p class="range-ends" id=id.clone()>
            <span dir="auto">{low_label.map(|l| crate::i18n::tr!("scale-end", point = low, label = l))}</span>
            <span dir="auto">{high_label.map(|h| crate::i18n::tr!("scale-end", point = high, label = h))}</span>
        </p>
    }
    .into_any();
    (Some(view), vec![id])
}
