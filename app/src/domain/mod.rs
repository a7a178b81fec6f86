//! Domain types shared by the server and the browser. Every value that comes
//! from outside is turned into one of these through its `parse` function, so
//! the rest of the code never sees an unchecked alias, slug or answer.

mod alias;
mod answers;
mod claim_rules;
mod ids;
mod plan;
mod roles;
mod slug;
mod survey;
mod time;
mod url_word;

pub use alias::{AliasError, TenantAlias};
pub use answers::{
    AnswerValue, FieldErrors, IdempotencyKey, SubmissionErrors, ValidAnswer, field_name,
    validate_submission,
};
pub use claim_rules::{ClaimRule, ClaimRules, Claims, RuleError};
pub use ids::{QuestionId, SubmissionId, SurveyId, TenantId};
pub use plan::{Plan, SignInKind, TenantStatus};
pub use roles::Role;
pub use slug::{Slug, SlugError};
pub use survey::{
    FREE_TEXT_HARD_LIMIT, PublicSurvey, Question, QuestionKind, SurveyStatus, SurveySummaryCard,
};
pub use time::UnixMillis;
