//! Links that set the password of an account kept by Tailspin Surveys: a
//! reset its owner asked for, or the invitation of a new user. Only the
//! SHA-256 of a link's token is stored; a link is used at most once.

use super::database::{Database, with_pool};
use super::outgoing_mail::{NewMail, queue_mail_in};
use super::users::{CreateUserOutcome, NewInvitedUser};
use crate::auth::scope::TenantScope;
use crate::domain::{UnixMillis, UserId};

/// Why a link was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    /// The owner forgot their password.
    Reset,
    /// An Administrator invited a new user, who chooses their first one.
    Invitation,
}

impl LinkPurpose {
    pub(super) fn code(self) -> &'static str {
        match self {
            LinkPurpose::Reset => "reset",
            LinkPurpose::Invitation => "invitation",
        }
    }
}

/// A new link: the hash of its token and when it stops working.
pub struct NewLink<'a> {
    pub token_hash: &'a str,
    pub purpose: LinkPurpose,
    pub expires_at: UnixMillis,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordResetRecord {
    pub id: i64,
    pub user: UserId,
    pub purpose: LinkPurpose,
    pub requested_at: UnixMillis,
    pub expires_at: UnixMillis,
    pub used_at: Option<UnixMillis>,
}

#[derive(sqlx::FromRow)]
struct ResetRow {
    id: i64,
    user_id: i64,
    purpose: String,
    requested_at: i64,
    expires_at: i64,
    used_at: Option<i64>,
}

impl From<ResetRow> for PasswordResetRecord {
    fn from(row: ResetRow) -> Self {
        PasswordResetRecord {
            id: row.id,
            user: UserId(row.user_id),
            purpose: if row.purpose == "invitation" {
                LinkPurpose::Invitation
            } else {
                LinkPurpose::Reset
            },
            requested_at: UnixMillis(row.requested_at),
            expires_at: UnixMillis(row.expires_at),
            used_at: row.used_at.map(UnixMillis),
        }
    }
}

const COLUMNS: &str = "id, user_id, purpose, requested_at, expires_at, used_at";

/// Stores `$link` (a [`NewLink`]) for `$user` inside the open transaction
/// `$tx`, on either engine.
macro_rules! insert_link_in {
    ($tx:expr, $scope:expr, $user:expr, $link:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO password_resets \
             (tenant_id, user_id, token_hash, purpose, requested_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind($scope.tenant_id().0)
        .bind($user.0)
        .bind($link.token_hash)
        .bind($link.purpose.code())
        .bind($now.0)
        .bind($link.expires_at.0)
        .execute(&mut *$tx)
        .await
    };
}
pub(crate) use insert_link_in;

/// Stores a new link and queues the message that carries it, in one
/// transaction: there is never a link without its message, or the reverse.
pub async fn create_reset(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    link: &NewLink<'_>,
    mail: &NewMail,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        insert_link_in!(tx, scope, user, link, mail.created_at)?;
        queue_mail_in!(tx, scope.tenant_id(), mail)?;
        tx.commit().await
    })
}

/// Adds an account with no password yet (unless the email is taken or the
/// plan's user limit, `None` for none, is reached), its invitation link and
/// the message that carries it, in one transaction.
pub async fn invite_user(
    db: &Database,
    scope: &TenantScope,
    user: &NewInvitedUser,
    max_users: Option<u32>,
    link: &NewLink<'_>,
    mail: &NewMail,
) -> Result<CreateUserOutcome, sqlx::Error> {
    let limit = max_users.map_or(i64::MAX, i64::from);
    let outcome: Result<CreateUserOutcome, sqlx::Error> = with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let inserted: Result<Option<i64>, sqlx::Error> = sqlx::query_scalar(
            "INSERT INTO users (tenant_id, email, password_hash, display_name, role, created_at) \
             SELECT $1, $2, NULL, $3, $4, $5 \
             WHERE (SELECT COUNT(*) FROM users WHERE tenant_id = $1) < $6 \
             RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(user.email.as_str())
        .bind(&user.display_name)
        .bind(user.role.code())
        .bind(mail.created_at.0)
        .bind(limit)
        .fetch_optional(&mut *tx)
        .await;
        let outcome = super::users::creation_outcome(inserted)?;
        if let CreateUserOutcome::Created(id) = outcome {
            insert_link_in!(tx, scope, id, link, mail.created_at)?;
            queue_mail_in!(tx, scope.tenant_id(), mail)?;
            tx.commit().await?;
        }
        Ok(outcome)
    });
    outcome
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
