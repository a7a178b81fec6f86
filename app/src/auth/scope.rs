//! The tenant scope: proof that the holder may act on one tenant's data.
//! Storage functions for tenant-owned rows take one, and only `auth` can
//! make one (the constructor is private to it). This module depends on the
//! domain only, so storage can use it without depending on `auth`.

use crate::domain::{Plan, TenantAlias, TenantId};

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
    /// Only `auth` may make a scope: after checking a member's access, for
    /// the public site, or for a named system task.
    pub(in crate::auth) fn new(
        tenant_id: TenantId,
        alias: TenantAlias,
        name: String,
        plan: Plan,
        max_users: Option<u32>,
        max_active_surveys: u32,
    ) -> TenantScope {
        TenantScope {
            tenant_id,
            alias,
            name,
            plan,
            max_users,
            max_active_surveys,
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
