//! Each question kind's rules: what an answer may be, and the message
//! shown beside the question when it is not.

use super::super::answer_value::{AnswerValue, MISSING_ANSWER, OTHER_VALUE, answer_length};
use super::super::calendar_date::CalendarDate;
use super::super::decimal::Decimal;
use super::super::survey::{
    ChoiceList, FREE_TEXT_HARD_LIMIT, NumberRules, Question, QuestionKind, SHORT_TEXT_LIMIT,
};
use super::fields::Given;

/// The longest text for "Other (please specify)": a word or a short phrase,
/// as in a one-line field.
pub const OTHER_TEXT_LIMIT: usize = 200;

const CONTROL_CHARACTERS: &str = "Your answer contains invisible control characters; please retype it (line breaks and tabs are fine).";

/// The answer to `question`, `None` when left empty (and allowed to be:
/// `required` is the question's own setting while it is shown).
pub(super) fn check_answer(
    question: &Question,
    required: bool,
    given: &Given<'_>,
) -> Result<Option<AnswerValue>, String> {
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
        None if required => Err(MISSING_ANSWER.to_owned()),
        answer => Ok(answer),
    }
}

/// The kinds answered in one field.
fn single(kind: &QuestionKind, value: &str) -> Result<AnswerValue, String> {
    match kind {
        QuestionKind::FreeText { max_length } => {
            let limit = (*max_length).min(FREE_TEXT_HARD_LIMIT);
            if value.chars().any(is_forbidden_in_text) {
                return Err(CONTROL_CHARACTERS.to_owned());
            }
            check_length(value, usize::from(limit))?;
            Ok(AnswerValue::Text(value.to_owned()))
        }
        QuestionKind::ShortText { max_length, format } => {
            if value.contains(['\n', '\r']) {
                return Err("Please keep your answer on one line.".to_owned());
            }
            if value.chars().any(char::is_control) {
                return Err(
                    "Your answer contains invisible control characters; please retype it."
                        .to_owned(),
                );
            }
            check_length(value, usize::from((*max_length).min(SHORT_TEXT_LIMIT)))?;
            format.check(value)?;
            Ok(AnswerValue::Text(value.to_owned()))
        }
        QuestionKind::Number(rules) => number(rules, value).map(AnswerValue::Number),
        QuestionKind::Date { earliest, latest } => {
            date(*earliest, *latest, value).map(AnswerValue::Date)
        }
        QuestionKind::Range { .. } => match value.parse::<u8>() {
            Ok(stars @ 1..=5) => Ok(AnswerValue::Rating(stars)),
            _ => Err("Please choose from 1 to 5 stars.".to_owned()),
        },
        QuestionKind::Scale { points, .. } => match value.parse::<u8>() {
            Ok(score) if (1..=*points).contains(&score) => Ok(AnswerValue::Score(score)),
            _ => Err(format!("Please choose a number from 1 to {points}.")),
        },
        QuestionKind::Nps { .. } => match value.parse::<u8>() {
            Ok(score @ 0..=10) => Ok(AnswerValue::Score(score)),
            _ => Err("Please choose a number from 0 to 10.".to_owned()),
        },
        // Answered through `one_choice`, `checkboxes`, `matrix`, `ranking`.
        QuestionKind::Choice(_)
        | QuestionKind::Dropdown(_)
        | QuestionKind::Checkboxes { .. }
        | QuestionKind::Matrix { .. }
        | QuestionKind::Ranking { .. } => Err(MISSING_ANSWER.to_owned()),
    }
}

fn check_length(value: &str, limit: usize) -> Result<(), String> {
    let length = answer_length(value);
    if length > limit {
        Err(format!(
            "Please shorten your answer to at most {limit} characters (it has {length})."
        ))
    } else {
        Ok(())
    }
}

