//! Server functions of the API keys page (`/t/{tenant}/settings/api`,
//! Administrators only; rules: `services::api_keys`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::ApiScope;
use crate::error::AppError;

/// One key as the page lists it: never its secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyRow {
    pub id: i64,
    pub name: String,
    /// `tsk_` and 12 characters: how the key starts.
    pub prefix: String,
    pub scopes: Vec<ApiScope>,
    pub created: String,
    /// "" when it never expires.
    pub expires: String,
    /// "" when never used.
    pub last_used: String,
    pub last_used_from: String,
    /// `active`, `expired` or `revoked`.
    pub state: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeysPage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub plan_is_premium: bool,
    pub keys: Vec<ApiKeyRow>,
    /// The key just created by the form post this page answers: the only
    /// time its secret is shown.
    pub created: Option<CreatedApiKey>,
    /// Why the form post this page answers changed nothing, with the form
    /// as typed.
    pub refused: Option<(AppError, NewApiKeyForm)>,
}

/// What a form post to `/t/{tenant}/settings/api` did, given to the page
/// it renders (`server/src/routes/api_keys.rs`). The form is a plain post
/// so that the new key reaches the person on the page, with or without
/// JavaScript, and is never kept anywhere to be shown later.
#[derive(Clone, Debug)]
pub enum ApiKeyPosted {
    Created(CreatedApiKey),
    Refused(AppError, NewApiKeyForm),
}

/// The form of a new key: one field per scope (a checkbox each).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApiKeyForm {
    #[serde(default)]
    pub name: String,
    /// Days until it expires, or "never".
    #[serde(default)]
    pub days: String,
    #[serde(default)]
    pub surveys_read: Option<String>,
    #[serde(default)]
    pub surveys_write: Option<String>,
    #[serde(default)]
    pub responses_read: Option<String>,
    #[serde(default)]
    pub webhooks_write: Option<String>,
}

impl NewApiKeyForm {
    /// The form field of each scope's checkbox.
    pub fn field_of(scope: ApiScope) -> &'static str {
        match scope {
            ApiScope::SurveysRead => "surveys_read",
            ApiScope::SurveysWrite => "surveys_write",
            ApiScope::ResponsesRead => "responses_read",
            ApiScope::WebhooksWrite => "webhooks_write",
        }
    }

    /// The form from a posted body's fields; unknown fields are ignored.
    pub fn from_fields(fields: &[(String, String)]) -> NewApiKeyForm {
        let mut form = NewApiKeyForm::default();
        for (name, value) in fields {
            let value = value.clone();
            match name.as_str() {
                "name" => form.name = value,
                "days" => form.days = value,
                "surveys_read" => form.surveys_read = Some(value),
                "surveys_write" => form.surveys_write = Some(value),
                "responses_read" => form.responses_read = Some(value),
                "webhooks_write" => form.webhooks_write = Some(value),
                _ => {}
            }
        }
        form
    }

    pub fn is_checked(&self, scope: ApiScope) -> bool {
        match scope {
            ApiScope::SurveysRead => self.surveys_read.is_some(),
            ApiScope::SurveysWrite => self.surveys_write.is_some(),
            ApiScope::ResponsesRead => self.responses_read.is_some(),
            ApiScope::WebhooksWrite => self.webhooks_write.is_some(),
        }
    }

    pub fn chosen_scopes(&self) -> Vec<String> {
        [
            (&self.surveys_read, ApiScope::SurveysRead),
            (&self.surveys_write, ApiScope::SurveysWrite),
            (&self.responses_read, ApiScope::ResponsesRead),
            (&self.webhooks_write, ApiScope::WebhooksWrite),
        ]
        .into_iter()
        .filter(|(checked, _)| checked.is_some())
        .map(|(_, scope)| scope.code().to_owned())
        .collect()
    }
}

/// A key just made: the only time its secret is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedApiKey {
    pub name: String,
    pub key: String,
}

#[server(prefix = "/api", endpoint = "load_api_keys")]
pub async fn load_api_keys(tenant: String) -> Result<ApiKeysPage, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let keys = crate::services::api_keys::list_keys(&db, &access.scope).await?;
    let now = crate::domain::UnixMillis::now();
    let posted = use_context::<ApiKeyPosted>();
    Ok(ApiKeysPage {
        created: match &posted {
            Some(ApiKeyPosted::Created(created)) => Some(created.clone()),
            _ => None,
        },
        refused: match posted {
            Some(ApiKeyPosted::Refused(error, form)) => Some((error, form)),
            _ => None,
        },
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan_is_premium: access.scope.plan() == crate::domain::Plan::Premium,
        keys: keys
            .into_iter()
            .map(|key| ApiKeyRow {
                state: if key.revoked_at.is_some() {
                    "revoked"
                } else if key.is_live(now) {
                    "active"
                } else {
                    "expired"
                }
                .to_owned(),
                id: key.id,
                name: key.name,
                prefix: key.prefix,
                scopes: key.scopes.iter().collect(),
                created: key.created_at.date_string(),
                expires: key
                    .expires_at
                    .map(|at| at.date_string())
                    .unwrap_or_default(),
                last_used: key
                    .last_used_at
                    .map(|at| at.localized_minute_string())
                    .unwrap_or_default(),
                last_used_from: key.last_used_address.unwrap_or_default(),
            })
            .collect(),
    })
}

#[server(prefix = "/api", endpoint = "revoke_api_key")]
pub async fn revoke_api_key(tenant: String, key: i64) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::api_keys::revoke_key(&db, &access.scope, key).await
}
