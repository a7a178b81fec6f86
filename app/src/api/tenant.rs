//! Server functions of a tenant's private site.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Role;
#[cfg(feature = "ssr")]
use crate::domain::SignInKind;
use crate::error::AppError;

/// The sign-in page of a tenant, and the outcome of a refused attempt made
/// with the plain form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginPage {
    pub tenant_name: String,
    pub method: SignInMethod,
    pub refused: Option<SignInRefused>,
}

/// How the tenant's users sign in, as the sign-in page offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInMethod {
    Password,
    /// A link that starts the OpenID Connect sign-in.
    Provider {
        label: String,
        start_url: String,
    },
    /// A provider plan whose provider is not configured (yet).
    NotConfigured,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRefused {
    pub message: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub user_name: String,
    pub role: Role,
    pub plan_label: String,
    pub active_surveys: i64,
    pub max_active_surveys: u32,
    pub max_survey_days: u32,
    pub premium: bool,
    pub surveys: Vec<SurveyRow>,
    pub branding: super::branding::TenantBranding,
}

/// One survey on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub state: crate::domain::SurveyState,
    pub responses: i64,
    pub published: Option<String>,
    pub expires: Option<String>,
    /// Days until a published survey expires.
    pub days_left: Option<i64>,
    /// Premium: the survey's metadata values.
    pub metadata: Vec<crate::domain::MetadataEntry>,
}

#[server(prefix = "/api", endpoint = "load_login_page")]
pub async fn load_login_page(tenant: String) -> Result<LoginPage, AppError> {
    let db = super::database()?;
    let scope = crate::auth::public_scope(&db, &tenant).await?;
    let start_url = format!("/t/{}/oidc/start", scope.alias());
    let method = match scope.plan().sign_in() {
        SignInKind::LocalAccounts => SignInMethod::Password,
        SignInKind::OwnIdentityProvider => {
            match crate::storage::identity_providers::find_identity_provider(&db, &scope).await? {
                Some(_) => SignInMethod::Provider {
                    label: format!("Sign in with your {} account", scope.tenant_name()),
                    start_url,
                },
                None => SignInMethod::NotConfigured,
            }
        }
        SignInKind::SocialIdentity => {
            let federation = super::federation()?;
            match crate::auth::owner_provider(&db, &federation, &scope).await? {
                Some(provider) => SignInMethod::Provider {
                    label: format!("Sign in with {}", provider.name),
                    start_url,
                },
                None => SignInMethod::NotConfigured,
            }
        }
    };
    Ok(LoginPage {
        tenant_name: scope.tenant_name().to_owned(),
        method,
        refused: None,
    })
}

#[server(prefix = "/api", endpoint = "load_dashboard")]
pub async fn load_dashboard(tenant: String) -> Result<Dashboard, AppError> {
    use crate::domain::{SurveyState, UnixMillis, days_left};
    use crate::storage::designs::{count_active_surveys, list_surveys};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    let now = UnixMillis::now();
    let mut metadata = crate::services::metadata::TenantMetadata::load(&db, &access.scope).await?;
    let surveys = list_surveys(&db, &access.scope)
        .await?
        .into_iter()
        .map(|s| {
            let state = SurveyState::of(s.status, s.expires_at, now);
            SurveyRow {
                id: s.id.0,
                slug: s.slug.to_string(),
                title: s.title,
                state,
                responses: s.responses,
                published: s.published_at.map(|t| t.date_string()),
                expires: s.expires_at.map(|t| t.date_string()),
                days_left: s
                    .expires_at
                    .filter(|_| state == SurveyState::Published)
                    .map(|at| days_left(at, now)),
                metadata: metadata.by_survey.remove(&s.id.0).unwrap_or_default(),
            }
        })
        .collect();
    let plan = access.scope.plan();
    Ok(Dashboard {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        user_name: access.user.display_name,
        role: access.user.role,
        plan_label: plan.label().to_owned(),
        active_surveys: count_active_surveys(&db, &access.scope, now).await?,
        max_active_surveys: access.scope.max_active_surveys(),
        max_survey_days: plan.max_survey_days(),
        premium: plan == crate::domain::Plan::Premium,
        surveys,
        branding: crate::services::branding::load_public_branding(&db, &access.scope).await?,
    })
}
