//! Pages and branching: which pages a respondent sees, in what order, and
//! which questions on them. One evaluator (`route.rs`) decides for the
//! server and the browser alike; `checks.rs` holds the designer's
//! refusals; `edits.rs` keeps the logic true while questions move.
//!
//! Questions are named by their place in the survey (from 0), which copies,
//! backups and restores keep, never by their database id.

mod checks;
mod conditions;
mod edits;
pub(in crate::domain) mod model;
mod route;
mod wording;

pub use checks::{
    LogicOwner, LogicProblem, MAX_PAGE_DESCRIPTION_CHARS, MAX_PAGE_TITLE_CHARS, tests_for,
};
pub use edits::QuestionMove;
pub use model::{
    Combine, Condition, Destination, Jump, MAX_JUMPS, MAX_PAGES, MAX_TERMS, Page,
    QuestionCondition, SurveyLogic, Term, Test,
};
pub use route::Route;
pub use wording::{ConditionInput, FORM_TERMS, describe};

#[cfg(test)]
mod tests;