/// NUL and the other control characters have no place in an answer (and
/// PostgreSQL cannot store NUL); tab and line breaks do.
fn is_forbidden_in_text(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

fn with_unit(value: Decimal, unit: Option<&str>) -> String {
    match unit {
        Some(unit) if !unit.is_empty() => format!("{value} {unit}"),
        _ => value.to_string(),
    }
}

fn number(rules: &NumberRules, value: &str) -> Result<Decimal, String> {
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
fn range_message(rules: &NumberRules) -> String {
    let unit = rules.unit.as_deref();
    match (rules.min, rules.max) {
        (Some(min), Some(max)) => format!(
            "Please enter a number from {min} to {}.",
            with_unit(max, unit)
        ),
        (Some(min), None) => format!(
            "Please enter a number of at least {}.",
            with_unit(min, unit)
        ),
        (None, Some(max)) => format!("Please enter a number of at most {}.", with_unit(max, unit)),
        (None, None) => {
            let limit = Decimal::LIMIT / Decimal::SCALE;
            format!("Please enter a number from -{limit} to {limit}.")
        }
    }
}

/// Says what is wrong with a number that does not read as one: too many
/// decimal places, too many digits, or not a number at all.
fn unreadable_number(value: &str, rules: &NumberRules) -> String {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = digits.split_once(['.', ',']).unwrap_or((digits, ""));
    if whole.len() + fraction.len() == 0 || !plain(whole) || !plain(fraction) {
        "Please enter a number, such as 12 or 3.5.".to_owned()
    } else if fraction.len() > Decimal::PLACES {
        format!(
            "Please enter a number with at most {} decimal places.",
            Decimal::PLACES
        )
    } else {
        range_message(rules)
    }
}

/// Names the allowed numbers nearest to an off-step answer.
fn off_step(number: Decimal, start: Decimal, step: Decimal, rules: &NumberRules) -> String {
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
    let unit = rules.unit.as_deref();
    let from = if start.micros() == 0 {
        String::new()
    } else {
        format!(" from {start}")
    };
    let hint = match nearest.as_slice() {
        [a, b] => format!(": the nearest are {a} and {}", with_unit(*b, unit)),
        [a] => format!(": the nearest is {}", with_unit(*a, unit)),
        _ => String::new(),
    };
    format!("Please enter a number in steps of {step}{from}{hint}.")
}

fn date(
    earliest: Option<CalendarDate>,
    latest: Option<CalendarDate>,
    value: &str,
) -> Result<CalendarDate, String> {
    let Some(date) = CalendarDate::parse(value) else {
        return Err("Please enter a date as year-month-day, such as 2026-03-31.".to_owned());
    };
    let early = earliest.is_some_and(|e| date < e);
    let late = latest.is_some_and(|l| date > l);
    match (earliest, latest) {
        (Some(e), Some(l)) if early || late => {
            Err(format!("Please choose a date from {e} to {l}."))
        }
        (Some(e), None) if early => Err(format!("Please choose a date on or after {e}.")),
        (None, Some(l)) if late => Err(format!("Please choose a date on or before {l}.")),
        _ => Ok(date),
    }
}

/// The text of "Other (please specify)": required once Other is chosen,
/// one line, bounded.
fn other_text(text: Option<&str>) -> Result<String, String> {
    let text = text.unwrap_or("");
    if text.is_empty() {
        return Err("Please say what \"Other\" is.".to_owned());
    }
    if text.chars().any(char::is_control) {
        return Err(
            "Your \"Other\" answer contains line breaks or invisible control characters; please retype it."
                .to_owned(),
        );
    }
    let length = text.chars().count();
    if length > OTHER_TEXT_LIMIT {
        return Err(format!(
            "Please shorten your \"Other\" answer to at most {OTHER_TEXT_LIMIT} characters (it has {length})."
        ));
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
fn one_choice(list: &ChoiceList, given: &Given<'_>) -> Result<Option<AnswerValue>, String> {
    let other = given.other.filter(|t| !t.is_empty());
    match given.main.filter(|v| !v.is_empty()) {
        None if other.is_some() => other_text(other).map(|t| Some(AnswerValue::Other(t))),
        None => Ok(None),
        Some(OTHER_VALUE) if list.other => other_text(other).map(|t| Some(AnswerValue::Other(t))),
        Some(value) => match option_index(value, list.options.len()) {
            Some(index) => Ok(Some(AnswerValue::Choice(index))),
            None => Err("Please choose one of the options.".to_owned()),
        },
    }
}

fn options_word(n: u16) -> &'static str {
    if n == 1 { "option" } else { "options" }
}

/// Several choices. Typing an "Other" text ticks Other, as it does in
/// Google Forms; the bounds count Other as one option.
fn checkboxes(
    list: &ChoiceList,
    min: Option<u16>,
    max: Option<u16>,
    given: &Given<'_>,
) -> Result<Option<AnswerValue>, String> {
    let mut selected: Vec<u16> = Vec::new();
    let mut other_ticked = false;
    for value in given.values().filter(|v| !v.is_empty()) {
        if value == OTHER_VALUE && list.other {
            if other_ticked {
                return Err("Each option can be ticked only once.".to_owned());
            }
            other_ticked = true;
            continue;
        }
        let Some(index) = option_index(value, list.options.len()) else {
            return Err("Please choose only from the options.".to_owned());
        };
        if selected.contains(&index) {
            return Err("Each option can be ticked only once.".to_owned());
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
            (Some(lo), Some(hi)) if lo == hi => {
                format!("Please tick exactly {lo} {}.", options_word(lo))
            }
            (Some(lo), Some(hi)) => format!("Please tick from {lo} to {hi} options."),
            (Some(lo), None) => format!("Please tick at least {lo} {}.", options_word(lo)),
            (None, hi) => {
                let hi = hi.unwrap_or(0);
                format!("Please tick at most {hi} {}.", options_word(hi))
            }
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
) -> Result<Option<AnswerValue>, String> {
    let mut answer = Vec::with_capacity(rows);
    for row in 0..rows {
        let value = parts.get(row).copied().flatten().filter(|v| !v.is_empty());
        match value.map(|v| option_index(v, columns)) {
            None => answer.push(None),
            Some(Some(column)) => answer.push(Some(column)),
            Some(None) => {
                return Err("Please choose one of the columns in each row.".to_owned());
            }
        }
    }
    let left = answer.iter().filter(|a| a.is_none()).count();
    if left == rows {
        return Ok(None);
    }
    if required && left > 0 {
        return Err(if left == 1 {
            "Please answer every row: 1 row is left.".to_owned()
        } else {
            format!("Please answer every row: {left} rows are left.")
        });
    }
    Ok(Some(AnswerValue::Matrix(answer)))
}

/// A place from 1 to n for each option, each place once.
fn ranking(options: usize, parts: &[Option<&str>]) -> Result<Option<AnswerValue>, String> {
    let places: Vec<Option<&str>> = (0..options)
        .map(|i| parts.get(i).copied().flatten().filter(|v| !v.is_empty()))
        .collect();
    if places.iter().all(Option::is_none) {
        return Ok(None);
    }
    let refused = || format!("Give each option a different place from 1 to {options}.");
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
