//! Server functions of the branding page (tenant Administrators), and the
//! branding that tenant pages carry. Rules: `services::branding`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::domain::TenantBranding;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandingPage {
    pub tenant_alias: String,
    pub premium: bool,
    pub branding: TenantBranding,
    /// The stored (validated) style sheet, for the editor.
    pub stylesheet: String,
}

#[server(prefix = "/api", endpoint = "load_branding")]
pub async fn load_branding(tenant: String) -> Result<BrandingPage, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let scope = &access.scope;
    let settings = crate::services::branding::settings(&db, scope).await?;
    Ok(BrandingPage {
        tenant_alias: scope.alias().to_string(),
        premium: scope.plan() == crate::domain::Plan::Premium,
        branding: settings.public,
        stylesheet: settings.stylesheet,
    })
}

/// Validates and saves the style sheet; returns it as stored.
#[server(prefix = "/api", endpoint = "save_tenant_stylesheet")]
pub async fn save_tenant_stylesheet(tenant: String, css: String) -> Result<String, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let sheet = crate::services::branding::save_stylesheet(&db, &access.scope, &css).await?;
    Ok(sheet.to_css())
}

#[server(prefix = "/api", endpoint = "remove_tenant_logo")]
pub async fn remove_tenant_logo(tenant: String) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::branding::remove_logo(
        &db,
        &super::from_context::<crate::services::branding::BlobStore>()?,
        &access.scope,
    )
    .await
}

/// The tenant's logo and style sheet, for any member: the survey preview
/// shows the survey as respondents see it.
#[server(prefix = "/api", endpoint = "load_tenant_branding")]
pub async fn load_tenant_branding(tenant: String) -> Result<TenantBranding, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    crate::services::branding::load_public_branding(&db, &access.scope).await
}
