//! Self-service password reset for accounts kept by Tailspin Surveys.
//!
//! Asking for a link always gets the same answer, whether or not the email
//! has an account, so the form cannot be used to find out who has one. A
//! link carries 256 random bits; only their SHA-256 is stored. It works
//! once, for an hour, and using it ends every session of the account and
//! every other link of it.

pub(super) use super::link_tokens::{new_token, token_hash};

use super::grants::{SystemGrant, SystemTask};
use super::mail::{MailKind, Mailer, Recipient, Value, mail_language};
use crate::auth::{TenantScope, system_scope};
use crate::domain::{
    Email, SignInKind, TenantAlias, TenantStatus, UnixMillis, UserId, check_new_password,
};
use crate::error::{AppError, FieldProblem};
use crate::i18n::{Arg, LANGUAGE_PARAMETER, Language, Message, Texts};
use crate::storage::password_resets::{self, LinkPurpose, NewLink, PasswordResetRecord};
use crate::storage::{Database, sessions, tenants, users};

/// How long a link works.
pub const RESET_LINK_VALID_MS: i64 = 60 * 60 * 1000;
/// At most one message a minute for one account, however often it is asked.
const ONE_LINK_PER_MS: i64 = 60 * 1000;

/// What a reset link is worth now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResetLink {
    /// It may set the password of the account with this email (its first
    /// one, for an invitation).
    Valid {
        email: String,
        invitation: bool,
    },
    Expired,
    Used,
    /// Never issued (or mistyped).
    Unknown,
}

impl ResetLink {
    /// Why the link cannot be used, for the page (in its language).
    pub fn refusal(&self) -> Option<String> {
        let key = match self {
            ResetLink::Valid { .. } => return None,
            ResetLink::Expired => "msg-password-reset-expired",
            ResetLink::Used => "msg-password-reset-used",
            ResetLink::Unknown => "msg-password-reset-unknown",
        };
        Some(Message::new(key).in_page_language())
    }
}

/// The tenant of a reset page: active and keeping its own accounts.
async fn recovery_scope(db: &Database, alias: &str) -> Result<TenantScope, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    let tenant = match tenants::find_tenant_by_alias(db, &alias).await? {
        Some(tenant) if tenant.status == TenantStatus::Active => tenant,
        _ => return Err(AppError::NotFound),
    };
    if tenant.plan.sign_in() != SignInKind::LocalAccounts {
        return Err(AppError::BadRequest(
            Message::new("msg-password-reset-uses-provider").in_page_language(),
        ));
    }
    Ok(system_scope(
        &tenant,
        SystemGrant::new(SystemTask::AccountRecovery),
    ))
}

/// The address of the page that sets a password with `token`.
/// The page opens in the language of the mail that carries the link.
pub(super) fn link_address(
    mailer: &Mailer,
    scope: &TenantScope,
    token: &str,
    language: Language,
) -> String {
    mailer.link(&format!(
        "/t/{}/password-reset/new?token={token}&{LANGUAGE_PARAMETER}={}",
        scope.alias(),
        language.code()
    ))
}

/// Sends a reset link to `email` if it has an account here; says nothing
/// either way. A malformed email is an `Invalid` field.
pub async fn request_reset(
    db: &Database,
    mailer: &Mailer,
    alias: &str,
    email: &str,
    now: UnixMillis,
) -> Result<(), AppError> {
    let scope = recovery_scope(db, alias).await?;
    let email = Email::parse(email).map_err(|e| {
        AppError::Invalid(vec![FieldProblem::new(
            "email",
            Message::new("msg-password-reset-email")
                .text("problem", e.localized())
                .in_page_language(),
        )])
    })?;
    let Some(user) = users::find_user_by_email(db, &scope, &email).await? else {
        tracing::info!(tenant = %scope.alias(), "password reset asked for an email with no account");
        return Ok(());
    };
    if let Some(latest) = password_resets::latest_reset(db, &scope, user.id).await?
        && latest.requested_at.0 > now.0 - ONE_LINK_PER_MS
    {
        tracing::info!(tenant = %scope.alias(), user = user.id.0, "password reset asked again within a minute; not sent");
        return Ok(());
    }
    let (token, hash) = new_token();
    // Their own language, else the one they asked in.
    let language = mail_language(user.language);
    let link = link_address(mailer, &scope, &token, language);
    let valid_for = Texts::new(language).format(
        "mail-valid-hours",
        &[(
            "hours",
            Arg::Number((RESET_LINK_VALID_MS / 3_600_000) as f64),
        )],
    );
    let mail = mailer
        .prepare(
            db,
            &scope,
            MailKind::PasswordReset,
            format!("password-reset:{}:{hash}", scope.tenant_id().0),
            Recipient::new(email.as_str(), language),
            &[
                ("tenant_name", Value::Text(scope.tenant_name())),
                ("email", Value::Text(email.as_str())),
                ("link", Value::Link(&link)),
                ("valid_for", Value::Text(&valid_for)),
            ],
        )
        .await?;
    let link = NewLink {
        token_hash: &hash,
        purpose: LinkPurpose::Reset,
        expires_at: UnixMillis(now.0 + RESET_LINK_VALID_MS),
    };
    password_resets::create_reset(db, &scope, user.id, &link, &mail).await?;
    super::jobs::jobs_requested();
    tracing::info!(tenant = %scope.alias(), user = user.id.0, "password reset link queued");
    Ok(())
}

