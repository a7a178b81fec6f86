//! Signing in through OpenID Connect: a Premium tenant's own provider (users
//! keyed by issuer + identifying claim, role from the administrator
//! identifier or the claim rules) or the social identity that owns a Trial
//! or Individual tenant (only that identity may sign in).

use serde::{Deserialize, Serialize};

use super::grant::scope_of;
use super::oidc::{self, CallbackParams, FederationError, PendingAuthorization, RelyingParty};
use super::scope::TenantScope;
use super::sign_in::Principal;
use crate::domain::{Role, SignInKind, TenantAlias, TenantStatus, UnixMillis};
use crate::error::AppError;
use crate::secrets::ServerKey;
use crate::storage::users::{CreateUserOutcome, FederatedIdentity, NewFederatedUser};
use crate::storage::{Database, identity_providers, tenants, users};

/// Session key of a sign-in that went to a provider and has not come back.
pub const PENDING_SIGN_IN_KEY: &str = "pending_sign_in";
/// A sign-in must come back from the provider within this time.
const PENDING_LIFETIME_MS: i64 = 10 * 60 * 1000;

/// An instance-wide social identity provider (Trial and Individual plans).
#[derive(Clone, Deserialize)]
pub struct SocialProvider {
    /// Short name used in URLs, for example `contoso`.
    pub id: String,
    /// What people read on the button, for example "Contoso ID".
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
}

impl std::fmt::Debug for SocialProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SocialProvider")
            .field("id", &self.id)
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

/// Everything federated sign-in needs from the server's configuration.
#[derive(Clone, Debug)]
pub struct Federation {
    /// Public address of this service, without a trailing slash; redirect
    /// URIs are built from it.
    pub base_url: String,
    pub social_providers: Vec<SocialProvider>,
    pub key: ServerKey,
    /// Discovery and every request to providers, through the outbound guard.
    pub providers: super::oidc::ProviderDirectory,
}

impl Federation {
    pub fn social_provider(&self, id: &str) -> Option<&SocialProvider> {
        self.social_providers.iter().find(|p| p.id == id)
    }

    /// The redirect URI a Premium tenant registers at its provider.
    pub fn tenant_redirect_uri(&self, alias: &TenantAlias) -> String {
        format!("{}/t/{alias}/oidc/callback", self.base_url)
    }

    /// The redirect URI registered once at a social provider.
    pub fn social_redirect_uri(&self, provider: &SocialProvider) -> String {
        format!("{}/oidc/{}/callback", self.base_url, provider.id)
    }
}

/// Which callback address the provider's response arrived at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallbackTarget {
    Tenant(String),
    Social(String),
}

/// Kept in the session between `begin` and `finish`.
#[derive(Debug, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub tenant: String,
    started_at: i64,
    authorization: PendingAuthorization,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FederatedOutcome {
    SignedIn {
        principal: Principal,
        tenant: String,
    },
    /// Signed in at the provider, but no rule gives this identity a role.
    NoRole { who: String },
    /// Not the identity that owns this (social) tenant.
    NotOwner { who: String },
    /// The plan's user limit is reached; no new user could be added.
    LimitReached { who: String },
}

#[derive(Debug)]
pub enum FederatedSignInError {
    App(AppError),
    Federation(FederationError),
}

impl From<AppError> for FederatedSignInError {
    fn from(error: AppError) -> Self {
        FederatedSignInError::App(error)
    }
}

impl From<sqlx::Error> for FederatedSignInError {
    fn from(error: sqlx::Error) -> Self {
        FederatedSignInError::App(error.into())
    }
}

impl From<FederationError> for FederatedSignInError {
    fn from(error: FederationError) -> Self {
        FederatedSignInError::Federation(error)
    }
}

/// How a tenant signs in through a provider.
enum Route {
    Own {
        rp: RelyingParty,
        settings: crate::domain::ProviderSettings,
    },
    Social {
        rp: RelyingParty,
        provider_id: String,
    },
}

impl Route {
    fn rp(&self) -> &RelyingParty {
        match self {
            Route::Own { rp, .. } | Route::Social { rp, .. } => rp,
        }
    }
}

