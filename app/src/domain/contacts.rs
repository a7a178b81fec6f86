//! A survey's contacts as a subscriber gives them: CSV text (pasted, typed
//! or read from a file), one contact a line, checked as a whole so that a
//! list with a bad line imports nothing; and the `{{name}}` placeholders of
//! the invitation text they fill in.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Email;
use crate::i18n::Message;

/// A problem of a list in the page's language.
fn said(key: &str) -> String {
    Message::new(key).in_page_language()
}

/// Most contacts one import may add.
pub const MAX_CONTACTS_PER_IMPORT: usize = 10_000;
const MAX_NAME_CHARS: usize = 200;
const MAX_VALUE_CHARS: usize = 500;
const MAX_ATTRIBUTES: usize = 20;

/// One contact to add: an email, a name (may be empty) and the other
/// columns of its line, by column name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactInput {
    pub email: Email,
    pub name: String,
    pub attributes: BTreeMap<String, String>,
}

/// What is wrong with a list, line by line (1-based, as an editor shows).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactListErrors(pub Vec<(usize, String)>);

impl ContactListErrors {
    /// One message naming the first few bad lines.
    pub fn summary(&self) -> String {
        self.summary_of("Line")
    }

    /// One message naming the first few bad ones, each `Line {number}`,
    /// or `Contact {number}` when `unit` is "Contact".
    pub fn summary_of(&self, unit: &str) -> String {
        let key = if unit == "Contact" {
            "msg-contacts-contact-problem"
        } else {
            "msg-contacts-line-problem"
        };
        let shown: Vec<String> = self
            .0
            .iter()
            .take(5)
            .map(|(line, problem)| {
                Message::new(key)
                    .typed("number", line)
                    .text("problem", problem.clone())
                    .in_page_language()
            })
            .collect();
        let more = self.0.len().saturating_sub(shown.len());
        let problems = shown.join(" ");
        if more > 0 {
            Message::new("msg-contacts-nothing-added-more")
                .text("problems", problems)
                .typed("more", more)
                .in_page_language()
        } else {
            Message::new("msg-contacts-nothing-added")
                .text("problems", problems)
                .in_page_language()
        }
    }
}

/// Parses a list. With a first line naming an `email` column, the columns
/// are named by it (`name` is the name, any other column an attribute);
/// otherwise each line is `email` or `email,name`.
pub fn parse_contacts(text: &str) -> Result<Vec<ContactInput>, ContactListErrors> {
    let records = match split_records(text) {
        Ok(records) => records,
        Err(line) => {
            return Err(ContactListErrors(vec![(
                line,
                said("msg-contacts-quote-not-closed"),
            )]));
        }
    };
    let mut records = records
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let Some(first) = records.next() else {
        return Err(ContactListErrors(vec![(
            1,
            said("msg-contacts-none-in-list"),
        )]));
    };
    let header = first
        .1
        .iter()
        .any(|c| c.trim().eq_ignore_ascii_case("email"));
    let (columns, rest): (Vec<String>, Vec<(usize, Vec<String>)>) = if header {
        let columns = first.1.iter().map(|c| column_name(c)).collect::<Vec<_>>();
        if let Some(problem) = header_problem(&columns) {
            return Err(ContactListErrors(vec![(first.0, problem)]));
        }
        (columns, records.collect())
    } else {
        (
            vec!["email".into(), "name".into()],
            std::iter::once(first).chain(records).collect(),
        )
    };
    check_rows(&columns, rest, Unit::Line)
}