async fn find_link(
    db: &Database,
    scope: &TenantScope,
    token: &str,
    now: UnixMillis,
) -> Result<(ResetLink, Option<(PasswordResetRecord, UserId)>), AppError> {
    let Some(reset) = password_resets::find_reset(db, scope, &token_hash(token.trim())).await?
    else {
        return Ok((ResetLink::Unknown, None));
    };
    if reset.used_at.is_some() {
        return Ok((ResetLink::Used, None));
    }
    if reset.expires_at.0 <= now.0 {
        return Ok((ResetLink::Expired, None));
    }
    let Some(email) = users::find_user(db, scope, reset.user)
        .await?
        .and_then(|user| user.email)
    else {
        return Ok((ResetLink::Unknown, None));
    };
    let user = reset.user;
    Ok((
        ResetLink::Valid {
            email: email.as_str().to_owned(),
            invitation: reset.purpose == LinkPurpose::Invitation,
        },
        Some((reset, user)),
    ))
}

/// What the link `token` is worth now, and the name of its tenant.
pub async fn check_link(
    db: &Database,
    alias: &str,
    token: &str,
    now: UnixMillis,
) -> Result<(String, ResetLink), AppError> {
    let scope = recovery_scope(db, alias).await?;
    let link = find_link(db, &scope, token, now).await?.0;
    Ok((scope.tenant_name().to_owned(), link))
}

/// Sets the password with the link `token`. A link that cannot be used is
/// a `BadRequest` saying why; a weak or unconfirmed password is `Invalid`.
/// Nothing changes unless the password is set, and then every session of
/// the account ends.
pub async fn complete_reset(
    db: &Database,
    alias: &str,
    token: &str,
    password: &str,
    confirmation: &str,
    now: UnixMillis,
) -> Result<(), AppError> {
    let scope = recovery_scope(db, alias).await?;
    let (link, found) = find_link(db, &scope, token, now).await?;
    let Some((reset, user)) = found else {
        let why = link
            .refusal()
            .unwrap_or_else(|| Message::new("msg-password-reset-unusable").in_page_language());
        return Err(AppError::BadRequest(why));
    };
    let mut problems = Vec::new();
    if password.is_empty() {
        problems.push(FieldProblem::new(
            "password",
            Message::new("msg-password-reset-enter-password").in_page_language(),
        ));
    } else if let Err(problem) = check_new_password(password) {
        problems.push(FieldProblem::new("password", problem));
    }
    if !password.is_empty() && password != confirmation {
        problems.push(FieldProblem::new(
            "confirmation",
            Message::new("msg-password-reset-not-same").in_page_language(),
        ));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let hash = crate::passwords::hash_password(password.to_owned()).await?;
    if !password_resets::complete_reset(db, &scope, &reset, &hash, UnixMillis::now()).await? {
        // Used or expired while the password was being hashed.
        return Err(AppError::BadRequest(
            ResetLink::Used.refusal().unwrap_or_default(),
        ));
    }
    let ended = sessions::delete_user_sessions(db, &scope, user, None).await?;
    tracing::info!(tenant = %scope.alias(), user = user.0, ended, "password reset; sessions ended");
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_stored_as_their_sha256() {
        assert_eq!(
            super::token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
