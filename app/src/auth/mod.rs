//! The authorization layer: the only place where a [`TenantScope`] is made.
//!
//! Storage functions for tenant-owned data require a scope, so a request can
//! only ever touch the tenant it was authorized for. Each way of obtaining a
//! scope states who may act and on which tenant.

mod access;
mod discovery;
mod federated;
pub mod oidc;
mod sign_in;

pub use access::{
    PRINCIPAL_KEY, SIGNED_IN_UNTIL_KEY, TenantAccess, platform_admin_access, request_principal,
    session_principal, tenant_access,
};

pub use federated::{
    CallbackTarget, FederatedOutcome, FederatedSignInError, Federation, PENDING_SIGN_IN_KEY,
    PendingSignIn, SocialProvider, begin_federated_sign_in, finish_federated_sign_in,
    owner_provider,
};
pub use sign_in::{
    ACCOUNT_DELAY_CAP_MS, FAILURE_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS,
    Principal, SignInOutcome, sign_in_platform_admin, sign_in_tenant_user,
};

use crate::domain::{Plan, TenantAlias, TenantId, TenantStatus};
use crate::error::AppError;
use crate::storage::{Database, tenants};

/// Proof that the holder may act on one tenant's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantScope {
    tenant_id: TenantId,
    alias: TenantAlias,
    name: String,
    plan: Plan,
    max_users: Option<u32>,
    max_active_surveys: u32,
}

impl TenantScope {
    fn of(tenant: &tenants::TenantRecord) -> TenantScope {
        TenantScope {
            tenant_id: tenant.id,
            alias: tenant.alias.clone(),
            name: tenant.name.clone(),
            plan: tenant.plan,
            max_users: tenant.max_users(),
            max_active_surveys: tenant.max_active_surveys(),
        }
    }

    pub fn tenant_id(&self) -> TenantId {
        self.tenant_id
    }

    pub fn alias(&self) -> &TenantAlias {
        &self.alias
    }

    pub fn tenant_name(&self) -> &str {
        &self.name
    }

    pub fn plan(&self) -> Plan {
        self.plan
    }

    /// The plan's user limit, or the one set for this tenant; `None`: none.
    pub fn max_users(&self) -> Option<u32> {
        self.max_users
    }

    /// The plan's active-survey limit, or the one set for this tenant.
    pub fn max_active_surveys(&self) -> u32 {
        self.max_active_surveys
    }
}

/// The public site: anyone may read and answer the published surveys of an
/// active tenant. Unknown, malformed, pending, suspended and deleting tenants
/// all answer "not found", so the public site reveals nothing about them.
pub async fn public_scope(db: &Database, alias: &str) -> Result<TenantScope, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    match tenants::find_tenant_by_alias(db, &alias).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => Ok(TenantScope::of(&tenant)),
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
    TenantScope::of(tenant)
}
