//! Usage for billing: per tenant and month, for Tailspin administrators
//! (the page `/admin/usage`; the CSV `/admin/usage.csv` is an axum route).
//! Rules: `services::usage`.

use crate::error::AppError;
use leptos::prelude::*;

pub use crate::domain::{TenantUsage as UsageLine, UsageReport};

#[server(prefix = "/api", endpoint = "load_usage")]
pub async fn load_usage(month: String) -> Result<UsageReport, AppError> {
    let db = super::database()?;
    super::platform_admin().await?;
    let blobs = use_context::<crate::services::branding::BlobStore>();
    crate::services::usage::monthly_report(&db, blobs.as_ref(), &month).await
}
