//! Server functions of Tailspin administration.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminHome {
    pub email: String,
}

#[server(prefix = "/api", endpoint = "load_admin_home")]
pub async fn load_admin_home() -> Result<AdminHome, AppError> {
    let db = super::database()?;
    let principal = crate::auth::request_principal().await?;
    match super::with_status(crate::auth::platform_admin_access(&db, principal.as_ref()).await) {
        Ok(admin) => Ok(AdminHome {
            email: admin.email.to_string(),
        }),
        Err(AppError::Unauthorized) => {
            leptos_axum::redirect("/admin/login");
            Err(AppError::Unauthorized)
        }
        Err(error) => Err(error),
    }
}
