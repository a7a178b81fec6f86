//! A Premium tenant's own OpenID Connect provider: which tenants may have
//! one, checking the settings, and keeping the client secret sealed and
//! bound to the provider it was issued by.

use crate::auth::{Federation, TenantScope};
use crate::domain::{
    ProviderSettings, ProviderSettingsErrors, ProviderSettingsInput, SignInKind, UnixMillis,
    check_client_secret,
};
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::identity_providers::{find_identity_provider, save_identity_provider};

/// The tenant's stored provider settings, if it has any (a stored provider
/// always has a client secret).
pub async fn provider_settings(
    db: &Database,
    scope: &TenantScope,
) -> Result<Option<ProviderSettings>, AppError> {
    Ok(find_identity_provider(db, scope).await?.map(|s| s.settings))
}

/// Saves the tenant's own provider settings (see `save_provider`); only a
/// plan that signs in with its own identity provider has them.
pub async fn save_own_provider(
    db: &Database,
    federation: &Federation,
    scope: &TenantScope,
    input: &ProviderSettingsInput,
    client_secret: &str,
) -> Result<(), AppError> {
    if scope.plan().sign_in() != SignInKind::OwnIdentityProvider {
        return Err(AppError::BadRequest(
            "Only Premium subscriptions sign in with their own identity provider.".into(),
        ));
    }
    save_provider(db, federation, scope, input, client_secret).await
}

/// The settings, or every problem with them and with the secret, by field.
fn settings_or_problems(
    parsed: Result<ProviderSettings, Box<ProviderSettingsErrors>>,
    secret_problem: Option<String>,
) -> Result<ProviderSettings, AppError> {
    match (parsed, secret_problem) {
        (Ok(settings), None) => Ok(settings),
        (Ok(_), problem) => {
            let errors = ProviderSettingsErrors {
                client_secret: problem,
                ..ProviderSettingsErrors::default()
            };
            Err(AppError::Invalid(errors.into_problems()))
        }
        (Err(mut errors), problem) => {
            errors.client_secret = problem;
            Err(AppError::Invalid(errors.into_problems()))
        }
    }
}

/// Checks the settings of a provider about to be stored for the first
/// time, with its client secret (which must then be given).
pub fn check_new_provider(
    input: &ProviderSettingsInput,
    client_secret: &str,
) -> Result<ProviderSettings, AppError> {
    settings_or_problems(
        ProviderSettings::parse(input),
        check_client_secret(client_secret).err(),
    )
}

/// Checks and saves a Premium tenant's provider settings (for its own
/// Administrators and for Tailspin administration). An empty
/// `client_secret` keeps the stored one, unless the issuer or client id
/// changes; nothing is saved when anything is wrong (`Invalid`, field by
/// field).
pub async fn save_provider(
    db: &Database,
    federation: &Federation,
    scope: &TenantScope,
    input: &ProviderSettingsInput,
    client_secret: &str,
) -> Result<(), AppError> {
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
            crate::i18n::Message::new("msg-sign-in-settings-secret-again").in_page_language()
        })
    } else {
        check_client_secret(client_secret).err()
    };
    let settings = settings_or_problems(parsed, secret_problem)?;
    let sealed = if client_secret.is_empty() {
        None
    } else {
        Some(federation.key.seal(scope.tenant_id(), client_secret)?)
    };
    save_identity_provider(db, scope, &settings, sealed.as_deref(), UnixMillis::now()).await?;
    Ok(())
}
