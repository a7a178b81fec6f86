//! The labels results make, as data (the API's English) or for a page.

use crate::i18n::Message;

/// Who reads the labels the results make: the API, which takes them as
/// data in English, or a page, which shows them in its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Labels {
    Data,
    Page,
}

impl Labels {
    /// A star rating's bar: `4 ★`.
    pub(super) fn stars(self, stars: usize) -> String {
        match self {
            Labels::Data => format!("{stars} ★"),
            Labels::Page => Message::new("msg-results-stars")
                .number("stars", stars)
                .in_page_language(),
        }
    }

    /// The bar of the answers given under "Other".
    pub(super) fn other(self) -> String {
        match self {
            Labels::Data => "Other".to_owned(),
            Labels::Page => Message::new("msg-results-other").in_page_language(),
        }
    }

    /// A number written plainly (`-1.5`): on a page with the page
    /// language's decimal mark (`-1,5`), every digit kept.
    pub(super) fn number(self, plain: String) -> String {
        match self {
            Labels::Data => plain,
            Labels::Page => {
                let language = crate::i18n::texts().language();
                // The mark is the second character of a half: `0.5`, `0,5`.
                match crate::i18n::format_typed_number(language, 0.5)
                    .chars()
                    .nth(1)
                {
                    Some(mark) if mark != '.' => plain.replace('.', &mark.to_string()),
                    _ => plain,
                }
            }
        }
    }

    /// A column of equal ranges of numbers: `10 to 11.95`.
    pub(super) fn range(self, from: String, to: String) -> String {
        match self {
            Labels::Data => format!("{from} to {to}"),
            Labels::Page => Message::new("msg-results-number-range")
                .text("from", self.number(from))
                .text("to", self.number(to))
                .in_page_language(),
        }
    }

    /// A week's answers, by the week's Monday (`YYYY-MM-DD`).
    pub(super) fn week_of(self, monday: String) -> String {
        match self {
            Labels::Data => format!("Week of {monday}"),
            Labels::Page => Message::new("msg-results-week-of")
                .text("monday", monday)
                .in_page_language(),
        }
    }
}
