//! Tailspin administration of subscribers: the list with each one's
//! figures, one subscriber's settings (name, plan, status, region, limits,
//! contact address, its own provider), suspending (which signs everyone out), activating,
//! and deleting (the purge follows in the background). Every function
//! takes the signed-in platform administrator as its capability.

use crate::auth::{Federation, TenantScope, system_scope};
use crate::domain::{
    BillingMonth, Email, Plan, ProviderSettingsInput, SignInKind, TenantAlias, TenantStatus,
    UnixMillis,
};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::services::branding::BlobStore;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::services::mail::Mailer;
use crate::services::subscription_notices::activation_notice;
use crate::storage::Database;
use crate::storage::plan_changes::ChangedBy;
use crate::storage::platform_admins::PlatformAdminRecord;
use crate::storage::tenant_figures::{TenantFilter, list_tenants};
use crate::storage::tenants::{
    LimitOverrides, TenantChanges, TenantRecord, change_tenant_status, find_tenant_by_alias,
    update_tenant,
};
use crate::storage::{lifecycle, sessions};

pub use crate::storage::lifecycle::{PurgeRecord, PurgeStatus};

/// A subscriber by alias, whatever its status; a malformed alias, or one
/// nobody has, is not found.
pub async fn find_tenant(db: &Database, alias: &str) -> Result<TenantRecord, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    find_tenant_by_alias(db, &alias)
        .await?
        .ok_or(AppError::NotFound)
}

/// The scope Tailspin administration works in on one subscriber's data.
pub(super) fn admin_scope(tenant: &TenantRecord) -> TenantScope {
    system_scope(tenant, SystemGrant::new(SystemTask::PlatformAdministration))
}

/// One subscriber in the list, with its figures this month.
pub struct TenantFigures {
    pub tenant: TenantRecord,
    pub active_surveys: i64,
    pub responses_this_month: i64,
    /// Stored answers and blobs (logos).
    pub storage_bytes: i64,
}

/// One page of the subscriber list, as filtered, with the latest purges.
pub struct TenantPage {
    pub rows: Vec<TenantFigures>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub search: String,
    pub plan: Option<Plan>,
    pub status: Option<TenantStatus>,
    pub purges: Vec<PurgeRecord>,
}

/// The subscribers matching `search` (part of the name or alias, at most
/// 100 characters) and the plan and status codes (anything else: all),
/// `per_page` at a time from `page` 1.
#[allow(clippy::too_many_arguments)]
pub async fn list(
    db: &Database,
    _admin: &PlatformAdminRecord,
    blobs: Option<&BlobStore>,
    search: &str,
    plan: &str,
    status: &str,
    page: i64,
    per_page: i64,
) -> Result<TenantPage, AppError> {
    let filter = TenantFilter {
        search: search.chars().take(100).collect(),
        plan: Plan::from_code(plan),
        status: TenantStatus::from_code(status),
    };
    let page = page.max(1);
    let now = UnixMillis::now();
    let (found, total) = list_tenants(
        db,
        &filter,
        (page - 1) * per_page,
        per_page,
        now,
        BillingMonth::containing(now).start(),
    )
    .await?;
    let mut rows = Vec::with_capacity(found.len());
    for row in found {
        let blob_bytes = match blobs {
            Some(blobs) => {
                blobs
                    .tenant_bytes(row.tenant.id, &row.tenant.region)
                    .await? as i64
            }
            None => 0,
        };
        rows.push(TenantFigures {
            tenant: row.tenant,
            active_surveys: row.active_surveys,
            responses_this_month: row.responses_this_month,
            storage_bytes: row.answer_bytes + blob_bytes,
        });
    }
    Ok(TenantPage {
        rows,
        total,
        page,
        pages: ((total + per_page - 1) / per_page).max(1),
        search: filter.search,
        plan: filter.plan,
        status: filter.status,
        purges: lifecycle::recent_purges(db, 10).await?,
    })
}

