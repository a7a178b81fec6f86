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
                for n in [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 100.0, 1.5, 1234.0] {
                    let args: Vec<(&str, Arg)> = names
                        .iter()
                        .map(|name| (name.as_str(), Arg::Number(n)))
                        .collect();
                    assert_eq!(
                        pattern.format(language, &args, &plural_category),
                        CATALOGUE.format(language, key, &args),
                        "{key} in {} with {n}",
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
