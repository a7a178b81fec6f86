//! Domain types shared by the server and the browser. Every value that comes
//! from outside is turned into one of these through its `parse` function, so
//! the rest of the code never sees an unchecked alias, slug or answer.

mod alias;
mod answer_filter;
mod answer_value;
mod answers;
mod api_keys;
mod branding;
mod calendar_date;
mod claim_rules;
pub mod contacts;
mod csv;
mod decimal;
mod design;
mod email;
mod embed_origins;
pub mod form_body;
mod identity_provider;
mod ids;
pub mod logic;
mod metadata;
mod month;
mod option_order;
pub mod page_turn;
mod password;
mod plan;
pub mod proof_of_work;
mod results;
mod roles;
mod sent_surveys;
mod slug;
pub mod stylesheet;
mod summary;
mod survey;
pub mod survey_languages;
pub mod survey_texts;
mod templates;
mod tenant_form;
mod text_format;
mod time;
mod url_word;
mod usage;
mod webhooks;

pub use alias::{AliasCheck, AliasError, TenantAlias};
pub use answer_filter::{AnswerFilter, FILTER_TERMS, TypedFilter};
pub use answers::{
    AnswerValue, FieldErrors, HONEYPOT_FIELD, INVITATION_FIELD, IdempotencyKey, MISSING_ANSWER,
    OTHER_TEXT_LIMIT, OTHER_VALUE, SubmissionErrors, SubmitReply, ValidAnswer, answer_length,
    answer_text, check_page, field_name, field_question, kept_value, kept_values, other_field_name,
    part_field_name, route_so_far, validate_submission,
};
pub use api_keys::{
    API_KEY_PREFIX_CHARS, API_KEY_START, ApiScope, ApiScopes, MAX_API_KEY_DAYS,
    MAX_API_KEY_NAME_CHARS, MAX_API_KEYS, api_key_prefix, check_api_key_days, check_api_key_name,
};
pub use branding::{TenantBranding, TenantSurveys};
pub use calendar_date::CalendarDate;
pub use claim_rules::{ClaimRule, ClaimRules, Claims, RuleError};
pub use csv::{csv_cell, csv_row};
pub use decimal::Decimal;
pub use design::{
    DEFAULT_SCALE_POINTS, MAX_MATRIX_COLUMNS, MAX_MATRIX_ROWS, MAX_SCALE_POINTS, MIN_SCALE_POINTS,
    length_limit, option_bounds,
};
pub use design::{
    MAX_DESCRIPTION_CHARS, MAX_OPTIONS, MAX_QUESTIONS, MAX_TITLE_CHARS, QuestionDraft,
    QuestionInput, SurveyState, check_description, check_title, days_left,
};
pub use email::Email;
pub use embed_origins::{EmbedOrigins, MAX_EMBED_ORIGINS};
pub use identity_provider::{
    DEFAULT_IDENTIFYING_CLAIM, MAX_CLIENT_SECRET_LEN, ProviderSettings, ProviderSettingsErrors,
    ProviderSettingsInput, check_client_secret,
};
pub use ids::{PlatformAdminId, QuestionId, SubmissionId, SurveyId, TenantId, UserId};
pub use logic::{Route, SurveyLogic};
pub use metadata::{MAX_METADATA_FIELDS, MetadataEntry, MetadataKind, check_field_name};
pub use month::BillingMonth;
pub use option_order::option_order;
pub use password::{
    PASSWORD_HINT, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, TOO_COMMON, check_new_password,
    is_common_password,
};
pub use plan::{Plan, PlanPath, SignInKind, TenantStatus};
pub use proof_of_work::{CHALLENGE_FIELD, Challenge, ProofOfWork};
pub use results::{
    Bar, DatesResult, MatrixRow, NpsResult, NumberResult, Period, QuestionResult, RankedOption,
    ResultChart, format_plain, nps_score, percent, question_results,
};
pub use roles::Role;
pub use sent_surveys::{SENT_SURVEYS_COOKIE, SentSurveys};
pub use slug::{Slug, SlugError};
pub use summary::{
    NumberSummary, QuestionSummary, RELATIVE_ACCURACY, SurveySummary, TOP_WORDS, top_words,
    words_of,
};
pub use survey::{
    ChoiceList, FREE_TEXT_HARD_LIMIT, NumberRules, PublicSurvey, Question, QuestionKind,
    SHORT_TEXT_LIMIT, SurveyStatus, SurveySummaryCard,
};
pub use templates::{SURVEY_TEMPLATES, SurveyTemplate};
pub use tenant_form::{TenantForm, TenantSettingsInput};
pub use text_format::TextFormat;
pub use time::UnixMillis;
pub use usage::{MonthlyAllowance, PlanChange, TenantUsage, UsageReport, warning_level};
pub use webhooks::{
    MAX_WEBHOOK_DESCRIPTION_CHARS, MAX_WEBHOOK_ENDPOINTS, MAX_WEBHOOK_URL_CHARS,
    WEBHOOK_RETRY_WINDOW_MS, WEBHOOK_SECRET_OVERLAP_MS, WebhookEvent, WebhookEvents,
    check_webhook_description, webhook_retry_delay_ms,
};
