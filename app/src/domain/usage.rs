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