/// A subscriber with its purge (once deleted) and, for a plan that signs
/// in with its own provider, the provider settings (empty when none are
/// stored; never the client secret).
pub struct TenantSettings {
    pub tenant: TenantRecord,
    pub purge: Option<PurgeRecord>,
    pub provider: Option<ProviderSettingsInput>,
    /// Newest first.
    pub plan_changes: Vec<crate::domain::PlanChange>,
}

pub async fn settings(
    db: &Database,
    _admin: &PlatformAdminRecord,
    alias: &str,
) -> Result<TenantSettings, AppError> {
    let tenant = find_tenant(db, alias).await?;
    let purge = lifecycle::find_purge(db, tenant.id).await?;
    let provider = if tenant.plan.sign_in() == SignInKind::OwnIdentityProvider {
        let stored = super::sign_in_settings::provider_settings(db, &admin_scope(&tenant)).await?;
        Some(stored.map(|s| s.to_input()).unwrap_or_default())
    } else {
        None
    };
    let plan_changes =
        crate::storage::plan_changes::tenant_plan_changes(db, &admin_scope(&tenant)).await?;
    Ok(TenantSettings {
        tenant,
        purge,
        provider,
        plan_changes,
    })
}

pub use crate::domain::TenantSettingsInput;

/// The limit fields: empty means the plan's; otherwise 1 to `max`.
fn parse_limit(
    field: &'static str,
    value: &str,
    max: u32,
    problems: &mut Vec<FieldProblem>,
) -> Option<u32> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    match value.parse::<u32>() {
        Ok(n) if (1..=max).contains(&n) => Some(n),
        _ => {
            problems.push(FieldProblem::new(
                field,
                Message::new("msg-tenants-limit")
                    .typed("max", max)
                    .in_page_language(),
            ));
            None
        }
    }
}

/// The contact address as typed: empty (no notices) or an email.
fn parse_contact(typed: &str, problems: &mut Vec<FieldProblem>) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Some(String::new());
    }
    match Email::parse(typed) {
        Ok(email) => Some(email.as_str().to_owned()),
        Err(e) => {
            problems.push(FieldProblem::new(
                "contact_email",
                Message::new("msg-tenants-contact-email")
                    .text("problem", e.localized())
                    .in_page_language(),
            ));
            None
        }
    }
}

/// Whether the new plan and limits allow fewer open surveys or users than
/// the subscriber may have now (then it must fit them before the change).
fn lowers_a_limit(tenant: &TenantRecord, plan: Plan, limits: &LimitOverrides) -> bool {
    let users_now = tenant.max_users().unwrap_or(u32::MAX);
    let users_then = limits.max_users(plan).unwrap_or(u32::MAX);
    limits.max_active_surveys(plan) < tenant.max_active_surveys() || users_then < users_now
}

