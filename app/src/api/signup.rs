//! Self-service sign-up (`/signup`) and the Tailspin administrator's "add a
//! subscriber": the same fields, checked by the same code.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Plan;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupOptions {
    pub regions: Vec<String>,
    /// Social providers for Trial and Individual: (id, name).
    pub social_providers: Vec<(String, String)>,
    /// The redirect URI pattern a Premium subscriber registers (with its alias).
    pub redirect_uri_example: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AliasCheck {
    pub alias: String,
    pub available: bool,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    pub alias: String,
    pub name: String,
    pub plan: Plan,
    pub active: bool,
    pub redirect_uri: Option<String>,
    pub export_database: bool,
}

/// The configured regions (the first is the default).
#[cfg(feature = "ssr")]
pub(crate) fn regions() -> Vec<String> {
    use_context::<crate::services::signup::Regions>()
        .map(|r| r.0)
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| vec!["europe".to_owned()])
}

#[server(prefix = "/api", endpoint = "load_signup_options")]
pub async fn load_signup_options() -> Result<SignupOptions, AppError> {
    let federation = super::federation()?;
    Ok(SignupOptions {
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
    super::admin::platform_admin().await?;
    load_signup_options().await
}

/// Whether an alias can be had: well-formed, not reserved, not taken.
#[server(prefix = "/api", endpoint = "check_alias")]
pub async fn check_alias(alias: String) -> Result<AliasCheck, AppError> {
    use crate::domain::TenantAlias;
    let db = super::database()?;
    let alias = alias.trim().to_owned();
    let (available, message) = match TenantAlias::parse(&alias) {
        Err(error) => (false, format!("Not possible: {error}.")),
        Ok(parsed) => match crate::storage::tenants::find_tenant_by_alias(&db, &parsed).await? {
            Some(_) => (false, format!("{alias} is taken.")),
            None => (true, format!("{alias} is available.")),
        },
    };
    Ok(AliasCheck {
        alias,
        available,
        message,
    })
}

/// "Test connection": runs discovery at a Premium subscriber's issuer.
#[server(prefix = "/api", endpoint = "test_identity_provider")]
pub async fn test_identity_provider(issuer: String) -> Result<String, AppError> {
    use crate::domain::{ProviderSettings, ProviderSettingsInput};
    let federation = super::federation()?;
    // Only the issuer's own check applies here.
    let input = ProviderSettingsInput {
        issuer,
        client_id: "x".into(),
        identifying_claim: String::new(),
        administrator: "x".into(),
        claim_rules: String::new(),
    };
    let issuer = match ProviderSettings::parse(&input) {
        Ok(settings) => settings.issuer,
        Err(errors) => {
            let message = errors
                .issuer
                .unwrap_or_else(|| "Enter the issuer URL.".into());
            return Err(AppError::Invalid(vec![crate::error::FieldProblem::new(
                "issuer", message,
            )]));
        }
    };
    match crate::auth::oidc::discover(&federation.providers, &issuer).await {
        Ok(report) => Ok(format!(
            "Connected: {} publishes its configuration (sign-in at {}{}{}).",
            report.issuer,
            report.authorization_endpoint,
            report
                .token_endpoint
                .map(|t| format!(", tokens at {t}"))
                .unwrap_or_default(),
            if report.scopes.is_empty() {
                String::new()
            } else {
                format!("; scopes: {}", report.scopes.join(" "))
            }
        )),
        Err(error) => {
            tracing::info!(%issuer, ?error, "sign-up: provider test failed");
            let message = match error {
                crate::auth::oidc::FederationError::Refused(reason) => reason,
                _ => format!(
                    "The provider could not be reached or did not publish an OpenID configuration at {issuer}/.well-known/openid-configuration."
                ),
            };
            Err(AppError::Invalid(vec![crate::error::FieldProblem::new(
                "issuer", message,
            )]))
        }
    }
}

/// Everything the sign-up and "add a subscriber" forms send.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub alias: String,
    /// Missing when no plan was chosen (refused by field, not by decoding).
    #[serde(default)]
    pub plan: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub export_database: Option<String>,
    #[serde(default)]
    pub admin_name: String,
    #[serde(default)]
    pub admin_email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub issuer: String,
    #[serde(default)]
    pub client_id: String,
    #[serde(default)]
    pub client_secret: String,
    #[serde(default)]
    pub administrator: String,
    #[serde(default)]
    pub identifying_claim: String,
    #[serde(default)]
    pub claim_rules: String,
    #[serde(default)]
    pub social_provider: String,
    /// Added by a Tailspin administrator only: the owner's subject at the
    /// social provider (sign-up learns it by signing in).
    #[serde(default)]
    pub owner_subject: String,
}

/// The checked form: the subscriber, or every problem by field.
#[cfg(feature = "ssr")]
async fn check_form(
    form: SubscriberForm,
    owner_known: bool,
) -> Result<crate::services::signup::NewSubscriber, AppError> {
    use crate::domain::{
        Email, ProviderSettings, ProviderSettingsInput, SignInKind, TenantAlias, TenantStatus,
        check_client_secret, check_new_password,
    };
    use crate::error::FieldProblem;
    use crate::services::signup::SignInSetup;

    let db = super::database()?;
    let federation = super::federation()?;
    let mut problems = Vec::new();
    let name = form.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(FieldProblem::new(
            "name",
            "Enter the subscriber's name (1 to 100 characters).",
        ));
    }
    let alias = match TenantAlias::parse(form.alias.trim()) {
        Ok(alias) => {
            if crate::storage::tenants::find_tenant_by_alias(&db, &alias)
                .await?
                .is_some()
            {
                problems.push(FieldProblem::new(
                    "alias",
                    format!("{alias} is taken; choose another alias."),
                ));
            }
            Some(alias)
        }
        Err(error) => {
            problems.push(FieldProblem::new(
                "alias",
                format!("Choose another alias: {error}."),
            ));
            None
        }
    };
    let plan = Plan::from_code(&form.plan);
    if plan.is_none() {
        problems.push(FieldProblem::new("plan", "Choose a plan."));
    }
    if !regions().contains(&form.region) {
        problems.push(FieldProblem::new(
            "region",
            "Choose one of the listed regions.",
        ));
    }
    let sign_in = match plan.map(Plan::sign_in) {
        None => None,
        Some(SignInKind::LocalAccounts) => {
            let email = Email::parse(&form.admin_email)
                .map_err(|e| {
                    problems.push(FieldProblem::new(
                        "admin_email",
                        format!("Enter a valid email: {e}."),
                    ))
                })
                .ok();
            if let Err(e) = check_new_password(&form.password) {
                problems.push(FieldProblem::new("password", e));
            }
            let admin_name = form.admin_name.trim().to_owned();
            if admin_name.is_empty() || admin_name.chars().count() > 100 {
                problems.push(FieldProblem::new(
                    "admin_name",
                    "Enter the administrator's name (1 to 100 characters).",
                ));
            }
            email.map(|email| SignInSetup::LocalAdministrator {
                email,
                display_name: admin_name,
                password: form.password.clone(),
            })
        }
        Some(SignInKind::OwnIdentityProvider) => {
            let input = ProviderSettingsInput {
                issuer: form.issuer.clone(),
                client_id: form.client_id.clone(),
                identifying_claim: form.identifying_claim.clone(),
                administrator: form.administrator.clone(),
                claim_rules: form.claim_rules.clone(),
            };
            let secret = check_client_secret(&form.client_secret).err();
            match (ProviderSettings::parse(&input), secret) {
                (Ok(settings), None) => Some(SignInSetup::OwnProvider {
                    settings,
                    client_secret: form.client_secret.clone(),
                }),
                (Ok(_), Some(problem)) => {
                    problems.push(FieldProblem::new("client_secret", problem));
                    None
                }
                (Err(mut errors), problem) => {
                    errors.client_secret = problem;
                    problems.extend(errors.into_problems());
                    None
                }
            }
        }
        Some(SignInKind::SocialIdentity) => match federation.social_provider(&form.social_provider)
        {
            None => {
                problems.push(FieldProblem::new(
                    "social_provider",
                    "Choose the identity you will sign in with.",
                ));
                None
            }
            Some(provider) => {
                let subject = form.owner_subject.trim().to_owned();
                if owner_known && subject.is_empty() {
                    problems.push(FieldProblem::new(
                        "owner_subject",
                        "Enter the owner's identifier (subject) at the provider.",
                    ));
                }
                Some(SignInSetup::SocialOwner {
                    provider_id: provider.id.clone(),
                    issuer: provider.issuer.clone(),
                    display_name: subject.clone(),
                    subject,
                })
            }
        },
    };
    match (alias, plan, sign_in, problems.is_empty()) {
        (Some(alias), Some(plan), Some(sign_in), true) => {
            Ok(crate::services::signup::NewSubscriber {
                alias,
                name,
                plan,
                status: if plan == Plan::Trial {
                    TenantStatus::Active
                } else {
                    TenantStatus::PendingActivation
                },
                region: form.region,
                sign_in,
                export_database: form.export_database.is_some(),
            })
        }
        _ => Err(AppError::Invalid(problems)),
    }
}

