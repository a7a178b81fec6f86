//! The API reference page's content (`/developers/api`): read from the
//! OpenAPI document the server generates from its `/api/v1` handlers, which
//! the server provides to every request (`server/src/routes/api_v1/reference.rs`),
//! and given in the page's language (`api_reference_texts`).

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
    Ok(super::api_reference_texts::in_language(
        &reference,
        &crate::i18n::texts(),
    ))
}
