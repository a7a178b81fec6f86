//! Server functions of the sign-in settings page
//! (`/t/{tenant}/settings/sign-in`; rules: `services::sign_in_settings`): a
//! Premium tenant's Administrator configures the tenant's own OpenID Connect
//! provider. The client secret is write-only: it is sealed on arrival and
//! never sent back.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

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

/// The provider settings as the form posts them (`settings[issuer]` and so
/// on); an empty `client_secret` keeps the stored one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInSettingsForm {
    pub issuer: String,
    pub client_id: String,
    pub identifying_claim: String,
    pub administrator: String,
    pub claim_rules: String,
    pub client_secret: String,
}

impl SignInSettingsForm {
    /// The settings, and the client secret typed (empty: keep the stored one).
    pub fn into_parts(self) -> (ProviderSettingsInput, String) {
        let settings = ProviderSettingsInput {
            issuer: self.issuer,
            client_id: self.client_id,
            identifying_claim: self.identifying_claim,
            administrator: self.administrator,
            claim_rules: self.claim_rules,
        };
        (settings, self.client_secret)
    }
}

#[cfg(feature = "ssr")]
use crate::services::sign_in_settings as service;

#[server(prefix = "/api", endpoint = "load_sign_in_settings")]
pub async fn load_sign_in_settings(tenant: String) -> Result<SignInSettingsPage, AppError> {
    let federation = super::federation()?;
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let stored = service::provider_settings(&db, &access.scope).await?;
    Ok(SignInSettingsPage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan_label: access.scope.plan().localized_label(),
        sign_in: access.scope.plan().sign_in(),
        redirect_uri: federation.tenant_redirect_uri(access.scope.alias()),
        secret_stored: stored.is_some(),
        settings: stored.map(|s| s.to_input()).unwrap_or_default(),
    })
}

/// Saves the provider settings, or reports what is wrong field by field
/// (`Invalid`) and changes nothing.
#[server(prefix = "/api", endpoint = "save_sign_in_settings")]
pub async fn save_sign_in_settings(
    tenant: String,
    settings: SignInSettingsForm,
) -> Result<(), AppError> {
    let federation = super::federation()?;
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let (input, secret) = settings.into_parts();
    service::save_own_provider(&db, &federation, &access.scope, &input, &secret).await
}
