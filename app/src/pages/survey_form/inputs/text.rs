//! Typed answers: long and short text, numbers and dates. No `maxlength`,
//! `pattern`, `min`-enforcement or `required` of the browser's own: the form
//! is `novalidate` and our messages, by the question, say what is wrong
//! (`maxlength` would also silently cut pasted text).

use leptos::prelude::*;

use super::super::super::raw_text::raw_text;
use super::{Ctx, hint};
use crate::domain::{
    CalendarDate, Decimal, FREE_TEXT_HARD_LIMIT, NumberRules, SHORT_TEXT_LIMIT, TextFormat,
    answer_length,
};

pub(in crate::pages) fn free_text(ctx: &Ctx, max_length: u16) -> AnyView {
    let name = ctx.name.clone();
    let limit = max_length.min(FREE_TEXT_HARD_LIMIT);
    let value = ctx.value();
    let typed = RwSignal::new(value.as_deref().map_or(0, answer_length));
    let counting = ctx.js;
    let over = move || counting.get() && typed.get() > usize::from(limit);
    // Only a page that runs this code can count; until then (and without
    // JavaScript) the hint states the limit.
    let counter = move || {
        if counting.get() {
            characters_left(typed.get(), usize::from(limit))
        } else {
            crate::i18n::tr!("text-up-to", limit = limit)
        }
    };
    let count_id = format!("{name}-count");
    view! {
        {ctx.label(&name)}
        <textarea
            id=name.clone()
            name=name
            rows="4"
            aria-required=ctx.aria_required()
            aria-invalid=ctx.invalid()
            aria-describedby=ctx.described_by(vec![count_id.clone()])
            on:input=move |ev| typed.set(answer_length(&event_target_value(&ev)))
        >
            {raw_text(value.unwrap_or_default())}
        </textarea>
        <p class="hint character-count" class:over=over id=count_id>{counter}</p>
    }
    .into_any()
}

/// What the counter under a free-text answer says.
fn characters_left(typed: usize, limit: usize) -> String {
    match limit.checked_sub(typed) {
        Some(left) => crate::i18n::tr!("characters-left", count = left),
        None => crate::i18n::tr!("characters-too-many", count = typed - limit),
    }
}

pub(in crate::pages) fn short_text(ctx: &Ctx, max_length: u16, format: TextFormat) -> AnyView {
    let name = ctx.name.clone();
    let hint_id = format!("{name}-hint");
    let hint_text = short_text_hint(max_length, format);
    let described = ctx.described_by(hint_text.iter().map(|_| hint_id.clone()).collect());
    // The keyboard and the browser's autofill that suit the format.
    let (autocomplete, inputmode) = match format {
        TextFormat::Email => (Some("email"), None),
        TextFormat::Url => (Some("url"), None),
        TextFormat::Phone => (Some("tel"), None),
        TextFormat::Digits => (None, Some("numeric")),
        TextFormat::Any | TextFormat::LettersAndDigits => (None, None),
    };
    let spellcheck = matches!(
        format,
        TextFormat::Email | TextFormat::Url | TextFormat::Digits | TextFormat::LettersAndDigits
    )
    .then_some("false");
    view! {
        {ctx.label(&name)}
        <input
            type=format.input_type()
            class="text-field"
            id=name.clone()
            name=name
            value=ctx.value()
            autocomplete=autocomplete
            inputmode=inputmode
            spellcheck=spellcheck
            aria-required=ctx.aria_required()
            aria-invalid=ctx.invalid()
            aria-describedby=described
        />
        {hint_text.map(|text| hint(hint_id, text))}
    }
    .into_any()
}

/// The format's example and a limit shorter than usual.
fn short_text_hint(max_length: u16, format: TextFormat) -> Option<String> {
    let example = match format {
        TextFormat::Any => None,
        TextFormat::Email => Some(crate::i18n::tr!("hint-email")),
        TextFormat::Url => Some(crate::i18n::tr!("hint-url")),
        TextFormat::Phone => Some(crate::i18n::tr!("hint-phone")),
        TextFormat::Digits => Some(crate::i18n::tr!("hint-digits")),
        TextFormat::LettersAndDigits => Some(crate::i18n::tr!("hint-letters-and-digits")),
    };
    let limit =
        (max_length < SHORT_TEXT_LIMIT).then(|| crate::i18n::tr!("text-up-to", limit = max_length));
    match (example, limit) {
        (None, None) => None,
        (Some(e), None) => Some(e),
        (None, Some(l)) => Some(l),
        (Some(e), Some(l)) => Some(crate::i18n::tr!(
            "hint-example-and-limit",
            example = e,
            limit = l
        )),
    }
}

pub(in crate::pages) fn number(ctx: &Ctx, rules: NumberRules) -> AnyView {
    let name = ctx.name.clone();
    let hint_id = format!("{name}-hint");
    let unit_id = format!("{name}-unit");
    let hint_text = number_hint(&rules);
    let mut ids = Vec::new();
    if rules.unit.is_some() {
        ids.push(unit_id.clone());
    }
    if hint_text.is_some() {
        ids.push(hint_id.clone());
    }
    let step = rules
        .step
        .map_or_else(|| "any".to_owned(), |s| s.to_string());
    view! {
        {ctx.label(&name)}
        <div class="with-unit">
            <input
                type="number"
                inputmode="decimal"
                class="number-field"
                id=name.clone()
                name=name
                value=ctx.value()
                min=rules.min.map(|d| d.to_string())
                max=rules.max.map(|d| d.to_string())
                step=step
                aria-required=ctx.aria_required()
                aria-invalid=ctx.invalid()
                aria-describedby=ctx.described_by(ids)
            />
            {rules.unit.map(|unit| view! { <span class="unit" id=unit_id>{unit}</span> })}
        </div>
        {hint_text.map(|text| hint(hint_id, text))}
    }
    .into_any()
}

