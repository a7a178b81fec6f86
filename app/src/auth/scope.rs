//! The tenant scope: proof that the holder may act on one tenant's data.
//! Storage functions for tenant-owned rows take one, and only `auth` can
//! make one (the constructor is private to it). This module depends on the
//! domain only, so storage can use it without depending on `auth`.

use crate::domain::{BillingMonth, Plan, TenantAlias, TenantId, UnixMillis};

/// What a tenant may do: its plan's limits, or the ones set for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScopeLimits {
    /// `None`: no limit.
    pub max_users: Option<u32>,
    pub max_active_surveys: u32,
    /// Responses a calendar month (UTC); `None`: no limit.
    pub monthly_responses: Option<u32>,
    /// The month in which it received all the responses it may.
    pub responses_full_in: Option<BillingMonth>,
}

/// Proof that the holder may act on one tenant's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantScope {
    tenant_id: TenantId,
    alias: TenantAlias,
    name: String,
    plan: Plan,
    limits: ScopeLimits,
    /// The region whose database holds the tenant's surveys and answers.
    region: String,
}

impl TenantScope {
    /// Only `auth` may make a scope: after checking a member's access, for
    /// the public site, or for a named system task.
    pub(in crate::auth) fn new(
        tenant_id: TenantId,
        alias: TenantAlias,
        name: String,
        plan: Plan,
        limits: ScopeLimits,
        region: String,
    ) -> TenantScope {
        TenantScope {
            tenant_id,
            alias,
            name,
            plan,
            limits,
            region,
        }
    }

    /// The region whose database holds the tenant's surveys and answers.
    pub fn region(&self) -> &str {
        &self.region
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
        self.limits.max_users
    }

    /// The plan's active-survey limit, or the one set for this tenant.
    pub fn max_active_surveys(&self) -> u32 {
        self.limits.max_active_surveys
    }

    /// The responses it may receive a month; `None`: no limit.
    pub fn monthly_responses(&self) -> Option<u32> {
        self.limits.monthly_responses
    }

    /// It has received all the responses it may in the month of `now`, so
    /// its surveys take none until the next month or a higher limit.
    pub fn responses_paused(&self, now: UnixMillis) -> bool {
        self.limits.monthly_responses.is_some()
            && self.limits.responses_full_in == Some(BillingMonth::containing(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_pause_for_the_month_the_limit_was_reached_only() {
        let november = BillingMonth::parse("2026-11").unwrap();
        let scope = |monthly_responses, responses_full_in| {
            TenantScope::new(
                TenantId(1),
                TenantAlias::parse("adatum").unwrap(),
                "Adatum".into(),
                Plan::Trial,
                ScopeLimits {
                    max_users: Some(1),
                    max_active_surveys: 1,
                    monthly_responses,
                    responses_full_in,
                },
                "europe".into(),
            )
        };
        let in_november = UnixMillis(november.start().0 + 1_000);
        assert!(scope(Some(5), Some(november)).responses_paused(in_november));
        assert!(!scope(Some(5), Some(november)).responses_paused(november.end()));
        assert!(!scope(Some(5), None).responses_paused(in_november));
        // A limit removed since: nothing holds answers back.
        assert!(!scope(None, Some(november)).responses_paused(in_november));
    }
}
