//! Tailspin administrators: platform data, owned by no tenant.

use super::database::with_pool;
use crate::domain::{Email, PlatformAdminId, UnixMillis};
use crate::storage::database::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformAdminRecord {
    pub id: PlatformAdminId,
    pub email: Email,
    pub password_hash: String,
}

#[derive(sqlx::FromRow)]
struct PlatformAdminRow {
    id: i64,
    email: String,
    password_hash: String,
}

impl PlatformAdminRow {
    fn into_record(self) -> Result<PlatformAdminRecord, sqlx::Error> {
        Ok(PlatformAdminRecord {
            id: PlatformAdminId(self.id),
            email: Email::parse(&self.email)
                .map_err(|_| sqlx::Error::Decode("invalid stored admin email".into()))?,
            password_hash: self.password_hash,
        })
    }
}

/// Creates a Tailspin administrator, or replaces the password of an existing
/// one with the same email (the command that creates them can be re-run).
pub async fn upsert_platform_admin(
    db: &Database,
    email: &Email,
    password_hash: &str,
    now: UnixMillis,
) -> Result<PlatformAdminId, sqlx::Error> {
    with_pool!(db, pool => {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO platform_admins (email, password_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash \
             RETURNING id",
        )
        .bind(email.as_str())
        .bind(password_hash)
        .bind(now.0)
        .fetch_one(pool)
        .await?;
        Ok(PlatformAdminId(id))
    })
}

pub async fn find_platform_admin_by_email(
    db: &Database,
    email: &Email,
) -> Result<Option<PlatformAdminRecord>, sqlx::Error> {
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, PlatformAdminRow>("SELECT id, email, password_hash FROM platform_admins WHERE email = $1")
            .bind(email.as_str())
            .fetch_optional(pool)
            .await?;
        row.map(PlatformAdminRow::into_record).transpose()
    })
}

pub async fn find_platform_admin(
    db: &Database,
    id: PlatformAdminId,
) -> Result<Option<PlatformAdminRecord>, sqlx::Error> {
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, PlatformAdminRow>("SELECT id, email, password_hash FROM platform_admins WHERE id = $1")
            .bind(id.0)
            .fetch_optional(pool)
            .await?;
        row.map(PlatformAdminRow::into_record).transpose()
    })
}

/// Whether any Tailspin administrator exists (start-up says how to create
/// the first one).
pub async fn any_platform_admin(db: &Database) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let found: Option<i64> = sqlx::query_scalar("SELECT id FROM platform_admins LIMIT 1")
            .fetch_optional(pool)
            .await?;
        Ok(found.is_some())
    })
}
