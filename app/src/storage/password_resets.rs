//! Password reset links of accounts kept by Tailspin Surveys. Only the
//! SHA-256 of a link's token is stored; a link is used at most once.

use super::database::{Database, with_pool};
use super::outgoing_mail::{NewMail, queue_mail_in};
use crate::auth::scope::TenantScope;
use crate::domain::{UnixMillis, UserId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordResetRecord {
    pub id: i64,
    pub user: UserId,
    pub requested_at: UnixMillis,
    pub expires_at: UnixMillis,
    pub used_at: Option<UnixMillis>,
}

#[derive(sqlx::FromRow)]
struct ResetRow {
    id: i64,
    user_id: i64,
    requested_at: i64,
    expires_at: i64,
    used_at: Option<i64>,
}

impl From<ResetRow> for PasswordResetRecord {
    fn from(row: ResetRow) -> Self {
        PasswordResetRecord {
            id: row.id,
            user: UserId(row.user_id),
            requested_at: UnixMillis(row.requested_at),
            expires_at: UnixMillis(row.expires_at),
            used_at: row.used_at.map(UnixMillis),
        }
    }
}

const COLUMNS: &str = "id, user_id, requested_at, expires_at, used_at";

/// Stores a new link and queues the message that carries it, in one
/// transaction: there is never a link without its message, or the reverse.
pub async fn create_reset(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    token_hash: &str,
    expires_at: UnixMillis,
    mail: &NewMail,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO password_resets (tenant_id, user_id, token_hash, requested_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(scope.tenant_id().0)
        .bind(user.0)
        .bind(token_hash)
        .bind(mail.created_at.0)
        .bind(expires_at.0)
        .execute(&mut *tx)
        .await?;
        queue_mail_in!(tx, scope.tenant_id(), mail)?;
        tx.commit().await
    })
}

/// The user's most recent link, used or not.
pub async fn latest_reset(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
) -> Result<Option<PasswordResetRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM password_resets WHERE tenant_id = $1 AND user_id = $2 \
         ORDER BY requested_at DESC, id DESC LIMIT 1"
    );
    with_pool!(db, pool => Ok(sqlx::query_as::<_, ResetRow>(&sql)
        .bind(scope.tenant_id().0)
        .bind(user.0)
        .fetch_optional(pool)
        .await?
        .map(PasswordResetRecord::from)))
}

/// The link whose token hashes to `token_hash`, in this tenant.
pub async fn find_reset(
    db: &Database,
    scope: &TenantScope,
    token_hash: &str,
) -> Result<Option<PasswordResetRecord>, sqlx::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM password_resets WHERE tenant_id = $1 AND token_hash = $2");
    with_pool!(db, pool => Ok(sqlx::query_as::<_, ResetRow>(&sql)
        .bind(scope.tenant_id().0)
        .bind(token_hash)
        .fetch_optional(pool)
        .await?
        .map(PasswordResetRecord::from)))
}

/// Uses the link `reset` to set the password: only if the link is still
/// unused and unexpired at `now`, and then every other link of the user is
/// used up too. Returns whether the password was set.
pub async fn complete_reset(
    db: &Database,
    scope: &TenantScope,
    reset: &PasswordResetRecord,
    password_hash: &str,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let taken = sqlx::query(
            "UPDATE password_resets SET used_at = $1 \
             WHERE id = $2 AND tenant_id = $3 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now.0)
        .bind(reset.id)
        .bind(scope.tenant_id().0)
        .execute(&mut *tx)
        .await?;
        if taken.rows_affected() != 1 {
            return Ok(false);
        }
        let set = sqlx::query(
            "UPDATE users SET password_hash = $1 \
             WHERE tenant_id = $2 AND id = $3 AND email IS NOT NULL",
        )
        .bind(password_hash)
        .bind(scope.tenant_id().0)
        .bind(reset.user.0)
        .execute(&mut *tx)
        .await?;
        if set.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE password_resets SET used_at = $1 \
             WHERE tenant_id = $2 AND user_id = $3 AND used_at IS NULL",
        )
        .bind(now.0)
        .bind(scope.tenant_id().0)
        .bind(reset.user.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    })
}
