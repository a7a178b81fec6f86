//! Creating a subscriber together with the way its users sign in, in one
//! transaction. Used by sign-up, Tailspin administration, the
//! `server tenant create` command and restoring a backup.

use crate::domain::{
    Email, Plan, ProviderSettings, SignInKind, TenantAlias, TenantStatus, UnixMillis,
    check_client_secret, check_new_password,
};
use crate::error::AppError;
use crate::i18n::Message;
use crate::passwords::hash_password;
use crate::secrets::ServerKey;
use crate::services::mail::Mailer;
use crate::services::subscription_notices::status_notice;
use crate::storage::Database;
use crate::storage::onboarding::{FirstSignIn, Notice, RegisterError, register_tenant};
use crate::storage::tenants::{NewTenant, TenantRecord};
use crate::storage::users::FederatedIdentity;

/// The regions a subscriber may choose (configured; `TAILSPIN_REGIONS`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regions(pub Vec<String>);

impl Regions {
    /// The configured regions, the first being the default; `europe` when
    /// none are configured.
    pub fn or_default(regions: Option<Regions>) -> Vec<String> {
        regions
            .map(|r| r.0)
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| vec!["europe".to_owned()])
    }
}

/// How the new subscriber's users will sign in; must fit the plan.
#[derive(Clone, Debug)]
pub enum SignInSetup {
    /// Standard: the first Administrator's account.
    LocalAdministrator {
        email: Email,
        display_name: String,
        password: String,
    },
    /// Premium: the subscriber's own provider.
    OwnProvider {
        settings: ProviderSettings,
        client_secret: String,
    },
    /// Trial and Individual: the one social identity that owns the tenant.
    SocialOwner {
        provider_id: String,
        issuer: String,
        subject: String,
        display_name: String,
    },
}

impl SignInSetup {
    fn kind(&self) -> SignInKind {
        match self {
            SignInSetup::LocalAdministrator { .. } => SignInKind::LocalAccounts,
            SignInSetup::OwnProvider { .. } => SignInKind::OwnIdentityProvider,
            SignInSetup::SocialOwner { .. } => SignInKind::SocialIdentity,
        }
    }
}

#[derive(Clone, Debug)]
pub struct NewTenantSetup {
    pub alias: TenantAlias,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    pub sign_in: SignInSetup,
    /// Ask for the SQL export database at once.
    pub export_database: bool,
    /// Where notices about the subscription go.
    pub contact_email: Option<Email>,
}

/// Creates the tenant and its sign-in configuration. Everything is checked
/// before anything is written. With `notices`, the notice its status calls
/// for (sign-up received, or active) is queued in the same transaction.
pub async fn create_tenant(
    db: &Database,
    key: &ServerKey,
    notices: Option<&Mailer>,
    setup: NewTenantSetup,
    now: UnixMillis,
) -> Result<TenantRecord, AppError> {
    let name = setup.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::BadRequest(
            Message::new("msg-onboarding-name").in_page_language(),
        ));
    }
    if setup.sign_in.kind() != setup.plan.sign_in() {
        let key = match setup.plan.sign_in() {
            SignInKind::LocalAccounts => "msg-onboarding-plan-local-accounts",
            SignInKind::OwnIdentityProvider => "msg-onboarding-plan-own-provider",
            SignInKind::SocialIdentity => "msg-onboarding-plan-social-identity",
        };
        return Err(AppError::BadRequest(
            Message::new(key)
                .text("plan", setup.plan.localized_label())
                .in_page_language(),
        ));
    }
    match &setup.sign_in {
        SignInSetup::LocalAdministrator { password, .. } => {
            check_new_password(password).map_err(AppError::BadRequest)?;
        }
        SignInSetup::OwnProvider { client_secret, .. } => {
            check_client_secret(client_secret).map_err(AppError::BadRequest)?;
        }
        SignInSetup::SocialOwner { subject, .. } if subject.trim().is_empty() => {
            return Err(AppError::BadRequest(
                Message::new("msg-onboarding-owner-missing").in_page_language(),
            ));
        }
        SignInSetup::SocialOwner { .. } => {}
    }
    let first = match setup.sign_in {
        SignInSetup::LocalAdministrator {
            email,
            display_name,
            password,
        } => FirstSignIn::LocalAdministrator {
            email,
            display_name,
            password_hash: hash_password(password).await?,
        },
        SignInSetup::OwnProvider {
            settings,
            client_secret,
        } => {
            let key = key.clone();
            FirstSignIn::OwnProvider {
                settings,
                seal: Box::new(move |tenant| {
                    key.seal(tenant, &client_secret).map_err(|e| e.to_string())
                }),
            }
        }
        SignInSetup::SocialOwner {
            provider_id,
            issuer,
            subject,
            display_name,
        } => FirstSignIn::SocialOwner {
            identity: FederatedIdentity {
                issuer,
                subject,
                social_provider: Some(provider_id),
            },
            display_name,
        },
    };
    let tenant = NewTenant {
        alias: setup.alias.clone(),
        name,
        plan: setup.plan,
        status: setup.status,
        region: setup.region,
        contact_email: setup
            .contact_email
            .map(|email| email.as_str().to_owned())
            .unwrap_or_default(),
        default_language: signup_language(),
    };
    let notice: Option<Notice> = notices.cloned().map(|mailer| -> Notice {
        Box::new(move |tenant: &TenantRecord| {
            status_notice(&mailer, tenant).map_err(|e| e.to_string())
        })
    });
    match register_tenant(db, &tenant, first, setup.export_database, notice, now).await {
        Ok(record) => {
            if setup.export_database {
                crate::services::jobs::jobs_requested();
            }
            Ok(record)
        }
        Err(RegisterError::AliasTaken) => Err(AppError::BadRequest(
            Message::new("msg-onboarding-alias-taken")
                .text("alias", tenant.alias.as_str())
                .in_page_language(),
        )),
        Err(RegisterError::Seal(error)) => Err(AppError::internal("onboarding: seal", error)),
        Err(RegisterError::Database(error)) => Err(error.into()),
    }
}

/// The language the sign-up was made in becomes the tenant's, for its
/// pages and mail (`None` for English, what a tenant without one reads
/// anyway).
fn signup_language() -> Option<crate::i18n::Language> {
    let language = crate::i18n::texts().language();
    (language != crate::i18n::Language::English && language.covers_every_page()).then_some(language)
}
