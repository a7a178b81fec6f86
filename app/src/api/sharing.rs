//! The share page of a survey (rules: `services::sharing`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{ProofOfWork, SurveyStatus};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharePage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    pub status: SurveyStatus,
    pub public_url: String,
    pub embed_snippet: String,
    pub embed_origins: Vec<String>,
    /// Administrators may change the websites that embed surveys.
    pub can_edit_origins: bool,
    pub proof_of_work: ProofOfWork,
}

#[server(prefix = "/api", endpoint = "load_share_page")]
pub async fn load_share_page(tenant: String, slug: String) -> Result<SharePage, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let base_url = super::federation()?.base_url.clone();
    let panel = crate::services::sharing::share_panel(&db, &access, &slug, &base_url).await?;
    Ok(SharePage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        slug,
        title: panel.title,
        status: panel.status,
        public_url: panel.public_url,
        embed_snippet: panel.embed_snippet,
        embed_origins: panel.embed_origins.as_slice().to_vec(),
        can_edit_origins: access.user.role.can_administer_tenant(),
        proof_of_work: panel.proof_of_work,
    })
}

/// The proof-of-work challenge of one survey's public link (its creators
/// and Administrators): `choice` is a `ProofOfWork` code.
#[server(prefix = "/api", endpoint = "save_proof_of_work")]
pub async fn save_proof_of_work(
    tenant: String,
    slug: String,
    choice: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    crate::services::proof_of_work::save_choice(&db, &access, &slug, &choice).await?;
    Ok(())
}

/// Administrators: the websites that may embed this tenant's surveys, one
/// a line.
#[server(prefix = "/api", endpoint = "save_embed_origins")]
pub async fn save_embed_origins(tenant: String, origins: String) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::sharing::save_embed_origins(&db, &access, &origins).await?;
    Ok(())
}
