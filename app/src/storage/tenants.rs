//! The tenant registry: platform data, not owned by any tenant.

use sqlx::Row;

use super::with_pool;
use crate::domain::{Plan, TenantAlias, TenantId, TenantStatus, UnixMillis};
use crate::storage::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantRecord {
    pub id: TenantId,
    pub alias: TenantAlias,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    pub created_at: UnixMillis,
}

#[derive(Clone, Debug)]
pub struct NewTenant {
    pub alias: TenantAlias,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
}

const COLUMNS: &str = "id, alias, name, plan, status, region, created_at";

fn decode<R: Row>(row: &R) -> Result<TenantRecord, sqlx::Error>
where
    for<'r> &'r str: sqlx::ColumnIndex<R>,
    i64: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    String: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let corrupt = |what: &str| sqlx::Error::Decode(format!("invalid tenant {what}").into());
    let alias: String = row.try_get("alias")?;
    let plan: String = row.try_get("plan")?;
    let status: String = row.try_get("status")?;
    Ok(TenantRecord {
        id: TenantId(row.try_get("id")?),
        alias: TenantAlias::parse(&alias).map_err(|_| corrupt("alias"))?,
        name: row.try_get("name")?,
        plan: Plan::from_code(&plan).ok_or_else(|| corrupt("plan"))?,
        status: TenantStatus::from_code(&status).ok_or_else(|| corrupt("status"))?,
        region: row.try_get("region")?,
        created_at: UnixMillis(row.try_get("created_at")?),
    })
}

/// Registers a tenant. Fails with a unique violation when the alias is taken.
pub async fn create_tenant(
    db: &Database,
    tenant: &NewTenant,
    now: UnixMillis,
) -> Result<TenantRecord, sqlx::Error> {
    let sql = format!(
        "INSERT INTO tenants (alias, name, plan, status, region, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {COLUMNS}"
    );
    with_pool!(db, pool => {
        let row = sqlx::query(&sql)
            .bind(tenant.alias.as_str())
            .bind(&tenant.name)
            .bind(tenant.plan.code())
            .bind(tenant.status.code())
            .bind(&tenant.region)
            .bind(now.0)
            .fetch_one(pool)
            .await?;
        decode(&row)
    })
}

pub async fn find_tenant_by_alias(
    db: &Database,
    alias: &TenantAlias,
) -> Result<Option<TenantRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM tenants WHERE alias = $1");
    with_pool!(db, pool => {
        let row = sqlx::query(&sql).bind(alias.as_str()).fetch_optional(pool).await?;
        row.as_ref().map(decode).transpose()
    })
}

pub async fn count_tenants(db: &Database) -> Result<i64, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM tenants").fetch_one(pool).await
    })
}

pub async fn find_tenant_by_id(
    db: &Database,
    id: crate::domain::TenantId,
) -> Result<Option<TenantRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM tenants WHERE id = $1");
    with_pool!(db, pool => {
        let row = sqlx::query(&sql).bind(id.0).fetch_optional(pool).await?;
        row.as_ref().map(decode).transpose()
    })
}