async fn active_tenant(db: &Database, alias: &str) -> Result<tenants::TenantRecord, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    match tenants::find_tenant_by_alias(db, &alias).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => Ok(tenant),
        _ => Err(AppError::NotFound),
    }
}

/// The social provider of a tenant owned by one social identity.
pub async fn owner_provider<'f>(
    db: &Database,
    federation: &'f Federation,
    scope: &TenantScope,
) -> Result<Option<&'f SocialProvider>, AppError> {
    let id = users::owner_social_provider(db, scope).await?;
    Ok(id.and_then(|id| federation.social_provider(&id)))
}

async fn route_for(
    db: &Database,
    federation: &Federation,
    tenant: &tenants::TenantRecord,
) -> Result<(TenantScope, Route), AppError> {
    let scope = scope_of(tenant);
    let not_configured = || {
        AppError::BadRequest(
            crate::i18n::Message::new("msg-federated-not-set-up").in_page_language(),
        )
    };
    let route = match tenant.plan.sign_in() {
        SignInKind::LocalAccounts => {
            return Err(AppError::BadRequest(
                crate::i18n::Message::new("msg-federated-uses-passwords").in_page_language(),
            ));
        }
        SignInKind::OwnIdentityProvider => {
            let stored = identity_providers::find_identity_provider(db, &scope)
                .await?
                .ok_or_else(not_configured)?;
            let client_secret = federation
                .key
                .open(tenant.id, &stored.client_secret_sealed)?;
            Route::Own {
                rp: RelyingParty {
                    issuer: stored.settings.issuer.clone(),
                    client_id: stored.settings.client_id.clone(),
                    client_secret,
                    redirect_uri: federation.tenant_redirect_uri(&tenant.alias),
                },
                settings: stored.settings,
            }
        }
        SignInKind::SocialIdentity => {
            let provider = owner_provider(db, federation, &scope)
                .await?
                .ok_or_else(not_configured)?;
            Route::Social {
                rp: RelyingParty {
                    issuer: provider.issuer.clone(),
                    client_id: provider.client_id.clone(),
                    client_secret: provider.client_secret.clone(),
                    redirect_uri: federation.social_redirect_uri(provider),
                },
                provider_id: provider.id.clone(),
            }
        }
    };
    Ok((scope, route))
}

/// Starts signing in to `alias`: where to send the browser, and what the
/// session must keep until the provider sends it back.
pub async fn begin_federated_sign_in(
    db: &Database,
    federation: &Federation,
    alias: &str,
    now: UnixMillis,
) -> Result<(String, PendingSignIn), FederatedSignInError> {
    let tenant = active_tenant(db, alias).await?;
    let (_, route) = route_for(db, federation, &tenant).await?;
    let (url, authorization) = oidc::begin(&federation.providers, route.rp()).await?;
    Ok((
        url,
        PendingSignIn {
            tenant: tenant.alias.to_string(),
            started_at: now.0,
            authorization,
        },
    ))
}