/// Contacts given one by one (the API's `{email, name, attributes}`), checked
/// as the lines of a list are; problems are numbered from 1 in the order
/// given ([`ContactListErrors::summary_of`] with "Contact").
pub fn contacts_from_fields(
    items: Vec<(String, String, BTreeMap<String, String>)>,
) -> Result<Vec<ContactInput>, ContactListErrors> {
    if items.is_empty() {
        return Err(ContactListErrors(vec![(
            1,
            said("msg-contacts-none-given"),
        )]));
    }
    let mut columns = vec!["email".to_owned(), "name".to_owned()];
    let mut errors = Vec::new();
    for (place, (_, _, attributes)) in items.iter().enumerate() {
        for key in attributes.keys() {
            if !is_placeholder_name(key) || key == "email" || key == "name" {
                errors.push((
                    place + 1,
                    Message::new("msg-contacts-attribute-name")
                        .text("name", shorten(key))
                        .in_page_language(),
                ));
            } else if !columns.contains(key) {
                columns.push(key.clone());
            }
        }
    }
    if let Some(problem) = header_problem(&columns) {
        return Err(ContactListErrors(vec![(1, problem)]));
    }
    let rows = items
        .into_iter()
        .enumerate()
        .map(|(place, (email, name, mut attributes))| {
            let mut cells = vec![email, name];
            cells.extend(
                columns[2..]
                    .iter()
                    .map(|column| attributes.remove(column).unwrap_or_default()),
            );
            (place + 1, cells)
        })
        .collect();
    match (check_rows(&columns, rows, Unit::Contact), errors.is_empty()) {
        (Ok(contacts), true) => Ok(contacts),
        (Ok(_), false) => Err(ContactListErrors(errors)),
        (Err(ContactListErrors(more)), _) => {
            errors.extend(more);
            errors.sort_by_key(|(place, _)| *place);
            Err(ContactListErrors(errors))
        }
    }
}

/// What the numbers of a list's problems count.
#[derive(Clone, Copy)]
enum Unit {
    Line,
    Contact,
}

/// Each row (numbered) as a contact of `columns`; all or nothing, and no
/// email twice.
fn check_rows(
    columns: &[String],
    rest: Vec<(usize, Vec<String>)>,
    unit: Unit,
) -> Result<Vec<ContactInput>, ContactListErrors> {
    if rest.len() > MAX_CONTACTS_PER_IMPORT {
        return Err(ContactListErrors(vec![(
            rest[MAX_CONTACTS_PER_IMPORT].0,
            Message::new("msg-contacts-too-many")
                .typed("max", MAX_CONTACTS_PER_IMPORT)
                .in_page_language(),
        )]));
    }
    let mut errors = Vec::new();
    let mut contacts: Vec<ContactInput> = Vec::with_capacity(rest.len());
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (line, cells) in rest {
        match contact_of(columns, &cells) {
            Ok(contact) => {
                let key = contact.email.as_str().to_lowercase();
                if let Some(first) = seen.get(&key) {
                    let message = match unit {
                        Unit::Line => "msg-contacts-repeated-line",
                        Unit::Contact => "msg-contacts-repeated-contact",
                    };
                    errors.push((
                        line,
                        Message::new(message)
                            .text("email", contact.email.as_str())
                            .typed("first", first)
                            .in_page_language(),
                    ));
                } else {
                    seen.insert(key, line);
                    contacts.push(contact);
                }
            }
            Err(problem) => errors.push((line, problem)),
        }
    }
    if errors.is_empty() {
        Ok(contacts)
    } else {
        Err(ContactListErrors(errors))
    }
}

