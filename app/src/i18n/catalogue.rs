//! The message catalogue: every language's Fluent files (`app/locales`),
//! built into the server. Pages format with `fluent-bundle`; the browser
//! gets the patterns of one language compiled (`browser_texts`).

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::language::Language;
use super::numbers::{format_number, format_typed_number};
use super::pattern::{Arg, BrowserTexts, Pattern, Piece, VariantKey};

/// A file of messages and the languages that have it. Arabic covers the
/// respondent's pages (`all`); the other files are `european`.
pub(super) struct CatalogueFile {
    pub name: &'static str,
    /// The source in each language of `Language::ALL`, where it exists.
    pub sources: [Option<&'static str>; 4],
}

macro_rules! file {
    ($name:literal, all) => {
        CatalogueFile {
            name: $name,
            sources: [
                Some(include_str!(concat!("../../locales/en/", $name, ".ftl"))),
                Some(include_str!(concat!("../../locales/de/", $name, ".ftl"))),
                Some(include_str!(concat!("../../locales/es/", $name, ".ftl"))),
                Some(include_str!(concat!("../../locales/ar/", $name, ".ftl"))),
            ],
        }
    };
    ($name:literal, european) => {
        CatalogueFile {
            name: $name,
            sources: [
                Some(include_str!(concat!("../../locales/en/", $name, ".ftl"))),
                Some(include_str!(concat!("../../locales/de/", $name, ".ftl"))),
                Some(include_str!(concat!("../../locales/es/", $name, ".ftl"))),
                None,
            ],
        }
    };
}

/// Every file, in the order they are loaded: `common` and `respondent`
/// for the respondent's pages, `shared` for parts of several other areas,
/// then one file per area (`Area::catalogue_files`).
pub(super) const FILES: &[CatalogueFile] = &[
    file!("common", all),
    file!("respondent", all),
    file!("shared", european),
    file!("public", european),
    file!("dashboard", european),
    file!("reference", european),
    file!("designer", european),
    file!("questions", european),
    file!("settings", european),
    file!("preferences", european),
    file!("messages-accounts", european),
    file!("messages-design", european),
    file!("messages-delivery", european),
    file!("messages-results", european),
    file!("webhooks", european),
    file!("branding", european),
    file!("administration", european),
    file!("subscribers", european),
    // E-mail, composed on the server only.
    file!("mail-respondent", all),
    file!("mail", european),
    // The API reference's texts from the OpenAPI document, put into the
    // page's language on the server (`api/api_reference.rs`, `texts`).
    file!("api-reference", european),
    // The built-in templates' questions, for a draft made from one on the
    // server (`domain/templates.rs`); their cards' words are the dashboard's.
    file!("templates", european),
];

pub struct Catalogue {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Each language's patterns compiled for the browser, by file.
    compiled: Vec<HashMap<&'static str, HashMap<String, Pattern>>>,
}

pub static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| match Catalogue::load() {
    Ok(catalogue) => catalogue,
    // The files are part of the build and tests load every one of them.
    Err(problem) => panic!("the message catalogue does not load: {problem}"),
});

impl Catalogue {
    pub(super) fn load() -> Result<Catalogue, String> {
        let mut bundles = Vec::new();
        let mut compiled = Vec::new();
        for (index, language) in Language::ALL.into_iter().enumerate() {
            let tag: unic_langid::LanguageIdentifier = language
                .code()
                .parse()
                .map_err(|e| format!("{}: {e}", language.code()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // Isolation marks would land in attributes and tests' texts;
            // `dir` on the page orders the runs instead.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(formatter_of(language)));
            let mut by_file = HashMap::new();
            for file in FILES {
                let Some(source) = file.sources[index] else {
                    continue;
                };
                let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, e)| {
                    format!(
                        "{}/{}.ftl does not parse: {e:?}",
                        language.code(),
                        file.name
                    )
                })?;
                by_file.insert(
                    file.name,
                    compile_resource(&resource)
                        .map_err(|e| format!("{}/{}.ftl: {e}", language.code(), file.name))?,
                );
                bundle.add_resource(resource).map_err(|e| {
                    format!(
                        "{}/{}.ftl repeats a message: {e:?}",
                        language.code(),
                        file.name
                    )
                })?;
            }
            bundles.push(bundle);
            compiled.push(by_file);
        }
        Ok(Catalogue { bundles, compiled })
    }

