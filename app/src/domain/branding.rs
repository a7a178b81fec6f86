//! How a tenant's pages look like the tenant.

use serde::{Deserialize, Serialize};

/// What a tenant page needs to look like its tenant: the logo and the
/// style sheet's addresses (absent when the tenant has none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantBranding {
    pub tenant_name: String,
    pub logo_url: Option<String>,
    pub stylesheet_url: Option<String>,
}
