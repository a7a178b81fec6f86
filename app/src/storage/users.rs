//! A tenant's users. Tenant-owned: every function takes the scope.

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::{Email, Role, UnixMillis, UserId};
use crate::i18n::Language;
use crate::storage::database::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserRecord {
    pub id: UserId,
    pub email: Option<Email>,
    pub display_name: String,
    pub role: Role,
    /// Present for accounts kept by Tailspin Surveys.
    pub password_hash: Option<String>,
    /// Present for federated identities: who vouches for the user, and the
    /// value of the identifying claim there.
    pub federated: Option<FederatedIdentity>,
    pub last_sign_in_at: Option<UnixMillis>,
    /// The language the user chose for the pages (`None`: the browser's).
    pub language: Option<Language>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FederatedIdentity {
    pub issuer: String,
    pub subject: String,
    /// Set for tenants owned by one social identity.
    pub social_provider: Option<String>,
}

/// A federated user as its provider describes it at sign-in.
#[derive(Clone, Debug)]
pub struct NewFederatedUser {
    pub identity: FederatedIdentity,
    pub display_name: String,
    pub role: Role,
}

/// An account invited by an Administrator: it has no password until its
/// owner chooses one with the invitation's link.
pub struct NewInvitedUser {
    pub email: Email,
    pub display_name: String,
    pub role: Role,
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

const COLUMNS: &str = "id, email, display_name, role, password_hash, issuer, subject, social_provider, last_sign_in_at, language";

/// A row of [`COLUMNS`], as stored.
#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: Option<String>,
    display_name: String,
    role: String,
    password_hash: Option<String>,
    issuer: Option<String>,
    subject: Option<String>,
    social_provider: Option<String>,
    last_sign_in_at: Option<i64>,
    language: Option<String>,
}

impl UserRow {
    fn into_record(self) -> Result<UserRecord, sqlx::Error> {
        let corrupt =
            |what: &str| sqlx::Error::Decode(format!("invalid stored user {what}").into());
        let federated = match (self.issuer, self.subject) {
            (Some(issuer), Some(subject)) => Some(FederatedIdentity {
                issuer,
                subject,
                social_provider: self.social_provider,
            }),
            _ => None,
        };
        Ok(UserRecord {
            id: UserId(self.id),
            email: self
                .email
                .map(|e| Email::parse(&e).map_err(|_| corrupt("email")))
                .transpose()?,
            display_name: self.display_name,
            role: Role::from_code(&self.role).ok_or_else(|| corrupt("role"))?,
            password_hash: self.password_hash,
            federated,
            last_sign_in_at: self.last_sign_in_at.map(UnixMillis),
            language: self
                .language
                .map(|code| Language::from_code(&code).ok_or_else(|| corrupt("language")))
                .transpose()?,
        })
    }
}

/// What an insert guarded by the plan's user limit did: no row means the
/// limit held it back; a unique violation, that the account exists.
pub(super) fn creation_outcome(
    inserted: Result<Option<i64>, sqlx::Error>,
) -> Result<CreateUserOutcome, sqlx::Error> {
    match inserted {
        Ok(Some(id)) => Ok(CreateUserOutcome::Created(UserId(id))),
        Ok(None) => Ok(CreateUserOutcome::LimitReached),
        Err(error) if super::database::is_unique_violation(&error) => {
            Ok(CreateUserOutcome::EmailTaken)
        }
        Err(error) => Err(error),
    }
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
    creation_outcome(inserted)
}

pub async fn find_user_by_email(
    db: &Database,
    scope: &TenantScope,
    email: &Email,
) -> Result<Option<UserRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND email = $2");
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, UserRow>(&sql)
            .bind(scope.tenant_id().0)
            .bind(email.as_str())
            .fetch_optional(pool)
            .await?;
        row.map(UserRow::into_record).transpose()
    })
}

pub async fn find_user(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
) -> Result<Option<UserRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND id = $2");
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, UserRow>(&sql)
            .bind(scope.tenant_id().0)
            .bind(user.0)
            .fetch_optional(pool)
            .await?;
        row.map(UserRow::into_record).transpose()
    })
}

pub async fn list_users(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<UserRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE tenant_id = $1 ORDER BY id");
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, UserRow>(&sql).bind(scope.tenant_id().0).fetch_all(pool).await?;
        rows.into_iter().map(UserRow::into_record).collect()
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

pub async fn find_federated_user(
    db: &Database,
    scope: &TenantScope,
    issuer: &str,
    subject: &str,
) -> Result<Option<UserRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM users WHERE tenant_id = $1 AND issuer = $2 AND subject = $3"
    );
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, UserRow>(&sql)
            .bind(scope.tenant_id().0)
            .bind(issuer)
            .bind(subject)
            .fetch_optional(pool)
            .await?;
        row.map(UserRow::into_record).transpose()
    })
}

