//! Access to `/api/v1` with a tenant API key: the one check that turns a
//! presented key into a tenant scope. Keys never open pages, and sessions
//! never open the API (the API's handlers read no cookie).

use super::scope::TenantScope;
use crate::domain::{ApiScope, TenantStatus, UnixMillis, api_key_prefix};
use crate::error::AppError;
use crate::storage::api_keys::{ApiKeyRecord, find_key_by_prefix, note_key_use};
use crate::storage::{Database, tenants};

/// A live key of an active tenant, with the scope for its data.
#[derive(Clone, Debug)]
pub struct ApiAccess {
    pub scope: TenantScope,
    pub key: ApiKeyRecord,
}

/// `presented` is the bearer token of the request. A missing, malformed,
/// unknown, revoked or expired key, or one of a tenant that is not active,
/// is 401; a key without `needs` is 403. Every call reads the stored key,
/// so a revocation holds at once on every instance.
pub async fn api_key_access(
    db: &Database,
    presented: Option<&str>,
    needs: ApiScope,
    address: &str,
) -> Result<ApiAccess, AppError> {
    let presented = presented.ok_or(AppError::Unauthorized)?;
    let prefix = api_key_prefix(presented).ok_or(AppError::Unauthorized)?;
    let (key, secret_hash) = find_key_by_prefix(db, prefix)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let hash = crate::services::link_tokens::token_hash(presented);
    let now = UnixMillis::now();
    if !super::oidc::constant_time_eq(hash.as_bytes(), secret_hash.as_bytes()) || !key.is_live(now)
    {
        return Err(AppError::Unauthorized);
    }
    let tenant = match tenants::find_tenant_by_id(db, key.tenant).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => tenant,
        _ => return Err(AppError::Unauthorized),
    };
    tracing::Span::current().record("tenant", tenant.alias.as_str());
    if !key.scopes.allows(needs) {
        return Err(AppError::Forbidden);
    }
    if let Err(error) = note_key_use(db, key.id, address, now).await {
        tracing::warn!(%error, key = key.id, "could not record an API key's use");
    }
    Ok(ApiAccess {
        scope: super::grant::scope_of(&tenant),
        key,
    })
}