/// Saves a subscriber's settings. The plan may change only to one that
/// signs in the same way (the sign-in configuration stays valid), and only
/// once the subscriber fits its limits (the refusal names the surveys to
/// close and the users to remove); a subscriber being deleted cannot be
/// changed. A plan change is recorded with the administrator's email.
pub async fn save_settings(
    db: &Database,
    mailer: &Mailer,
    admin: &PlatformAdminRecord,
    regions: &[String],
    alias: &str,
    changes: TenantSettingsInput,
) -> Result<(), AppError> {
    let tenant = find_tenant(db, alias).await?;
    let mut problems = Vec::new();
    let name = changes.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(FieldProblem::new(
            "name",
            Message::new("msg-tenants-name").in_page_language(),
        ));
    }
    let plan = match Plan::from_code(&changes.plan) {
        Some(plan) if plan.sign_in() == tenant.plan.sign_in() => Some(plan),
        Some(plan) => {
            problems.push(FieldProblem::new(
                "plan",
                Message::new("msg-tenants-plan-signs-in-differently")
                    .text("plan", plan.localized_label())
                    .text("current", tenant.plan.localized_label())
                    .in_page_language(),
            ));
            None
        }
        None => {
            problems.push(FieldProblem::new(
                "plan",
                Message::new("msg-tenants-choose-plan").in_page_language(),
            ));
            None
        }
    };
    let status = match TenantStatus::from_code(&changes.status) {
        Some(
            s @ (TenantStatus::Active | TenantStatus::Suspended | TenantStatus::PendingActivation),
        ) => Some(s),
        _ => {
            problems.push(FieldProblem::new(
                "status",
                Message::new("msg-tenants-choose-status").in_page_language(),
            ));
            None
        }
    };
    // Suspending has its own form, which asks for confirmation and signs
    // everyone out; the settings only keep a suspension as it is.
    if status == Some(TenantStatus::Suspended) && tenant.status != TenantStatus::Suspended {
        problems.push(FieldProblem::new(
            "status",
            Message::new("msg-tenants-suspend-above").in_page_language(),
        ));
    }
    if !regions.contains(&changes.region) {
        problems.push(FieldProblem::new(
            "region",
            Message::new("msg-tenants-choose-region").in_page_language(),
        ));
    } else if changes.region != tenant.region
        && (db.has_own_database(&changes.region) || db.has_own_database(&tenant.region))
    {
        // Its surveys and answers would stay behind in the old database.
        problems.push(FieldProblem::new(
            "region",
            Message::new("msg-tenants-region-own-database").in_page_language(),
        ));
    }
    let limits = LimitOverrides {
        max_active_surveys: parse_limit(
            "max_active_surveys",
            &changes.max_active_surveys,
            100_000,
            &mut problems,
        ),
        max_users: parse_limit("max_users", &changes.max_users, 100_000, &mut problems),
        monthly_responses: parse_limit(
            "monthly_responses",
            &changes.monthly_responses,
            10_000_000,
            &mut problems,
        ),
    };
    if tenant.status == TenantStatus::Deleting {
        problems.push(FieldProblem::new(
            "form",
            Message::new("msg-tenants-deleting").in_page_language(),
        ));
    }
    let contact_email = parse_contact(&changes.contact_email, &mut problems);
    let (Some(plan), Some(status), Some(contact_email), true) =
        (plan, status, contact_email, problems.is_empty())
    else {
        return Err(AppError::Invalid(problems));
    };
    if lowers_a_limit(&tenant, plan, &limits) {
        let blockers = super::plan_changes::what_must_change_first(
            db,
            &admin_scope(&tenant),
            plan,
            limits.max_active_surveys(plan),
            limits.max_users(plan),
            UnixMillis::now(),
        )
        .await?;
        if !blockers.is_empty() {
            return Err(AppError::Invalid(blockers));
        }
    }
    let changes = TenantChanges {
        name,
        plan,
        status,
        region: changes.region,
        limits,
        contact_email,
    };
    let notice = match status {
        TenantStatus::Active => {
            let tenant = TenantRecord {
                contact_email: changes.contact_email.clone(),
                ..tenant.clone()
            };
            activation_notice(mailer, &tenant)?
        }
        _ => None,
    };
    let by = ChangedBy {
        who: admin.email.as_str(),
        tailspin: true,
    };
    match update_tenant(db, tenant.id, &changes, notice.as_ref(), by).await? {
        Some(_) => Ok(()),
        None => Err(AppError::BadRequest(
            Message::new("msg-tenants-deleting").in_page_language(),
        )),
    }
}

