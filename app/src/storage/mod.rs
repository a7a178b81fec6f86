//! Persistence on SQLite (the embedded default) or PostgreSQL, chosen at
//! start-up from the database URL.
//!
//! Rule: every function that reads or writes tenant-owned rows takes a
//! [`TenantScope`](crate::auth::scope::TenantScope), which only the authorization
//! layer can create, and every one of its queries filters on the scope's
//! tenant id. Functions without a scope touch platform data only (the tenant
//! registry, the statistics queue as a whole).

pub(crate) mod answer_columns;
pub mod api_idempotency;
pub mod api_keys;
mod availability;
pub mod backup;
pub mod branding;
mod branding_cache;
mod branding_record;
pub mod data_keys;
pub(crate) mod database;
pub mod drafts;
pub mod exports;
pub mod id_spaces;
pub mod identity_providers;
mod invitation_claims;
pub mod jobs;
pub mod key_ring;
mod leased_queue;
pub mod lifecycle;
pub mod metadata;
mod monthly_allowance;
pub mod monthly_usage;
pub mod onboarding;
pub mod outgoing_mail;
pub mod password_resets;
pub mod plan_changes;
mod plan_record;
pub mod platform_admins;
mod pool;
pub mod public_changes;
pub(crate) mod question_settings;
pub mod quota_notices;
mod records;
pub mod region_copy;
pub mod region_switch;
pub mod regions;
mod response_quota;
pub mod response_removal;
pub mod retry;
pub mod sealed_values;
pub mod sessions;
pub mod sign_in_failures;
pub mod statistics;
mod submission_writer;
pub use submission_writer::batches_written;
pub mod submissions;
pub mod summary_changes;
mod survey_cache;
pub mod survey_contacts;
pub mod survey_languages;
pub mod surveys;
pub mod tenant_cache;
pub mod tenant_figures;
pub mod tenant_moves;
pub mod tenants;
pub mod users;
pub mod webhook_deliveries;
pub mod webhook_endpoints;
pub mod webhook_fan_out;
pub mod webhook_outbox;

pub(crate) use database::with_pool;

pub use database::{Backend, Database, Pool, is_unique_violation};
pub use submission_writer::NEW_ANSWERS_CHANNEL;

#[cfg(test)]
mod tests {
    #[test]
    fn parameter_lists_are_numbered_from_the_first() {
        assert_eq!(super::database::parameter_list(2, 3), "$2, $3, $4");
        assert_eq!(super::database::parameter_list(1, 1), "$1");
    }
}