/// Completes a sign-in that arrived at `target`. `pending` is what the
/// session held (already removed from it, so it is used once at most).
pub async fn finish_federated_sign_in(
    db: &Database,
    federation: &Federation,
    target: CallbackTarget,
    pending: Option<PendingSignIn>,
    params: CallbackParams,
    now: UnixMillis,
) -> Result<FederatedOutcome, FederatedSignInError> {
    let Some(pending) = pending.filter(|p| now.0 - p.started_at < PENDING_LIFETIME_MS) else {
        return Err(FederationError::StateMismatch.into());
    };
    if let CallbackTarget::Tenant(alias) = &target
        && *alias != pending.tenant
    {
        // A response meant for another tenant's sign-in.
        return Err(FederationError::StateMismatch.into());
    }
    let tenant = active_tenant(db, &pending.tenant).await?;
    let (scope, route) = route_for(db, federation, &tenant).await?;
    match (&route, &target) {
        (Route::Own { .. }, CallbackTarget::Tenant(_)) => {}
        (Route::Social { provider_id, .. }, CallbackTarget::Social(arrived))
            if provider_id == arrived => {}
        _ => return Err(FederationError::StateMismatch.into()),
    }
    let identity = oidc::finish(
        &federation.providers,
        route.rp(),
        pending.authorization,
        params,
    )
    .await?;
    let alias = tenant.alias.to_string();
    let signed_in = |user| FederatedOutcome::SignedIn {
        principal: Principal::TenantUser {
            tenant: tenant.id,
            user,
        },
        tenant: alias.clone(),
    };
    let who = identity
        .email
        .clone()
        .unwrap_or_else(|| identity.subject.clone());
    match route {
        Route::Social { provider_id, .. } => {
            let known = users::find_federated_user(db, &scope, &identity.issuer, &identity.subject)
                .await?
                .filter(|u| {
                    u.federated
                        .as_ref()
                        .is_some_and(|f| f.social_provider.as_deref() == Some(&provider_id))
                })
                .map(|u| (u.id, u.role));
            // After Tailspin moved the tenant to one social identity, its
            // owner is found by the email the provider verified.
            let claimed = match (&known, &identity.email) {
                (None, Some(email)) => users::claim_social_account(
                    db,
                    &scope,
                    &provider_id,
                    &email.to_lowercase(),
                    &identity.issuer,
                    &identity.subject,
                )
                .await?
                .map(|id| (id, Role::Administrator)),
                _ => None,
            };
            let Some((owner, role)) = known.or(claimed) else {
                return Ok(FederatedOutcome::NotOwner { who });
            };
            users::record_federated_sign_in(
                db,
                &scope,
                owner,
                &identity.display_name(),
                role,
                None,
                now,
            )
            .await?;
            Ok(signed_in(owner))
        }
        Route::Own { settings, .. } => {
            let Some(identifier) = identity.claim(&settings.identifying_claim) else {
                return Err(FederationError::InvalidToken(format!(
                    "the identifying claim `{}` is missing or has several values",
                    settings.identifying_claim
                ))
                .into());
            };
            let role = if settings.names_administrator(identifier, identity.email.as_deref()) {
                Role::Administrator
            } else {
                match settings.claim_rules.role_for(&identity.claims) {
                    Some(role) => role,
                    None => return Ok(FederatedOutcome::NoRole { who }),
                }
            };
            let name = identity.display_name();
            let known =
                users::find_federated_user(db, &scope, &identity.issuer, identifier).await?;
            // A user from before the tenant had its own provider is found by
            // the email the provider verified.
            let carried_over = match (&known, &identity.email) {
                (None, Some(email)) => {
                    users::claim_account_by_email(
                        db,
                        &scope,
                        &email.to_lowercase(),
                        &identity.issuer,
                        identifier,
                    )
                    .await?
                }
                _ => None,
            };
            let user = match (known, carried_over) {
                (Some(user), _) => user.id,
                (None, Some(id)) => id,
                (None, None) => {
                    let new_user = NewFederatedUser {
                        identity: FederatedIdentity {
                            issuer: identity.issuer.clone(),
                            subject: identifier.to_owned(),
                            social_provider: None,
                        },
                        display_name: name.clone(),
                        role,
                    };
                    match users::create_federated_user(
                        db,
                        &scope,
                        &new_user,
                        tenant.max_users(),
                        now,
                    )
                    .await?
                    {
                        CreateUserOutcome::Created(id) => id,
                        // Created by a concurrent first sign-in of the same user.
                        CreateUserOutcome::EmailTaken => {
                            users::find_federated_user(db, &scope, &identity.issuer, identifier)
                                .await?
                                .ok_or_else(|| AppError::internal("federated user", "vanished"))?
                                .id
                        }
                        CreateUserOutcome::LimitReached => {
                            return Ok(FederatedOutcome::LimitReached { who });
                        }
                    }
                }
            };
            users::record_federated_sign_in(
                db,
                &scope,
                user,
                &name,
                role,
                identity.email.as_deref().map(str::to_lowercase).as_deref(),
                now,
            )
            .await?;
            Ok(signed_in(user))
        }
    }
}