    /// The message `key` in `language` (else in English, else the key).
    pub fn format(&self, language: Language, key: &str, args: &[(&str, Arg)]) -> String {
        match self.try_format(language, key, args) {
            Ok(text) => text,
            Err(Unformatted::MissingArguments(text, errors)) => {
                tracing::warn!(
                    key,
                    language = language.code(),
                    ?errors,
                    "a message is missing an argument"
                );
                text
            }
            Err(Unformatted::NoSuchMessage) => {
                tracing::warn!(key, language = language.code(), "no such message");
                key.to_owned()
            }
        }
    }

    /// Like `format`, refusing a message that does not exist or lacks an
    /// argument: for an e-mail, which no one reviews before it leaves.
    pub fn format_strict(
        &self,
        language: Language,
        key: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, String> {
        self.try_format(language, key, args)
            .map_err(|problem| match problem {
                Unformatted::NoSuchMessage => format!("no message {key}"),
                Unformatted::MissingArguments(_, errors) => format!("{key}: {errors:?}"),
            })
    }

    fn try_format(
        &self,
        language: Language,
        key: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, Unformatted> {
        for bundle in [&self.bundles[index_of(language)], &self.bundles[0]] {
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut fluent_args = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                match value {
                    Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                    Arg::Typed(n) => {
                        let options = FluentNumberOptions {
                            use_grouping: false,
                            ..FluentNumberOptions::default()
                        };
                        let number = FluentNumber::new(*n, options);
                        fluent_args.set(*name, FluentValue::Number(number))
                    }
                    Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.as_str())),
                }
            }
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
            if !errors.is_empty() {
                return Err(Unformatted::MissingArguments(text, format!("{errors:?}")));
            }
            return Ok(text);
        }
        Err(Unformatted::NoSuchMessage)
    }

    /// Whether `language` itself has the message `key` (no English in
    /// its place).
    pub fn has_own_message(&self, language: Language, key: &str) -> bool {
        self.bundles[index_of(language)].has_message(key)
    }

    /// What the browser needs of `language` from the catalogue's `files`
    /// (those of the page's area).
    pub fn browser_texts(&self, language: Language, files: &[&str]) -> BrowserTexts {
        let mut messages = std::collections::BTreeMap::new();
        // English first, so a message a language lacks is there in English.
        for lang in [Language::English, language] {
            for (file, patterns) in &self.compiled[index_of(lang)] {
                if files.contains(file) {
                    messages.extend(patterns.iter().map(|(k, p)| (k.clone(), p.clone())));
                }
            }
        }
        BrowserTexts {
            language,
            offered: Vec::new(),
            messages,
        }
    }

    /// The compiled patterns of `language`, by file (for tests).
    #[cfg(test)]
    pub(super) fn compiled(
        &self,
        language: Language,
    ) -> &HashMap<&'static str, HashMap<String, Pattern>> {
        &self.compiled[index_of(language)]
    }
}

enum Unformatted {
    NoSuchMessage,
    /// The text with the missing arguments' names in their place.
    MissingArguments(String, String),
}

fn index_of(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("every language is in ALL")
}

type Formatter = fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

