//! Server functions of Tailspin administration for subscribers: the list,
//! one subscriber's settings, suspending, re-activating and deleting.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{Plan, TenantStatus};
use crate::error::AppError;

/// Subscribers per page of the list.
pub const SUBSCRIBERS_PER_PAGE: i64 = 20;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberList {
    pub rows: Vec<SubscriberSummary>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub search: String,
    pub plan: Option<Plan>,
    pub status: Option<TenantStatus>,
    pub purges: Vec<PurgeProgress>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberSummary {
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
pub struct SubscriberDetail {
    pub alias: String,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    pub regions: Vec<String>,
    pub created: String,
    pub max_active_surveys: Option<u32>,
    pub max_users: Option<u32>,
    pub plan_max_active_surveys: u32,
    pub plan_max_users: Option<u32>,
    pub sign_in: String,
    pub redirect_uri: Option<String>,
    /// Premium: the provider settings (never the client secret).
    pub provider: Option<crate::domain::ProviderSettingsInput>,
    pub purge: Option<PurgeProgress>,
}

/// Human-readable bytes (for the list and the usage page).
pub fn format_bytes(bytes: i64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(feature = "ssr")]
pub(crate) fn purge_progress(record: &crate::storage::lifecycle::PurgeRecord) -> PurgeProgress {
    use crate::storage::lifecycle::PurgeStatus;
    PurgeProgress {
        alias: record.alias.clone(),
        name: record.name.clone(),
        state: match record.status {
            PurgeStatus::Queued => "Waiting to start",
            PurgeStatus::Running => "Removing data",
            PurgeStatus::Succeeded => "Purged",
            PurgeStatus::Failed => "Failed",
        }
        .to_owned(),
        finished: matches!(record.status, PurgeStatus::Succeeded | PurgeStatus::Failed),
        step: record.step.clone(),
        removed_items: record.removed_items,
        requested: record.requested_at.time_string(),
        message: record.message.clone(),
    }
}

/// A subscriber by alias, for a Tailspin administrator (any status).
#[cfg(feature = "ssr")]
async fn subscriber(
    db: &crate::storage::Database,
    alias: &str,
) -> Result<crate::storage::tenants::TenantRecord, AppError> {
    let alias = crate::domain::TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    crate::storage::tenants::find_tenant_by_alias(db, &alias)
        .await?
        .ok_or_else(|| AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "load_subscribers")]
pub async fn load_subscribers(
    search: String,
    plan: String,
    status: String,
    page: i64,
) -> Result<SubscriberList, AppError> {
    use crate::domain::{BillingMonth, UnixMillis};
    use crate::storage::subscribers::{SubscriberFilter, list_subscribers};

    let db = super::database()?;
    super::admin::platform_admin().await?;
    let filter = SubscriberFilter {
        search: search.chars().take(100).collect(),
        plan: Plan::from_code(&plan),
        status: TenantStatus::from_code(&status),
    };
    let page = page.max(1);
    let now = UnixMillis::now();
    let (rows, total) = list_subscribers(
        &db,
        &filter,
        (page - 1) * SUBSCRIBERS_PER_PAGE,
        SUBSCRIBERS_PER_PAGE,
        now,
        BillingMonth::containing(now).start(),
    )
    .await?;
    let blobs = use_context::<crate::services::branding::BlobStore>();
    let mut summaries = Vec::with_capacity(rows.len());
    for row in rows {
        let blob_bytes = match &blobs {
            Some(blobs) => blobs.tenant_bytes(row.tenant.id).await? as i64,
            None => 0,
        };
        summaries.push(SubscriberSummary {
            alias: row.tenant.alias.to_string(),
            name: row.tenant.name,
            plan: row.tenant.plan,
            status: row.tenant.status,
            created: row.tenant.created_at.date_string(),
            active_surveys: row.active_surveys,
            responses_this_month: row.responses_this_month,
            storage_bytes: row.answer_bytes + blob_bytes,
        });
    }
    let purges = crate::storage::lifecycle::recent_purges(&db, 10)
        .await?
        .iter()
        .map(purge_progress)
        .collect();
    Ok(SubscriberList {
        rows: summaries,
        total,
        page,
        pages: ((total + SUBSCRIBERS_PER_PAGE - 1) / SUBSCRIBERS_PER_PAGE).max(1),
        search: filter.search,
        plan: filter.plan,
        status: filter.status,
        purges,
    })
}

#[server(prefix = "/api", endpoint = "load_subscriber")]
pub async fn load_subscriber(alias: String) -> Result<SubscriberDetail, AppError> {
    use crate::domain::SignInKind;
    let db = super::database()?;
    super::admin::platform_admin().await?;
    let tenant = subscriber(&db, &alias).await?;
    let purge = crate::storage::lifecycle::find_purge(&db, tenant.id)
        .await?
        .map(|p| purge_progress(&p));
    let federation = super::federation()?;
    let provider = if tenant.plan.sign_in() == SignInKind::OwnIdentityProvider {
        let scope =
            crate::auth::system_scope(&tenant, crate::auth::SystemTask::PlatformAdministration);
        Some(
            crate::storage::identity_providers::find_identity_provider(&db, &scope)
                .await?
                .map(|stored| stored.settings.to_input())
                .unwrap_or_default(),
        )
    } else {
        None
    };
    Ok(SubscriberDetail {
        provider,
        alias: tenant.alias.to_string(),
        name: tenant.name.clone(),
        plan: tenant.plan,
        status: tenant.status,
        region: tenant.region.clone(),
        regions: super::signup::regions(),
        created: tenant.created_at.date_string(),
        max_active_surveys: tenant.limits.max_active_surveys,
        max_users: tenant.limits.max_users,
        plan_max_active_surveys: tenant.plan.max_active_surveys(),
        plan_max_users: tenant.plan.max_users(),
        sign_in: match tenant.plan.sign_in() {
            SignInKind::LocalAccounts => "Accounts kept by Tailspin Surveys (managed by the subscriber's Administrators)",
            SignInKind::OwnIdentityProvider => "The subscriber's own OpenID Connect provider (set by its Administrators under Settings → Sign-in)",
            SignInKind::SocialIdentity => "One social identity, the owner",
        }
        .to_owned(),
        redirect_uri: (tenant.plan.sign_in() == SignInKind::OwnIdentityProvider)
            .then(|| federation.tenant_redirect_uri(&tenant.alias)),
        purge,
    })
}

/// The limit fields: empty means the plan's.
#[cfg(feature = "ssr")]
fn parse_limit(
    field: &'static str,
    value: &str,
    problems: &mut Vec<crate::error::FieldProblem>,
) -> Option<u32> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    match value.parse::<u32>() {
        Ok(n) if (1..=100_000).contains(&n) => Some(n),
        _ => {
            problems.push(crate::error::FieldProblem::new(
                field,
                "Enter a whole number from 1 to 100000, or leave it empty for the plan's limit.",
            ));
            None
        }
    }
}

/// Saves a subscriber's settings. The plan may change only to one that
/// signs in the same way (the sign-in configuration stays valid).
#[server(prefix = "/api", endpoint = "save_subscriber")]
#[allow(clippy::too_many_arguments)]
pub async fn save_subscriber(
    alias: String,
    name: String,
    plan: String,
    status: String,
    region: String,
    max_active_surveys: String,
    max_users: String,
) -> Result<(), AppError> {
    use crate::error::FieldProblem;
    use crate::storage::tenants::{LimitOverrides, TenantChanges, update_tenant};

    let db = super::database()?;
    super::admin::platform_admin().await?;
    let tenant = subscriber(&db, &alias).await?;
    let mut problems = Vec::new();
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(FieldProblem::new(
            "name",
            "Enter the subscriber's name (1 to 100 characters).",
        ));
    }
    let plan = match Plan::from_code(&plan) {
        Some(plan) if plan.sign_in() == tenant.plan.sign_in() => Some(plan),
        Some(plan) => {
            problems.push(FieldProblem::new(
                "plan",
                format!(
                    "{} signs in differently from {}; create a new subscriber and restore a backup into it to move between them.",
                    plan.label(),
                    tenant.plan.label()
                ),
            ));
            None
        }
        None => {
            problems.push(FieldProblem::new("plan", "Choose a plan."));
            None
        }
    };
    let status = match TenantStatus::from_code(&status) {
        Some(
            s @ (TenantStatus::Active | TenantStatus::Suspended | TenantStatus::PendingActivation),
        ) => Some(s),
        _ => {
            problems.push(FieldProblem::new("status", "Choose active, suspended or pending activation; delete a subscriber with the delete form."));
            None
        }
    };
    if !super::signup::regions().contains(&region) {
        problems.push(FieldProblem::new(
            "region",
            "Choose one of the listed regions.",
        ));
    }
    let limits = LimitOverrides {
        max_active_surveys: parse_limit("max_active_surveys", &max_active_surveys, &mut problems),
        max_users: parse_limit("max_users", &max_users, &mut problems),
    };
    if tenant.status == TenantStatus::Deleting {
        problems.push(FieldProblem::new(
            "form",
            "This subscriber is being deleted and cannot be changed.",
        ));
    }
    let (Some(plan), Some(status), true) = (plan, status, problems.is_empty()) else {
        return Err(AppError::Invalid(problems));
    };
    let changes = TenantChanges {
        name,
        plan,
        status,
        region,
        limits,
    };
    match update_tenant(&db, tenant.id, &changes).await? {
        Some(_) => Ok(()),
        None => Err(AppError::BadRequest(
            "This subscriber is being deleted and cannot be changed.".into(),
        )),
    }
}

