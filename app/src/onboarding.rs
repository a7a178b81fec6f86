//! Creating a subscriber together with the way its users sign in. Used by
//! the `server tenant create` command now and by sign-up and Tailspin
//! administration later.

use crate::auth::{SystemTask, system_scope};
use crate::domain::{
    Email, Plan, ProviderSettings, Role, SignInKind, TenantAlias, TenantStatus, UnixMillis,
    check_client_secret, check_new_password,
};
use crate::error::AppError;
use crate::passwords::hash_password;
use crate::secrets::ServerKey;
use crate::storage::tenants::{NewTenant, TenantRecord, create_tenant};
use crate::storage::users::{
    CreateUserOutcome, FederatedIdentity, NewFederatedUser, NewLocalUser, create_federated_user,
    create_local_user,
};
use crate::storage::{Database, identity_providers, is_unique_violation};

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
pub struct NewSubscriber {
    pub alias: TenantAlias,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    pub sign_in: SignInSetup,
}

/// Creates the tenant and its sign-in configuration. Everything is checked
/// before anything is written.
pub async fn create_subscriber(
    db: &Database,
    key: &ServerKey,
    subscriber: NewSubscriber,
    now: UnixMillis,
) -> Result<TenantRecord, AppError> {
    let name = subscriber.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::BadRequest(
            "The subscriber name must be 1 to 100 characters.".into(),
        ));
    }
    if subscriber.sign_in.kind() != subscriber.plan.sign_in() {
        return Err(AppError::BadRequest(format!(
            "The {} plan signs in with {}.",
            subscriber.plan.label(),
            match subscriber.plan.sign_in() {
                SignInKind::LocalAccounts => "accounts kept by Tailspin Surveys",
                SignInKind::OwnIdentityProvider => "the subscriber's own identity provider",
                SignInKind::SocialIdentity => "one social identity",
            }
        )));
    }
    match &subscriber.sign_in {
        SignInSetup::LocalAdministrator { password, .. } => {
            check_new_password(password).map_err(AppError::BadRequest)?;
        }
        SignInSetup::OwnProvider { client_secret, .. } => {
            check_client_secret(client_secret).map_err(AppError::BadRequest)?;
        }
        SignInSetup::SocialOwner { subject, .. } if subject.trim().is_empty() => {
            return Err(AppError::BadRequest(
                "The owner's identity (subject) is missing.".into(),
            ));
        }
        SignInSetup::SocialOwner { .. } => {}
    }
    let tenant = create_tenant(
        db,
        &NewTenant {
            alias: subscriber.alias.clone(),
            name,
            plan: subscriber.plan,
            status: subscriber.status,
            region: subscriber.region,
        },
        now,
    )
    .await
    .map_err(|e| {
        if is_unique_violation(&e) {
            AppError::BadRequest(format!("The alias {} is taken.", subscriber.alias))
        } else {
            e.into()
        }
    })?;
    let scope = system_scope(&tenant, SystemTask::Onboarding);
    match subscriber.sign_in {
        SignInSetup::LocalAdministrator {
            email,
            display_name,
            password,
        } => {
            let password_hash = hash_password(password).await?;
            let user = NewLocalUser {
                email,
                display_name,
                role: Role::Administrator,
                password_hash,
            };
            expect_created(
                create_local_user(db, &scope, &user, tenant.plan.max_users(), now).await?,
            )?;
        }
        SignInSetup::OwnProvider {
            settings,
            client_secret,
        } => {
            let sealed = key.seal(tenant.id, &client_secret)?;
            identity_providers::save_identity_provider(db, &scope, &settings, Some(&sealed), now)
                .await?;
        }
        SignInSetup::SocialOwner {
            provider_id,
            issuer,
            subject,
            display_name,
        } => {
            let user = NewFederatedUser {
                identity: FederatedIdentity {
                    issuer,
                    subject,
                    social_provider: Some(provider_id),
                },
                display_name,
                role: Role::Administrator,
            };
            expect_created(
                create_federated_user(db, &scope, &user, tenant.plan.max_users(), now).await?,
            )?;
        }
    }
    Ok(tenant)
}

fn expect_created(outcome: CreateUserOutcome) -> Result<(), AppError> {
    match outcome {
        CreateUserOutcome::Created(_) => Ok(()),
        other => Err(AppError::internal(
            "first user of a new tenant",
            format!("{other:?}"),
        )),
    }
}
