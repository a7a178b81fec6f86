//! A problem found in a style sheet, at its line and column.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleProblem {
    /// From 1.
    pub line: u32,
    /// From 1.
    pub column: u32,
    pub message: String,
}

impl StyleProblem {
    pub(super) fn at(line: u32, column: u32, message: impl Into<String>) -> StyleProblem {
        StyleProblem {
            line,
            column: column.max(1),
            message: message.into(),
        }
    }
}

/// The problem with its place, in the page's language.
impl std::fmt::Display for StyleProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            &crate::i18n::Message::new("msg-stylesheet-at")
                .typed("line", self.line)
                .typed("column", self.column)
                .text("problem", self.message.clone())
                .in_page_language(),
        )
    }
}
