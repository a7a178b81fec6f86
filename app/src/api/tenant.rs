//! Server functions of a tenant's private site (rules:
//! `services::tenant_pages`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Role;
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
    /// Signed up and not yet activated by Tailspin: nobody signs in yet.
    AwaitingActivation,
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
    /// Responses this month against the plan's limit.
    pub monthly: crate::domain::MonthlyAllowance,
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
    /// It closes itself after this many responses.
    pub response_limit: Option<i64>,
    /// It closed itself at that limit.
    pub closed_by_quota: bool,
    /// Published to open later: when (UTC).
    pub opens: Option<String>,
    /// Premium: the survey's metadata values.
    pub metadata: Vec<crate::domain::MetadataEntry>,
}

#[cfg(feature = "ssr")]
use crate::services::tenant_pages::{self, SignInOffer, SignInPage};

#[server(prefix = "/api", endpoint = "load_login_page")]
pub async fn load_login_page(tenant: String) -> Result<LoginPage, AppError> {
    let db = super::database()?;
    let federation = super::federation()?;
    let (scope, offer) = match tenant_pages::sign_in_page(&db, &federation, &tenant).await? {
        SignInPage::Open(scope, offer) => (scope, offer),
        SignInPage::AwaitingActivation => {
            return Ok(LoginPage {
                tenant_name: String::new(),
                method: SignInMethod::AwaitingActivation,
                refused: None,
            });
        }
    };
    let start_url = format!("/t/{}/oidc/start", scope.alias());
    let method = match offer {
        SignInOffer::Password => SignInMethod::Password,
        SignInOffer::OwnProvider => SignInMethod::Provider {
            label: crate::i18n::Message::new("sign-in-with-own-provider")
                .text("tenant", scope.tenant_name())
                .in_page_language(),
            start_url,
        },
        SignInOffer::SocialProvider { name } => SignInMethod::Provider {
            label: crate::i18n::Message::new("sign-in-with-provider")
                .text("provider", name)
                .in_page_language(),
            start_url,
        },
        SignInOffer::NotConfigured => SignInMethod::NotConfigured,
    };
    Ok(LoginPage {
        tenant_name: scope.tenant_name().to_owned(),
        method,
        refused: None,
    })
}

#[server(prefix = "/api", endpoint = "load_dashboard")]
pub async fn load_dashboard(tenant: String) -> Result<Dashboard, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let dashboard = tenant_pages::dashboard(&db, &access.scope).await?;
    let now = crate::domain::UnixMillis::now();
    let surveys = dashboard
        .surveys
        .into_iter()
        .map(|s| SurveyRow {
            id: s.listing.id.0,
            slug: s.listing.slug.to_string(),
            title: s.listing.title,
            state: s.state,
            responses: s.listing.responses,
            published: s.listing.published_at.map(|t| t.date_string()),
            expires: s.listing.expires_at.map(|t| t.date_string()),
            days_left: s.days_left,
            response_limit: s.listing.response_limit,
            closed_by_quota: s.listing.closed_by_quota,
            opens: s
                .listing
                .opens_at
                .filter(|at| *at > now)
                .map(|at| at.localized_minute_string()),
            metadata: s.metadata,
        })
        .collect();
    let plan = access.scope.plan();
    Ok(Dashboard {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        user_name: access.user.display_name,
        role: access.user.role,
        plan_label: plan.localized_label(),
        active_surveys: dashboard.active_surveys,
        max_active_surveys: access.scope.max_active_surveys(),
        max_survey_days: plan.max_survey_days(),
        monthly: dashboard.monthly,
        premium: plan == crate::domain::Plan::Premium,
        surveys,
        branding: dashboard.branding,
    })
}