/// Changes a Premium subscriber's provider settings with the same checks
/// as its own Administrators' page (an empty secret keeps the stored one).
pub async fn save_sign_in(
    db: &Database,
    federation: &Federation,
    _admin: &PlatformAdminRecord,
    alias: &str,
    input: &ProviderSettingsInput,
    client_secret: &str,
) -> Result<(), AppError> {
    let tenant = find_tenant(db, alias).await?;
    if tenant.plan.sign_in() != SignInKind::OwnIdentityProvider
        || tenant.status == TenantStatus::Deleting
    {
        return Err(AppError::BadRequest(
            Message::new("msg-tenants-no-provider-settings").in_page_language(),
        ));
    }
    let scope = admin_scope(&tenant);
    super::sign_in_settings::save_provider(db, federation, &scope, input, client_secret).await
}

/// Suspends an active subscriber (`suspended`), or activates a suspended
/// or pending one (`active`). Suspending signs everyone out and closes the
/// surveys at once, so it must be `confirmed` (a box ticked on the form,
/// which works without JavaScript).
pub async fn set_status(
    db: &Database,
    mailer: &Mailer,
    _admin: &PlatformAdminRecord,
    alias: &str,
    status: &str,
    confirmed: bool,
) -> Result<(), AppError> {
    let tenant = find_tenant(db, alias).await?;
    if status == "suspended" && !confirmed {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "confirmed",
            Message::new("msg-tenants-confirm-suspend")
                .text("alias", tenant.alias.as_str())
                .in_page_language(),
        )]));
    }
    let (from, to): (&[TenantStatus], TenantStatus) = match status {
        "suspended" => (&[TenantStatus::Active], TenantStatus::Suspended),
        "active" => (
            &[TenantStatus::Suspended, TenantStatus::PendingActivation],
            TenantStatus::Active,
        ),
        _ => {
            return Err(AppError::BadRequest(
                Message::new("msg-tenants-suspend-or-activate").in_page_language(),
            ));
        }
    };
    let notice = match to {
        TenantStatus::Active => activation_notice(mailer, &tenant)?,
        _ => None,
    };
    match change_tenant_status(db, tenant.id, from, to, notice.as_ref()).await? {
        Some(_) if to == TenantStatus::Suspended => {
            // Suspended means signed out, on every instance, at once.
            let ended = sessions::delete_tenant_sessions(db, &admin_scope(&tenant)).await?;
            tracing::info!(tenant = %tenant.alias, ended, "tenant suspended, sessions ended");
            Ok(())
        }
        Some(_) => Ok(()),
        None => Err(AppError::BadRequest(
            Message::new(if to == TenantStatus::Active {
                "msg-tenants-cannot-activate"
            } else {
                "msg-tenants-cannot-suspend"
            })
            .text("alias", tenant.alias.as_str())
            .text("status", tenant.status.code())
            .in_page_language(),
        )),
    }
}

/// The first phase of deletion: nobody can sign in and the public surveys
/// vanish at once; the purge follows in the background. The alias must be
/// typed again (`confirmation`).
pub async fn delete(
    db: &Database,
    _admin: &PlatformAdminRecord,
    alias: &str,
    confirmation: &str,
) -> Result<(), AppError> {
    let tenant = find_tenant(db, alias).await?;
    if confirmation.trim() != tenant.alias.as_str() {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "confirmation",
            Message::new("msg-tenants-type-alias")
                .text("alias", tenant.alias.as_str())
                .in_page_language(),
        )]));
    }
    if !lifecycle::begin_deletion(db, &admin_scope(&tenant), UnixMillis::now()).await? {
        return Err(AppError::BadRequest(
            Message::new("msg-tenants-already-deleting").in_page_language(),
        ));
    }
    tracing::info!(tenant = %tenant.alias, "subscriber deleted; purge queued");
    super::jobs::jobs_requested();
    Ok(())
}

/// The latest purge of the subscriber that had `alias` (it may be gone).
pub async fn purge_of(
    db: &Database,
    _admin: &PlatformAdminRecord,
    alias: &str,
) -> Result<Option<PurgeRecord>, AppError> {
    Ok(lifecycle::latest_purge_of(db, alias).await?)
}
