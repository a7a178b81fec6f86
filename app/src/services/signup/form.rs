//! The sign-up form's rules, shared by self-service sign-up and a Tailspin
//! administrator's "add a subscriber": checking every field, whether an
//! alias can be had, testing a Premium subscriber's provider, and what
//! happens once the form is accepted.

use super::onboarding::{NewTenantSetup, SignInSetup, create_tenant};
use super::social::{PendingSignup, begin_social_signup};
use crate::auth::oidc::{self, FederationError};
use crate::auth::{Federation, system_scope};
use crate::domain::AliasCheck;
use crate::domain::{
    Email, Plan, ProviderSettings, ProviderSettingsInput, SignInKind, TenantAlias, TenantForm,
    TenantStatus, UnixMillis, check_client_secret, check_new_password,
};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::services::mail::Mailer;
use crate::services::tenant_pages::is_awaiting_activation;
use crate::storage::Database;
use crate::storage::jobs::{JobKind, recent_jobs};
use crate::storage::platform_admins::PlatformAdminRecord;
use crate::storage::tenants::{TenantRecord, find_tenant_by_alias, mark_awaiting_first_activation};

/// The checked form: the subscriber, or every problem by field.
/// `owner_known`: a Tailspin administrator types the social owner's
/// subject; sign-up learns it by signing in.
pub async fn check_form(
    db: &Database,
    federation: &Federation,
    regions: &[String],
    form: TenantForm,
    owner_known: bool,
) -> Result<NewTenantSetup, AppError> {
    let mut problems = Vec::new();
    let name = form.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(FieldProblem::new(
            "name",
            Message::new("msg-signup-name").in_page_language(),
        ));
    }
    let alias = match TenantAlias::parse(form.alias.trim()) {
        Ok(alias) => {
            if find_tenant_by_alias(db, &alias).await?.is_some() {
                problems.push(FieldProblem::new(
                    "alias",
                    Message::new("msg-signup-alias-taken-choose")
                        .text("alias", alias.as_str())
                        .in_page_language(),
                ));
            }
            Some(alias)
        }
        Err(error) => {
            problems.push(FieldProblem::new(
                "alias",
                Message::new("msg-signup-alias-choose-another")
                    .text("problem", error.localized())
                    .in_page_language(),
            ));
            None
        }
    };
    let plan = Plan::from_code(&form.plan).filter(|p| available_plans(federation).contains(p));
    if plan.is_none() {
        problems.push(FieldProblem::new(
            "plan",
            Message::new(if form.plan.is_empty() {
                "msg-signup-choose-plan"
            } else {
                "msg-signup-choose-listed-plan"
            })
            .in_page_language(),
        ));
    }
    if !regions.contains(&form.region) {
        problems.push(FieldProblem::new(
            "region",
            Message::new("msg-signup-choose-region").in_page_language(),
        ));
    }
    let contact_email = check_contact(&form, plan, owner_known, &mut problems);
    let sign_in = match plan.map(Plan::sign_in) {
        None => None,
        Some(SignInKind::LocalAccounts) => check_local_administrator(&form, &mut problems),
        Some(SignInKind::OwnIdentityProvider) => check_own_provider(&form, &mut problems),
        Some(SignInKind::SocialIdentity) => {
            check_social_owner(federation, &form, owner_known, &mut problems)
        }
    };
    match (alias, plan, sign_in, problems.is_empty()) {
        (Some(alias), Some(plan), Some(sign_in), true) => Ok(NewTenantSetup {
            alias,
            name,
            plan,
            status: if plan == Plan::Trial {
                TenantStatus::Active
            } else {
                TenantStatus::PendingActivation
            },
            region: form.region,
            contact_email: contact_email.or_else(|| match &sign_in {
                SignInSetup::LocalAdministrator { email, .. } => Some(email.clone()),
                _ => None,
            }),
            sign_in,
            export_database: form.export_database.is_some(),
        }),
        _ => Err(AppError::Invalid(problems)),
    }
}

/// The plans a subscriber can be signed up for here: Trial and Individual
/// are owned by a social identity, so they need a social provider.
pub fn available_plans(federation: &Federation) -> Vec<Plan> {
    Plan::ALL
        .into_iter()
        .filter(|plan| {
            plan.sign_in() != SignInKind::SocialIdentity || !federation.social_providers.is_empty()
        })
        .collect()
}

/// Where notices go. Standard has the first Administrator's email; the
/// other plans ask for an address at sign-up (a Tailspin administrator may
/// leave it empty).
fn check_contact(
    form: &TenantForm,
    plan: Option<Plan>,
    owner_known: bool,
    problems: &mut Vec<FieldProblem>,
) -> Option<Email> {
    if plan.is_none_or(|plan| plan.sign_in() == SignInKind::LocalAccounts) {
        return None;
    }
    let typed = form.contact_email.trim();
    if typed.is_empty() && owner_known {
        return None;
    }
    Email::parse(typed)
        .map_err(|e| {
            problems.push(FieldProblem::new(
                "contact_email",
                if typed.is_empty() {
                    Message::new("msg-signup-contact-email").in_page_language()
                } else {
                    Message::new("msg-signup-valid-email")
                        .text("problem", e.localized())
                        .in_page_language()
                },
            ))
        })
        .ok()
}

