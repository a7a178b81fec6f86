//! Server functions of `/admin/subscribers/{alias}/sign-in`, where a
//! Tailspin administrator moves a subscriber to a plan that signs in
//! differently (rules: `services::sign_in_changes`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::sign_in_settings::SignInSettingsForm;
use crate::domain::{Plan, PlanPath, TenantStatus};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInMovesPage {
    pub alias: String,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub moves: Vec<SignInMoveOption>,
    pub redirect_uri: String,
    /// (id, name) of each social provider.
    pub social_providers: Vec<(String, String)>,
    pub suggested_email: String,
}

/// One plan the subscriber can move to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInMoveOption {
    pub to: Plan,
    pub path: PlanPath,
    /// What must change first; empty when the move can be made now.
    pub first: Vec<String>,
    pub kept: Vec<String>,
    pub removed: Vec<String>,
}

#[server(prefix = "/api", endpoint = "load_subscriber_sign_in_moves")]
pub async fn load_sign_in_moves(alias: String) -> Result<SignInMovesPage, AppError> {
    let (db, _admin) = super::platform_request().await?;
    let federation = super::federation()?;
    let now = crate::domain::UnixMillis::now();
    let found = crate::services::sign_in_changes::moves(&db, &federation, &alias, now).await?;
    Ok(SignInMovesPage {
        alias: found.tenant.alias.to_string(),
        name: found.tenant.name.clone(),
        plan: found.tenant.plan,
        status: found.tenant.status,
        moves: found
            .moves
            .into_iter()
            .map(|m| SignInMoveOption {
                to: m.to,
                path: m.path,
                first: m.first,
                kept: m.kept,
                removed: m.removed,
            })
            .collect(),
        redirect_uri: found.redirect_uri,
        social_providers: found.social_providers,
        suggested_email: found.suggested_email,
    })
}

/// What a move did, for the page to say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInMoveDone {
    pub plan: Plan,
    /// Who was sent what to do next.
    pub mailed: Vec<String>,
    /// Who is always an Administrator, after a move to the subscriber's
    /// own provider.
    pub administrator: Option<String>,
}

#[cfg(feature = "ssr")]
async fn change(
    alias: &str,
    plan: &str,
    change: crate::services::sign_in_changes::SignInChange<'_>,
) -> Result<SignInMoveDone, AppError> {
    let (db, admin) = super::platform_request().await?;
    let federation = super::federation()?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let now = crate::domain::UnixMillis::now();
    let moved = crate::services::sign_in_changes::change_sign_in(
        &db,
        &mailer,
        &federation,
        &admin,
        alias,
        plan,
        change,
        now,
    )
    .await?;
    super::after_plain_form(&format!(
        "/admin/subscribers/{alias}/sign-in?moved={}",
        moved.plan.code()
    ));
    Ok(SignInMoveDone {
        plan: moved.plan,
        mailed: moved.mailed,
        administrator: moved.administrator,
    })
}

/// To passwords: from one social identity (`email`: the owner's), or from
/// the subscriber's own provider (`confirmed`: who is removed was read).
#[server(prefix = "/api", endpoint = "move_subscriber_to_passwords")]
pub async fn move_to_passwords(
    alias: String,
    plan: String,
    #[server(default)] email: String,
    #[server(default)] confirmed: Option<String>,
) -> Result<SignInMoveDone, AppError> {
    use crate::services::sign_in_changes::SignInChange;
    let confirmed = confirmed.is_some();
    change(
        &alias,
        &plan,
        SignInChange::Passwords {
            email: &email,
            confirmed,
        },
    )
    .await
}

/// To the subscriber's own provider, tested first.
#[server(prefix = "/api", endpoint = "move_subscriber_to_own_provider")]
pub async fn move_to_own_provider(
    alias: String,
    plan: String,
    settings: SignInSettingsForm,
    #[server(default)] confirmed: Option<String>,
) -> Result<SignInMoveDone, AppError> {
    use crate::services::sign_in_changes::SignInChange;
    let (input, client_secret) = settings.into_parts();
    let change_to = SignInChange::OwnProvider {
        input: &input,
        client_secret: &client_secret,
        confirmed: confirmed.is_some(),
    };
    change(&alias, &plan, change_to).await
}

/// To one social identity: the owner's, found by `email` at their first
/// sign-in with `social_provider`.
#[server(prefix = "/api", endpoint = "move_subscriber_to_social_identity")]
pub async fn move_to_social_identity(
    alias: String,
    plan: String,
    #[server(default)] social_provider: String,
    #[server(default)] email: String,
) -> Result<SignInMoveDone, AppError> {
    use crate::services::sign_in_changes::SignInChange;
    let change_to = SignInChange::SocialIdentity {
        social_provider: &social_provider,
        email: &email,
    };
    change(&alias, &plan, change_to).await
}
