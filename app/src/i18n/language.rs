//! The languages the product speaks, and which one a request asks for.

use serde::{Deserialize, Serialize};

/// A language with a complete catalogue (`app/locales/<code>/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Language {
    #[default]
    English,
    German,
    Spanish,
    /// Written right to left.
    Arabic,
}

/// The query parameter that picks a page's language (`?lang=de`).
pub const LANGUAGE_PARAMETER: &str = "lang";
/// The cookie that keeps the language chosen with the switcher.
pub const LANGUAGE_COOKIE: &str = "tailspin_lang";

impl Language {
    pub const ALL: [Language; 4] = [
        Language::English,
        Language::German,
        Language::Spanish,
        Language::Arabic,
    ];

    /// The BCP 47 tag, as in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::Spanish => "es",
            Language::Arabic => "ar",
        }
    }

    /// The language's name in itself, as the switcher lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::Spanish => "Español",
            Language::Arabic => "العربية",
        }
    }

    /// Whether every page has this language's texts. Arabic covers the
    /// respondent's pages only, and a page in two languages at once (the
    /// frame translated, the rest not) would be worse than one in English.
    pub fn covers_every_page(self) -> bool {
        self != Language::Arabic
    }

    /// The languages offered on a respondent's page (or its preview), or
    /// on any other page.
    pub fn offered(respondent: bool) -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|l| respondent || l.covers_every_page())
            .collect()
    }

    /// A link to `path` in this language (`path?lang=de`).
    pub fn link_to(self, path: &str) -> String {
        format!("{path}?{LANGUAGE_PARAMETER}={}", self.code())
    }

    /// The language's name in English, for pages not yet translated.
    pub fn english_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "German",
            Language::Spanish => "Spanish",
            Language::Arabic => "Arabic",
        }
    }

    /// The direction of its script, for `<html dir>`.
    pub fn direction(self) -> &'static str {
        match self {
            Language::Arabic => "rtl",
            _ => "ltr",
        }
    }

    /// The language whose code is exactly `code` (as stored and as
    /// `?lang=` is written by our own links).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// A language tag such as `de`, `de-AT` or `ES`, if we speak its
    /// language.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language an `Accept-Language` header prefers most among ours
    /// (RFC 9110: weights, `*` and `q=0` are honoured; ties keep order).
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut ranked: Vec<(u16, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(place, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let weight = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .next()
                    .map_or(Some(1000), parse_weight)?;
                (weight > 0 && !tag.is_empty()).then_some((weight, place, tag))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.into_iter().find_map(|(_, _, tag)| {
            if tag == "*" {
                Some(Language::default())
            } else {
                Language::parse(tag)
            }
        })
    }
}

/// A `q` value as thousandths; `None` when malformed.
fn parse_weight(text: &str) -> Option<u16> {
    let value: f32 = text.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_our_languages_by_their_primary_subtag() {
        assert_eq!(Language::parse("de-AT"), Some(Language::German));
        assert_eq!(Language::parse("ES"), Some(Language::Spanish));
        assert_eq!(Language::parse("ar_EG"), Some(Language::Arabic));
        assert_eq!(Language::parse("fr"), None);
        assert_eq!(Language::parse(""), None);
    }

    #[test]
    fn accept_language_is_read_by_weight() {
        let pick = Language::from_accept_language;
        assert_eq!(
            pick("fr-CH, fr;q=0.9, de;q=0.8, en;q=0.7"),
            Some(Language::German)
        );
        assert_eq!(pick("en;q=0.5, es"), Some(Language::Spanish));
        assert_eq!(pick("ar-SA,ar;q=0.9"), Some(Language::Arabic));
        assert_eq!(pick("de;q=0, es;q=0.1"), Some(Language::Spanish));
        assert_eq!(pick("fr, *;q=0.1"), Some(Language::English));
        assert_eq!(pick("fr, it"), None);
        assert_eq!(pick("de;q=2, es;q=oops"), None);
        assert_eq!(pick(""), None);
    }
}
