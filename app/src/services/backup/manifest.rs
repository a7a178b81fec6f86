//! The manifest of a backup archive: its format, version and what it holds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "tailspin-tenant-backup";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub created_at: String,
    pub tenant: TenantInfo,
    /// Rows per table, to check an archive against.
    pub counts: BTreeMap<String, usize>,
    pub logo: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantInfo {
    pub alias: String,
    pub name: String,
    pub plan: String,
    pub region: String,
    pub max_active_surveys: Option<u32>,
    pub max_users: Option<u32>,
    /// Absent from archives written before it existed.
    #[serde(default)]
    pub monthly_responses: Option<u32>,
    /// Absent from archives written before it existed.
    #[serde(default)]
    pub contact_email: String,
    /// The language code its pages and mail fall back to. Absent from
    /// archives written before it existed.
    #[serde(default)]
    pub default_language: Option<String>,
}
