//! The ways a tenant scope is made: from a tenant record after an access
//! check (`access`, sign-in), for the public site, or for a system task,
//! the last two only with a grant that services alone can issue
//! (`services::grants`).

use super::scope::{ScopeLimits, TenantScope};
use crate::domain::{TenantAlias, TenantStatus};
use crate::error::AppError;
use crate::services::grants::{PublicSiteGrant, SystemGrant};
use crate::storage::{Database, tenants};

/// The scope of a tenant record; only this module and its children make
/// scopes.
pub(super) fn scope_of(tenant: &tenants::TenantRecord) -> TenantScope {
    TenantScope::new(
        tenant.id,
        tenant.alias.clone(),
        tenant.name.clone(),
        tenant.plan,
        ScopeLimits {
            max_users: tenant.max_users(),
            max_active_surveys: tenant.max_active_surveys(),
            monthly_responses: tenant.monthly_responses(),
            responses_full_in: tenant.responses_full_in,
        },
        tenant.region.clone(),
    )
}

/// The public site: anyone may read and answer the published surveys of an
/// active tenant. Unknown, malformed, pending, suspended and deleting tenants
/// all answer "not found", so the public site reveals nothing about them.
pub async fn public_scope(
    db: &Database,
    alias: &str,
    _grant: PublicSiteGrant,
) -> Result<TenantScope, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    match tenants::find_tenant_by_alias(db, &alias).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => Ok(scope_of(&tenant)),
        _ => Err(AppError::NotFound),
    }
}

/// The scope of `tenant` for a system task a service was granted.
pub fn system_scope(tenant: &tenants::TenantRecord, grant: SystemGrant) -> TenantScope {
    tracing::debug!(tenant = %tenant.alias, task = ?grant.task(), "system scope");
    scope_of(tenant)
}
