//! Access to a tenant's private pages and server functions: the one check
//! that turns a signed-in session into a tenant scope.

use super::scope::TenantScope;
use super::sign_in::Principal;
use crate::domain::{TenantAlias, TenantStatus};
use crate::error::AppError;
use crate::storage::users::UserRecord;
use crate::storage::{Database, tenants, users};

/// Session key under which the signed-in principal is kept.
pub const PRINCIPAL_KEY: &str = "principal";
/// Session key of the time (Unix ms) after which the sign-in no longer
/// counts, however active the session is.
pub const SIGNED_IN_UNTIL_KEY: &str = "signed_in_until";

/// A signed-in user of the tenant, with the scope for its data.
#[derive(Clone, Debug)]
pub struct TenantAccess {
    pub scope: TenantScope,
    pub user: UserRecord,
}

/// Anonymous: 401 (the page sends them to sign in). Signed in to another
/// tenant, or a Tailspin administrator: 404, so nothing about this tenant is
/// revealed. The user's role must allow `needs_admin` operations.
pub async fn tenant_access(
    db: &Database,
    principal: Option<&Principal>,
    alias: &str,
    needs_admin: bool,
) -> Result<TenantAccess, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    let tenant = match tenants::find_tenant_by_alias(db, &alias).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => tenant,
        // Sent to its sign-in page, which says it awaits activation
        // (`services::tenant_pages::sign_in_page`).
        Some(tenant) if tenant.status == TenantStatus::PendingActivation && principal.is_none() => {
            return Err(AppError::Unauthorized);
        }
        _ => return Err(AppError::NotFound),
    };
    let user_id = match principal {
        None => return Err(AppError::Unauthorized),
        Some(Principal::TenantUser { tenant: id, user }) if *id == tenant.id => *user,
        Some(_) => return Err(AppError::NotFound),
    };
    let scope = super::grant::scope_of(&tenant);
    let user = users::find_user(db, &scope, user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    tracing::Span::current().record("user", user.id.0);
    if needs_admin && !user.role.can_administer_tenant() {
        return Err(AppError::Forbidden);
    }
    Ok(TenantAccess { scope, user })
}

/// The principal of the current request's session, if signed in.
pub async fn request_principal() -> Result<Option<Principal>, AppError> {
    let session = leptos_axum::extract::<tower_sessions::Session>()
        .await
        .map_err(|e| AppError::internal("session extraction", e))?;
    session_principal(&session).await
}

/// The principal a session holds, if its sign-in is still valid; a sign-in
/// past its absolute lifetime is signed out for good.
pub async fn session_principal(
    session: &tower_sessions::Session,
) -> Result<Option<Principal>, AppError> {
    let read = async {
        let principal = session.get::<Principal>(PRINCIPAL_KEY).await?;
        let until = session.get::<i64>(SIGNED_IN_UNTIL_KEY).await?;
        Ok::<_, tower_sessions::session::Error>((principal, until))
    };
    let (principal, until) = read
        .await
        .map_err(|e| AppError::internal("session read", e))?;
    match (principal, until) {
        (Some(principal), Some(until)) if crate::domain::UnixMillis::now().0 < until => {
            Ok(Some(principal))
        }
        (None, _) => Ok(None),
        _ => {
            session
                .flush()
                .await
                .map_err(|e| AppError::internal("session flush", e))?;
            Ok(None)
        }
    }
}

/// Tailspin administration: only a signed-in Tailspin administrator; anyone
/// else is asked to sign in as one (401).
pub async fn platform_admin_access(
    db: &Database,
    principal: Option<&Principal>,
) -> Result<crate::storage::platform_admins::PlatformAdminRecord, AppError> {
    let Some(Principal::PlatformAdmin { admin }) = principal else {
        return Err(AppError::Unauthorized);
    };
    crate::storage::platform_admins::find_platform_admin(db, *admin)
        .await?
        .ok_or(AppError::Unauthorized)
}
