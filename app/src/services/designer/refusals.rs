//! The designer's refusals of a form, by field.

use crate::error::{AppError, FieldProblem};

pub(super) fn invalid(field: &str, message: impl Into<String>) -> AppError {
    AppError::Invalid(vec![FieldProblem::new(field, message)])
}

pub(super) fn slug_taken() -> AppError {
    invalid("slug", "Another survey of yours already uses this address.")
}
