//! The designer's refusals of a form, by field.

use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;

pub(super) fn invalid(field: &str, message: impl Into<String>) -> AppError {
    AppError::Invalid(vec![FieldProblem::new(field, message)])
}

pub(super) fn slug_taken() -> AppError {
    invalid(
        "slug",
        Message::new("msg-design-slug-taken").in_page_language(),
    )
}

pub(super) fn not_a_draft() -> AppError {
    AppError::BadRequest(Message::new("msg-design-not-a-draft").in_page_language())
}