/// "From 0 to 120 kg", "At least 1", "In steps of 0.5".
fn number_hint(rules: &NumberRules) -> Option<String> {
    let unit = match &rules.unit {
        Some(unit) if !unit.is_empty() => format!(" {unit}"),
        _ => String::new(),
    };
    let n = |d: Decimal| number_arg(&d);
    let bounds = match (rules.min, rules.max) {
        (Some(min), Some(max)) => Some(crate::i18n::tr!(
            "number-hint-between",
            min = n(min),
            max = n(max),
            unit = unit
        )),
        (Some(min), None) => Some(crate::i18n::tr!(
            "number-hint-at-least",
            min = n(min),
            unit = unit
        )),
        (None, Some(max)) => Some(crate::i18n::tr!(
            "number-hint-at-most",
            max = n(max),
            unit = unit
        )),
        (None, None) => None,
    };
    match (bounds, rules.step) {
        (None, None) => None,
        (Some(b), None) => Some(crate::i18n::tr!("number-hint-bounds", bounds = b)),
        (None, Some(step)) => Some(crate::i18n::tr!("number-hint-step", step = n(step))),
        (Some(b), Some(step)) => Some(crate::i18n::tr!(
            "number-hint-bounds-step",
            bounds = b,
            step = n(step)
        )),
    }
}

pub(in crate::pages) fn date(
    ctx: &Ctx,
    earliest: Option<CalendarDate>,
    latest: Option<CalendarDate>,
) -> AnyView {
    let name = ctx.name.clone();
    let hint_id = format!("{name}-hint");
    let hint_text = match (earliest, latest) {
        (Some(e), Some(l)) => Some(crate::i18n::tr!(
            "date-hint-between",
            earliest = long_date(e),
            latest = long_date(l)
        )),
        (Some(e), None) => Some(crate::i18n::tr!("date-hint-after", earliest = long_date(e))),
        (None, Some(l)) => Some(crate::i18n::tr!("date-hint-before", latest = long_date(l))),
        (None, None) => None,
    };
    let described = ctx.described_by(hint_text.iter().map(|_| hint_id.clone()).collect());
    view! {
        {ctx.label(&name)}
        <input
            type="date"
            class="date-field"
            id=name.clone()
            name=name
            value=ctx.value()
            min=earliest.map(|d| d.to_string())
            max=latest.map(|d| d.to_string())
            aria-required=ctx.aria_required()
            aria-invalid=ctx.invalid()
            aria-describedby=described
        />
        {hint_text.map(|text| hint(hint_id, text))}
    }
    .into_any()
}

/// A bound or step as a message's number: as the respondent would type it.
fn number_arg(value: &Decimal) -> crate::i18n::Arg {
    crate::i18n::Arg::Typed(value.to_string().parse().unwrap_or(0.0))
}

/// "1 March 2026", "1. März 2026": unambiguous wherever it is read,
/// unlike 03/01/2026.
fn long_date(date: CalendarDate) -> String {
    crate::i18n::texts().long_date_of(&date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_counter_says_what_is_left_or_how_much_is_too_much() {
        assert_eq!(characters_left(0, 2000), "2,000 characters left");
        assert_eq!(characters_left(1999, 2000), "1 character left");
        assert_eq!(characters_left(2000, 2000), "0 characters left");
        assert_eq!(characters_left(2001, 2000), "1 character too many");
        assert_eq!(characters_left(2012, 2000), "12 characters too many");
    }

    #[test]
    fn line_breaks_count_once_however_they_arrive() {
        assert_eq!(answer_length("a\nb"), 3);
        assert_eq!(answer_length("a\r\nb"), 3);
        assert_eq!(answer_length("\u{1F600}é"), 2);
    }

    #[test]
    fn number_hints_say_the_bounds_with_the_unit() {
        let d = |s: &str| Decimal::parse(s);
        let rules = NumberRules {
            min: d("0"),
            max: d("120"),
            step: None,
            unit: Some("kg".into()),
        };
        assert_eq!(number_hint(&rules).as_deref(), Some("From 0 to 120 kg."));
        let rules = NumberRules {
            min: d("1"),
            step: d("0.5"),
            ..NumberRules::default()
        };
        assert_eq!(
            number_hint(&rules).as_deref(),
            Some("At least 1, in steps of 0.5.")
        );
        assert_eq!(number_hint(&NumberRules::default()), None);
    }

    #[test]
    fn dates_are_written_out() {
        let date = CalendarDate::parse("2026-03-01").unwrap();
        assert_eq!(long_date(date), "1 March 2026");
    }

    #[test]
    fn short_text_hints_give_an_example_and_a_short_limit() {
        assert_eq!(short_text_hint(SHORT_TEXT_LIMIT, TextFormat::Any), None);
        assert_eq!(
            short_text_hint(20, TextFormat::Digits).as_deref(),
            Some("Digits only. Up to 20 characters.")
        );
    }
}