/// A Tailspin administrator changes a Premium subscriber's provider
/// settings (the same checks as its own Administrators' page; an empty
/// secret keeps the stored one).
#[server(prefix = "/api", endpoint = "save_subscriber_sign_in")]
pub async fn save_subscriber_sign_in(
    alias: String,
    issuer: String,
    client_id: String,
    identifying_claim: String,
    administrator: String,
    claim_rules: String,
    client_secret: String,
) -> Result<(), AppError> {
    use crate::domain::{ProviderSettingsInput, SignInKind};
    let db = super::database()?;
    let federation = super::federation()?;
    super::admin::platform_admin().await?;
    let tenant = subscriber(&db, &alias).await?;
    if tenant.plan.sign_in() != SignInKind::OwnIdentityProvider
        || tenant.status == TenantStatus::Deleting
    {
        return Err(AppError::BadRequest(
            "Only Premium subscribers that are not being deleted have provider settings.".into(),
        ));
    }
    let scope = crate::auth::system_scope(&tenant, crate::auth::SystemTask::PlatformAdministration);
    let input = ProviderSettingsInput {
        issuer,
        client_id,
        identifying_claim,
        administrator,
        claim_rules,
    };
    super::sign_in_settings::save_provider(&db, &federation, &scope, &input, &client_secret).await
}

