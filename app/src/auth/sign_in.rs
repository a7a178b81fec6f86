//! Signing in with an account kept by Tailspin Surveys (Standard plan) or as
//! a Tailspin administrator, with failed attempts limited per account and
//! per client address.

use serde::{Deserialize, Serialize};

use crate::domain::{
    Email, PlatformAdminId, SignInKind, TenantAlias, TenantId, TenantStatus, UnixMillis, UserId,
};
use crate::error::AppError;
use crate::passwords::{verify_against_decoy, verify_password};
use crate::storage::sign_in_failures::{FailureCount, FailureHistory};
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
/// Failures of an account (from anywhere) before it slows down.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failures of one address (on any accounts) before it slows down.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
/// Past the free failures, each failure doubles the wait before the next
/// attempt, from one second up to a cap. An account's own cap is short, so
/// that whoever guesses its password from elsewhere cannot lock its owner
/// out (a hard lock would be a denial of service anyone could cause); the
/// guessing address itself, on that account or across accounts, waits up to
/// the whole window.
pub const ACCOUNT_DELAY_CAP_MS: i64 = 30 * 1000;
const ADDRESS_DELAY_CAP_MS: i64 = FAILURE_WINDOW_MS;

fn delay_ms(failures: i64, free: i64, cap: i64) -> i64 {
    if failures < free {
        return 0;
    }
    let doublings = (failures - free).min(20) as u32;
    (1000i64 << doublings).min(cap)
}

/// How long this attempt must still wait (0: it may go ahead).
pub fn required_wait_ms(history: &FailureHistory, now: UnixMillis) -> i64 {
    let wait = |failures: &FailureCount, free: i64, cap: i64| match failures.latest {
        Some(latest) => latest.0 + delay_ms(failures.count, free, cap) - now.0,
        None => 0,
    };
    [
        wait(
            &history.account,
            MAX_FAILURES_PER_ACCOUNT,
            ACCOUNT_DELAY_CAP_MS,
        ),
        wait(
            &history.account_from_address,
            MAX_FAILURES_PER_ACCOUNT,
            ADDRESS_DELAY_CAP_MS,
        ),
        wait(
            &history.address,
            MAX_FAILURES_PER_ADDRESS,
            ADDRESS_DELAY_CAP_MS,
        ),
    ]
    .into_iter()
    .max()
    .unwrap_or(0)
    .max(0)
}

/// `Some(retry after, in seconds)` when the attempt has to wait, judged by
/// the attempts recorded before `before` (all when `None`); each such
/// refusal is logged with the account's tenant (or "admin") and the address.
async fn throttled(
    db: &Database,
    account: &str,
    address: &str,
    now: UnixMillis,
    before: Option<i64>,
) -> Result<Option<u64>, AppError> {
    let since = UnixMillis(now.0 - FAILURE_WINDOW_MS);
    let history = sign_in_failures::failure_history(db, account, address, since, before).await?;
    let wait = required_wait_ms(&history, now);
    if wait == 0 {
        return Ok(None);
    }
    let realm = account.rsplit_once(':').map_or(account, |(realm, _)| realm);
    tracing::warn!(
        realm,
        address,
        account_failures = history.account.count,
        address_failures = history.address.count,
        wait_ms = wait,
        "sign-in slowed down after repeated failures"
    );
    Ok(Some((wait as u64).div_ceil(1000).max(1)))
}

/// Lets an attempt go on to the password check, or says how long to wait.
/// The attempt is recorded as failed first and judged again by the attempts
/// recorded before it, so attempts sent at the same moment cannot all pass
/// one check together.
async fn admit(
    db: &Database,
    account: &str,
    address: &str,
    now: UnixMillis,
) -> Result<Option<u64>, AppError> {
    if let Some(wait) = throttled(db, account, address, now, None).await? {
        return Ok(Some(wait));
    }
    let attempt = sign_in_failures::record_failure(db, account, address, now).await?;
    throttled(db, account, address, now, Some(attempt)).await
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
            let old = UnixMillis(now.0 - FAILURE_WINDOW_MS);
            sign_in_failures::clear_failures(db, account, address, old).await?;
            Ok(SignInOutcome::SignedIn(principal))
        }
        // The attempt was recorded as failed before the password was
        // checked (`admit`); it stays.
        None => Ok(SignInOutcome::WrongCredentials),
    }
}

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
            crate::i18n::Message::new("msg-sign-in-uses-provider").in_page_language(),
        ));
    }
    let Ok(email) = Email::parse(email) else {
        return Ok(SignInOutcome::WrongCredentials);
    };
    let account = format!("tenant:{}:{}", tenant.id, email);
    if let Some(retry_after_secs) = admit(db, &account, address, now).await? {
        return Ok(SignInOutcome::TooManyAttempts { retry_after_secs });
    }
    let scope = super::grant::scope_of(&tenant);
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
    if let Some(Principal::TenantUser { user, .. }) = &principal {
        users::record_sign_in(db, &scope, *user, now).await?;
    }
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
    if let Some(retry_after_secs) = admit(db, &account, address, now).await? {
        return Ok(SignInOutcome::TooManyAttempts { retry_after_secs });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn failures(count: i64, latest: i64) -> FailureCount {
        FailureCount {
            count,
            latest: Some(UnixMillis(latest)),
        }
    }

    #[test]
    fn delays_grow_and_an_account_is_never_locked_for_long() {
        let none = FailureHistory::default();
        assert_eq!(required_wait_ms(&none, UnixMillis(0)), 0);
        // Four failures: no wait yet.
        let four = FailureHistory {
            account: failures(4, 1_000),
            account_from_address: failures(4, 1_000),
            address: failures(4, 1_000),
        };
        assert_eq!(required_wait_ms(&four, UnixMillis(1_000)), 0);
        // The fifth starts at one second, then doubles.
        assert_eq!(delay_ms(5, 5, ACCOUNT_DELAY_CAP_MS), 1_000);
        assert_eq!(delay_ms(7, 5, ACCOUNT_DELAY_CAP_MS), 4_000);
        assert_eq!(delay_ms(500, 5, ACCOUNT_DELAY_CAP_MS), ACCOUNT_DELAY_CAP_MS);
        // An attacker who failed 200 times from elsewhere: the owner, from
        // a fresh address, waits at most the account cap.
        let attacked = FailureHistory {
            account: failures(200, 10_000),
            account_from_address: FailureCount::default(),
            address: FailureCount::default(),
        };
        assert_eq!(
            required_wait_ms(&attacked, UnixMillis(10_000)),
            ACCOUNT_DELAY_CAP_MS
        );
        assert_eq!(
            required_wait_ms(&attacked, UnixMillis(10_000 + ACCOUNT_DELAY_CAP_MS)),
            0
        );
        // The attacker's own address waits the whole window.
        let attacker = FailureHistory {
            account_from_address: failures(200, 10_000),
            ..attacked
        };
        assert_eq!(
            required_wait_ms(&attacker, UnixMillis(10_000)),
            FAILURE_WINDOW_MS
        );
    }
}