fn column_name(cell: &str) -> String {
    cell.trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

fn header_problem(columns: &[String]) -> Option<String> {
    for (index, column) in columns.iter().enumerate() {
        if !is_placeholder_name(column) {
            return Some(
                Message::new("msg-contacts-column-name")
                    .typed("column", index + 1)
                    .in_page_language(),
            );
        }
        if columns[..index].contains(column) {
            return Some(
                Message::new("msg-contacts-column-twice")
                    .text("column", column.clone())
                    .in_page_language(),
            );
        }
    }
    if columns.len() > MAX_ATTRIBUTES + 2 {
        return Some(
            Message::new("msg-contacts-too-many-columns")
                .typed("max", MAX_ATTRIBUTES)
                .in_page_language(),
        );
    }
    None
}

fn contact_of(columns: &[String], cells: &[String]) -> Result<ContactInput, String> {
    if cells.len() > columns.len() {
        return Err(Message::new("msg-contacts-too-many-values")
            .typed("values", cells.len())
            .typed("columns", columns.len())
            .in_page_language());
    }
    let mut email = None;
    let mut name = String::new();
    let mut attributes = BTreeMap::new();
    for (column, cell) in columns.iter().zip(cells) {
        let value = cell.trim();
        match column.as_str() {
            "email" => {
                email = Some(Email::parse(value).map_err(|_| {
                    Message::new("msg-contacts-not-an-email")
                        .text("value", shorten(value))
                        .in_page_language()
                })?)
            }
            "name" if value.chars().count() > MAX_NAME_CHARS => {
                return Err(Message::new("msg-contacts-name-too-long")
                    .typed("max", MAX_NAME_CHARS)
                    .in_page_language());
            }
            "name" => name = value.to_owned(),
            _ if value.chars().count() > MAX_VALUE_CHARS => {
                return Err(Message::new("msg-contacts-value-too-long")
                    .text("column", column.clone())
                    .typed("max", MAX_VALUE_CHARS)
                    .in_page_language());
            }
            _ => {
                attributes.insert(column.clone(), value.to_owned());
            }
        }
    }
    let email = email.ok_or_else(|| said("msg-contacts-email-missing"))?;
    Ok(ContactInput {
        email,
        name,
        attributes,
    })
}

fn shorten(value: &str) -> String {
    let mut short: String = value.chars().take(60).collect();
    if short.len() < value.len() {
        short.push('…');
    }
    short
}

/// RFC 4180 records with the line each starts on; a quoted value may hold
/// commas, quotes (doubled) and line breaks. `Err(line)`: a quote left open.
fn split_records(text: &str) -> Result<Vec<(usize, Vec<String>)>, usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    // A separator or the first character of the text: a quote may open.
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if at_cell_start => quoted = true,
            '\n' if quoted => {
                line += 1;
                cell.push('\n');
            }
            ',' | ';' | '\t' if !quoted => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
                continue;
            }
            '\r' if !quoted => {}
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                records.push((start, std::mem::take(&mut cells)));
                line += 1;
                start = line;
                at_cell_start = true;
                continue;
            }
            c => cell.push(c),
        }
        at_cell_start = false;
    }
    if quoted {
        return Err(start);
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        records.push((start, cells));
    }
    Ok(records)
}

/// A placeholder's name: what a column may be called.
fn is_placeholder_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 40
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Checks the `{{name}}` placeholders of an invitation text: each closed,
/// each named with letters, digits and `_`.
pub fn check_placeholders(text: &str) -> Result<(), String> {
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            return Err(said("msg-contacts-placeholder-not-closed"));
        };
        let name = after[..close].trim();
        if !is_placeholder_name(name) {
            return Err(Message::new("msg-contacts-not-a-placeholder")
                .text("name", shorten(name))
                .in_page_language());
        }
        rest = &after[close + 2..];
    }
    Ok(())
}

