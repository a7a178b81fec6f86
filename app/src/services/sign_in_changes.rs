//! Tailspin administrators move a subscriber to a plan that signs in
//! differently, as a guided step: the page shows first what must change
//! (surveys to close, users to remove), who keeps an account and who is
//! removed; the move then changes the plan, the users and the sign-in
//! configuration in one transaction, mails each user kept what to do next,
//! and signs everyone out. Upgrades a subscriber makes itself are in
//! `plan_changes.rs`, whose steps these reuse.

use super::mail::{MailKind, Mailer, Recipient, Value, tenant_mail_language};
use super::plan_changes::{
    PasswordMail, Upgraded, finish, named_list, owner_to_passwords, password_mail, person,
    provider_switch_users, to_own_provider, what_must_change_first,
};
use crate::auth::{Federation, TenantScope};
use crate::domain::{
    Email, Plan, PlanPath, ProviderSettingsInput, SignInKind, TenantStatus, UnixMillis,
};
use crate::error::{AppError, FieldProblem};
use crate::i18n::{Message, Texts};
use crate::storage::Database;
use crate::storage::plan_changes::{
    self, AlongWith, ChangedBy, OwnerToSocialIdentity, PasswordLink,
};
use crate::storage::platform_admins::PlatformAdminRecord;
use crate::storage::tenants::TenantRecord;
use crate::storage::users::{self, UserRecord};

/// One plan the subscriber can be moved to, and what the move does.
pub struct SignInMove {
    pub to: Plan,
    pub path: PlanPath,
    /// What must change before the move (empty: it can be made now).
    pub first: Vec<String>,
    /// Who keeps an account, and who is removed.
    pub kept: Vec<String>,
    pub removed: Vec<String>,
}

/// The guided moves of one subscriber.
pub struct SignInMoves {
    pub tenant: TenantRecord,
    pub moves: Vec<SignInMove>,
    /// The address a new provider sends users back to.
    pub redirect_uri: String,
    /// The social providers a move to one social identity can use.
    pub social_providers: Vec<(String, String)>,
    /// The owner's email, offered on a move to one social identity or to
    /// passwords: the one user's own, else the subscriber's contact.
    pub suggested_email: String,
}

/// The user limit that applies on `to`: a plan signed in with one social
/// identity has its owner only, whatever the subscriber's own limits.
fn users_allowed(tenant: &TenantRecord, to: Plan) -> Option<u32> {
    if to.sign_in() == SignInKind::SocialIdentity {
        Some(1)
    } else {
        tenant.limits.max_users(to)
    }
}

/// What must change before `tenant` moves to `to`, with its own limits.
async fn must_change_first(
    db: &Database,
    scope: &TenantScope,
    tenant: &TenantRecord,
    to: Plan,
    now: UnixMillis,
) -> Result<Vec<FieldProblem>, AppError> {
    let surveys = tenant.limits.max_active_surveys(to);
    what_must_change_first(db, scope, to, surveys, users_allowed(tenant, to), now).await
}

pub async fn moves(
    db: &Database,
    federation: &Federation,
    alias: &str,
    now: UnixMillis,
) -> Result<SignInMoves, AppError> {
    let tenant = movable(db, alias).await?;
    let scope = super::tenants::admin_scope(&tenant);
    let members = users::list_users(db, &scope).await?;
    let mut moves = Vec::new();
    for to in Plan::ALL
        .into_iter()
        .filter(|to| to.sign_in() != tenant.plan.sign_in())
    {
        let path = tenant.plan.path_to(to);
        let first = must_change_first(db, &scope, &tenant, to, now)
            .await?
            .into_iter()
            .map(|p| p.message)
            .collect();
        let (kept, removed) = match path {
            PlanPath::OwnProvider | PlanPath::UsersChoosePasswords => {
                let users = provider_switch_users(db, &scope).await?;
                (users.kept, users.removed)
            }
            _ => (members.iter().map(person).collect(), Vec::new()),
        };
        moves.push(SignInMove {
            to,
            path,
            first,
            kept,
            removed,
        });
    }
    let suggested_email = match members.as_slice() {
        [
            UserRecord {
                email: Some(email), ..
            },
        ] => email.as_str().to_owned(),
        _ => tenant.contact_email.clone(),
    };
    Ok(SignInMoves {
        redirect_uri: federation.tenant_redirect_uri(&tenant.alias),
        social_providers: federation
            .social_providers
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect(),
        suggested_email,
        tenant,
        moves,
    })
}

/// A subscriber that can be moved: any but one being deleted.
async fn movable(db: &Database, alias: &str) -> Result<TenantRecord, AppError> {
    let tenant = super::tenants::find_tenant(db, alias).await?;
    if tenant.status == TenantStatus::Deleting {
        return Err(AppError::BadRequest(
            Message::new("msg-sign-in-changes-deleting").in_page_language(),
        ));
    }
    Ok(tenant)
}