/// Creates a federated user unless the identity is known already or the
/// plan's user limit is reached (checked in the insert itself).
pub async fn create_federated_user(
    db: &Database,
    scope: &TenantScope,
    user: &NewFederatedUser,
    max_users: Option<u32>,
    now: UnixMillis,
) -> Result<CreateUserOutcome, sqlx::Error> {
    let limit = max_users.map_or(i64::MAX, i64::from);
    let inserted: Result<Option<i64>, sqlx::Error> = with_pool!(db, pool => {
        sqlx::query_scalar(
            "INSERT INTO users (tenant_id, issuer, subject, social_provider, display_name, role, created_at) \
             SELECT $1, $2, $3, $4, $5, $6, $7 \
             WHERE (SELECT COUNT(*) FROM users WHERE tenant_id = $1) < $8 \
             RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(&user.identity.issuer)
        .bind(&user.identity.subject)
        .bind(&user.identity.social_provider)
        .bind(&user.display_name)
        .bind(user.role.code())
        .bind(now.0)
        .bind(limit)
        .fetch_optional(pool)
        .await
    });
    creation_outcome(inserted)
}

/// Gives the account kept here with `email` (lowercase), when it has no
/// federated identity yet, the identity that signs in with that verified
/// email now: how the users of a tenant carry over to its own provider.
pub async fn claim_account_by_email(
    db: &Database,
    scope: &TenantScope,
    email: &str,
    issuer: &str,
    subject: &str,
) -> Result<Option<UserId>, sqlx::Error> {
    with_pool!(db, pool => {
        let id: Option<i64> = sqlx::query_scalar(
            "UPDATE users SET issuer = $3, subject = $4, password_hash = NULL \
             WHERE tenant_id = $1 AND email = $2 AND issuer IS NULL RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(email)
        .bind(issuer)
        .bind(subject)
        .fetch_optional(pool)
        .await?;
        Ok(id.map(UserId))
    })
}

/// Records a federated sign-in: the name and role the provider's claims give
/// now (a changed group membership applies at the next sign-in).
pub async fn record_federated_sign_in(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    display_name: &str,
    role: Role,
    verified_email: Option<&str>,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    // The email the provider verified is kept (unless another user of the
    // tenant has it), so that a move to passwords knows where each user's
    // link goes.
    with_pool!(db, pool => {
        sqlx::query(
            "UPDATE users SET display_name = $3, role = $4, last_sign_in_at = $5, \
             email = CASE WHEN $6 IS NOT NULL AND NOT EXISTS \
                 (SELECT 1 FROM users o WHERE o.tenant_id = $1 AND o.email = $6 AND o.id <> $2) \
                 THEN $6 ELSE email END \
             WHERE tenant_id = $1 AND id = $2",
        )
        .bind(scope.tenant_id().0)
        .bind(user.0)
        .bind(display_name)
        .bind(role.code())
        .bind(now.0)
        .bind(verified_email)
        .execute(pool)
        .await?;
        Ok(())
    })
}

/// The social provider the tenant's owner signs in with (also before
/// their first sign-in after a move to one social identity), if any.
pub async fn owner_social_provider(
    db: &Database,
    scope: &TenantScope,
) -> Result<Option<String>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_scalar(
        "SELECT social_provider FROM users \
         WHERE tenant_id = $1 AND social_provider IS NOT NULL ORDER BY id LIMIT 1",
    )
    .bind(scope.tenant_id().0)
    .fetch_optional(pool)
    .await)
}

/// Gives the owner of a tenant that moved to one social identity, found by
/// `email` (lowercase, verified by `social_provider`), that identity: the
/// owner's first sign-in after the move.
pub async fn claim_social_account(
    db: &Database,
    scope: &TenantScope,
    social_provider: &str,
    email: &str,
    issuer: &str,
    subject: &str,
) -> Result<Option<UserId>, sqlx::Error> {
    with_pool!(db, pool => {
        let id: Option<i64> = sqlx::query_scalar(
            "UPDATE users SET issuer = $4, subject = $5 \
             WHERE tenant_id = $1 AND social_provider = $2 AND email = $3 AND subject IS NULL \
             RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(social_provider)
        .bind(email)
        .bind(issuer)
        .bind(subject)
        .fetch_optional(pool)
        .await?;
        Ok(id.map(UserId))
    })
}

/// Records a password sign-in.
pub async fn record_sign_in(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query("UPDATE users SET last_sign_in_at = $3 WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(user.0)
            .bind(now.0)
            .execute(pool)
            .await?;
        Ok(())
    })
}

/// Sets the language the user reads the pages in (`None`: the browser's).
pub async fn set_language(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    language: Option<Language>,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query("UPDATE users SET language = $3 WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(user.0)
            .bind(language.map(Language::code))
            .execute(pool)
            .await?;
        Ok(())
    })
}

/// What mail to `email` is written in: the choice of the user with that
/// email, else the tenant's (`mail_language_of`); `None` when neither chose.
pub async fn mail_language(
    db: &Database,
    scope: &TenantScope,
    email: &str,
) -> Result<Option<Language>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM tenants t WHERE t.id = $1",
        mail_language_of("t.id", "$2")
    );
    let code: Option<Option<String>> = with_pool!(db, pool => {
        sqlx::query_scalar(&sql)
            .bind(scope.tenant_id().0)
            .bind(email)
            .fetch_optional(pool)
            .await
    })?;
    Ok(code.flatten().as_deref().and_then(Language::from_code))
}

/// The SQL of a mail's language, for a query over `tenants t`: the choice
/// of the user of tenant `tenant` with the email `email`, else the
/// tenant's default.
pub(super) fn mail_language_of(tenant: &str, email: &str) -> String {
    format!(
        "COALESCE((SELECT mail_user.language FROM users mail_user \
         WHERE mail_user.tenant_id = {tenant} AND mail_user.email = {email}), t.default_language)"
    )
}

/// Changes a user's role; `false` when there is no such user here.
pub async fn set_role(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    role: Role,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let done = sqlx::query("UPDATE users SET role = $3 WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(user.0)
            .bind(role.code())
            .execute(pool)
            .await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Removes a user; `false` when there is no such user here.
pub async fn delete_user(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let done = sqlx::query("DELETE FROM users WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(user.0)
            .execute(pool)
            .await?;
        Ok(done.rows_affected() == 1)
    })
}
