//! Tenant API keys. Listing, creating and revoking take the tenant's
//! scope; finding a key by its prefix does not, since that is how a request
//! with a key is authenticated in the first place (`auth::api_key_access`).

use super::database::{Database, with_pool};
use crate::auth::scope::TenantScope;
use crate::domain::{ApiScopes, TenantId, UnixMillis, UserId};

/// A stored key, without its secret's hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKeyRecord {
    pub id: i64,
    pub tenant: TenantId,
    pub name: String,
    pub prefix: String,
    pub scopes: ApiScopes,
    pub created_at: UnixMillis,
    pub expires_at: Option<UnixMillis>,
    pub last_used_at: Option<UnixMillis>,
    pub last_used_address: Option<String>,
    pub revoked_at: Option<UnixMillis>,
}

impl ApiKeyRecord {
    /// Neither revoked nor past its expiry at `now`.
    pub fn is_live(&self, now: UnixMillis) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|at| now.0 < at.0)
    }
}

pub struct NewApiKey<'a> {
    pub name: &'a str,
    pub prefix: &'a str,
    pub secret_hash: &'a str,
    pub scopes: &'a ApiScopes,
    pub created_by: UserId,
    pub expires_at: Option<UnixMillis>,
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    id: i64,
    tenant_id: i64,
    name: String,
    prefix: String,
    scopes: String,
    created_at: i64,
    expires_at: Option<i64>,
    last_used_at: Option<i64>,
    last_used_address: Option<String>,
    revoked_at: Option<i64>,
}

impl TryFrom<KeyRow> for ApiKeyRecord {
    type Error = sqlx::Error;

    fn try_from(row: KeyRow) -> Result<Self, sqlx::Error> {
        Ok(ApiKeyRecord {
            id: row.id,
            tenant: TenantId(row.tenant_id),
            name: row.name,
            prefix: row.prefix,
            scopes: ApiScopes::parse(row.scopes.split(' '))
                .map_err(|_| sqlx::Error::Decode("invalid stored API key scopes".into()))?,
            created_at: UnixMillis(row.created_at),
            expires_at: row.expires_at.map(UnixMillis),
            last_used_at: row.last_used_at.map(UnixMillis),
            last_used_address: row.last_used_address,
            revoked_at: row.revoked_at.map(UnixMillis),
        })
    }
}

const COLUMNS: &str = "id, tenant_id, name, prefix, scopes, created_at, expires_at, \
                       last_used_at, last_used_address, revoked_at";

/// The tenant's keys, newest first, revoked ones included.
pub async fn list_keys(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<ApiKeyRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM api_keys WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC"
    );
    let rows: Vec<KeyRow> = with_pool!(db, pool => sqlx::query_as(&sql)
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await)?;
    rows.into_iter().map(ApiKeyRecord::try_from).collect()
}

/// Stores a key unless the tenant already has `max` live ones (`None`).
pub async fn create_key(
    db: &Database,
    scope: &TenantScope,
    key: &NewApiKey<'_>,
    max: usize,
    now: UnixMillis,
) -> Result<Option<i64>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_scalar(
        "INSERT INTO api_keys \
         (tenant_id, name, prefix, secret_hash, scopes, created_by, created_at, expires_at) \
         SELECT $1, $2, $3, $4, $5, $6, $7, $8 \
         WHERE (SELECT COUNT(*) FROM api_keys WHERE tenant_id = $1 AND revoked_at IS NULL \
                AND (expires_at IS NULL OR expires_at > $7)) < $9 \
         RETURNING id",
    )
    .bind(scope.tenant_id().0)
    .bind(key.name)
    .bind(key.prefix)
    .bind(key.secret_hash)
    .bind(key.scopes.codes())
    .bind(key.created_by.0)
    .bind(now.0)
    .bind(key.expires_at.map(|at| at.0))
    .bind(max as i64)
    .fetch_optional(pool)
    .await)
}

/// Revokes one of the tenant's keys; false when it has no such key or it
/// was revoked before.
pub async fn revoke_key(
    db: &Database,
    scope: &TenantScope,
    key: i64,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE api_keys SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL",
    )
    .bind(scope.tenant_id().0)
    .bind(key)
    .bind(now.0)
    .execute(pool)
    .await
    .map(|done| done.rows_affected() == 1))
}

/// The key with `prefix` and the hash of its secret, whatever its tenant or
/// state: the caller checks both.
pub async fn find_key_by_prefix(
    db: &Database,
    prefix: &str,
) -> Result<Option<(ApiKeyRecord, String)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Found {
        #[sqlx(flatten)]
        key: KeyRow,
        secret_hash: String,
    }
    let sql = format!("SELECT {COLUMNS}, secret_hash FROM api_keys WHERE prefix = $1");
    let found: Option<Found> = with_pool!(db, pool => sqlx::query_as(&sql)
        .bind(prefix)
        .fetch_optional(pool)
        .await)?;
    found
        .map(|f| Ok((ApiKeyRecord::try_from(f.key)?, f.secret_hash)))
        .transpose()
}

/// Records a use of the key: at most once a minute from the same address
/// (a write per request would cost more than the request), at once from
/// another.
pub async fn note_key_use(
    db: &Database,
    key: i64,
    address: &str,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    const EVERY_MS: i64 = 60_000;
    with_pool!(db, pool => sqlx::query(
        "UPDATE api_keys SET last_used_at = $2, last_used_address = $3 \
         WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $4 \
                            OR last_used_address <> $3)",
    )
    .bind(key)
    .bind(now.0)
    .bind(address)
    .bind(now.0 - EVERY_MS)
    .execute(pool)
    .await
    .map(|_| ()))
}
