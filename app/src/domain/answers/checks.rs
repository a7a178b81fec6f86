//! Each question kind's rules: what an answer may be, and the message
//! shown beside the question when it is not.

use super::super::answer_value::{AnswerValue, MISSING_ANSWER, OTHER_VALUE, answer_length};
use super::super::calendar_date::CalendarDate;
use super::super::decimal::Decimal;
use super::super::survey::{
    ChoiceList, FREE_TEXT_HARD_LIMIT, NumberRules, Question, QuestionKind, SHORT_TEXT_LIMIT,
};
use super::fields::Given;
use crate::i18n::Message;

/// The longest text for "Other (please specify)": a word or a short phrase,
/// as in a one-line field.
pub const OTHER_TEXT_LIMIT: usize = 200;

/// The answer to `question`, `None` when left empty (and allowed to be:
/// `required` is the question's own setting while it is shown).
pub(super) fn check_answer(
    question: &Question,
    required: bool,
    given: &Given<'_>,
) -> Result<Option<AnswerValue>, Message> {
    let answer = match &question.kind {
        QuestionKind::Checkboxes {
            list,
            min_selected,
            max_selected,
        } => checkboxes(list, *min_selected, *max_selected, given)?,
        QuestionKind::Matrix { rows, columns } => {
            matrix(rows.len(), columns.len(), required, &given.parts)?
        }
        QuestionKind::Ranking { options, .. } => ranking(options.len(), &given.parts)?,
        QuestionKind::Choice(list) | QuestionKind::Dropdown(list) => one_choice(list, given)?,
        kind => match given.main.filter(|v| !v.is_empty()) {
            None => None,
            Some(value) => Some(single(kind, value)?),
        },
    };
    match answer {
        None if required => Err(Message::new(MISSING_ANSWER)),
        answer => Ok(answer),
    }
}

/// The kinds answered in one field.
fn single(kind: &QuestionKind, value: &str) -> Result<AnswerValue, Message> {
    match kind {
        QuestionKind::FreeText { max_length } => {
            let limit = (*max_length).min(FREE_TEXT_HARD_LIMIT);
            if value.chars().any(is_forbidden_in_text) {
                return Err(Message::new("answer-control-characters-multiline"));
            }
            check_length(value, usize::from(limit))?;
            Ok(AnswerValue::Text(value.to_owned()))
        }
        QuestionKind::ShortText { max_length, format } => {
            if value.contains(['\n', '\r']) {
                return Err(Message::new("answer-one-line"));
            }
            if value.chars().any(char::is_control) {
                return Err(Message::new("answer-control-characters"));
            }
            check_length(value, usize::from((*max_length).min(SHORT_TEXT_LIMIT)))?;
            format.check(value).map_err(Message::new)?;
            Ok(AnswerValue::Text(value.to_owned()))
        }
        QuestionKind::Number(rules) => number(rules, value).map(AnswerValue::Number),
        QuestionKind::Date { earliest, latest } => {
            date(*earliest, *latest, value).map(AnswerValue::Date)
        }
        QuestionKind::Range { .. } => match value.parse::<u8>() {
            Ok(stars @ 1..=5) => Ok(AnswerValue::Rating(stars)),
            _ => Err(Message::new("answer-stars")),
        },
        QuestionKind::Scale { points, .. } => match value.parse::<u8>() {
            Ok(score) if (1..=*points).contains(&score) => Ok(AnswerValue::Score(score)),
            _ => Err(Message::new("answer-scale").number("points", points)),
        },
        QuestionKind::Nps { .. } => match value.parse::<u8>() {
            Ok(score @ 0..=10) => Ok(AnswerValue::Score(score)),
            _ => Err(Message::new("answer-nps")),
        },
        // Answered through `one_choice`, `checkboxes`, `matrix`, `ranking`.
        QuestionKind::Choice(_)
        | QuestionKind::Dropdown(_)
        | QuestionKind::Checkboxes { .. }
        | QuestionKind::Matrix { .. }
        | QuestionKind::Ranking { .. } => Err(Message::new(MISSING_ANSWER)),
    }
}

fn check_length(value: &str, limit: usize) -> Result<(), Message> {
    let length = answer_length(value);
    if length > limit {
        Err(Message::new("answer-too-long")
            .number("limit", limit)
            .number("length", length))
    } else {
        Ok(())
    }
}

