//! A tenant's users. Tenant-owned: every function takes the scope.

use sqlx::Row;

use super::with_pool;
use crate::auth::TenantScope;
use crate::domain::{Email, Role, UnixMillis, UserId};
use crate::storage::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserRecord {
    pub id: UserId,
    pub email: Option<Email>,
    pub display_name: String,
    pub role: Role,
    /// Present for accounts kept by Tailspin Surveys.
    pub password_hash: Option<String>,
}

#[derive(Clone, Debug)]
pub struct NewLocalUser {
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub password_hash: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateUserOutcome {
    Created(UserId),
    EmailTaken,
    /// The tenant already has as many users as its plan allows.
    LimitReached,
}

const COLUMNS: &str = "id, email, display_name, role, password_hash";

fn decode<R: Row>(row: &R) -> Result<UserRecord, sqlx::Error>
where
    for<'r> &'r str: sqlx::ColumnIndex<R>,
    i64: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    String: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    Option<String>: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let corrupt = |what: &str| sqlx::Error::Decode(format!("invalid stored user {what}").into());
    let role: String = row.try_get("role")?;
    let email: Option<String> = row.try_get("email")?;
    Ok(UserRecord {
        id: UserId(row.try_get("id")?),
        email: email
            .map(|e| Email::parse(&e).map_err(|_| corrupt("email")))
            .transpose()?,
        display_name: row.try_get("display_name")?,
        role: Role::from_code(&role).ok_or_else(|| corrupt("role"))?,
        password_hash: row.try_get("password_hash")?,
    })
}

/// Creates an account kept by Tailspin Surveys, unless the email is taken or
/// the plan's user limit (`None`: unlimited) is reached. The limit is checked
/// in the insert itself.
pub async fn create_local_user(
    db: &Database,
    scope: &TenantScope,
    user: &NewLocalUser,
    max_users: Option<u32>,
    now: UnixMillis,
) -> Result<CreateUserOutcome, sqlx::Error> {
    let limit = max_users.map_or(i64::MAX, i64::from);
    let inserted: Result<Option<i64>, sqlx::Error> = with_pool!(db, pool => {
        sqlx::query_scalar(
            "INSERT INTO users (tenant_id, email, password_hash, display_name, role, created_at) \
             SELECT $1, $2, $3, $4, $5, $6 \
             WHERE (SELECT COUNT(*) FROM users WHERE tenant_id = $1) < $7 \
             RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(user.email.as_str())
        .bind(&user.password_hash)
        .bind(&user.display_name)
        .bind(user.role.code())
        .bind(now.0)
        .bind(limit)
        .fetch_optional(pool)
        .await
    });
    match inserted {
        Ok(Some(id)) => Ok(CreateUserOutcome::Created(UserId(id))),
        Ok(None) => Ok(CreateUserOutcome::LimitReached),
        Err(error) if super::is_unique_violation(&error) => Ok(CreateUserOutcome::EmailTaken),
        Err(error) => Err(error),
    }
}

pub async fn find_user_by_email(
    db: &Database,
    scope: &TenantScope,
    email: &Email,
) -> Result<Option<UserRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND email = $2");
    with_pool!(db, pool => {
        let row = sqlx::query(&sql)
            .bind(scope.tenant_id().0)
            .bind(email.as_str())
            .fetch_optional(pool)
            .await?;
        row.as_ref().map(decode).transpose()
    })
}

pub async fn find_user(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
) -> Result<Option<UserRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND id = $2");
    with_pool!(db, pool => {
        let row = sqlx::query(&sql)
            .bind(scope.tenant_id().0)
            .bind(user.0)
            .fetch_optional(pool)
            .await?;
        row.as_ref().map(decode).transpose()
    })
}

pub async fn list_users(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<UserRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 ORDER BY id");
    with_pool!(db, pool => {
        let rows = sqlx::query(&sql).bind(scope.tenant_id().0).fetch_all(pool).await?;
        rows.iter().map(decode).collect()
    })
}

/// Replaces the password of an account kept by Tailspin Surveys.
pub async fn set_password_hash(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    password_hash: &str,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let done = sqlx::query(
            "UPDATE users SET password_hash = $3 WHERE tenant_id = $1 AND id = $2 AND email IS NOT NULL",
        )
        .bind(scope.tenant_id().0)
        .bind(user.0)
        .bind(password_hash)
        .execute(pool)
        .await?;
        Ok(done.rows_affected() == 1)
    })
}
