//! Server functions of the users page (`/t/{tenant}/users`; rules:
//! `services::users`): a tenant Administrator adds accounts kept by Tailspin
//! Surveys up to the plan's limit, resets their passwords, changes roles and
//! removes users. Users of tenants that sign in through a provider are
//! listed; their roles come from the provider's claims.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{Role, SignInKind};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDirectory {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub plan_label: String,
    pub sign_in: SignInKind,
    /// `None`: unlimited.
    pub max_users: Option<u32>,
    pub users: Vec<UserRow>,
    /// The signed-in Administrator (who cannot remove themselves).
    pub me: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: i64,
    pub name: String,
    /// Email for accounts kept here; the identifying claim for federated ones.
    pub sign_in_name: String,
    pub role: Role,
    pub last_sign_in: Option<String>,
    /// An account kept by Tailspin Surveys (its password can be reset).
    pub local: bool,
    /// Invited, and no password chosen yet.
    pub invited: bool,
}

#[cfg(feature = "ssr")]
use crate::{domain::UserId, services::users};

/// The id of the session this request is made with: an Administrator who
/// changes their own account keeps it.
#[cfg(feature = "ssr")]
async fn this_session() -> Option<String> {
    let session = super::session().await.ok()?;
    session.id().map(|id| id.to_string())
}

#[server(prefix = "/api", endpoint = "load_users")]
pub async fn load_users(tenant: String) -> Result<UserDirectory, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let rows = users::list(&db, &access.scope)
        .await?
        .into_iter()
        .map(|user| UserRow {
            id: user.id.0,
            sign_in_name: users::sign_in_name(&user),
            local: user.password_hash.is_some(),
            invited: user.email.is_some() && user.password_hash.is_none(),
            name: user.display_name,
            role: user.role,
            last_sign_in: user.last_sign_in_at.map(|t| t.date_string()),
        })
        .collect();
    Ok(UserDirectory {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan_label: access.scope.plan().localized_label(),
        sign_in: access.scope.plan().sign_in(),
        max_users: access.scope.max_users(),
        users: rows,
        me: access.user.id.0,
    })
}

/// Adds an account kept by Tailspin Surveys.
#[server(prefix = "/api", endpoint = "add_user")]
pub async fn add_user(
    tenant: String,
    name: String,
    email: String,
    role: String,
    password: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let input = users::NewUser {
        name,
        email,
        role,
        password,
    };
    users::add(&db, &access.scope, input).await
}

#[server(prefix = "/api", endpoint = "reset_user_password")]
pub async fn reset_user_password(
    tenant: String,
    user: i64,
    password: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let session = this_session().await;
    users::reset_password(&db, &access, session, UserId(user), password).await
}

#[server(prefix = "/api", endpoint = "change_user_role")]
pub async fn change_user_role(tenant: String, user: i64, role: String) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let session = this_session().await;
    users::change_role(&db, &access, session, UserId(user), &role).await
}

#[server(prefix = "/api", endpoint = "remove_user")]
pub async fn remove_user(tenant: String, user: i64) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let session = this_session().await;
    users::remove(&db, &access, session, UserId(user)).await
}

/// Invites a person by email to choose their own password.
#[server(prefix = "/api", endpoint = "invite_user")]
pub async fn invite_user(
    tenant: String,
    name: String,
    email: String,
    role: String,
) -> Result<(), AppError> {
    use crate::services::invitations;
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let input = invitations::Invitation { name, email, role };
    invitations::invite(
        &db,
        &mailer,
        &access,
        input,
        crate::domain::UnixMillis::now(),
    )
    .await
}

/// Sends an invited user a new link.
#[server(prefix = "/api", endpoint = "resend_invitation")]
pub async fn resend_invitation(tenant: String, user: i64) -> Result<(), AppError> {
    use crate::services::invitations;
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let now = crate::domain::UnixMillis::now();
    invitations::resend(&db, &mailer, &access, UserId(user), now).await
}