/// Standard: the first Administrator's account.
fn check_local_administrator(
    form: &TenantForm,
    problems: &mut Vec<FieldProblem>,
) -> Option<SignInSetup> {
    let email = Email::parse(&form.admin_email)
        .map_err(|e| {
            problems.push(FieldProblem::new(
                "admin_email",
                Message::new("msg-signup-valid-email")
                    .text("problem", e.localized())
                    .in_page_language(),
            ))
        })
        .ok();
    if let Err(e) = check_new_password(&form.password) {
        problems.push(FieldProblem::new("password", e));
    }
    let admin_name = form.admin_name.trim().to_owned();
    if admin_name.is_empty() || admin_name.chars().count() > 100 {
        problems.push(FieldProblem::new(
            "admin_name",
            Message::new("msg-signup-admin-name").in_page_language(),
        ));
    }
    email.map(|email| SignInSetup::LocalAdministrator {
        email,
        display_name: admin_name,
        password: form.password.clone(),
    })
}

/// Premium: the subscriber's own provider and its client secret.
fn check_own_provider(form: &TenantForm, problems: &mut Vec<FieldProblem>) -> Option<SignInSetup> {
    let input = ProviderSettingsInput {
        issuer: form.issuer.clone(),
        client_id: form.client_id.clone(),
        identifying_claim: form.identifying_claim.clone(),
        administrator: form.administrator.clone(),
        claim_rules: form.claim_rules.clone(),
    };
    let secret = check_client_secret(&form.client_secret).err();
    match (ProviderSettings::parse(&input), secret) {
        (Ok(settings), None) => Some(SignInSetup::OwnProvider {
            settings,
            client_secret: form.client_secret.clone(),
        }),
        (Ok(_), Some(problem)) => {
            problems.push(FieldProblem::new("client_secret", problem));
            None
        }
        (Err(mut errors), problem) => {
            errors.client_secret = problem;
            problems.extend(errors.into_problems());
            None
        }
    }
}

/// Trial and Individual: the social identity that will own the tenant.
fn check_social_owner(
    federation: &Federation,
    form: &TenantForm,
    owner_known: bool,
    problems: &mut Vec<FieldProblem>,
) -> Option<SignInSetup> {
    let Some(provider) = federation.social_provider(&form.social_provider) else {
        problems.push(FieldProblem::new(
            "social_provider",
            Message::new("msg-signup-social-provider").in_page_language(),
        ));
        return None;
    };
    let subject = form.owner_subject.trim().to_owned();
    if owner_known && subject.is_empty() {
        problems.push(FieldProblem::new(
            "owner_subject",
            Message::new("msg-signup-owner-subject").in_page_language(),
        ));
    }
    Some(SignInSetup::SocialOwner {
        provider_id: provider.id.clone(),
        issuer: provider.issuer.clone(),
        display_name: subject.clone(),
        subject,
    })
}

/// An alias is available when it is well-formed, not reserved and not
/// taken.
pub async fn alias_availability(db: &Database, alias: &str) -> Result<AliasCheck, AppError> {
    let alias = alias.trim().to_owned();
    let (available, message) = match TenantAlias::parse(&alias) {
        Err(error) => (
            false,
            Message::new("msg-signup-alias-not-possible")
                .text("problem", error.localized())
                .in_page_language(),
        ),
        Ok(parsed) => match find_tenant_by_alias(db, &parsed).await? {
            Some(_) => (
                false,
                Message::new("msg-signup-alias-taken")
                    .text("alias", alias.as_str())
                    .in_page_language(),
            ),
            None => (
                true,
                Message::new("msg-signup-alias-available")
                    .text("alias", alias.as_str())
                    .in_page_language(),
            ),
        },
    };
    Ok(AliasCheck {
        alias,
        available,
        message,
    })
}

fn issuer_problem(message: String) -> AppError {
    AppError::Invalid(vec![FieldProblem::new("issuer", message)])
}