/// What a Tailspin administrator asks for; each fits one [`PlanPath`].
pub enum SignInChange<'a> {
    /// To passwords: from one social identity (the owner's new `email`),
    /// or from the subscriber's own provider (`confirmed` who is removed).
    Passwords { email: &'a str, confirmed: bool },
    OwnProvider {
        input: &'a ProviderSettingsInput,
        client_secret: &'a str,
        confirmed: bool,
    },
    SocialIdentity {
        social_provider: &'a str,
        email: &'a str,
    },
}

/// What a move did: the plan, and who was mailed what to do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub plan: Plan,
    pub mailed: Vec<String>,
    /// On a move to the subscriber's own provider: who is always its
    /// Administrator.
    pub administrator: Option<String>,
}

/// Moves subscriber `alias` to plan `to`, which signs in differently, once
/// it fits the plan's limits; changes nothing otherwise.
#[allow(clippy::too_many_arguments)]
pub async fn change_sign_in(
    db: &Database,
    mailer: &Mailer,
    federation: &Federation,
    admin: &PlatformAdminRecord,
    alias: &str,
    to: &str,
    change: SignInChange<'_>,
    now: UnixMillis,
) -> Result<Moved, AppError> {
    let tenant = movable(db, alias).await?;
    let scope = super::tenants::admin_scope(&tenant);
    let from = tenant.plan;
    let Some(to) = Plan::from_code(to).filter(|to| to.sign_in() != from.sign_in()) else {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-sign-in-changes-choose-plan")
                .text("plan", from.localized_label())
                .in_page_language(),
        )]));
    };
    let path = from.path_to(to);
    let first = must_change_first(db, &scope, &tenant, to, now).await?;
    if !first.is_empty() {
        return Err(AppError::Invalid(first));
    }
    let by = ChangedBy::tailspin(admin.email.as_str());
    let moved = match (path, change) {
        (PlanPath::OwnerChoosesPassword, SignInChange::Passwords { email, .. }) => {
            let owner = only_user(db, &scope).await?;
            match owner_to_passwords(db, mailer, federation, &scope, &owner, email, to, by, now)
                .await?
            {
                Upgraded::PasswordLinkSent { email, .. } => Moved {
                    plan: to,
                    mailed: vec![email],
                    administrator: None,
                },
                _ => return Err(AppError::internal("sign-in change", "unexpected outcome")),
            }
        }
        (PlanPath::UsersChoosePasswords, SignInChange::Passwords { confirmed, .. }) => {
            users_to_passwords(db, mailer, &scope, to, by, confirmed, now).await?
        }
        (
            PlanPath::OwnProvider,
            SignInChange::OwnProvider {
                input,
                client_secret,
                confirmed,
            },
        ) => {
            let administrator = match to_own_provider(
                db,
                federation,
                &scope,
                by,
                input,
                client_secret,
                confirmed,
                now,
            )
            .await?
            {
                Upgraded::OwnProvider { administrator, .. } => administrator,
                _ => return Err(AppError::internal("sign-in change", "unexpected outcome")),
            };
            Moved {
                plan: to,
                mailed: Vec::new(),
                administrator: Some(administrator),
            }
        }
        (
            PlanPath::OwnerSignsInSocially,
            SignInChange::SocialIdentity {
                social_provider,
                email,
            },
        ) => {
            owner_to_social_identity(
                db,
                mailer,
                federation,
                &scope,
                to,
                by,
                social_provider,
                email,
                now,
            )
            .await?
        }
        _ => {
            return Err(AppError::Invalid(vec![FieldProblem::new(
                "form",
                Message::new("msg-sign-in-changes-use-form")
                    .text("plan", to.localized_label())
                    .text("tenant", tenant.name.as_str())
                    .in_page_language(),
            )]));
        }
    };
    // Whatever they signed in with is gone or changed: everyone signs in
    // again the new way.
    let ended = crate::storage::sessions::delete_tenant_sessions(db, &scope).await?;
    tracing::info!(tenant = %scope.alias(), from = from.code(), to = to.code(), ended, "sign-in changed with the plan by Tailspin");
    Ok(moved)
}

/// The one user of a subscriber that is to keep a single account.
async fn only_user(db: &Database, scope: &TenantScope) -> Result<UserRecord, AppError> {
    let mut members = users::list_users(db, scope).await?;
    match members.len() {
        1 => Ok(members.remove(0)),
        0 => Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-sign-in-changes-no-user")
                .text("tenant", scope.tenant_name())
                .in_page_language(),
        )])),
        _ => Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-sign-in-changes-one-user")
                .text(
                    "list",
                    named_list(&members.iter().map(person).collect::<Vec<_>>()),
                )
                .in_page_language(),
        )])),
    }
}

