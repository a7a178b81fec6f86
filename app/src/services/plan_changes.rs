//! Plan changes: what a new plan's limits require first (open surveys to
//! close, users to remove), the upgrade a subscriber's Administrator makes
//! from their own settings, and the record of every change for billing.
//! Downgrades, and moves that change how a subscriber signs in other than
//! the ones below, are made by Tailspin administrators (`tenants.rs`).

use super::mail::{MailKind, Mailer, Recipient, Value, mail_language};
use super::password_reset::link_address;
use crate::auth::{Federation, TenantAccess, TenantScope};
use crate::domain::{Email, Plan, PlanChange, PlanPath, ProviderSettingsInput, UnixMillis};
use crate::error::{AppError, FieldProblem};
use crate::i18n::{Arg, Message, Texts};
use crate::storage::Database;
use crate::storage::password_resets::{LinkPurpose, NewLink};
use crate::storage::plan_changes::{
    self, AlongWith, ChangedBy, OpenSurvey, OwnerToLocalAccount, UpgradeOutcome,
};
use crate::storage::users::{self, UserRecord};

/// How long the link to choose a password after an upgrade works.
const PASSWORD_LINK_VALID_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// Names at most this many surveys or users in a refusal, then "and N more".
const NAMED: usize = 10;

/// `items` as "a, b and 3 more".
pub(super) fn named_list(items: &[String]) -> String {
    let shown = items
        .iter()
        .take(NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    match items.len().saturating_sub(NAMED) {
        0 => shown,
        more => Message::new("msg-plan-changes-and-more")
            .text("list", shown)
            .typed("more", more)
            .in_page_language(),
    }
}

/// What must change before the tenant fits `max_active_surveys` and
/// `max_users` (`None`: no limit), each as a `plan` problem naming the
/// surveys and users; empty when it fits.
pub async fn what_must_change_first(
    db: &Database,
    scope: &TenantScope,
    plan: Plan,
    max_active_surveys: u32,
    max_users: Option<u32>,
    now: UnixMillis,
) -> Result<Vec<FieldProblem>, AppError> {
    let mut problems = Vec::new();
    let open = plan_changes::open_surveys(db, scope, now).await?;
    if open.len() > max_active_surveys as usize {
        let close = open.len() - max_active_surveys as usize;
        let names: Vec<String> = open
            .iter()
            .map(|OpenSurvey { slug, title }| format!("\"{title}\" ({slug})"))
            .collect();
        problems.push(FieldProblem::new(
            "plan",
            Message::new("msg-plan-changes-too-many-surveys")
                .text("plan", plan.localized_label())
                .typed("max", max_active_surveys)
                .text("tenant", scope.tenant_name())
                .typed("count", open.len())
                .typed("close", close)
                .text("list", named_list(&names))
                .in_page_language(),
        ));
    }
    if let Some(max_users) = max_users {
        let members = users::list_users(db, scope).await?;
        if members.len() > max_users as usize {
            let remove = members.len() - max_users as usize;
            let names: Vec<String> = members.iter().map(person).collect();
            problems.push(FieldProblem::new(
                "plan",
                Message::new("msg-plan-changes-too-many-users")
                    .text("plan", plan.localized_label())
                    .typed("max", max_users)
                    .text("tenant", scope.tenant_name())
                    .typed("count", members.len())
                    .typed("remove", remove)
                    .text("list", named_list(&names))
                    .in_page_language(),
            ));
        }
    }
    Ok(problems)
}

pub(super) fn person(user: &UserRecord) -> String {
    let name = super::users::sign_in_name(user);
    if name.is_empty() || name == user.display_name {
        user.display_name.clone()
    } else {
        format!("{} ({name})", user.display_name)
    }
}

/// The plan page: the plan, what it allows, what is used, and the record.
pub struct PlanOverview {
    pub plan: Plan,
    pub open_surveys: usize,
    pub users: usize,
    pub upgrades: Vec<(Plan, PlanPath)>,
    pub history: Vec<PlanChange>,
    /// Who keeps an account and who is removed on a move to the tenant's
    /// own provider, when that is one of the upgrades.
    pub provider_switch: Option<ProviderSwitchUsers>,
    /// The address the provider sends users back to.
    pub redirect_uri: String,
    /// The email the owner of a social-identity plan would sign in with
    /// after moving to passwords: the subscriber's contact address.
    pub suggested_email: String,
}

pub async fn overview(
    db: &Database,
    federation: &Federation,
    access: &TenantAccess,
    now: UnixMillis,
) -> Result<PlanOverview, AppError> {
    let scope = &access.scope;
    let plan = scope.plan();
    let tenant = crate::storage::tenants::find_tenant_by_id(db, scope.tenant_id())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(PlanOverview {
        plan,
        open_surveys: plan_changes::open_surveys(db, scope, now).await?.len(),
        users: users::list_users(db, scope).await?.len(),
        upgrades: plan
            .upgrades()
            .into_iter()
            .map(|to| (to, plan.path_to(to)))
            .collect(),
        history: plan_changes::tenant_plan_changes(db, scope).await?,
        provider_switch: if plan
            .upgrades()
            .iter()
            .any(|to| plan.path_to(*to) == PlanPath::OwnProvider)
        {
            Some(provider_switch_users(db, scope).await?)
        } else {
            None
        },
        redirect_uri: federation.tenant_redirect_uri(scope.alias()),
        suggested_email: access
            .user
            .email
            .as_ref()
            .map_or(tenant.contact_email.as_str(), Email::as_str)
            .to_owned(),
    })
}

/// What an upgrade did, for the page to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Upgraded {
    Now(Plan),
    /// The plan changed, and a link to choose a password went to `email`.
    PasswordLinkSent {
        plan: Plan,
        email: String,
    },
    /// The plan changed; everyone signs in through the provider now, and
    /// `administrator` is always an Administrator.
    OwnProvider {
        plan: Plan,
        administrator: String,
    },
}

