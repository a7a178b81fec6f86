//! The catalogue is complete and the browser's patterns say what Fluent
//! says.

use std::collections::BTreeSet;

use super::catalogue::{CATALOGUE, Catalogue, FILES, plural_category};
use super::pattern::{Arg, Pattern, Piece};
use super::{Language, Texts};

fn variables(pattern: &Pattern, found: &mut BTreeSet<String>) {
    for piece in &pattern.0 {
        match piece {
            Piece::Text(_) => {}
            Piece::Variable(name) => {
                found.insert(name.clone());
            }
            Piece::Select {
                variable, variants, ..
            } => {
                found.insert(variable.clone());
                for (_, pattern) in variants {
                    variables(pattern, found);
                }
            }
        }
    }
}

#[test]
fn every_file_loads() {
    Catalogue::load().unwrap();
}

/// A message missing from a language, or a translation using a
/// placeholder the English does not give, fails here.
#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = CATALOGUE.compiled(Language::English);
    let mut problems = Vec::new();
    for (index, language) in Language::ALL.into_iter().enumerate().skip(1) {
        let translated = CATALOGUE.compiled(language);
        for file in FILES {
            if file.sources[index].is_none() {
                continue;
            }
            let (Some(ours), Some(theirs)) = (english.get(file.name), translated.get(file.name))
            else {
                problems.push(format!("{}: no {}.ftl", language.code(), file.name));
                continue;
            };
            for (key, pattern) in ours {
                let Some(translation) = theirs.get(key) else {
                    problems.push(format!("{}/{}.ftl lacks {key}", language.code(), file.name));
                    continue;
                };
                let (mut given, mut used) = (BTreeSet::new(), BTreeSet::new());
                variables(pattern, &mut given);
                variables(translation, &mut used);
                if let Some(extra) = used.difference(&given).next() {
                    problems.push(format!(
                        "{}/{}.ftl: {key} uses ${extra}, which English does not give",
                        language.code(),
                        file.name
                    ));
                }
            }
            for key in theirs.keys().filter(|k| !ours.contains_key(*k)) {
                problems.push(format!(
                    "{}/{}.ftl has {key}, English does not",
                    language.code(),
                    file.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_browsers_patterns_format_as_fluent_does() {
    for language in Language::ALL {
        for patterns in CATALOGUE.compiled(language).values() {
            for (key, pattern) in patterns {
                let mut names = BTreeSet::new();
                variables(pattern, &mut names);
                let numbers = [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 100.0, 1.5, 1234.0, -2500.25];
                let values = numbers
                    .iter()
                    .flat_map(|n| [Arg::Number(*n), Arg::Typed(*n)])
                    // The words the selections on text choose by.
                    .chain(["start", "zero", "two", "one", "none", "x"].map(Arg::from));
                for value in values {
                    let args: Vec<(&str, Arg)> = names
                        .iter()
                        .map(|name| (name.as_str(), value.clone()))
                        .collect();
                    assert_eq!(
                        pattern.format(language, &args, &plural_category),
                        CATALOGUE.format(language, key, &args),
                        "{key} in {} with {value:?}",
                        language.code()
                    );
                }
            }
        }
    }
}

#[test]
fn plurals_and_numbers_follow_the_language() {
    let german = Texts::new(Language::German);
    let arabic = Texts::new(Language::Arabic);
    let english = Texts::new(Language::English);
    assert_eq!(
        english.format("characters-left", &[("count", Arg::Number(1.0))]),
        "1 character left"
    );
    assert_eq!(
        english.format("characters-left", &[("count", Arg::Number(1200.0))]),
        "1,200 characters left"
    );
    assert_eq!(
        german.format("characters-left", &[("count", Arg::Number(1200.0))]),
        "1.200 Zeichen übrig"
    );
    // Arabic has six plural forms; two and eleven take different ones.
    assert_ne!(
        arabic.format("characters-left", &[("count", Arg::Number(2.0))]),
        arabic
            .format("characters-left", &[("count", Arg::Number(11.0))])
            .replace("11", "2")
    );
    assert_eq!(german.long_date(2026, 3, 31), "31. März 2026");
    assert_eq!(english.long_date(2026, 3, 31), "31 March 2026");
}

/// Bounds a respondent types again are written without thousands
/// separators, which the answer's parser would read as a decimal mark.
#[test]
fn typed_numbers_have_no_thousands_separators() {
    let german = Texts::new(Language::German);
    let bounds = super::Message::new("number-between")
        .typed("min", "0.5")
        .typed("max", 1000)
        .text("unit", " kg");
    assert_eq!(
        bounds.words(&german),
        "Bitte geben Sie eine Zahl von 0,5 bis 1000 kg ein."
    );
    let count = super::Message::new("answer-too-long")
        .number("limit", 2000)
        .number("length", 2001);
    assert!(
        count
            .english()
            .contains("at most 2,000 characters (it has 2,001)")
    );
}
