//! Server functions of `/t/{tenant}/settings/language` (rules:
//! `services::language_preferences`): every user chooses their own
//! language; an Administrator chooses the tenant's.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::i18n::Language;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSettings {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub is_admin: bool,
    pub premium: bool,
    pub own: Option<Language>,
    pub tenant: Option<Language>,
    /// The languages every page speaks, which can be chosen.
    pub choices: Vec<Language>,
}

#[server(prefix = "/api", endpoint = "load_language_settings")]
pub async fn load_language_settings(tenant: String) -> Result<LanguageSettings, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let chosen = crate::services::language_preferences::choices_of(&db, &access).await?;
    Ok(LanguageSettings {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        is_admin: access.user.role.can_administer_tenant(),
        premium: access.scope.plan() == crate::domain::Plan::Premium,
        own: chosen.user,
        tenant: chosen.tenant,
        choices: Language::offered(false),
    })
}

/// Without JavaScript the page comes back in the language chosen.
#[server(prefix = "/api", endpoint = "save_own_language")]
pub async fn save_own_language(tenant: String, language: String) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    crate::services::language_preferences::choose_own_language(&db, &access, &language).await?;
    super::after_plain_form(&format!("/t/{tenant}/settings/language"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "save_tenant_language")]
pub async fn save_tenant_language(
    tenant: String,
    default_language: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::language_preferences::choose_tenant_language(&db, &access, &default_language)
        .await?;
    super::after_plain_form(&format!("/t/{tenant}/settings/language"));
    Ok(())
}