/// An Administrator moves their own subscriber to a higher plan. Moving
/// from one social identity to passwords keeps the owner (the only user
/// then), who gives the `email` to sign in with; a plan that signs in
/// through the subscriber's own provider is set up with Tailspin.
#[allow(clippy::too_many_arguments)]
pub async fn upgrade(
    db: &Database,
    mailer: &Mailer,
    federation: &Federation,
    access: &TenantAccess,
    to: &str,
    email: &str,
    now: UnixMillis,
) -> Result<Upgraded, AppError> {
    let scope = &access.scope;
    let from = scope.plan();
    let Some(to) = Plan::from_code(to).filter(|to| from.upgrades().contains(to)) else {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-plan-changes-choose-higher")
                .text("plan", from.localized_label())
                .in_page_language(),
        )]));
    };
    let by = ChangedBy {
        who: &super::users::sign_in_name(&access.user),
        tailspin: false,
    };
    match from.path_to(to) {
        PlanPath::Direct => {
            finish(plan_changes::change_plan(db, scope, from, to, by, None, now).await?)?;
            tracing::info!(tenant = %scope.alias(), from = from.code(), to = to.code(), "plan upgraded");
            Ok(Upgraded::Now(to))
        }
        PlanPath::OwnerChoosesPassword => {
            let upgraded = owner_to_passwords(
                db,
                mailer,
                federation,
                scope,
                &access.user,
                email,
                to,
                by,
                now,
            )
            .await?;
            tracing::info!(tenant = %scope.alias(), from = from.code(), to = to.code(), "plan upgraded; the owner chooses a password");
            Ok(upgraded)
        }
        // Not upgrades: Tailspin makes these (`sign_in_changes`).
        PlanPath::UsersChoosePasswords | PlanPath::OwnerSignsInSocially => {
            Err(AppError::Invalid(vec![FieldProblem::new(
                "form",
                Message::new("msg-plan-changes-smaller").in_page_language(),
            )]))
        }
        PlanPath::OwnProvider => Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-plan-changes-use-provider-form")
                .text("plan", to.localized_label())
                .in_page_language(),
        )])),
    }
}

