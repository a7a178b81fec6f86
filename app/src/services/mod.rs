//! The business rules, one module per capability (server only). A service
//! takes the handles it needs (database, blob store), a `TenantScope` or
//! another capability, and typed input; it returns domain values or an
//! `AppError`, never wire types or HTTP types. Server functions (`api/`)
//! and axum handlers (`server/src/routes/`) are adapters around them; SQL
//! stays in `storage/`.

pub mod api_keys;
pub mod backup;
pub mod branding;
pub mod demo;
pub mod designer;
pub mod export;
pub mod fill_time;
pub mod grants;
pub mod idempotent_requests;
pub mod invitations;
pub mod job_progress;
pub mod job_services;
pub mod job_wakeup;
pub mod jobs;
pub mod language_preferences;
pub mod lifecycle;
pub mod link_tokens;
pub mod logo_decoding;
pub mod mail;
pub mod metadata;
pub mod monthly_allowance;
pub mod password_reset;
pub mod plan_changes;
pub mod platform_admin;
pub mod proof_of_work;
pub mod region_moves;
pub mod respondent;
pub mod responses;
pub mod responses_csv;
pub mod responses_xlsx;
pub mod results;
pub mod server_key_rotation;
pub mod sharing;
pub mod sign_in_changes;
pub mod sign_in_settings;
pub mod signup;
pub mod sql_export;
pub mod statistics;
pub mod subscription_notices;
pub mod survey_invitations;
pub mod survey_quota;
pub mod survey_translations;
pub mod tenant_pages;
pub mod tenants;
pub mod usage;
pub mod users;
pub mod webhooks;

/// The database handle, for adapters that pass it on to services.
pub use crate::storage::Database;
