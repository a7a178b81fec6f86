//! The fields of the sign-up form and of a Tailspin administrator's "add a
//! subscriber", as typed: the same fields, checked by the same code
//! (`services::signup::check_form`).

use serde::{Deserialize, Serialize};

/// Everything the sign-up and "add a subscriber" forms send. A missing
/// field is empty: a form without a plan is refused by field, not by
/// decoding.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TenantForm {
    pub name: String,
    pub alias: String,
    pub plan: String,
    pub region: String,
    pub export_database: Option<String>,
    pub admin_name: String,
    pub admin_email: String,
    pub password: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub administrator: String,
    pub identifying_claim: String,
    pub claim_rules: String,
    pub social_provider: String,
    /// Added by a Tailspin administrator only: the owner's subject at the
    /// social provider (sign-up learns it by signing in).
    pub owner_subject: String,
    /// Where notices about the subscription go, for the plans without a
    /// first Administrator's email (Standard uses that one).
    pub contact_email: String,
}

/// A subscriber's settings as a Tailspin administrator typed them
/// (`changes[name]` and so on); an empty limit means the plan's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TenantSettingsInput {
    pub name: String,
    pub plan: String,
    pub status: String,
    pub region: String,
    pub max_active_surveys: String,
    pub max_users: String,
    pub monthly_responses: String,
    /// Where notices about the subscription go; empty: nowhere.
    pub contact_email: String,
}