/// NUL and the other control characters have no place in an answer (and
/// PostgreSQL cannot store NUL); tab and line breaks do.
fn is_forbidden_in_text(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The unit after a number (" kg"), or nothing.
fn unit_after(unit: Option<&str>) -> String {
    match unit {
        Some(unit) if !unit.is_empty() => format!(" {unit}"),
        _ => String::new(),
    }
}

fn number(rules: &NumberRules, value: &str) -> Result<Decimal, Message> {
    let Some(number) = Decimal::parse(value) else {
        return Err(unreadable_number(value, rules));
    };
    let out_of_range =
        rules.min.is_some_and(|min| number < min) || rules.max.is_some_and(|max| number > max);
    if out_of_range {
        return Err(range_message(rules));
    }
    let start = rules.min.or_else(|| Decimal::from_micros(0));
    if let (Some(step), Some(start)) = (rules.step.filter(|s| s.micros() > 0), start)
        && !number.is_on_step(start, step)
    {
        return Err(off_step(number, start, step, rules));
    }
    Ok(number)
}

/// The bounds of a number question, with its unit.
fn range_message(rules: &NumberRules) -> Message {
    let unit = unit_after(rules.unit.as_deref());
    match (rules.min, rules.max) {
        (Some(min), Some(max)) => Message::new("number-between")
            .typed("min", min)
            .typed("max", max)
            .text("unit", unit),
        (Some(min), None) => Message::new("number-at-least")
            .typed("min", min)
            .text("unit", unit),
        (None, Some(max)) => Message::new("number-at-most")
            .typed("max", max)
            .text("unit", unit),
        (None, None) => Message::new("number-any").typed("limit", Decimal::LIMIT / Decimal::SCALE),
    }
}

/// Says what is wrong with a number that does not read as one: too many
/// decimal places, too many digits, or not a number at all.
fn unreadable_number(value: &str, rules: &NumberRules) -> Message {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = digits.split_once(['.', ',']).unwrap_or((digits, ""));
    if whole.len() + fraction.len() == 0 || !plain(whole) || !plain(fraction) {
        Message::new("number-unreadable")
    } else if fraction.len() > Decimal::PLACES {
        Message::new("number-decimal-places").number("places", Decimal::PLACES)
    } else {
        range_message(rules)
    }
}

/// Names the allowed numbers nearest to an off-step answer.
fn off_step(number: Decimal, start: Decimal, step: Decimal, rules: &NumberRules) -> Message {
    let (n, s, d) = (
        i128::from(number.micros()),
        i128::from(start.micros()),
        i128::from(step.micros()),
    );
    let below = s + (n - s).div_euclid(d) * d;
    let nearest: Vec<Decimal> = [below, below + d]
        .into_iter()
        .filter_map(|micros| i64::try_from(micros).ok())
        .filter_map(Decimal::from_micros)
        .filter(|v| rules.min.is_none_or(|min| *v >= min) && rules.max.is_none_or(|max| *v <= max))
        .collect();
    let message = Message::new("number-step")
        .typed("step", step)
        .text("unit", unit_after(rules.unit.as_deref()));
    let message = if start.micros() == 0 {
        message.text("from", "zero")
    } else {
        message.text("from", "start").typed("start", start)
    };
    match nearest.as_slice() {
        [a, b] => message
            .text("nearest", "two")
            .typed("low", *a)
            .typed("high", *b),
        [a] => message.text("nearest", "one").typed("low", *a),
        _ => message.text("nearest", "none"),
    }
}

fn date(
    earliest: Option<CalendarDate>,
    latest: Option<CalendarDate>,
    value: &str,
) -> Result<CalendarDate, Message> {
    let Some(date) = CalendarDate::parse(value) else {
        return Err(Message::new("date-unreadable"));
    };
    let early = earliest.is_some_and(|e| date < e);
    let late = latest.is_some_and(|l| date > l);
    match (earliest, latest) {
        (Some(e), Some(l)) if early || late => Err(Message::new("date-between")
            .text("earliest", e.to_string())
            .text("latest", l.to_string())),
        (Some(e), None) if early => {
            Err(Message::new("date-on-or-after").text("earliest", e.to_string()))
        }
        (None, Some(l)) if late => {
            Err(Message::new("date-on-or-before").text("latest", l.to_string()))
        }
        _ => Ok(date),
    }
}

/// The text of "Other (please specify)": required once Other is chosen,
/// one line, bounded.
fn other_text(text: Option<&str>) -> Result<String, Message> {
    let text = text.unwrap_or("");
    if text.is_empty() {
        return Err(Message::new("other-missing"));
    }
    if text.chars().any(char::is_control) {
        return Err(Message::new("other-control-characters"));
    }
    let length = text.chars().count();
    if length > OTHER_TEXT_LIMIT {
        return Err(Message::new("other-too-long")
            .number("limit", OTHER_TEXT_LIMIT)
            .number("length", length));
    }
    Ok(text.to_owned())
}

fn option_index(value: &str, count: usize) -> Option<u16> {
    value
        .parse::<u16>()
        .ok()
        .filter(|i| usize::from(*i) < count)
}

/// Choice and dropdown. A typed "Other" text with nothing chosen counts as
/// choosing Other (as Google Forms does); beside a regular option it is
/// ignored.
fn one_choice(list: &ChoiceList, given: &Given<'_>) -> Result<Option<AnswerValue>, Message> {
    let other = given.other.filter(|t| !t.is_empty());
    match given.main.filter(|v| !v.is_empty()) {
        None if other.is_some() => other_text(other).map(|t| Some(AnswerValue::Other(t))),
        None => Ok(None),
        Some(OTHER_VALUE) if list.other => other_text(other).map(|t| Some(AnswerValue::Other(t))),
        Some(value) => match option_index(value, list.options.len()) {
            Some(index) => Ok(Some(AnswerValue::Choice(index))),
            None => Err(Message::new("choice-unknown")),
        },
    }
}

/// Several choices. Typing an "Other" text ticks Other, as it does in
/// Google Forms; the bounds count Other as one option.
fn checkboxes(
    list: &ChoiceList,
    min: Option<u16>,
    max: Option<u16>,
    given: &Given<'_>,
) -> Result<Option<AnswerValue>, Message> {
    let mut selected: Vec<u16> = Vec::new();
    let mut other_ticked = false;
    for value in given.values().filter(|v| !v.is_empty()) {
        if value == OTHER_VALUE && list.other {
            if other_ticked {
                return Err(Message::new("choices-repeated"));
            }
            other_ticked = true;
            continue;
        }
        let Some(index) = option_index(value, list.options.len()) else {
            return Err(Message::new("choices-unknown"));
        };
        if selected.contains(&index) {
            return Err(Message::new("choices-repeated"));
        }
        selected.push(index);
    }
    let other_typed = given.other.is_some_and(|t| !t.is_empty());
    let other = if other_ticked || other_typed {
        Some(other_text(given.other)?)
    } else {
        None
    };
    let count = selected.len() + usize::from(other.is_some());
    if count == 0 {
        return Ok(None);
    }
    let too_few = min.is_some_and(|m| count < usize::from(m));
    let too_many = max.is_some_and(|m| count > usize::from(m));
    if too_few || too_many {
        return Err(match (min, max) {
            (Some(lo), Some(hi)) if lo == hi => Message::new("choices-exactly").number("count", lo),
            (Some(lo), Some(hi)) => Message::new("choices-between")
                .number("min", lo)
                .number("max", hi),
            (Some(lo), None) => Message::new("choices-at-least").number("min", lo),
            (None, hi) => Message::new("choices-at-most").number("max", hi.unwrap_or(0)),
        });
    }
    selected.sort_unstable();
    Ok(Some(AnswerValue::Choices { selected, other }))
}

/// One column per row; a required matrix needs every row, an optional one
/// any of them.
fn matrix(
    rows: usize,
    columns: usize,
    required: bool,
    parts: &[Option<&str>],
) -> Result<Option<AnswerValue>, Message> {
    let mut answer = Vec::with_capacity(rows);
    for row in 0..rows {
        let value = parts.get(row).copied().flatten().filter(|v| !v.is_empty());
        match value.map(|v| option_index(v, columns)) {
            None => answer.push(None),
            Some(Some(column)) => answer.push(Some(column)),
            Some(None) => {
                return Err(Message::new("matrix-unknown"));
            }
        }
    }
    let left = answer.iter().filter(|a| a.is_none()).count();
    if left == rows {
        return Ok(None);
    }
    if required && left > 0 {
        return Err(Message::new("matrix-rows-left").number("left", left));
    }
    Ok(Some(AnswerValue::Matrix(answer)))
}

/// A place from 1 to n for each option, each place once.
fn ranking(options: usize, parts: &[Option<&str>]) -> Result<Option<AnswerValue>, Message> {
    let places: Vec<Option<&str>> = (0..options)
        .map(|i| parts.get(i).copied().flatten().filter(|v| !v.is_empty()))
        .collect();
    if places.iter().all(Option::is_none) {
        return Ok(None);
    }
    let refused = || Message::new("ranking-refused").number("options", options);
    let mut order: Vec<Option<u16>> = vec![None; options];
    for (option, place) in places.into_iter().enumerate() {
        let place = place
            .and_then(|p| p.parse::<usize>().ok())
            .filter(|p| (1..=options).contains(p))
            .ok_or_else(refused)?;
        let slot = &mut order[place - 1];
        if slot.is_some() {
            return Err(refused());
        }
        *slot = u16::try_from(option).ok();
    }
    order
        .into_iter()
        .collect::<Option<Vec<u16>>>()
        .map(|ranked| Some(AnswerValue::Ranking(ranked)))
        .ok_or_else(refused)
}
