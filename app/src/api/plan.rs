//! Server functions of the plan page (`/t/{tenant}/settings/plan`,
//! Administrators only; rules: `services::plan_changes`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use super::sign_in_settings::SignInSettingsForm;
use crate::domain::{Plan, PlanChange, PlanPath};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanPage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub plan: Plan,
    pub open_surveys: usize,
    pub users: usize,
    /// The plans above this one, and how moving to each goes.
    pub upgrades: Vec<(Plan, PlanPath)>,
    /// Newest first.
    pub history: Vec<PlanChange>,
    /// Offered as the email to sign in with after moving to passwords.
    pub suggested_email: String,
    /// The email of the signed-in owner who moved to passwords and has not
    /// chosen one yet.
    pub password_pending: Option<String>,
    /// On a move to the subscriber's own provider: who keeps an account
    /// (found by verified email at first sign-in) and who is removed.
    pub provider_switch: Option<(Vec<String>, Vec<String>)>,
    /// The redirect URI to register at that provider.
    pub redirect_uri: String,
}

#[server(prefix = "/api", endpoint = "load_plan")]
pub async fn load_plan(tenant: String) -> Result<PlanPage, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let federation = super::federation()?;
    let now = crate::domain::UnixMillis::now();
    let overview = crate::services::plan_changes::overview(&db, &federation, &access, now).await?;
    let local_accounts = access.scope.plan().sign_in() == crate::domain::SignInKind::LocalAccounts;
    let password_pending = match (&access.user.email, &access.user.password_hash) {
        (Some(email), None) if local_accounts => Some(email.as_str().to_owned()),
        _ => None,
    };
    Ok(PlanPage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan: overview.plan,
        open_surveys: overview.open_surveys,
        users: overview.users,
        upgrades: overview.upgrades,
        history: overview.history,
        suggested_email: overview.suggested_email,
        password_pending,
        provider_switch: overview.provider_switch.map(|u| (u.kept, u.removed)),
        redirect_uri: overview.redirect_uri,
    })
}

/// What an upgrade did, for the page to say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpgradeDone {
    pub plan: Plan,
    /// Where the link to choose a password went, when one did.
    pub password_link_to: Option<String>,
    /// Who is always an Administrator, when the subscriber moved to its
    /// own provider.
    pub administrator: Option<String>,
}

impl UpgradeDone {
    #[cfg(feature = "ssr")]
    fn from(done: crate::services::plan_changes::Upgraded) -> UpgradeDone {
        use crate::services::plan_changes::Upgraded;
        let (plan, password_link_to, administrator) = match done {
            Upgraded::Now(plan) => (plan, None, None),
            Upgraded::PasswordLinkSent { plan, email } => (plan, Some(email), None),
            Upgraded::OwnProvider {
                plan,
                administrator,
            } => (plan, None, Some(administrator)),
        };
        UpgradeDone {
            plan,
            password_link_to,
            administrator,
        }
    }
}

#[server(prefix = "/api", endpoint = "upgrade_plan")]
pub async fn upgrade_plan(
    tenant: String,
    plan: String,
    #[server(default)] email: String,
) -> Result<UpgradeDone, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let federation = super::federation()?;
    let now = crate::domain::UnixMillis::now();
    let done = crate::services::plan_changes::upgrade(
        &db,
        &mailer,
        &federation,
        &access,
        &plan,
        &email,
        now,
    )
    .await?;
    let done = UpgradeDone::from(done);
    super::after_plain_form(&format!(
        "/t/{}/settings/plan?upgraded={}",
        access.scope.alias(),
        done.plan.code()
    ));
    Ok(done)
}

/// Moves to the plan that signs in through the subscriber's own provider:
/// its settings, tested first, and the confirmation of who keeps an
/// account.
#[server(prefix = "/api", endpoint = "upgrade_to_own_provider")]
pub async fn upgrade_to_own_provider(
    tenant: String,
    settings: SignInSettingsForm,
    #[server(default)] confirmed: Option<String>,
) -> Result<UpgradeDone, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let federation = super::federation()?;
    let (input, secret) = settings.into_parts();
    let now = crate::domain::UnixMillis::now();
    let done = crate::services::plan_changes::upgrade_to_own_provider(
        &db,
        &federation,
        &access,
        &input,
        &secret,
        confirmed.is_some(),
        now,
    )
    .await?;
    // Every session ended with the switch: sign in through the provider.
    leptos_axum::redirect(&format!("/t/{}/login", access.scope.alias()));
    Ok(UpgradeDone::from(done))
}
