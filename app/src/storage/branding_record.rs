//! A tenant's branding as stored: apart from the queries, so the branding
//! cache can hold it without depending on them.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrandingRecord {
    pub logo: Option<StoredLogo>,
    /// Validated and written out again (`TenantStylesheet::to_css`).
    pub stylesheet: String,
    pub stylesheet_version: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredLogo {
    /// Where the image is in the blob store.
    pub blob: String,
    pub content_type: String,
    pub version: String,
}
