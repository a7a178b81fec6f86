//! Tenants' branding records by alias, kept for as long as tenant records
//! (see `tenant_cache`), so that a public page reads no branding row.
//! `tenants::tenant_changed` evicts an alias here on every instance.

use moka::future::Cache;

use super::branding_record::BrandingRecord;
use super::tenant_cache::TENANT_CACHE_TTL;
use crate::domain::TenantId;

#[derive(Clone)]
pub struct BrandingCache {
    /// The tenant id is kept with the record: an alias freed by a purged
    /// tenant may name another tenant later.
    by_alias: Cache<String, (TenantId, BrandingRecord)>,
}

impl std::fmt::Debug for BrandingCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BrandingCache")
            .field("entries", &self.by_alias.entry_count())
            .finish()
    }
}

impl BrandingCache {
    pub fn new() -> BrandingCache {
        BrandingCache {
            by_alias: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(TENANT_CACHE_TTL)
                .build(),
        }
    }

    pub(super) async fn get(&self, alias: &str, tenant: TenantId) -> Option<BrandingRecord> {
        self.by_alias
            .get(alias)
            .await
            .filter(|(kept_for, _)| *kept_for == tenant)
            .map(|(_, record)| record)
    }

    pub(super) async fn put(&self, alias: &str, tenant: TenantId, record: BrandingRecord) {
        self.by_alias
            .insert(alias.to_owned(), (tenant, record))
            .await;
    }

    pub(super) async fn evict(&self, alias: &str) {
        self.by_alias.invalidate(alias).await;
    }

    pub(super) fn evict_all(&self) {
        self.by_alias.invalidate_all();
    }
}
