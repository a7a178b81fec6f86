//! A tenant's users: only tenants that sign in with accounts kept by
//! Tailspin Surveys add users (up to the plan's limit), reset passwords,
//! change roles and remove users; an Administrator cannot demote or remove
//! themselves. A reset password, a changed role or a removal ends the
//! user's sessions.

use crate::auth::{TenantAccess, TenantScope};
use crate::domain::{Email, Role, SignInKind, UnixMillis, UserId, check_new_password};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::storage::Database;
use crate::storage::users::{self, CreateUserOutcome, NewLocalUser, UserRecord};

/// An account kept by Tailspin Surveys, as the Administrator typed it.
pub struct NewUser {
    pub name: String,
    pub email: String,
    pub role: String,
    pub password: String,
}

fn require_local_accounts(scope: &TenantScope) -> Result<(), AppError> {
    if scope.plan().sign_in() == SignInKind::LocalAccounts {
        Ok(())
    } else {
        Err(AppError::BadRequest(
            Message::new("msg-users-provider-decides").in_page_language(),
        ))
    }
}

fn parse_role(code: &str) -> Result<Role, AppError> {
    Role::from_code(code).ok_or_else(|| {
        AppError::BadRequest(Message::new("msg-users-choose-role").in_page_language())
    })
}

/// Every user of the tenant, local and federated.
pub async fn list(db: &Database, scope: &TenantScope) -> Result<Vec<UserRecord>, AppError> {
    Ok(users::list_users(db, scope).await?)
}

/// A new person's name, email and role as an Administrator typed them:
/// checked, with each problem added to `problems` by field.
pub(super) fn check_person(
    name: &str,
    email: &str,
    role: &str,
    problems: &mut Vec<FieldProblem>,
) -> (String, Option<Email>, Option<Role>) {
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(FieldProblem::new(
            "name",
            Message::new("msg-users-name").in_page_language(),
        ));
    }
    let email = Email::parse(email)
        .map_err(|e| {
            problems.push(FieldProblem::new(
                "email",
                Message::new("msg-users-valid-email")
                    .text("problem", e.localized())
                    .in_page_language(),
            ))
        })
        .ok();
    let role = parse_role(role)
        .map_err(|_| {
            problems.push(FieldProblem::new(
                "role",
                Message::new("msg-users-choose-role").in_page_language(),
            ))
        })
        .ok();
    (name, email, role)
}

/// Why a new account was not created: its email is taken, or the plan is full.
pub(super) fn refused_account(scope: &TenantScope, outcome: &CreateUserOutcome) -> FieldProblem {
    match outcome {
        CreateUserOutcome::LimitReached => FieldProblem::new(
            "form",
            Message::new("msg-users-limit-reached")
                .text("plan", scope.plan().localized_label())
                .typed("max", scope.max_users().unwrap_or(u32::MAX))
                .in_page_language(),
        ),
        _ => FieldProblem::new(
            "email",
            Message::new("msg-users-email-taken").in_page_language(),
        ),
    }
}

/// Adds an account kept by Tailspin Surveys. Invalid input and a full plan
/// are `Invalid` (by field; `form` for the limit) and add nobody.
pub async fn add(db: &Database, scope: &TenantScope, input: NewUser) -> Result<(), AppError> {
    require_local_accounts(scope)?;
    let mut problems = Vec::new();
    let (name, email, role) = check_person(&input.name, &input.email, &input.role, &mut problems);
    if let Err(problem) = check_new_password(&input.password) {
        problems.push(FieldProblem::new("password", problem));
    }
    let (Some(email), Some(role), true) = (email, role, problems.is_empty()) else {
        return Err(AppError::Invalid(problems));
    };
    let user = NewLocalUser {
        email,
        display_name: name,
        role,
        password_hash: crate::passwords::hash_password(input.password).await?,
    };
    let outcome =
        users::create_local_user(db, scope, &user, scope.max_users(), UnixMillis::now()).await?;
    if let CreateUserOutcome::Created(_) = outcome {
        return Ok(());
    }
    let problem = refused_account(scope, &outcome);
    Err(AppError::Invalid(vec![problem]))
}

/// `this_session`: the session the Administrator makes the change with.
pub async fn reset_password(
    db: &Database,
    access: &TenantAccess,
    this_session: Option<String>,
    user: UserId,
    password: String,
) -> Result<(), AppError> {
    require_local_accounts(&access.scope)?;
    if let Err(problem) = check_new_password(&password) {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "password", problem,
        )]));
    }
    let hash = crate::passwords::hash_password(password).await?;
    let done = users::set_password_hash(db, &access.scope, user, &hash).await?;
    changed(db, access, this_session, user, done).await
}

pub async fn change_role(
    db: &Database,
    access: &TenantAccess,
    this_session: Option<String>,
    user: UserId,
    role: &str,
) -> Result<(), AppError> {
    require_local_accounts(&access.scope)?;
    let role = parse_role(role)?;
    if user == access.user.id && role != Role::Administrator {
        return Err(AppError::BadRequest(
            Message::new("msg-users-keep-own-role").in_page_language(),
        ));
    }
    let done = users::set_role(db, &access.scope, user, role).await?;
    changed(db, access, this_session, user, done).await
}

pub async fn remove(
    db: &Database,
    access: &TenantAccess,
    this_session: Option<String>,
    user: UserId,
) -> Result<(), AppError> {
    require_local_accounts(&access.scope)?;
    if user == access.user.id {
        return Err(AppError::BadRequest(
            Message::new("msg-users-keep-yourself").in_page_language(),
        ));
    }
    let done = users::delete_user(db, &access.scope, user).await?;
    changed(db, access, this_session, user, done).await
}

/// After a change (`done`; otherwise there was no such user): ends the
/// user's sessions.
async fn changed(
    db: &Database,
    access: &TenantAccess,
    this_session: Option<String>,
    user: UserId,
    done: bool,
) -> Result<(), AppError> {
    if !done {
        return Err(AppError::NotFound);
    }
    end_sessions(db, access, this_session, user).await
}

/// A reset password, a changed role or a removal signs the user out
/// everywhere at once; an Administrator changing their own account keeps
/// the session they are using.
async fn end_sessions(
    db: &Database,
    access: &TenantAccess,
    this_session: Option<String>,
    user: UserId,
) -> Result<(), AppError> {
    let keep = this_session.filter(|_| user == access.user.id);
    let ended =
        crate::storage::sessions::delete_user_sessions(db, &access.scope, user, keep).await?;
    tracing::info!(
        user = user.0,
        ended,
        "sessions ended after an account change"
    );
    Ok(())
}

/// What a user signs in with: the email of an account kept here, the
/// identifying claim of a federated one.
pub fn sign_in_name(user: &crate::storage::users::UserRecord) -> String {
    match (&user.email, &user.federated) {
        (Some(email), _) => email.as_str().to_owned(),
        (None, Some(identity)) => identity.subject.clone(),
        (None, None) => String::new(),
    }
}