/// Moves a subscriber owned by one social identity to `to`, which signs in
/// with passwords: the `owner` keeps the account and chooses a password
/// through a link sent to `email`, the address they will sign in with.
#[allow(clippy::too_many_arguments)]
pub(super) async fn owner_to_passwords(
    db: &Database,
    mailer: &Mailer,
    federation: &Federation,
    scope: &TenantScope,
    owner: &UserRecord,
    email: &str,
    to: Plan,
    by: ChangedBy<'_>,
    now: UnixMillis,
) -> Result<Upgraded, AppError> {
    let email = Email::parse(email).map_err(|e| {
        AppError::Invalid(vec![FieldProblem::new(
            "email",
            Message::new("msg-plan-changes-email")
                .text("problem", e.localized())
                .in_page_language(),
        )])
    })?;
    let members = users::list_users(db, scope).await?;
    let others: Vec<String> = members
        .iter()
        .filter(|u| u.id != owner.id)
        .map(person)
        .collect();
    if !others.is_empty() {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-plan-changes-others-social")
                .text("plan", to.localized_label())
                .text("list", named_list(&others))
                .in_page_language(),
        )]));
    }
    let provider = owner
        .federated
        .as_ref()
        .and_then(|f| f.social_provider.as_deref())
        .and_then(|id| federation.social_provider(id))
        .map_or("social", |p| p.name.as_str());
    let prepared = password_mail(db, mailer, scope, &email, to, provider).await?;
    let link = prepared.link(now);
    let along = AlongWith::OwnerToLocalAccount(OwnerToLocalAccount {
        user: owner.id,
        email: &email,
        link: &link,
        mail: &prepared.mail,
    });
    finish(plan_changes::change_plan(db, scope, scope.plan(), to, by, Some(&along), now).await?)?;
    super::jobs::jobs_requested();
    Ok(Upgraded::PasswordLinkSent {
        plan: to,
        email: email.as_str().to_owned(),
    })
}

/// A link to choose a password, not stored yet, and the message that
/// carries it.
pub(super) struct PasswordMail {
    token_hash: String,
    pub mail: crate::storage::outgoing_mail::NewMail,
}

impl PasswordMail {
    /// The link to store with the message, valid from `now`.
    pub(super) fn link(&self, now: UnixMillis) -> NewLink<'_> {
        NewLink {
            token_hash: &self.token_hash,
            purpose: LinkPurpose::Invitation,
            expires_at: UnixMillis(now.0 + PASSWORD_LINK_VALID_MS),
        }
    }
}

/// The message telling `email` that the subscriber moved to `plan`, which
/// signs in with passwords, with their link to choose one; `provider`
/// names what they signed in with until now.
pub(super) async fn password_mail(
    db: &Database,
    mailer: &Mailer,
    scope: &TenantScope,
    email: &Email,
    plan: Plan,
    provider: &str,
) -> Result<PasswordMail, AppError> {
    let (token, token_hash) = super::password_reset::new_token();
    let language = mail_language(users::mail_language(db, scope, email.as_str()).await?);
    let address = link_address(mailer, scope, &token, language);
    let texts = Texts::new(language);
    let valid_for = texts.format(
        "mail-valid-days",
        &[(
            "days",
            Arg::Number((PASSWORD_LINK_VALID_MS / 86_400_000) as f64),
        )],
    );
    let mail = mailer
        .prepare(
            db,
            scope,
            MailKind::PlanPassword,
            format!("plan-password:{}:{token_hash}", scope.tenant_id().0),
            Recipient::new(email.as_str(), language),
            &[
                ("tenant_name", Value::Text(scope.tenant_name())),
                ("plan", Value::Text(&texts.get(plan.label_key()))),
                ("email", Value::Text(email.as_str())),
                ("provider", Value::Text(provider)),
                ("link", Value::Link(&address)),
                ("valid_for", Value::Text(&valid_for)),
            ],
        )
        .await?;
    Ok(PasswordMail { token_hash, mail })
}

/// Who keeps an account when the subscriber moves to its own provider
/// (found by their verified email at their first sign-in there), and who
/// is removed (a social identity, which that provider cannot vouch for).
pub struct ProviderSwitchUsers {
    pub kept: Vec<String>,
    pub removed: Vec<String>,
}

