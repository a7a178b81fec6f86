//! Self-service password reset: what its two pages load, and what the
//! server hands a page it renders again after a post (the forms post to
//! `server/src/routes/password_reset.rs`, so they work without JavaScript).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The page that sets a new password, for one link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPasswordPage {
    pub tenant_name: String,
    /// The account's email, while the link may be used.
    pub email: Option<String>,
    /// The link of an invitation: the account has no password yet.
    pub invitation: bool,
    /// Why the link cannot be used.
    pub refusal: Option<String>,
}

/// After the "send me a link" form was posted: the email as typed, and
/// either that a link is on its way or why the form was refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetRequestAnswer {
    pub email: String,
    pub sent: bool,
    pub error: Option<String>,
}

/// After the new-password form was refused: why, by field (`password`,
/// `confirmation`) or for the whole form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPasswordRefused {
    pub problems: Vec<crate::error::FieldProblem>,
    pub message: String,
}

#[server(prefix = "/api", endpoint = "load_new_password_page")]
pub async fn load_new_password_page(
    tenant: String,
    token: String,
) -> Result<NewPasswordPage, AppError> {
    use crate::services::password_reset::{self, ResetLink};
    let db = super::database()?;
    let now = crate::domain::UnixMillis::now();
    let (tenant_name, link) = password_reset::check_link(&db, &tenant, &token, now).await?;
    let refusal = link.refusal();
    let (email, invitation) = match link {
        ResetLink::Valid { email, invitation } => (Some(email), invitation),
        _ => (None, false),
    };
    Ok(NewPasswordPage {
        tenant_name,
        email,
        invitation,
        refusal,
    })
}
