//! Usage for billing: what every tenant used in a month.

use serde::{Deserialize, Serialize};

use super::alias::TenantAlias;
use super::month::BillingMonth;
use super::plan::{Plan, TenantStatus};

/// Every tenant's usage in one month, with the months around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageReport {
    pub month: BillingMonth,
    pub previous: BillingMonth,
    /// Absent for this month: the future has no usage yet.
    pub next: Option<BillingMonth>,
    pub lines: Vec<TenantUsage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantUsage {
    pub alias: TenantAlias,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub responses: i64,
    pub surveys_published: i64,
    pub active_surveys: i64,
    pub users: i64,
    /// Answers and blobs.
    pub storage_bytes: i64,
}
