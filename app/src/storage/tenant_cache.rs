//! Tenant records by alias, kept in memory: every public page and every
//! private request starts by finding its tenant, and tenants change rarely.
//!
//! Storage evicts a tenant whenever it writes it, so this instance sees a
//! change at once. Other instances on the same PostgreSQL database hear of
//! it through `NOTIFY tenant_changed` ([`listen_for_tenant_changes`]); the
//! short time-to-live bounds staleness should a notification be missed
//! while a listener reconnects.

use std::time::Duration;

use moka::future::Cache;

use super::records::TenantRecord;

/// How long a record may be served without reading it again.
pub const TENANT_CACHE_TTL: Duration = Duration::from_secs(5);
/// The PostgreSQL channel that carries the alias of a changed tenant.
/// Channel on which PostgreSQL announces a changed tenant to every
/// process, so each drops its cached copy.
pub const TENANT_CHANGED_CHANNEL: &str = "tenant_changed";

#[derive(Clone)]
pub struct TenantCache {
    by_alias: Cache<String, Option<TenantRecord>>,
}

impl std::fmt::Debug for TenantCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TenantCache")
            .field("entries", &self.by_alias.entry_count())
            .finish()
    }
}

impl Default for TenantCache {
    fn default() -> Self {
        TenantCache::new()
    }
}

impl TenantCache {
    pub fn new() -> TenantCache {
        TenantCache {
            by_alias: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(TENANT_CACHE_TTL)
                .build(),
        }
    }

    pub(super) async fn get(&self, alias: &str) -> Option<Option<TenantRecord>> {
        self.by_alias.get(alias).await
    }

    pub(super) async fn put(&self, alias: &str, record: Option<TenantRecord>) {
        self.by_alias.insert(alias.to_owned(), record).await;
    }

    /// Forgets one tenant on this instance.
    pub async fn evict(&self, alias: &str) {
        self.by_alias.invalidate(alias).await;
    }

    pub fn evict_all(&self) {
        self.by_alias.invalidate_all();
    }
}
