//! A tenant's logo and style sheet. Tenant-owned: every function takes the
//! scope.

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::UnixMillis;
use crate::storage::database::Database;

pub use super::branding_record::{BrandingRecord, StoredLogo};

#[derive(sqlx::FromRow)]
struct BrandingRow {
    logo_blob: Option<String>,
    logo_content_type: Option<String>,
    logo_version: Option<String>,
    stylesheet: String,
    stylesheet_version: String,
}

/// `find_branding` for the public pages: kept as long as tenant records,
/// and evicted with them (`tenants::tenant_changed`).
pub async fn find_public_branding(
    db: &Database,
    scope: &TenantScope,
) -> Result<BrandingRecord, sqlx::Error> {
    let db = db.region(scope)?;
    let alias = scope.alias().as_str();
    if let Some(kept) = db.branding_cache().get(alias, scope.tenant_id()).await {
        return Ok(kept);
    }
    let found = find_branding(db, scope).await?;
    db.branding_cache()
        .put(alias, scope.tenant_id(), found.clone())
        .await;
    Ok(found)
}

pub async fn find_branding(
    db: &Database,
    scope: &TenantScope,
) -> Result<BrandingRecord, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, BrandingRow>(
            "SELECT logo_blob, logo_content_type, logo_version, stylesheet, stylesheet_version \
             FROM tenant_branding WHERE tenant_id = $1",
        )
        .bind(scope.tenant_id().0)
        .fetch_optional(pool)
        .await?;
        let Some(row) = row else { return Ok(BrandingRecord::default()) };
        Ok(BrandingRecord {
            logo: match (row.logo_blob, row.logo_content_type, row.logo_version) {
                (Some(blob), Some(content_type), Some(version)) => {
                    Some(StoredLogo { blob, content_type, version })
                }
                _ => None,
            },
            stylesheet: row.stylesheet,
            stylesheet_version: row.stylesheet_version,
        })
    })
}

/// Sets (or with `None` removes) the logo; returns the blob it replaced,
/// which the caller deletes once this is committed.
pub async fn set_logo(
    db: &Database,
    scope: &TenantScope,
    logo: Option<&StoredLogo>,
    now: UnixMillis,
) -> Result<Option<String>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        // The upsert comes first so that SQLite takes its write lock at once.
        sqlx::query(
            "INSERT INTO tenant_branding (tenant_id, updated_at) VALUES ($1, $2) \
             ON CONFLICT (tenant_id) DO UPDATE SET updated_at = excluded.updated_at",
        )
        .bind(scope.tenant_id().0)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        let previous: Option<String> =
            sqlx::query_scalar("SELECT logo_blob FROM tenant_branding WHERE tenant_id = $1")
                .bind(scope.tenant_id().0)
                .fetch_one(&mut *tx)
                .await?;
        sqlx::query(
            "UPDATE tenant_branding SET logo_blob = $1, logo_content_type = $2, logo_version = $3 \
             WHERE tenant_id = $4",
        )
        .bind(logo.map(|l| l.blob.as_str()))
        .bind(logo.map(|l| l.content_type.as_str()))
        .bind(logo.map(|l| l.version.as_str()))
        .bind(scope.tenant_id().0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        super::tenants::tenant_changed(db, scope.alias()).await?;
        Ok(previous)
    })
}

pub async fn set_stylesheet(
    db: &Database,
    scope: &TenantScope,
    stylesheet: &str,
    version: &str,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "INSERT INTO tenant_branding (tenant_id, stylesheet, stylesheet_version, updated_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id) DO UPDATE SET \
         stylesheet = excluded.stylesheet, stylesheet_version = excluded.stylesheet_version, \
         updated_at = excluded.updated_at",
    )
    .bind(scope.tenant_id().0)
    .bind(stylesheet)
    .bind(version)
    .bind(now.0)
    .execute(pool)
    .await
    .map(|_| ()))?;
    super::tenants::tenant_changed(db, scope.alias()).await
}
