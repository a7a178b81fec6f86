//! The API reference page's content (`/developers/api`): read from the
//! OpenAPI document the server generates from its `/api/v1` handlers, which
//! the server provides to every request (`server/src/routes/api_v1/reference.rs`),
//! and given in the page's language (`texts`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiReference {
    pub description: String,
    pub operations: Vec<ApiOperation>,
    /// Each problem `type`'s code and when it happens.
    pub problems: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiOperation {
    /// `GET`, `POST`, ...
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    /// The key scopes it needs.
    pub scopes: Vec<String>,
    pub parameters: Vec<ApiParameter>,
    /// Status and what it means.
    pub responses: Vec<(String, String)>,
}

impl ApiOperation {
    /// The anchor of its section.
    pub fn anchor(&self) -> String {
        let path: String = self
            .path
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!(
            "{}{}",
            self.method.to_ascii_lowercase(),
            path.trim_end_matches('-')
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiParameter {
    pub name: String,
    /// `path` or `query`.
    pub location: String,
    pub required: bool,
    pub description: String,
}

#[server(prefix = "/api", endpoint = "load_api_reference")]
pub async fn load_api_reference() -> Result<ApiReference, AppError> {
    let reference: std::sync::Arc<ApiReference> = super::from_context()?;
    Ok(texts::in_language(&reference, &crate::i18n::texts()))
}

/// The API reference in the page's language: each text the OpenAPI
/// document gives (`ApiReference`) has a message in `api-reference.ftl`,
/// named after the operation's anchor: `api-<anchor>-summary`,
/// `-description`, `-param-<name>`, `-response-<status>`; the document's
/// description `api-description`; each problem `api-problem-<code>`.
/// A text a language has no message for stays as the document says it
/// (a new endpoint shows its English, never a key).
#[cfg(feature = "ssr")]
pub mod texts {
    use super::{ApiOperation, ApiReference};
    use crate::i18n::Texts;
    use crate::i18n::catalogue::CATALOGUE;

    /// The key of the document's description.
    pub const DESCRIPTION_KEY: &str = "api-description";

    /// `reference` with each text in `texts`' language where the catalogue
    /// has it in that language.
    pub fn in_language(reference: &ApiReference, texts: &Texts) -> ApiReference {
        let language = texts.language();
        with_texts(reference, |key, english| {
            if CATALOGUE.has_own_message(language, &key) {
                texts.get(&key)
            } else {
                english.to_owned()
            }
        })
    }

    /// Each text of `reference` (empty ones aside) under its key, in the
    /// order of the page.
    pub fn keyed_texts(reference: &ApiReference) -> Vec<(String, String)> {
        let mut found = Vec::new();
        with_texts(reference, |key, english| {
            found.push((key, english.to_owned()));
            english.to_owned()
        });
        found
    }

    /// A copy of `reference` whose every non-empty text is `say(key, text)`.
    fn with_texts(
        reference: &ApiReference,
        mut say: impl FnMut(String, &str) -> String,
    ) -> ApiReference {
        let mut text = |key: String, english: &str| {
            if english.is_empty() {
                String::new()
            } else {
                say(key, english)
            }
        };
        let description = text(DESCRIPTION_KEY.to_owned(), &reference.description);
        let mut operations = Vec::with_capacity(reference.operations.len());
        for operation in &reference.operations {
            let mut said = operation.clone();
            said.summary = text(operation_key(operation, "summary"), &operation.summary);
            said.description = text(
                operation_key(operation, "description"),
                &operation.description,
            );
            for (parameter, original) in said.parameters.iter_mut().zip(&operation.parameters) {
                let key = operation_key(operation, &format!("param-{}", original.name));
                parameter.description = text(key, &original.description);
            }
            for (response, (status, meaning)) in said.responses.iter_mut().zip(&operation.responses)
            {
                let key = operation_key(operation, &format!("response-{status}"));
                response.1 = text(key, meaning);
            }
            operations.push(said);
        }
        let problems = reference
            .problems
            .iter()
            .map(|(code, meaning)| {
                let key = message_id(&format!("api-problem-{code}"));
                (code.clone(), text(key, meaning))
            })
            .collect();
        ApiReference {
            description,
            operations,
            problems,
        }
    }

    fn operation_key(operation: &ApiOperation, part: &str) -> String {
        message_id(&format!("api-{}-{part}", operation.anchor()))
    }

    /// A Fluent message id: lowercase letters, digits and single `-` between
    /// them (`Idempotency-Key` → `idempotency-key`, `{slug}` → `slug`).
    fn message_id(raw: &str) -> String {
        let mut id = String::with_capacity(raw.len());
        for c in raw.chars() {
            let c = if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            };
            if c == '-' && (id.is_empty() || id.ends_with('-')) {
                continue;
            }
            id.push(c);
        }
        id.trim_end_matches('-').to_owned()
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::api::api_reference::ApiParameter;
        use crate::i18n::Language;

        fn reference() -> ApiReference {
            ApiReference {
                description: "Read surveys.".into(),
                operations: vec![ApiOperation {
                    method: "GET".into(),
                    path: "/api/v1/examples/{slug}/parts".into(),
                    summary: "The example's parts.".into(),
                    description: String::new(),
                    scopes: vec!["responses:read".into()],
                    parameters: vec![ApiParameter {
                        name: "Idempotency-Key".into(),
                        location: "header".into(),
                        required: false,
                        description: "Repeats get the first outcome".into(),
                    }],
                    responses: vec![("200".into(), "A page".into())],
                }],
                problems: vec![("no-such-code".into(), "Never happens.".into())],
            }
        }

        #[test]
        fn keys_follow_the_anchor() {
            let keys: Vec<String> = keyed_texts(&reference())
                .into_iter()
                .map(|(key, _)| key)
                .collect();
            assert_eq!(
                keys,
                [
                    "api-description",
                    "api-get-api-v1-examples-slug-parts-summary",
                    "api-get-api-v1-examples-slug-parts-param-idempotency-key",
                    "api-get-api-v1-examples-slug-parts-response-200",
                    "api-problem-no-such-code",
                ]
            );
        }

        #[test]
        fn a_text_without_a_message_stays_as_the_document_says() {
            let reference = reference();
            let german = in_language(&reference, &Texts::new(Language::German));
            assert_eq!(german.operations, reference.operations);
            assert_eq!(german.problems, reference.problems);
            // The catalogue has the document's description in German.
            assert!(german.description.starts_with("Lesen und verwalten"));
        }
    }
}
