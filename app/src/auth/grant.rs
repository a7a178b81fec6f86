//! The ways a tenant scope is made: from a tenant record, after an access
//! check (`access`), for the public site, or for a named system task.

use super::scope::TenantScope;
use crate::domain::{TenantAlias, TenantStatus};
use crate::error::AppError;
use crate::storage::{Database, tenants};

/// The scope of a tenant record; only this module and its children make
/// scopes.
pub(super) fn scope_of(tenant: &tenants::TenantRecord) -> TenantScope {
    TenantScope::new(
        tenant.id,
        tenant.alias.clone(),
        tenant.name.clone(),
        tenant.plan,
        tenant.max_users(),
        tenant.max_active_surveys(),
    )
}

/// The public site: anyone may read and answer the published surveys of an
/// active tenant. Unknown, malformed, pending, suspended and deleting tenants
/// all answer "not found", so the public site reveals nothing about them.
pub async fn public_scope(db: &Database, alias: &str) -> Result<TenantScope, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    match tenants::find_tenant_by_alias(db, &alias).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => Ok(scope_of(&tenant)),
        _ => Err(AppError::NotFound),
    }
}

/// Work the platform itself does for a tenant, never on behalf of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SystemTask {
    /// Loading the demo tenant into an empty database at start-up.
    DemoData,
    /// Setting up a tenant that was just created.
    Onboarding,
    /// The statistics task merging queued answers.
    Statistics,
    /// Looking up the account of someone who is signing in.
    SignIn,
    /// A tenant's background job (the SQL export) that the tenant asked for.
    BackgroundJob,
    /// Removing a deleted tenant's data (asked for by a Tailspin administrator).
    Purge,
    /// Tailspin administration acting on a subscriber (the administrator was
    /// checked by `platform_admin_access`).
    PlatformAdministration,
    /// Restoring a backup into a new tenant.
    Restore,
}

pub fn system_scope(tenant: &tenants::TenantRecord, task: SystemTask) -> TenantScope {
    tracing::debug!(tenant = %tenant.alias, ?task, "system scope");
    scope_of(tenant)
}
