//! Self-service sign-up through a social identity (Trial and Individual):
//! the form is checked first, then the person signs in at the social
//! provider, and the tenant is created with that identity as its owner.

use serde::{Deserialize, Serialize};

use super::onboarding::{NewTenantSetup, SignInSetup, create_tenant};
use crate::auth::oidc::{
    self, CallbackParams, FederationError, PendingAuthorization, RelyingParty,
};
use crate::auth::{Federation, Principal, SocialProvider};
use crate::domain::{Email, Plan, TenantAlias, TenantStatus, UnixMillis};
use crate::error::AppError;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::services::mail::Mailer;
use crate::storage::Database;
use crate::storage::tenants::TenantRecord;

/// Session key of a sign-up waiting for the social provider.
pub const PENDING_SIGNUP_KEY: &str = "pending_signup";
/// Session key of the alias this session just signed up (its welcome page).
pub const SIGNED_UP_KEY: &str = "signed_up";
const PENDING_LIFETIME_MS: i64 = 10 * 60 * 1000;

/// The checked sign-up form, kept in the session while the person signs in
/// at the provider.
#[derive(Debug, Serialize, Deserialize)]
pub struct PendingSignup {
    pub name: String,
    pub alias: TenantAlias,
    pub plan: Plan,
    pub region: String,
    pub provider: String,
    pub export_database: bool,
    #[serde(default)]
    pub contact_email: Option<Email>,
    started_at: i64,
    authorization: PendingAuthorization,
}

fn relying_party(federation: &Federation, provider: &SocialProvider) -> RelyingParty {
    RelyingParty {
        issuer: provider.issuer.clone(),
        client_id: provider.client_id.clone(),
        client_secret: provider.client_secret.clone(),
        redirect_uri: federation.social_redirect_uri(provider),
    }
}

/// Where to send the browser to sign in, and what the session keeps.
pub async fn begin_social_signup(
    federation: &Federation,
    provider: &SocialProvider,
    form: &NewTenantSetup,
    now: UnixMillis,
) -> Result<(String, PendingSignup), FederationError> {
    let (url, authorization) =
        oidc::begin(&federation.providers, &relying_party(federation, provider)).await?;
    Ok((
        url,
        PendingSignup {
            name: form.name.clone(),
            alias: form.alias.clone(),
            plan: form.plan,
            region: form.region.clone(),
            provider: provider.id.clone(),
            export_database: form.export_database,
            contact_email: form.contact_email.clone(),
            started_at: now.0,
            authorization,
        },
    ))
}

#[derive(Debug)]
pub enum SignupError {
    App(AppError),
    Federation(FederationError),
}

/// Completes a sign-up that came back from `provider`: verifies the
/// identity and creates the tenant it owns (Trial: active at once; paid
/// plans: pending activation). Returns the tenant and, when it is active,
/// the owner to sign in.
pub async fn finish_social_signup(
    db: &Database,
    federation: &Federation,
    mailer: &Mailer,
    provider_id: &str,
    pending: PendingSignup,
    params: CallbackParams,
    now: UnixMillis,
) -> Result<(TenantRecord, Option<Principal>), SignupError> {
    if now.0 - pending.started_at >= PENDING_LIFETIME_MS || pending.provider != provider_id {
        return Err(SignupError::Federation(FederationError::StateMismatch));
    }
    let provider = federation
        .social_provider(provider_id)
        .ok_or(SignupError::App(AppError::NotFound))?;
    let identity = oidc::finish(
        &federation.providers,
        &relying_party(federation, provider),
        pending.authorization,
        params,
    )
    .await
    .map_err(SignupError::Federation)?;
    let status = if pending.plan == Plan::Trial {
        TenantStatus::Active
    } else {
        TenantStatus::PendingActivation
    };
    let tenant = create_tenant(
        db,
        &federation.key,
        Some(mailer),
        NewTenantSetup {
            alias: pending.alias,
            name: pending.name,
            plan: pending.plan,
            status,
            region: pending.region,
            sign_in: SignInSetup::SocialOwner {
                provider_id: provider.id.clone(),
                issuer: identity.issuer.clone(),
                display_name: identity.display_name(),
                subject: identity.subject.clone(),
            },
            export_database: pending.export_database,
            contact_email: pending.contact_email,
        },
        now,
    )
    .await
    .map_err(SignupError::App)?;
    crate::storage::tenants::mark_awaiting_first_activation(db, tenant.id)
        .await
        .map_err(|e| SignupError::App(e.into()))?;
    let owner = if status == TenantStatus::Active {
        let scope = crate::auth::system_scope(&tenant, SystemGrant::new(SystemTask::Onboarding));
        crate::storage::users::find_federated_user(db, &scope, &identity.issuer, &identity.subject)
            .await
            .map_err(|e| SignupError::App(e.into()))?
            .map(|user| Principal::TenantUser {
                tenant: tenant.id,
                user: user.id,
            })
    } else {
        None
    };
    Ok((tenant, owner))
}
