//! A message as the browser receives it: the Fluent pattern of one
//! language compiled to text, variables and selections
//! (`catalogue::compile`), formatted here the way `fluent-bundle` formats
//! it on the server (a test compares the two on every message).

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::language::Language;
use super::numbers::{format_number, format_typed_number};

/// One language's patterns, as the page carries them to the browser.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct BrowserTexts {
    pub language: Language,
    /// The languages the page offers (its switcher's).
    #[serde(default)]
    pub offered: Vec<Language>,
    pub messages: BTreeMap<String, Pattern>,
}

/// One message's pattern.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pattern(pub Vec<Piece>);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Piece {
    #[serde(rename = "t")]
    Text(String),
    /// `{ $name }`
    #[serde(rename = "v")]
    Variable(String),
    /// `{ $name -> [one] … *[other] … }`: the variants in order, and which
    /// is the default.
    #[serde(rename = "s")]
    Select {
        variable: String,
        variants: Vec<(VariantKey, Pattern)>,
        default: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum VariantKey {
    /// A plural category (`one`, `few`, …) or any other word.
    #[serde(rename = "w")]
    Word(String),
    /// An exact number (`[0]`).
    #[serde(rename = "n")]
    Number(f64),
}

/// A value given to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    /// A number shown as a respondent would type it (`format_typed_number`).
    Typed(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u8, u16, u32, u64, usize, f64);

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_owned())
    }
}

impl Pattern {
    /// The text for `args`, choosing plural forms with `plural_category`.
    /// A missing variable shows as its name in braces, as Fluent does.
    pub fn format(
        &self,
        language: Language,
        args: &[(&str, Arg)],
        plural_category: &dyn Fn(Language, f64) -> &'static str,
    ) -> String {
        let mut out = String::new();
        self.write(language, args, plural_category, &mut out);
        out
    }

    fn write(
        &self,
        language: Language,
        args: &[(&str, Arg)],
        plural_category: &dyn Fn(Language, f64) -> &'static str,
        out: &mut String,
    ) {
        let find = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
        for piece in &self.0 {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Variable(name) => match find(name) {
                    Some(Arg::Number(n)) => out.push_str(&format_number(language, *n)),
                    Some(Arg::Typed(n)) => out.push_str(&format_typed_number(language, *n)),
                    Some(Arg::Text(text)) => out.push_str(text),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select {
                    variable,
                    variants,
                    default,
                } => {
                    // As fluent-bundle: the first variant whose key is the
                    // number itself, its plural category, or the text.
                    let chosen = match find(variable) {
                        Some(arg @ (Arg::Number(n) | Arg::Typed(n))) => {
                            let category = plural_category(language, *n);
                            // Fluent compares a `[0]` key with the number
                            // and its options: a typed number (no grouping)
                            // never equals one.
                            let exact = matches!(arg, Arg::Number(_));
                            variants.iter().position(|(key, _)| match key {
                                VariantKey::Number(k) => exact && k == n,
                                VariantKey::Word(w) => w == category,
                            })
                        }
                        Some(Arg::Text(text)) => variants
                            .iter()
                            .position(|(key, _)| matches!(key, VariantKey::Word(w) if w == text)),
                        None => None,
                    };
                    if let Some((_, pattern)) = variants.get(chosen.unwrap_or(*default)) {
                        pattern.write(language, args, plural_category, out);
                    }
                }
            }
        }
    }
}