/// Signs up a subscriber. Trial and Individual continue at the social
/// provider (the browser is redirected there); Standard and Premium are
/// created at once, pending activation, and land on the welcome page.
#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(form: SubscriberForm) -> Result<(), AppError> {
    use crate::domain::UnixMillis;
    use crate::services::signup::SignInSetup;
    use crate::services::signup::{PENDING_SIGNUP_KEY, SIGNED_UP_KEY, begin_social_signup};

    let db = super::database()?;
    let federation = super::federation()?;
    let session = leptos_axum::extract::<tower_sessions::Session>()
        .await
        .map_err(|e| AppError::internal("session extraction", e))?;
    let subscriber = check_form(form, false).await?;
    let now = UnixMillis::now();
    if let SignInSetup::SocialOwner { provider_id, .. } = &subscriber.sign_in {
        let provider = federation
            .social_provider(provider_id)
            .ok_or_else(|| AppError::internal("sign-up", "checked provider vanished"))?;
        let form = (
            subscriber.name.clone(),
            subscriber.alias.clone(),
            subscriber.plan,
            subscriber.region.clone(),
            subscriber.export_database,
        );
        let (url, pending) = begin_social_signup(&federation, provider, form, now)
            .await
            .map_err(|error| {
                tracing::warn!(?error, "sign-up: social provider unreachable");
                AppError::Unavailable
            })?;
        session
            .insert(PENDING_SIGNUP_KEY, pending)
            .await
            .map_err(|e| AppError::internal("session write", e))?;
        leptos_axum::redirect(&url);
        return Ok(());
    }
    let tenant =
        crate::services::signup::create_subscriber(&db, &federation.key, subscriber, now).await?;
    crate::storage::tenants::mark_awaiting_first_activation(&db, tenant.id).await?;
    session
        .insert(SIGNED_UP_KEY, tenant.alias.to_string())
        .await
        .map_err(|e| AppError::internal("session write", e))?;
    leptos_axum::redirect(&format!("/signup/welcome/{}", tenant.alias));
    Ok(())
}