pub(super) async fn provider_switch_users(
    db: &Database,
    scope: &TenantScope,
) -> Result<ProviderSwitchUsers, AppError> {
    let (kept, removed): (Vec<UserRecord>, Vec<UserRecord>) = users::list_users(db, scope)
        .await?
        .into_iter()
        .partition(|u| u.email.is_some());
    Ok(ProviderSwitchUsers {
        kept: kept.iter().map(person).collect(),
        removed: removed.iter().map(person).collect(),
    })
}

/// An Administrator moves their subscriber to a plan that signs in through
/// its own OpenID Connect provider. The settings are checked and the
/// provider is asked for its configuration (through the outbound guard)
/// before anything changes; the Administrator must have `confirmed` who
/// keeps an account and who is removed. Then, in one transaction: the plan,
/// its record, the provider with its sealed secret, and the users; then
/// every session of the subscriber ends.
#[allow(clippy::too_many_arguments)]
pub async fn upgrade_to_own_provider(
    db: &Database,
    federation: &Federation,
    access: &TenantAccess,
    input: &ProviderSettingsInput,
    client_secret: &str,
    confirmed: bool,
    now: UnixMillis,
) -> Result<Upgraded, AppError> {
    let scope = &access.scope;
    let to = Plan::Premium;
    if !scope.plan().upgrades().contains(&to) {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-plan-changes-already")
                .text("plan", to.localized_label())
                .in_page_language(),
        )]));
    }
    let by = ChangedBy {
        who: &super::users::sign_in_name(&access.user),
        tailspin: false,
    };
    to_own_provider(
        db,
        federation,
        scope,
        by,
        input,
        client_secret,
        confirmed,
        now,
    )
    .await
}

/// Moves the subscriber to Premium, which signs in through its own
/// provider (see [`upgrade_to_own_provider`]); every session then ends.
#[allow(clippy::too_many_arguments)]
pub(super) async fn to_own_provider(
    db: &Database,
    federation: &Federation,
    scope: &TenantScope,
    by: ChangedBy<'_>,
    input: &ProviderSettingsInput,
    client_secret: &str,
    confirmed: bool,
    now: UnixMillis,
) -> Result<Upgraded, AppError> {
    let from = scope.plan();
    let to = Plan::Premium;
    let settings = super::sign_in_settings::check_new_provider(input, client_secret)?;
    if !confirmed {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "confirmed",
            Message::new("msg-plan-changes-confirm").in_page_language(),
        )]));
    }
    // The provider must answer before anyone depends on it to sign in.
    super::signup::test_identity_provider(federation, settings.issuer.clone()).await?;
    let sealed = federation.key.seal(scope.tenant_id(), client_secret)?;
    let along = AlongWith::OwnProvider {
        settings: &settings,
        sealed_secret: &sealed,
    };
    finish(plan_changes::change_plan(db, scope, from, to, by, Some(&along), now).await?)?;
    // Passwords stopped working: everyone signs in again through the
    // provider, which decides their role from now on.
    let ended = crate::storage::sessions::delete_tenant_sessions(db, scope).await?;
    tracing::info!(tenant = %scope.alias(), from = from.code(), ended, "plan changed to the tenant's own provider; sessions ended");
    Ok(Upgraded::OwnProvider {
        plan: to,
        administrator: settings.administrator.clone(),
    })
}

pub(super) fn finish(outcome: UpgradeOutcome) -> Result<(), AppError> {
    match outcome {
        UpgradeOutcome::Upgraded => Ok(()),
        UpgradeOutcome::Stale => Err(AppError::BadRequest(
            Message::new("msg-plan-changes-stale").in_page_language(),
        )),
        UpgradeOutcome::EmailTaken => Err(AppError::Invalid(vec![FieldProblem::new(
            "email",
            Message::new("msg-plan-changes-email-taken").in_page_language(),
        )])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_name_ten_then_count_the_rest() {
        let items: Vec<String> = (1..=12).map(|n| n.to_string()).collect();
        assert_eq!(
            named_list(&items),
            "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more"
        );
        assert_eq!(named_list(&items[..2]), "1, 2");
    }
}
