//! Signing in with an account kept by Tailspin Surveys (Standard plan) or as
//! a Tailspin administrator, with failed attempts limited per account and
//! per client address.

use serde::{Deserialize, Serialize};

use crate::domain::{
    Email, PlatformAdminId, SignInKind, TenantAlias, TenantId, TenantStatus, UnixMillis, UserId,
};
use crate::error::AppError;
use crate::passwords::{verify_against_decoy, verify_password};
use crate::storage::{Database, platform_admins, sign_in_failures, tenants, users};

/// Who a session belongs to. Roles are read again on every request, so a
/// changed role applies at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Principal {
    TenantUser { tenant: TenantId, user: UserId },
    PlatformAdmin { admin: PlatformAdminId },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignInOutcome {
    SignedIn(Principal),
    /// Unknown email or wrong password; which of the two is not told.
    WrongCredentials,
    TooManyAttempts {
        retry_after_secs: u64,
    },
}

/// Failures counted over this window.
pub const FAILURE_WINDOW_MS: i64 = 15 * 60 * 1000;
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;

async fn throttled(
    db: &Database,
    account: &str,
    address: &str,
    now: UnixMillis,
) -> Result<bool, AppError> {
    let since = UnixMillis(now.0 - FAILURE_WINDOW_MS);
    let (by_account, by_address) =
        sign_in_failures::count_failures(db, account, address, since).await?;
    Ok(by_account >= MAX_FAILURES_PER_ACCOUNT || by_address >= MAX_FAILURES_PER_ADDRESS)
}

async fn settle(
    db: &Database,
    account: &str,
    address: &str,
    now: UnixMillis,
    principal: Option<Principal>,
) -> Result<SignInOutcome, AppError> {
    match principal {
        Some(principal) => {
            sign_in_failures::clear_failures(db, account, UnixMillis(now.0 - FAILURE_WINDOW_MS))
                .await?;
            Ok(SignInOutcome::SignedIn(principal))
        }
        None => {
            sign_in_failures::record_failure(db, account, address, now).await?;
            Ok(SignInOutcome::WrongCredentials)
        }
    }
}

const RETRY_AFTER_SECS: u64 = (FAILURE_WINDOW_MS / 1000) as u64;

/// Signs a user in to a tenant that keeps its own accounts. Unknown or
/// inactive tenants are not found; tenants that sign in another way refuse.
pub async fn sign_in_tenant_user(
    db: &Database,
    alias: &str,
    email: &str,
    password: &str,
    address: &str,
    now: UnixMillis,
) -> Result<SignInOutcome, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    let tenant = match tenants::find_tenant_by_alias(db, &alias).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => tenant,
        _ => return Err(AppError::NotFound),
    };
    if tenant.plan.sign_in() != SignInKind::LocalAccounts {
        return Err(AppError::BadRequest(
            "This organization signs in with its identity provider, not with a password.".into(),
        ));
    }
    let Ok(email) = Email::parse(email) else {
        return Ok(SignInOutcome::WrongCredentials);
    };
    let account = format!("tenant:{}:{}", tenant.id, email);
    if throttled(db, &account, address, now).await? {
        return Ok(SignInOutcome::TooManyAttempts {
            retry_after_secs: RETRY_AFTER_SECS,
        });
    }
    let scope = super::system_scope(&tenant, super::SystemTask::SignIn);
    let user = users::find_user_by_email(db, &scope, &email).await?;
    let principal = match user.and_then(|u| u.password_hash.map(|hash| (u.id, hash))) {
        Some((id, hash)) => {
            verify_password(password.to_owned(), hash)
                .await
                .then_some(Principal::TenantUser {
                    tenant: tenant.id,
                    user: id,
                })
        }
        None => {
            verify_against_decoy(password.to_owned()).await;
            None
        }
    };
    settle(db, &account, address, now, principal).await
}

/// Signs a Tailspin administrator in.
pub async fn sign_in_platform_admin(
    db: &Database,
    email: &str,
    password: &str,
    address: &str,
    now: UnixMillis,
) -> Result<SignInOutcome, AppError> {
    let Ok(email) = Email::parse(email) else {
        return Ok(SignInOutcome::WrongCredentials);
    };
    let account = format!("admin:{email}");
    if throttled(db, &account, address, now).await? {
        return Ok(SignInOutcome::TooManyAttempts {
            retry_after_secs: RETRY_AFTER_SECS,
        });
    }
    let principal = match platform_admins::find_platform_admin_by_email(db, &email).await? {
        Some(admin) => verify_password(password.to_owned(), admin.password_hash)
            .await
            .then_some(Principal::PlatformAdmin { admin: admin.id }),
        None => {
            verify_against_decoy(password.to_owned()).await;
            None
        }
    };
    settle(db, &account, address, now, principal).await
}
