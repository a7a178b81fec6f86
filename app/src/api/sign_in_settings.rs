//! Server functions of the sign-in settings page
//! (`/t/{tenant}/settings/sign-in`): a Premium tenant's Administrator
//! configures the tenant's own OpenID Connect provider. The client secret
//! is write-only: it is sealed on arrival and never sent back.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::domain::ProviderSettingsErrors;
use crate::domain::{ProviderSettingsInput, SignInKind};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInSettingsPage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub plan_label: String,
    pub sign_in: SignInKind,
    /// What to register at the provider.
    pub redirect_uri: String,
    pub settings: ProviderSettingsInput,
    pub secret_stored: bool,
}

#[server(prefix = "/api", endpoint = "load_sign_in_settings")]
pub async fn load_sign_in_settings(tenant: String) -> Result<SignInSettingsPage, AppError> {
    let db = super::database()?;
    let federation = super::federation()?;
    let access = super::tenant_member(&tenant, true).await?;
    let stored =
        crate::storage::identity_providers::find_identity_provider(&db, &access.scope).await?;
    Ok(SignInSettingsPage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan_label: access.scope.plan().label().to_owned(),
        sign_in: access.scope.plan().sign_in(),
        redirect_uri: federation.tenant_redirect_uri(access.scope.alias()),
        secret_stored: stored.is_some(),
        settings: stored.map(|s| s.settings.to_input()).unwrap_or_default(),
    })
}

/// Saves the provider settings, or reports what is wrong field by field
/// (`Invalid`) and changes nothing. An empty `client_secret` keeps the
/// stored one.
#[server(prefix = "/api", endpoint = "save_sign_in_settings")]
pub async fn save_sign_in_settings(
    tenant: String,
    issuer: String,
    client_id: String,
    identifying_claim: String,
    administrator: String,
    claim_rules: String,
    client_secret: String,
) -> Result<(), AppError> {
    let db = super::database()?;
    let federation = super::federation()?;
    let access = super::tenant_member(&tenant, true).await?;
    if access.scope.plan().sign_in() != SignInKind::OwnIdentityProvider {
        return Err(AppError::BadRequest(
            "Only Premium subscriptions sign in with their own identity provider.".into(),
        ));
    }
    let input = ProviderSettingsInput {
        issuer,
        client_id,
        identifying_claim,
        administrator,
        claim_rules,
    };
    save_provider(&db, &federation, &access.scope, &input, &client_secret).await
}

/// Checks and saves a Premium tenant's provider settings (for its own
/// Administrators and for Tailspin administration). An empty
/// `client_secret` keeps the stored one, unless the issuer or client id
/// changes; nothing is saved when anything is wrong (`Invalid`, field by
/// field).
#[cfg(feature = "ssr")]
pub(crate) async fn save_provider(
    db: &crate::storage::Database,
    federation: &crate::auth::Federation,
    scope: &crate::auth::TenantScope,
    input: &ProviderSettingsInput,
    client_secret: &str,
) -> Result<(), AppError> {
    use crate::domain::{ProviderSettings, UnixMillis, check_client_secret};
    use crate::storage::identity_providers::{find_identity_provider, save_identity_provider};
    let parsed = ProviderSettings::parse(input);
    let stored = find_identity_provider(db, scope).await?;
    // The stored secret may only keep going to the provider it was issued
    // by: otherwise whoever edits the settings could send it to a server of
    // their own by changing the issuer.
    let changes_provider = match (&stored, &parsed) {
        (Some(stored), Ok(new)) => {
            new.issuer != stored.settings.issuer || new.client_id != stored.settings.client_id
        }
        _ => false,
    };
    let secret_problem = if client_secret.is_empty() && stored.is_some() {
        changes_provider.then(|| {
            "Enter the client secret again: the issuer or client ID changed, and the stored secret is only sent to the provider it was issued for."
                .to_owned()
        })
    } else {
        check_client_secret(client_secret).err()
    };
    let settings = match (parsed, secret_problem) {
        (Ok(settings), None) => settings,
        (Ok(_), problem) => {
            let errors = ProviderSettingsErrors {
                client_secret: problem,
                ..ProviderSettingsErrors::default()
            };
            return Err(AppError::Invalid(errors.into_problems()));
        }
        (Err(mut errors), problem) => {
            errors.client_secret = problem;
            return Err(AppError::Invalid(errors.into_problems()));
        }
    };
    let sealed = if client_secret.is_empty() {
        None
    } else {
        Some(federation.key.seal(scope.tenant_id(), client_secret)?)
    };
    save_identity_provider(db, scope, &settings, sealed.as_deref(), UnixMillis::now()).await?;
    Ok(())
}
