//! The one error type of the application.
//!
//! Policy: the variants carry only what may be shown to the person using the
//! site. Internal details (database errors, I/O, bugs) are logged on the
//! server where they happen and become `Internal`, whose message says nothing
//! about the cause. `status_code` is the only place that maps an error to an
//! HTTP status.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("We could not find that page.")]
    NotFound,
    #[error("This survey is no longer accepting answers.")]
    NoLongerAccepting,
    /// Published to open at a later time (when, as people read it).
    #[error("This survey opens on {0}.")]
    NotOpenYet(String),
    /// The tenant has received all the responses its plan allows this
    /// month; nothing was stored.
    #[error("This survey cannot take more answers this month.")]
    MonthlyLimitReached,
    /// The personal link answered before; nothing was stored.
    #[error("Your answers were already received with this personal link.")]
    AlreadyAnswered,
    #[error("{0}")]
    BadRequest(String),
    /// A form with fields that need correcting; nothing was changed.
    #[error("Please correct the marked fields.")]
    Invalid(Vec<FieldProblem>),
    #[error("Please sign in to continue.")]
    Unauthorized,
    #[error("You are not allowed to do that.")]
    Forbidden,
    /// A change made from a reading that is no longer current; nothing
    /// changed.
    #[error("This changed since you read it: read it again, then make your change.")]
    ChangedSinceRead,
    #[error("What you sent is too large.")]
    PayloadTooLarge,
    #[error("Too many requests; please wait a moment and try again.")]
    TooManyRequests,
    #[error("The service is busy or under maintenance; please try again shortly.")]
    Unavailable,
    #[error("Something went wrong on our side. Please try again.")]
    Internal,
    /// Raised in the browser when the server could not be reached or its
    /// answer could not be read; never produced by the server.
    #[error("We could not reach the server. Please check your connection and try again.")]
    Network,
}

/// What is wrong with one field of a form (`field` is the form field's
/// name; `form` for the form as a whole).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

impl FieldProblem {
    pub fn new(field: &str, message: impl Into<String>) -> FieldProblem {
        FieldProblem {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

impl AppError {
    /// The error in the catalogue's words, for a page to show in its
    /// language (the `Display` text above is English, for logs and the API).
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            AppError::NotFound => Message::new("error-not-found"),
            AppError::NoLongerAccepting => Message::new("error-no-longer-accepting"),
            AppError::NotOpenYet(at) => Message::new("error-not-open-yet").text("at", at.clone()),
            AppError::MonthlyLimitReached => Message::new("error-monthly-limit"),
            AppError::AlreadyAnswered => Message::new("error-already-answered"),
            AppError::BadRequest(text) => Message::new("error-as-given").text("text", text.clone()),
            AppError::Invalid(_) => Message::new("error-invalid"),
            AppError::Unauthorized => Message::new("error-unauthorized"),
            AppError::Forbidden => Message::new("error-forbidden"),
            AppError::ChangedSinceRead => Message::new("error-changed-since-read"),
            AppError::PayloadTooLarge => Message::new("error-too-large"),
            AppError::TooManyRequests => Message::new("error-too-many-requests"),
            AppError::Unavailable => Message::new("error-unavailable"),
            AppError::Internal => Message::new("error-internal"),
            AppError::Network => Message::new("error-network"),
        }
    }

    /// The problems reported for `field`, when this is an `Invalid` error.
    pub fn problems_with(&self, field: &str) -> Vec<String> {
        match self {
            AppError::Invalid(problems) => problems
                .iter()
                .filter(|p| p.field == field)
                .map(|p| p.message.clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn status_code(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::NoLongerAccepting => 410,
            AppError::NotOpenYet(_) => 403,
            AppError::MonthlyLimitReached => 403,
            AppError::AlreadyAnswered => 410,
            AppError::BadRequest(_) => 400,
            AppError::Invalid(_) => 422,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::ChangedSinceRead => 412,
            AppError::PayloadTooLarge => 413,
            AppError::TooManyRequests => 429,
            AppError::Unavailable => 503,
            AppError::Internal => 500,
            AppError::Network => 502,
        }
    }

    /// `status_code` as an HTTP status value.
    #[cfg(feature = "ssr")]
    pub fn http_status(&self) -> axum::http::StatusCode {
        axum::http::StatusCode::from_u16(self.status_code())
            .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// Sets the status of the response being built to this error's, except
    /// where leptos_axum answers with a redirect: a plain HTML form post
    /// (sent back to its page with the error in the address) and a redirect
    /// the server function asked for (to the sign-in page).
    #[cfg(feature = "ssr")]
    pub fn give_response_status(&self) {
        use leptos::prelude::use_context;
        let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
            return;
        };
        let redirecting = response
            .0
            .read()
            .is_ok_and(|parts| parts.status.is_some_and(|s| s.is_redirection()));
        if !redirecting && !is_plain_form_post() {
            response.set_status(self.http_status());
        }
    }

    /// Logs an unexpected failure with its details and returns the opaque
    /// error that is safe to show.
    #[cfg(feature = "ssr")]
    pub fn internal(context: &str, detail: impl std::fmt::Display) -> AppError {
        tracing::error!(%detail, "{context}");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    /// Runs on the server when a server function answers with this error:
    /// the one place that gives its response the error's status.
    fn ser(&self) -> leptos::server_fn::Bytes {
        #[cfg(feature = "ssr")]
        self.give_response_status();
        <JsonEncoding as leptos::server_fn::Encodes<AppError>>::encode(self)
            .unwrap_or_else(|_| leptos::server_fn::Bytes::from_static(br#""Internal""#))
    }

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::Network
            }
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                AppError::BadRequest(crate::i18n::tr!("error-malformed"))
            }
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failure");
                #[cfg(not(feature = "ssr"))]
                let _ = other;
                AppError::Internal
            }
        }
    }
}

/// A server function posted by a plain HTML form (no JavaScript).
#[cfg(feature = "ssr")]
pub(crate) fn is_plain_form_post() -> bool {
    leptos::prelude::use_context::<axum::http::request::Parts>().is_some_and(|parts| {
        parts.method == axum::http::Method::POST
            && parts.headers.contains_key(axum::http::header::REFERER)
            && parts
                .headers
                .get(axum::http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
    })
}

/// A bare response for handlers outside the Leptos pages: the status and the
/// message that is safe to show, in the request's language.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        (self.http_status(), self.message().in_page_language()).into_response()
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        if crate::storage::retry::means_unavailable(&error) {
            tracing::warn!(%error, "database unavailable");
            AppError::Unavailable
        } else {
            AppError::internal("database error", error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_say_nothing_about_the_cause() {
        let shown = AppError::Internal.to_string();
        assert!(!shown.to_lowercase().contains("sql"));
        assert_eq!(AppError::Internal.status_code(), 500);
        assert_eq!(AppError::NotFound.status_code(), 404);
        assert_eq!(AppError::NoLongerAccepting.status_code(), 410);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn database_errors_become_opaque() {
        let error: AppError = sqlx::Error::Protocol("relation \"secret\" missing".into()).into();
        assert_eq!(error, AppError::Internal);
        assert!(!error.to_string().contains("secret"));
    }
}
