//! Server functions of Tailspin administration for subscribers (rules:
//! `services::subscribers`): the list, one subscriber's settings,
//! suspending, re-activating and deleting.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{Plan, TenantStatus};
use crate::error::AppError;

/// Subscribers per page of the list.
pub const TENANTS_PER_PAGE: i64 = 20;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantList {
    pub rows: Vec<TenantSummary>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub search: String,
    pub plan: Option<Plan>,
    pub status: Option<TenantStatus>,
    pub purges: Vec<PurgeProgress>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantSummary {
    pub alias: String,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub created: String,
    pub active_surveys: i64,
    pub responses_this_month: i64,
    pub storage_bytes: i64,
}

/// A deleted subscriber's purge, as its progress shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeProgress {
    pub alias: String,
    pub name: String,
    pub state: String,
    pub finished: bool,
    pub step: String,
    pub removed_items: i64,
    pub requested: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantDetail {
    pub alias: String,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    pub regions: Vec<String>,
    pub contact_email: String,
    pub created: String,
    pub max_active_surveys: Option<u32>,
    pub max_users: Option<u32>,
    pub plan_max_active_surveys: u32,
    pub plan_max_users: Option<u32>,
    pub monthly_responses: Option<u32>,
    pub plan_monthly_responses: Option<u32>,
    pub sign_in: String,
    pub redirect_uri: Option<String>,
    /// Premium: the provider settings (never the client secret).
    pub provider: Option<crate::domain::ProviderSettingsInput>,
    pub purge: Option<PurgeProgress>,
    /// Newest first.
    pub plan_changes: Vec<crate::domain::PlanChange>,
}

#[cfg(feature = "ssr")]
use crate::i18n::{Message, texts};
#[cfg(feature = "ssr")]
use crate::services::tenants::{self, PurgeRecord, PurgeStatus};

#[cfg(feature = "ssr")]
fn purge_progress(record: &PurgeRecord) -> PurgeProgress {
    PurgeProgress {
        alias: record.alias.clone(),
        name: record.name.clone(),
        state: Message::new(match record.status {
            PurgeStatus::Queued => "msg-tenants-purge-queued",
            PurgeStatus::Running => "msg-tenants-purge-running",
            PurgeStatus::Succeeded => "msg-tenants-purge-succeeded",
            PurgeStatus::Failed => "msg-tenants-purge-failed",
        })
        .in_page_language(),
        finished: matches!(record.status, PurgeStatus::Succeeded | PurgeStatus::Failed),
        step: Message::in_words_from_stored(&record.step, &texts()),
        removed_items: record.removed_items,
        requested: record.requested_at.localized_time_string(),
        message: Message::in_words_from_stored(&record.message, &texts()),
    }
}

#[server(prefix = "/api", endpoint = "load_subscribers")]
pub async fn load_tenants(
    search: String,
    plan: String,
    status: String,
    page: i64,
) -> Result<TenantList, AppError> {
    let (db, admin) = super::platform_request().await?;
    let blobs = use_context::<crate::services::branding::BlobStore>();
    let list = tenants::list(
        &db,
        &admin,
        blobs.as_ref(),
        &search,
        &plan,
        &status,
        page,
        TENANTS_PER_PAGE,
    )
    .await?;
    Ok(TenantList {
        rows: list
            .rows
            .into_iter()
            .map(|row| TenantSummary {
                alias: row.tenant.alias.to_string(),
                name: row.tenant.name,
                plan: row.tenant.plan,
                status: row.tenant.status,
                created: row.tenant.created_at.date_string(),
                active_surveys: row.active_surveys,
                responses_this_month: row.responses_this_month,
                storage_bytes: row.storage_bytes,
            })
            .collect(),
        total: list.total,
        page: list.page,
        pages: list.pages,
        search: list.search,
        plan: list.plan,
        status: list.status,
        purges: list.purges.iter().map(purge_progress).collect(),
    })
}

#[server(prefix = "/api", endpoint = "load_subscriber")]
pub async fn load_tenant(alias: String) -> Result<TenantDetail, AppError> {
    use crate::domain::SignInKind;
    let (db, admin) = super::platform_request().await?;
    let settings = tenants::settings(&db, &admin, &alias).await?;
    let federation = super::federation()?;
    let tenant = settings.tenant;
    Ok(TenantDetail {
        provider: settings.provider,
        alias: tenant.alias.to_string(),
        name: tenant.name.clone(),
        plan: tenant.plan,
        status: tenant.status,
        region: tenant.region.clone(),
        regions: super::signup::regions(),
        contact_email: tenant.contact_email.clone(),
        created: tenant.created_at.date_string(),
        max_active_surveys: tenant.limits.max_active_surveys,
        max_users: tenant.limits.max_users,
        plan_max_active_surveys: tenant.plan.max_active_surveys(),
        plan_max_users: tenant.plan.max_users(),
        monthly_responses: tenant.limits.monthly_responses,
        plan_monthly_responses: tenant.plan.monthly_responses(),
        sign_in: crate::i18n::Message::new(match tenant.plan.sign_in() {
            SignInKind::LocalAccounts => "msg-tenants-sign-in-local-accounts",
            SignInKind::OwnIdentityProvider => "msg-tenants-sign-in-own-provider",
            SignInKind::SocialIdentity => "msg-tenants-sign-in-social-identity",
        })
        .in_page_language(),
        redirect_uri: (tenant.plan.sign_in() == SignInKind::OwnIdentityProvider)
            .then(|| federation.tenant_redirect_uri(&tenant.alias)),
        purge: settings.purge.as_ref().map(purge_progress),
        plan_changes: settings.plan_changes,
    })
}

/// Saves a subscriber's settings. The plan may change only to one that
/// signs in the same way (the sign-in configuration stays valid).
#[server(prefix = "/api", endpoint = "save_subscriber")]
pub async fn save_tenant(
    alias: String,
    changes: crate::domain::TenantSettingsInput,
) -> Result<(), AppError> {
    let (db, admin) = super::platform_request().await?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let regions = super::signup::regions();
    tenants::save_settings(&db, &mailer, &admin, &regions, &alias, changes).await
}

/// A Tailspin administrator changes a Premium subscriber's provider
/// settings (the same form and checks as its own Administrators' page,
/// `settings[issuer]` and so on; an empty secret keeps the stored one).
#[server(prefix = "/api", endpoint = "save_subscriber_sign_in")]
pub async fn save_tenant_sign_in(
    alias: String,
    settings: super::sign_in_settings::SignInSettingsForm,
) -> Result<(), AppError> {
    let federation = super::federation()?;
    let (db, admin) = super::platform_request().await?;
    let (input, secret) = settings.into_parts();
    tenants::save_sign_in(&db, &federation, &admin, &alias, &input, &secret).await
}

/// Suspends an active subscriber (`confirmed`: the form's box, ticked), or
/// activates a suspended or pending one.
#[server(prefix = "/api", endpoint = "set_subscriber_status")]
pub async fn set_tenant_status(
    alias: String,
    status: String,
    confirmed: Option<String>,
) -> Result<(), AppError> {
    let (db, admin) = super::platform_request().await?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    tenants::set_status(&db, &mailer, &admin, &alias, &status, confirmed.is_some()).await
}

/// The first phase of deletion; the purge follows in the background. The
/// alias must be typed again to confirm.
#[server(prefix = "/api", endpoint = "delete_subscriber")]
pub async fn delete_tenant(alias: String, confirmation: String) -> Result<(), AppError> {
    let (db, admin) = super::platform_request().await?;
    tenants::delete(&db, &admin, &alias, &confirmation).await
}

/// Progress of a deleted subscriber's purge (polled by its page).
#[server(prefix = "/api", endpoint = "load_purge_progress")]
pub async fn load_purge_progress(alias: String) -> Result<Option<PurgeProgress>, AppError> {
    let (db, admin) = super::platform_request().await?;
    let purge = tenants::purge_of(&db, &admin, &alias).await?;
    Ok(purge.as_ref().map(purge_progress))
}