/// Numbers written as `language` writes them (`numbers.rs`), the same
/// function the browser's patterns use.
fn formatter_of(language: Language) -> Formatter {
    fn numbers<const L: usize>(
        value: &FluentValue,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Option<String> {
        match value {
            FluentValue::Number(n) if n.options.use_grouping => {
                Some(format_number(Language::ALL[L], n.value))
            }
            FluentValue::Number(n) => Some(format_typed_number(Language::ALL[L], n.value)),
            _ => None,
        }
    }
    match language {
        Language::English => numbers::<0>,
        Language::German => numbers::<1>,
        Language::Spanish => numbers::<2>,
        Language::Arabic => numbers::<3>,
    }
}

/// The CLDR plural category of `n` in `language`, as `fluent-bundle`
/// finds it, for comparing the browser's patterns with Fluent in tests
/// (the browser asks `Intl.PluralRules`).
#[cfg(test)]
pub(super) fn plural_category(language: Language, n: f64) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let tag: unic_langid::LanguageIdentifier = language.code().parse().expect("our codes are tags");
    let category = PluralRules::create(tag, PluralRuleType::CARDINAL)
        .ok()
        .and_then(|rules| rules.select(n).ok());
    match category {
        Some(PluralCategory::ZERO) => "zero",
        Some(PluralCategory::ONE) => "one",
        Some(PluralCategory::TWO) => "two",
        Some(PluralCategory::FEW) => "few",
        Some(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

/// Every message of a file compiled; terms are written in where used.
fn compile_resource(resource: &FluentResource) -> Result<HashMap<String, Pattern>, String> {
    let terms: HashMap<&str, &ast::Pattern<&str>> = resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Term(term) => Some((term.id.name, &term.value)),
            _ => None,
        })
        .collect();
    let mut messages = HashMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let Some(value) = &message.value else {
                return Err(format!("{} has no value", message.id.name));
            };
            let pattern =
                compile(value, &terms).map_err(|e| format!("{}: {e}", message.id.name))?;
            messages.insert(message.id.name.to_owned(), pattern);
        }
    }
    Ok(messages)
}

fn compile(
    pattern: &ast::Pattern<&str>,
    terms: &HashMap<&str, &ast::Pattern<&str>>,
) -> Result<Pattern, String> {
    let mut pieces = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut pieces, value),
            ast::PatternElement::Placeable { expression } => {
                compile_expression(expression, terms, &mut pieces)?
            }
        }
    }
    Ok(Pattern(pieces))
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else {
        pieces.push(Piece::Text(text.to_owned()));
    }
}

/// The catalogue uses variables, selections on them, terms and plain
/// string literals; anything else is refused so the browser's patterns
/// always say what Fluent says.
fn compile_expression(
    expression: &ast::Expression<&str>,
    terms: &HashMap<&str, &ast::Pattern<&str>>,
    pieces: &mut Vec<Piece>,
) -> Result<(), String> {
    match expression {
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::VariableReference { id } => {
                pieces.push(Piece::Variable(id.name.to_owned()));
            }
            ast::InlineExpression::StringLiteral { value } if !value.contains('\\') => {
                push_text(pieces, value);
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let term = terms
                    .get(id.name)
                    .ok_or_else(|| format!("no term -{}", id.name))?;
                for piece in compile(term, terms)?.0 {
                    match piece {
                        Piece::Text(text) => push_text(pieces, &text),
                        other => pieces.push(other),
                    }
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                compile_expression(expression, terms, pieces)?
            }
            other => return Err(format!("unsupported expression {other:?}")),
        },
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a selection must be on a variable".to_owned());
            };
            let mut compiled = Vec::new();
            let mut default = 0;
            for (place, variant) in variants.iter().enumerate() {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => VariantKey::Word((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { value } => VariantKey::Number(
                        value
                            .parse()
                            .map_err(|_| format!("bad number key {value}"))?,
                    ),
                };
                if variant.default {
                    default = place;
                }
                compiled.push((key, compile(&variant.value, terms)?));
            }
            pieces.push(Piece::Select {
                variable: id.name.to_owned(),
                variants: compiled,
                default,
            });
        }
    }
    Ok(())
}
