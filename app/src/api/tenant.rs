//! Server functions of a tenant's private site.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Role;
use crate::error::AppError;

/// The sign-in page of a tenant, and the outcome of a refused attempt made
/// with the plain form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginPage {
    pub tenant_name: String,
    /// False for tenants that sign in through an identity provider.
    pub password_sign_in: bool,
    pub refused: Option<SignInRefused>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRefused {
    pub message: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub user_name: String,
    pub role: Role,
}

#[server(prefix = "/api", endpoint = "load_login_page")]
pub async fn load_login_page(tenant: String) -> Result<LoginPage, AppError> {
    let db = super::database()?;
    let scope = super::with_status(crate::auth::public_scope(&db, &tenant).await)?;
    Ok(LoginPage {
        tenant_name: scope.tenant_name().to_owned(),
        password_sign_in: scope.plan().sign_in() == crate::domain::SignInKind::LocalAccounts,
        refused: None,
    })
}

#[server(prefix = "/api", endpoint = "load_dashboard")]
pub async fn load_dashboard(tenant: String) -> Result<Dashboard, AppError> {
    let db = super::database()?;
    let principal = crate::auth::request_principal().await?;
    let access = match super::with_status(
        crate::auth::tenant_access(&db, principal.as_ref(), &tenant, false).await,
    ) {
        Err(AppError::Unauthorized) => {
            // Sends the browser to sign in, both on a page load and when the
            // page asks for this after hydration.
            leptos_axum::redirect(&format!("/t/{tenant}/login"));
            return Err(AppError::Unauthorized);
        }
        other => other?,
    };
    Ok(Dashboard {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        user_name: access.user.display_name,
        role: access.user.role,
    })
}