/// The welcome page of the subscriber this session just signed up.
#[server(prefix = "/api", endpoint = "load_welcome")]
pub async fn load_welcome(alias: String) -> Result<Welcome, AppError> {
    use crate::domain::{SignInKind, TenantAlias, TenantStatus};
    let db = super::database()?;
    let federation = super::federation()?;
    let session = leptos_axum::extract::<tower_sessions::Session>()
        .await
        .map_err(|e| AppError::internal("session extraction", e))?;
    let signed_up: Option<String> = session
        .get(crate::services::signup::SIGNED_UP_KEY)
        .await
        .map_err(|e| AppError::internal("session read", e))?;
    let alias = TenantAlias::parse(&alias).map_err(|_| AppError::NotFound)?;
    if signed_up.as_deref() != Some(alias.as_str()) {
        return Err(AppError::NotFound);
    }
    let tenant = crate::storage::tenants::find_tenant_by_alias(&db, &alias)
        .await?
        .ok_or_else(|| AppError::NotFound)?;
    let scope = crate::auth::system_scope(&tenant, crate::auth::SystemTask::Onboarding);
    let export_jobs =
        crate::storage::jobs::recent_jobs(&db, &scope, crate::storage::jobs::JobKind::SqlExport, 1)
            .await?;
    let export_database = !export_jobs.is_empty();
    Ok(Welcome {
        alias: alias.to_string(),
        name: tenant.name.clone(),
        plan: tenant.plan,
        active: tenant.status == TenantStatus::Active,
        redirect_uri: (tenant.plan.sign_in() == SignInKind::OwnIdentityProvider)
            .then(|| federation.tenant_redirect_uri(&alias)),
        export_database,
    })
}

/// A Tailspin administrator adds a subscriber (active at once, or pending
/// activation as chosen).
#[server(prefix = "/api", endpoint = "add_subscriber")]
pub async fn add_subscriber(
    form: SubscriberForm,
    activate: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::{TenantStatus, UnixMillis};
    let db = super::database()?;
    let federation = super::federation()?;
    super::admin::platform_admin().await?;
    let mut subscriber = check_form(form, true).await?;
    if activate.is_some() {
        subscriber.status = TenantStatus::Active;
    }
    let tenant = crate::services::signup::create_subscriber(
        &db,
        &federation.key,
        subscriber,
        UnixMillis::now(),
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/subscribers/{}", tenant.alias));
    Ok(())
}
