//! Server functions of the users page (`/t/{tenant}/users`): a tenant
//! Administrator adds accounts kept by Tailspin Surveys up to the plan's
//! limit, resets their passwords, changes roles and removes users. Users of
//! tenants that sign in through a provider are listed; their roles come from
//! the provider's claims.

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
}

#[cfg(feature = "ssr")]
async fn administrator(tenant: &str) -> Result<crate::auth::TenantAccess, AppError> {
    super::tenant_member(tenant, true).await
}

#[cfg(feature = "ssr")]
fn require_local_accounts(access: &crate::auth::TenantAccess) -> Result<(), AppError> {
    if access.scope.plan().sign_in() == SignInKind::LocalAccounts {
        Ok(())
    } else {
        Err(AppError::BadRequest(
            "Users of this organization sign in with their identity provider; it decides who they are and which role they have.".into(),
        ))
    }
}

#[server(prefix = "/api", endpoint = "load_users")]
pub async fn load_users(tenant: String) -> Result<UserDirectory, AppError> {
    let db = super::database()?;
    let access = administrator(&tenant).await?;
    let users = crate::storage::users::list_users(&db, &access.scope).await?;
    let rows = users
        .into_iter()
        .map(|user| UserRow {
            id: user.id.0,
            sign_in_name: match (&user.email, &user.federated) {
                (Some(email), _) => email.as_str().to_owned(),
                (None, Some(identity)) => identity.subject.clone(),
                (None, None) => String::new(),
            },
            local: user.password_hash.is_some(),
            name: user.display_name,
            role: user.role,
            last_sign_in: user.last_sign_in_at.map(|t| t.date_string()),
        })
        .collect();
    Ok(UserDirectory {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan_label: access.scope.plan().label().to_owned(),
        sign_in: access.scope.plan().sign_in(),
        max_users: access.scope.max_users(),
        users: rows,
        me: access.user.id.0,
    })
}

/// Adds an account kept by Tailspin Surveys. Invalid input and a full plan
/// are `Invalid` (by field; `form` for the limit) and add nobody.
#[server(prefix = "/api", endpoint = "add_user")]
pub async fn add_user(
    tenant: String,
    name: String,
    email: String,
    role: String,
    password: String,
) -> Result<(), AppError> {
    use crate::domain::{Email, UnixMillis, check_new_password};
    use crate::error::FieldProblem;
    use crate::storage::users::{CreateUserOutcome, NewLocalUser, create_local_user};

    let db = super::database()?;
    let access = administrator(&tenant).await?;
    require_local_accounts(&access)?;
    let mut problems = Vec::new();
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(FieldProblem::new(
            "name",
            "Enter the person's name (at most 100 characters).",
        ));
    }
    let email = Email::parse(&email)
        .map_err(|e| {
            problems.push(FieldProblem::new(
                "email",
                format!("Enter a valid email: {e}."),
            ))
        })
        .ok();
    let role = parse_role(&role)
        .map_err(|_| problems.push(FieldProblem::new("role", "Choose a role.")))
        .ok();
    if let Err(problem) = check_new_password(&password) {
        problems.push(FieldProblem::new("password", problem));
    }
    let (Some(email), Some(role), true) = (email, role, problems.is_empty()) else {
        return Err(AppError::Invalid(problems));
    };
    let user = NewLocalUser {
        email,
        display_name: name,
        role,
        password_hash: crate::passwords::hash_password(password).await?,
    };
    let plan = access.scope.plan();
    let problem = match create_local_user(
        &db,
        &access.scope,
        &user,
        access.scope.max_users(),
        UnixMillis::now(),
    )
    .await?
    {
        CreateUserOutcome::Created(_) => return Ok(()),
        CreateUserOutcome::EmailTaken => {
            FieldProblem::new("email", "Someone here already signs in with this email.")
        }
        CreateUserOutcome::LimitReached => FieldProblem::new(
            "form",
            format!(
                "Your {} plan allows {} users, and all are taken. Remove a user first, or ask Tailspin to change your plan.",
                plan.label(),
                access.scope.max_users().unwrap_or(u32::MAX)
            ),
        ),
    };
    Err(AppError::Invalid(vec![problem]))
}

#[server(prefix = "/api", endpoint = "reset_user_password")]
pub async fn reset_user_password(
    tenant: String,
    user: i64,
    password: String,
) -> Result<(), AppError> {
    use crate::domain::{UserId, check_new_password};
    use crate::error::FieldProblem;

    let db = super::database()?;
    let access = administrator(&tenant).await?;
    require_local_accounts(&access)?;
    if let Err(problem) = check_new_password(&password) {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "password", problem,
        )]));
    }
    let hash = crate::passwords::hash_password(password).await?;
    let done =
        crate::storage::users::set_password_hash(&db, &access.scope, UserId(user), &hash).await?;
    if done {
        end_sessions(&db, &access, UserId(user)).await?;
    }
    if done {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[server(prefix = "/api", endpoint = "change_user_role")]
pub async fn change_user_role(tenant: String, user: i64, role: String) -> Result<(), AppError> {
    use crate::domain::UserId;

    let db = super::database()?;
    let access = administrator(&tenant).await?;
    require_local_accounts(&access)?;
    let role = parse_role(&role)?;
    if user == access.user.id.0 && role != Role::Administrator {
        return Err(AppError::BadRequest(
            "You cannot take the Administrator role from yourself; ask another Administrator."
                .into(),
        ));
    }
    let done = crate::storage::users::set_role(&db, &access.scope, UserId(user), role).await?;
    if done {
        end_sessions(&db, &access, UserId(user)).await?;
    }
    if done {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[server(prefix = "/api", endpoint = "remove_user")]
pub async fn remove_user(tenant: String, user: i64) -> Result<(), AppError> {
    use crate::domain::UserId;

    let db = super::database()?;
    let access = administrator(&tenant).await?;
    require_local_accounts(&access)?;
    if user == access.user.id.0 {
        return Err(AppError::BadRequest(
            "You cannot remove yourself; ask another Administrator.".into(),
        ));
    }
    let done = crate::storage::users::delete_user(&db, &access.scope, UserId(user)).await?;
    if done {
        end_sessions(&db, &access, UserId(user)).await?;
    }
    if done {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A reset password, a changed role or a removal signs the user out
/// everywhere at once; an Administrator changing their own account keeps
/// the session they are using.
#[cfg(feature = "ssr")]
async fn end_sessions(
    db: &crate::storage::Database,
    access: &crate::auth::TenantAccess,
    user: crate::domain::UserId,
) -> Result<(), AppError> {
    let keep = if user == access.user.id {
        leptos_axum::extract::<tower_sessions::Session>()
            .await
            .ok()
            .and_then(|session| session.id())
            .map(|id| id.to_string())
    } else {
        None
    };
    let ended =
        crate::storage::sessions::delete_user_sessions(db, &access.scope, user, keep).await?;
    tracing::info!(
        user = user.0,
        ended,
        "sessions ended after an account change"
    );
    Ok(())
}

#[cfg(feature = "ssr")]
fn parse_role(code: &str) -> Result<Role, AppError> {
    Role::from_code(code).ok_or_else(|| AppError::BadRequest("Choose a role.".into()))
}
