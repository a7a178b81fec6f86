//! Inviting users: an Administrator of a tenant that keeps its own accounts
//! names a person and their role; the person gets an email with a link to
//! choose their own password (the link of `password_reset`, valid a week).
//! Until then the account exists, counts towards the plan's limit, and
//! nobody can sign in with it.

use super::mail::{MailKind, Mailer, Recipient, Value, tenant_mail_language};
use super::password_reset::{link_address, new_token};
use crate::auth::TenantAccess;
use crate::domain::{Email, Role, SignInKind, UnixMillis, UserId};
use crate::error::AppError;
use crate::i18n::{Arg, Texts};
use crate::storage::Database;
use crate::storage::outgoing_mail::NewMail;
use crate::storage::password_resets::{self, LinkPurpose, NewLink};
use crate::storage::users::{self, CreateUserOutcome, NewInvitedUser};

/// How long an invitation's link works.
pub const INVITATION_VALID_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// A person to invite, as the Administrator typed them.
pub struct Invitation {
    pub name: String,
    pub email: String,
    pub role: String,
}

fn require_local_accounts(access: &TenantAccess) -> Result<(), AppError> {
    if access.scope.plan().sign_in() == SignInKind::LocalAccounts {
        Ok(())
    } else {
        Err(AppError::BadRequest(
            crate::i18n::Message::new("msg-user-invitations-identity-provider").in_page_language(),
        ))
    }
}

async fn invitation_mail(
    db: &Database,
    mailer: &Mailer,
    access: &TenantAccess,
    email: &Email,
    role: Role,
    hash: &str,
    token: &str,
) -> Result<NewMail, AppError> {
    let scope = &access.scope;
    // Nobody chose for the new account yet: the tenant's language, else the
    // inviter's.
    let language = tenant_mail_language(db, scope, None).await?;
    let address = link_address(mailer, scope, token, language);
    let texts = Texts::new(language);
    let role_name = texts.format("mail-role", &[("role", Arg::Text(role.code().to_owned()))]);
    let valid_for = texts.format(
        "mail-valid-days",
        &[(
            "days",
            Arg::Number((INVITATION_VALID_MS / 86_400_000) as f64),
        )],
    );
    mailer
        .prepare(
            db,
            scope,
            MailKind::Invitation,
            format!("invitation:{}:{hash}", scope.tenant_id().0),
            Recipient::new(email.as_str(), language),
            &[
                ("tenant_name", Value::Text(scope.tenant_name())),
                ("inviter", Value::Text(&access.user.display_name)),
                ("role", Value::Text(&role_name)),
                ("email", Value::Text(email.as_str())),
                ("link", Value::Link(&address)),
                ("valid_for", Value::Text(&valid_for)),
            ],
        )
        .await
}

/// Adds the account and sends its invitation. Invalid input, a taken email
/// and a full plan are `Invalid` (by field; `form` for the limit) and add
/// and send nothing.
pub async fn invite(
    db: &Database,
    mailer: &Mailer,
    access: &TenantAccess,
    input: Invitation,
    now: UnixMillis,
) -> Result<(), AppError> {
    require_local_accounts(access)?;
    let mut problems = Vec::new();
    let (name, email, role) =
        super::users::check_person(&input.name, &input.email, &input.role, &mut problems);
    let (Some(email), Some(role), true) = (email, role, problems.is_empty()) else {
        return Err(AppError::Invalid(problems));
    };
    let (token, hash) = new_token();
    let mail = invitation_mail(db, mailer, access, &email, role, &hash, &token).await?;
    let link = NewLink {
        token_hash: &hash,
        purpose: LinkPurpose::Invitation,
        expires_at: UnixMillis(now.0 + INVITATION_VALID_MS),
    };
    let user = NewInvitedUser {
        email,
        display_name: name,
        role,
    };
    let scope = &access.scope;
    let outcome =
        password_resets::invite_user(db, scope, &user, scope.max_users(), &link, &mail).await?;
    if let CreateUserOutcome::Created(id) = outcome {
        super::jobs::jobs_requested();
        tracing::info!(tenant = %scope.alias(), user = id.0, "user invited");
        return Ok(());
    }
    let problem = super::users::refused_account(scope, &outcome);
    Err(AppError::Invalid(vec![problem]))
}

/// Sends a new invitation to an invited user who has not chosen a password
/// yet (the earlier links keep working until one is used or expires).
pub async fn resend(
    db: &Database,
    mailer: &Mailer,
    access: &TenantAccess,
    user: UserId,
    now: UnixMillis,
) -> Result<(), AppError> {
    require_local_accounts(access)?;
    let scope = &access.scope;
    let Some(record) = users::find_user(db, scope, user).await? else {
        return Err(AppError::NotFound);
    };
    let (Some(email), None) = (&record.email, &record.password_hash) else {
        return Err(AppError::BadRequest(
            crate::i18n::Message::new("msg-user-invitations-password-chosen")
                .text("name", record.display_name.clone())
                .in_page_language(),
        ));
    };
    let (token, hash) = new_token();
    let mail = invitation_mail(db, mailer, access, email, record.role, &hash, &token).await?;
    let link = NewLink {
        token_hash: &hash,
        purpose: LinkPurpose::Invitation,
        expires_at: UnixMillis(now.0 + INVITATION_VALID_MS),
    };
    password_resets::create_reset(db, scope, user, &link, &mail).await?;
    super::jobs::jobs_requested();
    tracing::info!(tenant = %scope.alias(), user = user.0, "invitation sent again");
    Ok(())
}
