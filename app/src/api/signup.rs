//! Self-service sign-up (`/signup`) and the Tailspin administrator's "add a
//! subscriber": the same fields, checked by the same code (rules:
//! `services::signup`). The session and the redirects stay here.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Plan;
pub use crate::domain::{AliasCheck, TenantForm};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupOptions {
    /// The plans that can be completed on this installation.
    pub plans: Vec<Plan>,
    pub regions: Vec<String>,
    /// Social providers for Trial and Individual: (id, name).
    pub social_providers: Vec<(String, String)>,
    /// The redirect URI pattern a Premium subscriber registers (with its alias).
    pub redirect_uri_example: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    pub alias: String,
    pub name: String,
    pub plan: Plan,
    pub active: bool,
    /// Where notices go; empty: nowhere.
    pub contact_email: String,
    pub redirect_uri: Option<String>,
    pub export_database: bool,
}

/// The welcome page: in full for the session that signed up; for anyone
/// else only that the subscriber awaits activation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WelcomeReply {
    SignedUp(Welcome),
    AwaitingActivation { alias: String },
}

#[cfg(feature = "ssr")]
use crate::services::signup;

/// The configured regions (the first is the default).
#[cfg(feature = "ssr")]
pub(crate) fn regions() -> Vec<String> {
    signup::Regions::or_default(use_context())
}

#[server(prefix = "/api", endpoint = "load_signup_options")]
pub async fn load_signup_options() -> Result<SignupOptions, AppError> {
    let federation = super::federation()?;
    Ok(SignupOptions {
        plans: signup::available_plans(&federation),
        regions: regions(),
        social_providers: federation
            .social_providers
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect(),
        redirect_uri_example: format!("{}/t/ALIAS/oidc/callback", federation.base_url),
    })
}

/// The same options, for a Tailspin administrator's "add a subscriber".
#[server(prefix = "/api", endpoint = "load_admin_signup_options")]
pub async fn load_admin_signup_options() -> Result<SignupOptions, AppError> {
    super::platform_admin().await?;
    load_signup_options().await
}

/// Whether an alias can be had: well-formed, not reserved, not taken.
#[server(prefix = "/api", endpoint = "check_alias")]
pub async fn check_alias(alias: String) -> Result<AliasCheck, AppError> {
    let db = super::database()?;
    signup::alias_availability(&db, &alias).await
}

/// "Test connection": runs discovery at a Premium subscriber's issuer.
#[server(prefix = "/api", endpoint = "test_identity_provider")]
pub async fn test_identity_provider(issuer: String) -> Result<String, AppError> {
    let federation = super::federation()?;
    signup::test_identity_provider(&federation, issuer).await
}

/// Signs up a subscriber. Trial and Individual continue at the social
/// provider (the browser is redirected there); Standard and Premium are
/// created at once, pending activation, and land on the welcome page.
#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(form: TenantForm) -> Result<(), AppError> {
    let db = super::database()?;
    let federation = super::federation()?;
    let session = super::session().await?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let target = match signup::sign_up(&db, &federation, &mailer, &regions(), form).await? {
        signup::SignUpNext::AtProvider { url, pending } => {
            session
                .insert(signup::PENDING_SIGNUP_KEY, pending)
                .await
                .map_err(|e| AppError::internal("session write", e))?;
            url
        }
        signup::SignUpNext::Created(tenant) => {
            let alias = tenant.alias.to_string();
            session
                .insert(signup::SIGNED_UP_KEY, &alias)
                .await
                .map_err(|e| AppError::internal("session write", e))?;
            format!("/signup/welcome/{alias}")
        }
    };
    leptos_axum::redirect(&target);
    Ok(())
}

/// The welcome page of the subscriber this session just signed up.
#[server(prefix = "/api", endpoint = "load_welcome")]
pub async fn load_welcome(alias: String) -> Result<WelcomeReply, AppError> {
    use crate::domain::TenantStatus;
    let db = super::database()?;
    let federation = super::federation()?;
    let signed_up: Option<String> = super::session()
        .await?
        .get(signup::SIGNED_UP_KEY)
        .await
        .map_err(|e| AppError::internal("session read", e))?;
    let welcome = match signup::welcome(&db, &federation, &alias, signed_up.as_deref()).await? {
        signup::WelcomeFor::ThisSession(welcome) => *welcome,
        signup::WelcomeFor::AwaitingActivation => {
            return Ok(WelcomeReply::AwaitingActivation { alias });
        }
    };
    let tenant = welcome.tenant;
    Ok(WelcomeReply::SignedUp(Welcome {
        alias: tenant.alias.to_string(),
        name: tenant.name,
        plan: tenant.plan,
        active: tenant.status == TenantStatus::Active,
        contact_email: tenant.contact_email,
        redirect_uri: welcome.redirect_uri,
        export_database: welcome.export_database,
    }))
}

/// A Tailspin administrator adds a subscriber (active at once, or pending
/// activation as chosen).
#[server(prefix = "/api", endpoint = "add_subscriber")]
pub async fn add_tenant(form: TenantForm, activate: Option<String>) -> Result<(), AppError> {
    let db = super::database()?;
    let federation = super::federation()?;
    let admin = super::platform_admin().await?;
    let regions = regions();
    let activate = activate.is_some();
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let tenant =
        signup::add_tenant(&db, &federation, &mailer, &admin, &regions, form, activate).await?;
    leptos_axum::redirect(&format!("/admin/subscribers/{}", tenant.alias));
    Ok(())
}