/// Suspends an active subscriber, or activates a suspended or pending one.
#[server(prefix = "/api", endpoint = "set_subscriber_status")]
pub async fn set_subscriber_status(alias: String, status: String) -> Result<(), AppError> {
    use crate::storage::tenants::change_tenant_status;
    let db = super::database()?;
    super::admin::platform_admin().await?;
    let tenant = subscriber(&db, &alias).await?;
    let (from, to): (&[TenantStatus], TenantStatus) = match status.as_str() {
        "suspended" => (&[TenantStatus::Active], TenantStatus::Suspended),
        "active" => (
            &[TenantStatus::Suspended, TenantStatus::PendingActivation],
            TenantStatus::Active,
        ),
        _ => {
            return Err(AppError::BadRequest(
                "A subscriber can be suspended or activated here.".into(),
            ));
        }
    };
    match change_tenant_status(&db, tenant.id, from, to).await? {
        Some(_) if to == TenantStatus::Suspended => {
            // Suspended means signed out, on every instance, at once.
            let scope =
                crate::auth::system_scope(&tenant, crate::auth::SystemTask::PlatformAdministration);
            let ended = crate::storage::sessions::delete_tenant_sessions(&db, &scope).await?;
            tracing::info!(tenant = %tenant.alias, ended, "tenant suspended, sessions ended");
            Ok(())
        }
        Some(_) => Ok(()),
        None => Err(AppError::BadRequest(format!(
            "{} is {} and cannot be {} now.",
            tenant.alias,
            tenant.status.label().to_lowercase(),
            if to == TenantStatus::Active {
                "activated"
            } else {
                "suspended"
            }
        ))),
    }
}

/// The first phase of deletion; the purge follows in the background. The
/// alias must be typed again to confirm.
#[server(prefix = "/api", endpoint = "delete_subscriber")]
pub async fn delete_subscriber(alias: String, confirmation: String) -> Result<(), AppError> {
    use crate::auth::{SystemTask, system_scope};
    use crate::domain::UnixMillis;
    let db = super::database()?;
    super::admin::platform_admin().await?;
    let tenant = subscriber(&db, &alias).await?;
    if confirmation.trim() != tenant.alias.as_str() {
        return Err(AppError::Invalid(vec![crate::error::FieldProblem::new(
            "confirmation",
            format!("Type {} exactly to confirm.", tenant.alias),
        )]));
    }
    let scope = system_scope(&tenant, SystemTask::PlatformAdministration);
    if !crate::storage::lifecycle::begin_deletion(&db, &scope, UnixMillis::now()).await? {
        return Err(AppError::BadRequest(
            "This subscriber is already being deleted.".into(),
        ));
    }
    tracing::info!(tenant = %tenant.alias, "subscriber deleted; purge queued");
    crate::services::jobs::jobs_requested();
    Ok(())
}

/// Progress of a deleted subscriber's purge (polled by its page).
#[server(prefix = "/api", endpoint = "load_purge_progress")]
pub async fn load_purge_progress(alias: String) -> Result<Option<PurgeProgress>, AppError> {
    let db = super::database()?;
    super::admin::platform_admin().await?;
    Ok(crate::storage::lifecycle::latest_purge_of(&db, &alias)
        .await?
        .as_ref()
        .map(purge_progress))
}
