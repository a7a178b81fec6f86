//! The product's words in each language it speaks: the Fluent catalogue
//! (`app/locales/<code>/<file>.ftl`), which language a request gets, and
//! numbers written the language's way.
//!
//! Pages write `tr!("key")` or `tr!("key", name = value)`. On the server
//! the catalogue formats with `fluent-bundle`; the page carries the
//! chosen language's patterns (only the respondent's files on the
//! respondent's pages), which the browser formats with `Pattern`.

mod language;
mod message;
mod numbers;
mod pattern;
mod texts;

#[cfg(feature = "ssr")]
pub mod catalogue;
#[cfg(feature = "ssr")]
mod negotiation;
#[cfg(all(test, feature = "ssr"))]
mod tests;

pub use language::{LANGUAGE_COOKIE, LANGUAGE_PARAMETER, Language};
pub use message::{Message, MessageArg};
#[cfg(feature = "ssr")]
pub use negotiation::{
    ChosenLanguages, asked_in, asked_in_query, decided_by_visitor, language_of_request, page_path,
};
pub use numbers::{format_number, format_percent, format_typed_number};
pub use pattern::{Arg, BrowserTexts, Pattern};
pub use texts::{TEXTS_META, Texts, texts};
#[cfg(feature = "ssr")]
pub use texts::{provide_request_texts, with_request_language};

/// The text of a catalogue message in the page's language:
/// `tr!("survey-submit")`, `tr!("choice-at-most", max = 3)`.
macro_rules! tr {
    ($key:literal) => {
        $crate::i18n::texts().get($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::texts().format(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
pub(crate) use tr;
