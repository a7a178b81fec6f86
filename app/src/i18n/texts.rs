//! The texts of the page being rendered or hydrated, in its language.

#[cfg(not(feature = "ssr"))]
use std::collections::BTreeMap;
#[cfg(not(feature = "ssr"))]
use std::sync::Arc;

use super::language::Language;
use super::pattern::Arg;
#[cfg(not(feature = "ssr"))]
use super::pattern::{BrowserTexts, Pattern};

/// The `<meta name>` whose content is the page's [`BrowserTexts`].
pub const TEXTS_META: &str = "tailspin-texts";

/// The page's language and a way to its messages.
#[derive(Clone, Debug)]
pub struct Texts {
    language: Language,
    /// The languages the page offers: a survey's, or those covering the
    /// page's area.
    offered: Vec<Language>,
    #[cfg(not(feature = "ssr"))]
    messages: Arc<BTreeMap<String, Pattern>>,
}

impl Texts {
    pub fn language(&self) -> Language {
        self.language
    }

    pub fn offered(&self) -> &[Language] {
        &self.offered
    }

    /// A message without arguments.
    pub fn get(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// A message with its arguments; a missing message shows its key.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        #[cfg(feature = "ssr")]
        return super::catalogue::CATALOGUE.format(self.language, key, args);
        #[cfg(not(feature = "ssr"))]
        match self.messages.get(key) {
            Some(pattern) => pattern.format(self.language, args, &browser_plural_category),
            None => key.to_owned(),
        }
    }

    /// A date as the language writes it in full (`31 March 2026`,
    /// `31. März 2026`).
    pub fn long_date(&self, year: i32, month: u32, day: u32) -> String {
        let month_name = self.get(MONTHS[(month.clamp(1, 12) - 1) as usize]);
        self.format(
            "date-long",
            &[
                ("day", Arg::Text(day.to_string())),
                ("month", Arg::Text(month_name)),
                ("year", Arg::Text(year.to_string())),
            ],
        )
    }
}

impl Texts {
    /// A subscriber's words set inside a message, kept in their own
    /// direction on a right-to-left page (Unicode's first-strong isolate),
    /// so their punctuation stays where they wrote it.
    pub fn isolate(&self, text: &str) -> String {
        if self.language.direction() == "rtl" {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text.to_owned()
        }
    }

    /// The message `key` cut where its placeholder `part` goes, so that a
    /// page can put an element (a link, a `<code>`) there while the
    /// sentence stays one message: `(before, after)`.
    pub fn around(&self, key: &str, part: &str, args: &[(&str, Arg)]) -> (String, String) {
        const MARK: &str = "\u{E000}";
        let mut all: Vec<(&str, Arg)> = args.to_vec();
        all.push((part, Arg::Text(MARK.to_owned())));
        let text = self.format(key, &all);
        match text.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    /// A language's name in this language, as a word inside a sentence
    /// (`language-name-<code>`).
    pub fn language_name(&self, language: Language) -> String {
        self.get(&format!("language-name-{}", language.code()))
    }

    /// A `YYYY-MM-DD` date written out; anything else as it is.
    pub fn long_date_of(&self, iso: &str) -> String {
        let parts: Vec<Option<u32>> = iso.splitn(3, '-').map(|p| p.parse().ok()).collect();
        match parts.as_slice() {
            [Some(year), Some(month @ 1..=12), Some(day @ 1..=31)] if iso.len() == 10 => {
                self.long_date(*year as i32, *month, *day)
            }
            _ => iso.to_owned(),
        }
    }
}

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

#[cfg(feature = "ssr")]
impl Texts {
    pub fn new(language: Language) -> Texts {
        Texts {
            language,
            offered: vec![language],
        }
    }

    pub fn offering(language: Language, offered: Vec<Language>) -> Texts {
        Texts { language, offered }
    }
}

#[cfg(feature = "ssr")]
/// Chooses the language of the page being rendered and puts its texts in
/// the context, where `texts()` finds them.
pub fn provide_request_texts() -> Texts {
    let texts = match leptos::prelude::use_context::<axum::http::request::Parts>() {
        Some(parts) => Texts::offering(
            super::negotiation::language_of_request(&parts),
            super::negotiation::offered_for_request(&parts),
        ),
        None => Texts::new(Language::English),
    };
    leptos::prelude::provide_context(texts.clone());
    texts
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    static REQUEST_LANGUAGE: Language;
}

/// Runs `work` (a request's, outside any page) with `language` as the
/// language its messages are put into words in (`texts()`).
#[cfg(feature = "ssr")]
pub async fn with_request_language<F: std::future::Future>(
    language: Language,
    work: F,
) -> F::Output {
    REQUEST_LANGUAGE.scope(language, work).await
}

/// The texts of the page: on the server those chosen for the request
/// (`provide_request_texts`), in the browser those the page carries.
pub fn texts() -> Texts {
    // A server function has no page: its request decides; a plain
    // handler's request was decided by `with_request_language`; background
    // work speaks English.
    #[cfg(feature = "ssr")]
    return leptos::prelude::use_context::<Texts>().unwrap_or_else(|| {
        let language = leptos::prelude::use_context::<axum::http::request::Parts>()
            .map(|parts| super::negotiation::language_of_request(&parts))
            .or_else(|| REQUEST_LANGUAGE.try_with(|language| *language).ok())
            .unwrap_or_default();
        Texts::new(language)
    });
    #[cfg(not(feature = "ssr"))]
    PAGE_TEXTS.with(Clone::clone)
}

#[cfg(not(feature = "ssr"))]
thread_local! {
    static PAGE_TEXTS: Texts = read_page_texts();
}

/// The page's `<meta name="tailspin-texts">`, read once.
#[cfg(not(feature = "ssr"))]
fn read_page_texts() -> Texts {
    let carried: BrowserTexts = leptos::prelude::document()
        .query_selector(&format!("meta[name={TEXTS_META}]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    Texts {
        language: carried.language,
        offered: carried.offered,
        messages: Arc::new(carried.messages),
    }
}

/// The browser knows CLDR's plural rules (`Intl.PluralRules`).
#[cfg(not(feature = "ssr"))]
fn browser_plural_category(language: Language, n: f64) -> &'static str {
    let locales = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(language.code()));
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    match rules.select(n).as_string().as_deref() {
        Some("zero") => "zero",
        Some("one") => "one",
        Some("two") => "two",
        Some("few") => "few",
        Some("many") => "many",
        _ => "other",
    }
}
