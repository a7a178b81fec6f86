//! Axum handlers outside the Leptos router.

pub mod branding;
pub mod cross_site;
pub mod export;
pub mod export_database;
pub mod federated;
pub mod form_body;
pub mod health;
pub mod render;
pub mod security_headers;
pub mod sign_in;
pub mod survey_form;

use tower_http::limit::RequestBodyLimitLayer;

/// Largest request body any route accepts (413 beyond it). The survey form
/// reads its body with its own, smaller limit.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

pub fn body_limit() -> RequestBodyLimitLayer {
    RequestBodyLimitLayer::new(MAX_BODY_BYTES)
}
