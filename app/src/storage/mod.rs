//! Persistence on SQLite (the embedded default) or PostgreSQL, chosen at
//! start-up from the database URL.
//!
//! Rule: every function that reads or writes tenant-owned rows takes a
//! [`TenantScope`](crate::auth::TenantScope), which only the authorization
//! layer can create, and every one of its queries filters on the scope's
//! tenant id. Functions without a scope touch platform data only (the tenant
//! registry, the statistics queue as a whole).

pub mod backup;
pub mod branding;
mod database;
pub mod designs;
pub mod exports;
pub mod identity_providers;
pub mod jobs;
pub mod lifecycle;
pub mod metadata;
pub mod onboarding;
pub mod platform_admins;
pub mod retry;
pub mod sessions;
pub mod sign_in_failures;
pub mod statistics;
mod submission_writer;
pub mod submissions;
pub mod subscribers;
mod survey_cache;
pub mod surveys;
pub mod tenant_cache;
pub mod tenants;
pub mod users;

pub(crate) use database::with_pool;
pub use database::{Backend, Database, Pool, is_unique_violation};
