//! The designer's refusals of a form, by field.

use crate::error::{AppError, FieldProblem};

pub(super) fn invalid(field: &str, message: impl Into<String>) -> AppError {
    AppError::Invalid(vec![FieldProblem::new(field, message)])
}

pub(super) fn slug_taken() -> AppError {
    invalid("slug", "Another survey of yours already uses this address.")
}

pub(super) fn not_a_draft() -> AppError {
    AppError::BadRequest(
        "This survey is published: its questions and texts are frozen so that every answer matches the questions it was given to.".into(),
    )
}
