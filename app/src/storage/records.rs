//! Records the caches inside `Database` keep: tenants by alias and
//! published surveys. They depend on the domain only, so the caches need
//! nothing from the modules that read and write them.

use crate::domain::{
    BillingMonth, EmbedOrigins, Plan, PublicSurvey, SurveyId, TenantAlias, TenantId, TenantStatus,
    UnixMillis,
};
use crate::i18n::Language;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantRecord {
    pub id: TenantId,
    pub alias: TenantAlias,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    pub created_at: UnixMillis,
    /// Limits a Tailspin administrator set for this tenant, over the plan's.
    pub limits: LimitOverrides,
    /// Where notices about the subscription go; empty: nowhere.
    pub contact_email: String,
    /// The websites that may frame its survey pages.
    pub embed_origins: EmbedOrigins,
    /// The month in which it received all the responses it may; its
    /// surveys take none until the next month or a higher limit.
    pub responses_full_in: Option<BillingMonth>,
    /// The language its pages speak to a visitor whose browser asks for
    /// none that Tailspin offers (`None`: English).
    pub default_language: Option<Language>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LimitOverrides {
    pub max_active_surveys: Option<u32>,
    pub max_users: Option<u32>,
    /// A number only: a tenant cannot be given unlimited responses on a
    /// plan that has a limit.
    pub monthly_responses: Option<u32>,
}

impl LimitOverrides {
    /// The user limit on `plan` with these overrides; `None`: unlimited.
    pub fn max_users(&self, plan: Plan) -> Option<u32> {
        self.max_users.or(plan.max_users())
    }

    pub fn max_active_surveys(&self, plan: Plan) -> u32 {
        self.max_active_surveys.unwrap_or(plan.max_active_surveys())
    }

    /// `None`: unlimited.
    pub fn monthly_responses(&self, plan: Plan) -> Option<u32> {
        self.monthly_responses.or(plan.monthly_responses())
    }
}

impl TenantRecord {
    /// `None`: unlimited.
    pub fn max_users(&self) -> Option<u32> {
        self.limits.max_users(self.plan)
    }

    pub fn max_active_surveys(&self) -> u32 {
        self.limits.max_active_surveys(self.plan)
    }

    /// `None`: unlimited.
    pub fn monthly_responses(&self) -> Option<u32> {
        self.limits.monthly_responses(self.plan)
    }
}

#[derive(Clone, Debug)]
pub struct NewTenant {
    pub alias: TenantAlias,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    /// Where notices about the subscription go; empty: nowhere.
    pub contact_email: String,
    /// The language its pages and mail fall back to (`None`: English).
    pub default_language: Option<crate::i18n::Language>,
}

/// A survey as stored, with the key the public definition leaves out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredSurvey {
    pub id: SurveyId,
    /// Closes itself after this many responses (checked by the writer).
    pub response_limit: Option<i64>,
    /// The owner's choice of challenge for the public link.
    pub proof_of_work: crate::domain::ProofOfWork,
    pub survey: PublicSurvey,
}