/// "Test connection": runs discovery at a Premium subscriber's issuer and
/// says what the provider publishes, or why it could not be used.
pub async fn test_identity_provider(
    federation: &Federation,
    issuer: String,
) -> Result<String, AppError> {
    // Only the issuer's own check applies here.
    let input = ProviderSettingsInput {
        issuer,
        client_id: "x".into(),
        identifying_claim: String::new(),
        administrator: "x".into(),
        claim_rules: String::new(),
    };
    let issuer = match ProviderSettings::parse(&input) {
        Ok(settings) => settings.issuer,
        Err(errors) => {
            return Err(issuer_problem(errors.issuer.unwrap_or_else(|| {
                Message::new("msg-signup-issuer").in_page_language()
            })));
        }
    };
    match oidc::discover(&federation.providers, &issuer).await {
        Ok(report) => {
            let scopes = report.scopes.join(" ");
            let message = match (report.token_endpoint, report.scopes.is_empty()) {
                (None, true) => Message::new("msg-signup-connected"),
                (Some(tokens), true) => {
                    Message::new("msg-signup-connected-tokens").text("tokens", tokens)
                }
                (None, false) => Message::new("msg-signup-connected-scopes").text("scopes", scopes),
                (Some(tokens), false) => Message::new("msg-signup-connected-tokens-scopes")
                    .text("tokens", tokens)
                    .text("scopes", scopes),
            };
            Ok(message
                .text("issuer", report.issuer)
                .text("authorization", report.authorization_endpoint)
                .in_page_language())
        }
        Err(error) => {
            tracing::info!(%issuer, ?error, "sign-up: provider test failed");
            Err(issuer_problem(match error {
                FederationError::Refused(reason) => reason,
                _ => Message::new("msg-signup-provider-unreachable")
                    .text("issuer", issuer.as_str())
                    .in_page_language(),
            }))
        }
    }
}

/// What follows an accepted sign-up form.
pub enum SignUpNext {
    /// Trial and Individual: the person signs in at the social provider
    /// (`url`) while the session keeps `pending`.
    AtProvider { url: String, pending: PendingSignup },
    /// Standard and Premium: created at once, pending activation.
    Created(TenantRecord),
}

/// Self-service sign-up: checks the form, then either starts signing in at
/// the social provider or creates the subscriber, pending activation.
pub async fn sign_up(
    db: &Database,
    federation: &Federation,
    mailer: &Mailer,
    regions: &[String],
    form: TenantForm,
) -> Result<SignUpNext, AppError> {
    let tenant = check_form(db, federation, regions, form, false).await?;
    let now = UnixMillis::now();
    if let SignInSetup::SocialOwner { provider_id, .. } = &tenant.sign_in {
        let provider = federation
            .social_provider(provider_id)
            .ok_or_else(|| AppError::internal("sign-up", "checked provider vanished"))?;
        let (url, pending) = begin_social_signup(federation, provider, &tenant, now)
            .await
            .map_err(|error| {
                tracing::warn!(?error, "sign-up: social provider unreachable");
                AppError::Unavailable
            })?;
        return Ok(SignUpNext::AtProvider { url, pending });
    }
    let tenant = create_tenant(db, &federation.key, Some(mailer), tenant, now).await?;
    mark_awaiting_first_activation(db, tenant.id).await?;
    Ok(SignUpNext::Created(tenant))
}

/// What the welcome page shows of a subscriber just signed up.
pub struct SignedUp {
    pub tenant: TenantRecord,
    /// Premium: what to register at its provider.
    pub redirect_uri: Option<String>,
    pub export_database: bool,
}

/// What the welcome page of a subscriber shows.
pub enum WelcomeFor {
    /// The session that signed it up: its next steps.
    ThisSession(Box<SignedUp>),
    /// Anyone else, while it awaits activation: only that it does.
    AwaitingActivation,
}

/// The welcome page of `alias`, in full only for the session that signed it
/// up (`signed_up`); anyone else is told that it awaits activation, or finds
/// nothing there.
pub async fn welcome(
    db: &Database,
    federation: &Federation,
    alias: &str,
    signed_up: Option<&str>,
) -> Result<WelcomeFor, AppError> {
    let alias = TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    if signed_up != Some(alias.as_str()) {
        return match is_awaiting_activation(db, alias.as_str()).await? {
            true => Ok(WelcomeFor::AwaitingActivation),
            false => Err(AppError::NotFound),
        };
    }
    let tenant = find_tenant_by_alias(db, &alias)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::Onboarding));
    let export_jobs = recent_jobs(db, &scope, JobKind::SqlExport, 1).await?;
    Ok(WelcomeFor::ThisSession(Box::new(SignedUp {
        redirect_uri: (tenant.plan.sign_in() == SignInKind::OwnIdentityProvider)
            .then(|| federation.tenant_redirect_uri(&alias)),
        export_database: !export_jobs.is_empty(),
        tenant,
    })))
}

/// A Tailspin administrator adds a subscriber: active at once when
/// `activate`, otherwise as sign-up would (Trial active, others pending).
pub async fn add_tenant(
    db: &Database,
    federation: &Federation,
    mailer: &Mailer,
    _admin: &PlatformAdminRecord,
    regions: &[String],
    form: TenantForm,
    activate: bool,
) -> Result<TenantRecord, AppError> {
    let mut tenant = check_form(db, federation, regions, form, true).await?;
    if activate {
        tenant.status = TenantStatus::Active;
    }
    create_tenant(db, &federation.key, Some(mailer), tenant, UnixMillis::now()).await
}
