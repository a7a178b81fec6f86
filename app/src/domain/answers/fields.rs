//! Posted fields sorted out per question, following the names in `mod.rs`:
//! `q-{id}` (repeated for checkboxes only), `q-{id}-other` where the
//! question offers "Other", `q-{id}-{i}` for the parts of a matrix or a
//! ranking. Anything else is an unknown field of the form.

use super::super::ids::QuestionId;
use super::super::survey::{Question, QuestionKind};
use crate::i18n::Message;

/// What was posted for one question, values trimmed, nothing copied.
#[derive(Debug, Default)]
pub(super) struct Given<'a> {
    /// The first `q-{id}` value.
    pub main: Option<&'a str>,
    /// Further `q-{id}` values (only checkboxes post more than one).
    pub more: Vec<&'a str>,
    /// The text of "Other (please specify)".
    pub other: Option<&'a str>,
    /// Per matrix row or ranking option, its value; allocated only when a
    /// part arrives.
    pub parts: Vec<Option<&'a str>>,
}

impl<'a> Given<'a> {
    /// Every `q-{id}` value, in the order posted.
    pub fn values(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.main.into_iter().chain(self.more.iter().copied())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Main,
    Other,
    Indexed(usize),
}

/// Digits without a sign or a leading zero, so that each question and part
/// has exactly one name.
fn canonical_number(text: &str) -> Option<u64> {
    let ok = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if ok { text.parse().ok() } else { None }
}

fn parse_name(name: &str) -> Option<(QuestionId, Part)> {
    let rest = name.strip_prefix("q-")?;
    let (id, tail) = match rest.split_once('-') {
        Some((id, tail)) => (id, Some(tail)),
        None => (rest, None),
    };
    let id = QuestionId(i64::try_from(canonical_number(id)?).ok()?);
    let part = match tail {
        None => Part::Main,
        Some("other") => Part::Other,
        Some(index) => Part::Indexed(usize::try_from(canonical_number(index)?).ok()?),
    };
    Some((id, part))
}

/// The question a posted field belongs to, whichever of its fields it is.
pub fn field_question(name: &str) -> Option<QuestionId> {
    parse_name(name).map(|(id, _)| id)
}

#[cfg(test)]
pub(super) fn question_of_field(name: &str) -> Option<QuestionId> {
    match parse_name(name) {
        Some((id, Part::Main)) => Some(id),
        _ => None,
    }
}

/// How many part fields a question has (matrix rows, ranked options).
fn part_count(kind: &QuestionKind) -> usize {
    match kind {
        QuestionKind::Matrix { rows, .. } => rows.len(),
        QuestionKind::Ranking { options, .. } => options.len(),
        _ => 0,
    }
}

fn offers_other(kind: &QuestionKind) -> bool {
    match kind {
        QuestionKind::Choice(list)
        | QuestionKind::Dropdown(list)
        | QuestionKind::Checkboxes { list, .. } => list.other,
        _ => false,
    }
}

/// Sorts `fields` out per question (in the order of `questions`); unknown
/// and repeated fields are reported in `form`.
pub(super) fn sort_out<'a>(
    questions: &[Question],
    fields: &'a [(String, String)],
    form: &mut Vec<Message>,
) -> Vec<Given<'a>> {
    let mut given: Vec<Given<'a>> = Vec::with_capacity(questions.len());
    given.resize_with(questions.len(), Given::default);
    for (name, value) in fields {
        let value = value.trim();
        let found = parse_name(name).and_then(|(id, part)| {
            let index = questions.iter().position(|q| q.id == id)?;
            Some((index, part))
        });
        let Some((index, part)) = found else {
            form.push(unknown(name));
            continue;
        };
        let kind = &questions[index].kind;
        let has_parts = part_count(kind) > 0;
        let entry = &mut given[index];
        let slot = match part {
            Part::Main if has_parts => None,
            Part::Main if entry.main.is_none() => Some(&mut entry.main),
            Part::Main if matches!(kind, QuestionKind::Checkboxes { .. }) => {
                entry.more.push(value);
                continue;
            }
            Part::Main => Some(&mut entry.main),
            Part::Other if offers_other(kind) => Some(&mut entry.other),
            Part::Other => None,
            Part::Indexed(i) if i < part_count(kind) => {
                if entry.parts.is_empty() {
                    entry.parts = vec![None; part_count(kind)];
                }
                Some(&mut entry.parts[i])
            }
            Part::Indexed(_) => None,
        };
        match slot {
            None => form.push(unknown(name)),
            Some(Some(_)) => {
                form.push(Message::new("form-answer-twice").number("number", index + 1))
            }
            Some(slot) => *slot = Some(value),
        }
    }
    given
}

fn unknown(name: &str) -> Message {
    Message::new("form-unknown-field").text("name", shorten(name))
}

/// Field names come from the client; echo only a bounded prefix of them.
fn shorten(name: &str) -> String {
    let short: String = name.chars().take(40).collect();
    if short.len() < name.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Every value posted under `name`, in order: what a refused form shows
/// again (all ticked checkboxes share one name; other fields have one).
pub fn kept_values<'a>(fields: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    fields
        .iter()
        .filter(|(field, _)| field == name)
        .map(|(_, value)| value.as_str())
        .collect()
}

/// The value posted under `name`, if any: a text, number or date field, the
/// chosen radio button or menu item, a matrix row, a ranking place.
pub fn kept_value<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(field, _)| field == name)
        .map(|(_, value)| value.as_str())
}
