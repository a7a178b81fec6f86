//! A message decided where no page is at hand (a check shared by server
//! and browser, a service): its catalogue key and arguments, put into
//! words by the page that shows it, in the page's language.

use serde::{Deserialize, Serialize};

use super::pattern::Arg;
use super::texts::{Texts, texts};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub key: String,
    pub args: Vec<(String, MessageArg)>,
}

/// An argument. Numbers travel as their decimal text (so the type keeps
/// `Eq`) and are formatted as `f64`, exact for the limits and bounds a
/// message shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageArg {
    Number(String),
    /// A number shown as a respondent would type it (`Arg::Typed`).
    Typed(String),
    Text(String),
}

impl Message {
    pub fn new(key: &str) -> Message {
        Message {
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    /// With a number (any value whose text is a decimal).
    pub fn number(mut self, name: &str, value: impl ToString) -> Message {
        self.args
            .push((name.to_owned(), MessageArg::Number(value.to_string())));
        self
    }

    /// With a number a respondent types (an answer's bound or step).
    pub fn typed(mut self, name: &str, value: impl ToString) -> Message {
        self.args
            .push((name.to_owned(), MessageArg::Typed(value.to_string())));
        self
    }

    /// With a text shown as it is.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Message {
        self.args
            .push((name.to_owned(), MessageArg::Text(value.into())));
        self
    }

    /// The message in `texts`' language.
    pub fn words(&self, texts: &Texts) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Number(text) => match text.parse::<f64>() {
                        Ok(n) => Arg::Number(n),
                        Err(_) => Arg::Text(text.clone()),
                    },
                    MessageArg::Typed(text) => match text.parse::<f64>() {
                        Ok(n) => Arg::Typed(n),
                        Err(_) => Arg::Text(text.clone()),
                    },
                    MessageArg::Text(text) => Arg::Text(text.clone()),
                };
                (name.as_str(), value)
            })
            .collect();
        texts.format(&self.key, &args)
    }

    /// The message in the page's language.
    pub fn in_page_language(&self) -> String {
        self.words(&texts())
    }

    /// As a column keeps it, for whoever reads it later to put it into
    /// words in their own language (`in_words_from_stored`).
    #[cfg(feature = "ssr")]
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).expect("plain data serializes")
    }

    /// A column's message (`to_stored`) in `texts`' language; words stored
    /// before messages were kept this way are shown as they are.
    pub fn in_words_from_stored(stored: &str, texts: &Texts) -> String {
        match serde_json::from_str::<Message>(stored) {
            Ok(message) if stored.starts_with('{') => message.words(texts),
            _ => stored.to_owned(),
        }
    }

    /// In English: for logs, the API and tests.
    #[cfg(feature = "ssr")]
    pub fn english(&self) -> String {
        self.words(&Texts::new(super::language::Language::English))
    }
}
