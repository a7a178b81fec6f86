//! Usage for billing: what every tenant used in a month.

use serde::{Deserialize, Serialize};

use super::alias::TenantAlias;
use super::month::BillingMonth;
use super::plan::{Plan, TenantStatus};
use super::time::UnixMillis;

/// Every tenant's usage in one month, with the months around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageReport {
    pub month: BillingMonth,
    pub previous: BillingMonth,
    /// Absent for this month: the future has no usage yet.
    pub next: Option<BillingMonth>,
    pub lines: Vec<TenantUsage>,
    /// The month's plan changes, oldest first.
    pub plan_changes: Vec<PlanChange>,
}

/// One change of a tenant's plan, as recorded for billing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChange {
    pub alias: TenantAlias,
    pub name: String,
    pub from: Plan,
    pub to: Plan,
    pub at: UnixMillis,
    /// The email or name of who made it, as it was then.
    pub by: String,
    /// Made by a Tailspin administrator (else by the tenant's own).
    pub by_tailspin: bool,
}

/// A tenant's responses in a month against the number its plan allows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthlyAllowance {
    pub month: BillingMonth,
    pub plan: Plan,
    pub responses: i64,
    /// `None`: no limit.
    pub limit: Option<i64>,
}

impl MonthlyAllowance {
    /// The warning due: 0, 80 (percent) or 100 (the surveys pause).
    pub fn warning(&self) -> i64 {
        self.limit
            .map_or(0, |limit| warning_level(self.responses, limit))
    }

    /// The day the count starts again (UTC), as `YYYY-MM-DD`.
    pub fn resumes_on(&self) -> String {
        self.month.end().date_string()
    }
}

/// The warning a tenant with `responses` of `limit` a month is due: 80
/// (percent) from four fifths, 100 at the limit, else 0.
pub fn warning_level(responses: i64, limit: i64) -> i64 {
    if responses >= limit {
        100
    } else if responses * 5 >= limit * 4 {
        80
    } else {
        0
    }
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