/// `text` with each `{{column}}` replaced by the contact's value: `name`,
/// `email` or an attribute; a column the contact lacks gives nothing.
pub fn fill_placeholders(
    text: &str,
    email: &str,
    name: &str,
    attributes: &BTreeMap<String, String>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            out.push_str(&rest[open..]);
            return out;
        };
        let column = after[..close].trim();
        let value = match column {
            "email" => email,
            "name" => name,
            other => attributes.get(other).map(String::as_str).unwrap_or(""),
        };
        out.push_str(value);
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(
        email: &str,
        name: &str,
        attributes: &[(&str, &str)],
    ) -> (String, String, BTreeMap<String, String>) {
        let attributes = attributes
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        (email.to_owned(), name.to_owned(), attributes)
    }

    #[test]
    fn contacts_given_one_by_one_are_checked_like_lines() {
        let contacts = contacts_from_fields(vec![
            fields("ana@example.com", " Ana ", &[("company", "Contoso")]),
            fields("bo@example.com", "", &[]),
        ])
        .unwrap();
        assert_eq!(contacts[0].name, "Ana");
        assert_eq!(contacts[0].attributes["company"], "Contoso");
        // Every contact has every attribute some contact has.
        assert_eq!(contacts[1].attributes["company"], "");

        let errors = contacts_from_fields(vec![
            fields("ana@example.com", "", &[]),
            fields("nope", "", &[]),
            fields("ANA@example.com", "", &[]),
            fields(
                "cy@example.com",
                "",
                &[("first name", "Cy"), ("email", "x")],
            ),
        ])
        .unwrap_err();
        // Every problem, in the order given, numbered as given.
        let places: Vec<usize> = errors.0.iter().map(|(n, _)| *n).collect();
        assert_eq!(places, [2, 3, 4, 4]);
        let summary = errors.summary_of("Contact");
        assert!(
            summary.starts_with("Nothing was added. Contact 2: "),
            "{summary}"
        );
        assert!(summary.contains("already given as contact 1."), "{summary}");
        assert!(
            summary.contains("Contact 4: the attribute \"email\""),
            "{summary}"
        );
        assert!(contacts_from_fields(Vec::new()).is_err());
    }

    #[test]
    fn plain_lines_are_an_email_and_an_optional_name() {
        let contacts = parse_contacts("ana@example.com, Ana Lima\n\nbo@example.com\n").unwrap();
        assert_eq!(contacts.len(), 2);
        assert_eq!(contacts[0].email.as_str(), "ana@example.com");
        assert_eq!(contacts[0].name, "Ana Lima");
        assert_eq!(contacts[1].name, "");
    }

    #[test]
    fn a_header_names_the_attributes_and_quotes_hold_commas_and_breaks() {
        let csv = "Email,Name,First Name,Team\r\n\
                   ana@example.com,\"Lima, Ana\",Ana,\"Sales\nEast\"\r\n\
                   bo@example.com,Bo,Bo,\"He said \"\"hi\"\"\"\r\n";
        let contacts = parse_contacts(csv).unwrap();
        assert_eq!(contacts[0].name, "Lima, Ana");
        assert_eq!(contacts[0].attributes["first_name"], "Ana");
        assert_eq!(contacts[0].attributes["team"], "Sales\nEast");
        assert_eq!(contacts[1].attributes["team"], "He said \"hi\"");
    }

    #[test]
    fn bad_lines_are_reported_by_line_and_nothing_is_returned() {
        let csv = "email,name\nana@example.com,Ana\nnot-an-address,X\n\nANA@example.com,Again\nc@example.com,a,b\n";
        let errors = parse_contacts(csv).unwrap_err();
        let lines: Vec<usize> = errors.0.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, vec![3, 5, 6]);
        assert!(errors.0[1].1.contains("already on line 2"), "{errors:?}");
        assert!(errors.summary().starts_with("Nothing was added. Line 3:"));
        assert_eq!(parse_contacts("\"open\nquote").unwrap_err().0[0].0, 1);
        assert!(parse_contacts(" \n").is_err());
        assert!(parse_contacts("email,na me!\n").is_err());
    }

    #[test]
    fn placeholders_are_checked_and_filled_from_the_contact() {
        assert!(check_placeholders("Hello {{ first_name }}, {{name}}").is_ok());
        assert!(check_placeholders("Hello {{first name}}").is_err());
        assert!(check_placeholders("Hello {{name").is_err());
        let attributes = BTreeMap::from([("team".to_owned(), "Sales".to_owned())]);
        assert_eq!(
            fill_placeholders(
                "Hi {{name}} of {{team}} ({{email}}){{missing}}.",
                "a@b.example",
                "Ana",
                &attributes
            ),
            "Hi Ana of Sales (a@b.example)."
        );
    }
}
