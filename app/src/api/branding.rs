//! Server functions of the branding page (tenant Administrators), and the
//! branding that tenant pages carry.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What a tenant page needs to look like its tenant: the logo and the
/// style sheet's addresses (absent when the tenant has none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantBranding {
    pub tenant_name: String,
    pub logo_url: Option<String>,
    pub stylesheet_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandingPage {
    pub tenant_alias: String,
    pub premium: bool,
    pub branding: TenantBranding,
    /// The stored (validated) style sheet, for the editor.
    pub stylesheet: String,
}

#[cfg(feature = "ssr")]
fn blob_store() -> Result<crate::services::branding::BlobStore, AppError> {
    use_context::<crate::services::branding::BlobStore>()
        .ok_or_else(|| AppError::internal("request context", "no blob store in context"))
}

#[server(prefix = "/api", endpoint = "load_branding")]
pub async fn load_branding(tenant: String) -> Result<BrandingPage, AppError> {
    let access = super::tenant_member(&tenant, true).await?;
    let db = super::database()?;
    let scope = &access.scope;
    let record = crate::storage::branding::find_branding(&db, scope).await?;
    Ok(BrandingPage {
        tenant_alias: scope.alias().to_string(),
        premium: scope.plan() == crate::domain::Plan::Premium,
        branding: crate::services::branding::public_branding(scope, &record),
        stylesheet: record.stylesheet,
    })
}

/// Validates and saves the style sheet; returns it as stored.
#[server(prefix = "/api", endpoint = "save_tenant_stylesheet")]
pub async fn save_tenant_stylesheet(tenant: String, css: String) -> Result<String, AppError> {
    let access = super::tenant_member(&tenant, true).await?;
    let db = super::database()?;
    let sheet = crate::services::branding::save_stylesheet(&db, &access.scope, &css).await?;
    Ok(sheet.to_css())
}

#[server(prefix = "/api", endpoint = "remove_tenant_logo")]
pub async fn remove_tenant_logo(tenant: String) -> Result<(), AppError> {
    let access = super::tenant_member(&tenant, true).await?;
    let db = super::database()?;
    crate::services::branding::remove_logo(&db, &blob_store()?, &access.scope).await
}
