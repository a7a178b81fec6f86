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

/// A tenant's open surveys, as its public page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantSurveys {
    pub tenant_name: String,
    pub surveys: Vec<super::survey::SurveySummaryCard>,
    pub branding: TenantBranding,
}