/// From the subscriber's own provider to passwords: each user with an
/// email keeps their account and is sent a link to choose a password.
async fn users_to_passwords(
    db: &Database,
    mailer: &Mailer,
    scope: &TenantScope,
    to: Plan,
    by: ChangedBy<'_>,
    confirmed: bool,
    now: UnixMillis,
) -> Result<Moved, AppError> {
    if !confirmed {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "confirmed",
            Message::new("msg-plan-changes-confirm").in_page_language(),
        )]));
    }
    let provider = crate::storage::identity_providers::find_identity_provider(db, scope)
        .await?
        .map(|p| issuer_host(&p.settings.issuer))
        .unwrap_or_else(|| "organization's".to_owned());
    let kept: Vec<(UserRecord, Email)> = users::list_users(db, scope)
        .await?
        .into_iter()
        .filter_map(|u| u.email.clone().map(|email| (u, email)))
        .collect();
    if kept.is_empty() {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-sign-in-changes-no-email")
                .text("tenant", scope.tenant_name())
                .in_page_language(),
        )]));
    }
    let mut mails: Vec<(&UserRecord, PasswordMail)> = Vec::with_capacity(kept.len());
    for (user, email) in &kept {
        mails.push((
            user,
            password_mail(db, mailer, scope, email, to, &provider).await?,
        ));
    }
    let links: Vec<PasswordLink<'_>> = mails
        .iter()
        .map(|(user, prepared)| PasswordLink {
            user: user.id,
            link: prepared.link(now),
            mail: prepared.mail.clone(),
        })
        .collect();
    let along = AlongWith::UsersChoosePasswords(&links);
    finish(plan_changes::change_plan(db, scope, scope.plan(), to, by, Some(&along), now).await?)?;
    super::jobs::jobs_requested();
    Ok(Moved {
        plan: to,
        mailed: kept.iter().map(|(_, e)| e.as_str().to_owned()).collect(),
        administrator: None,
    })
}

/// The host of an issuer URL, which names the provider in a message.
fn issuer_host(issuer: &str) -> String {
    url::Url::parse(issuer)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| issuer.to_owned())
}

/// To one social identity: the one user left keeps the account and signs
/// in with the identity of `social_provider` that verifies `email`.
#[allow(clippy::too_many_arguments)]
async fn owner_to_social_identity(
    db: &Database,
    mailer: &Mailer,
    federation: &Federation,
    scope: &TenantScope,
    to: Plan,
    by: ChangedBy<'_>,
    social_provider: &str,
    email: &str,
    now: UnixMillis,
) -> Result<Moved, AppError> {
    let mut problems = Vec::new();
    let provider = federation.social_provider(social_provider);
    if provider.is_none() {
        problems.push(FieldProblem::new(
            "social_provider",
            Message::new("msg-sign-in-changes-social-provider").in_page_language(),
        ));
    }
    let email = match Email::parse(email) {
        Ok(email) => Some(email),
        Err(e) => {
            problems.push(FieldProblem::new(
                "email",
                Message::new("msg-sign-in-changes-owner-email")
                    .text("problem", e.localized())
                    .in_page_language(),
            ));
            None
        }
    };
    let (Some(provider), Some(email)) = (provider, email) else {
        return Err(AppError::Invalid(problems));
    };
    let owner = only_user(db, scope).await?;
    let address = mailer.link(&format!("/t/{}/login", scope.alias()));
    let language = tenant_mail_language(db, scope, owner.language).await?;
    let plan = Texts::new(language).get(to.label_key());
    let mail = mailer
        .prepare(
            db,
            scope,
            MailKind::PlanSocialIdentity,
            format!(
                "plan-social:{}:{}:{}",
                scope.tenant_id().0,
                owner.id.0,
                now.0
            ),
            Recipient::new(email.as_str(), language),
            &[
                ("tenant_name", Value::Text(scope.tenant_name())),
                ("plan", Value::Text(&plan)),
                ("email", Value::Text(email.as_str())),
                ("provider", Value::Text(&provider.name)),
                ("link", Value::Link(&address)),
            ],
        )
        .await?;
    let along = AlongWith::OwnerToSocialIdentity(OwnerToSocialIdentity {
        user: owner.id,
        email: &email,
        social_provider: &provider.id,
        mail: &mail,
    });
    finish(plan_changes::change_plan(db, scope, scope.plan(), to, by, Some(&along), now).await?)?;
    super::jobs::jobs_requested();
    Ok(Moved {
        plan: to,
        mailed: vec![email.as_str().to_owned()],
        administrator: None,
    })
}

#[cfg(test)]
mod tests {
    use super::issuer_host;

    #[test]
    fn a_provider_is_named_by_its_issuers_host() {
        assert_eq!(
            issuer_host("https://login.contoso.example/tenant/v2.0"),
            "login.contoso.example"
        );
        assert_eq!(issuer_host("not a url"), "not a url");
    }
}
