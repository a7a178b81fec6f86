//! The respondent's pages rendered once and served to everyone who asks
//! for the same thing: a survey page per survey, branding and "already
//! sent" note; the thank-you page and the 404 and 410 pages per tenant
//! address. Each response gets its own nonce and idempotency key
//! (`page_template`).
//!
//! What a key names never changes: a published survey's questions are
//! fixed, its branding is in the key, and the handler looks up the tenant,
//! the survey and its expiry again (from short-lived caches) on every
//! request before it asks here. Entries are dropped when a tenant changes
//! (`storage::public_changes`, heard from every instance), when idle, and
//! when the byte budget is full.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use app::i18n::Language;
use app::storage::Database;
use app::storage::public_changes::PublicChange;
use moka::future::Cache;
use tokio::sync::broadcast::error::RecvError;

use crate::page_template::PageTemplate;

/// Larger pages are served but not kept.
pub const MAX_PAGE_BYTES: usize = 512 * 1024;
/// A page nobody asked for in this long is dropped.
const TIME_TO_IDLE: Duration = Duration::from_secs(600);

/// What a kept page is the rendering of. Addresses are kept as requested
/// (the handler keeps only those written plainly, without `%` escapes or
/// a query), since the page shows them.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub enum PageKey {
    Survey {
        tenant: i64,
        survey: i64,
        alias: String,
        slug: String,
        /// The tenant's name and the addresses of its logo and style
        /// sheet, whose versions change with their content.
        branding: (String, Option<String>, Option<String>),
        already_sent: bool,
        language: Language,
    },
    /// "Not found" or "closed", for any survey address of this tenant.
    Error {
        alias: String,
        status: u16,
        language: Language,
    },
    Thanks {
        alias: String,
        language: Language,
    },
}

impl PageKey {
    fn alias(&self) -> &str {
        match self {
            PageKey::Survey { alias, .. }
            | PageKey::Error { alias, .. }
            | PageKey::Thanks { alias, .. } => alias,
        }
    }

    /// The `page` label of the metrics.
    pub fn page(&self) -> &'static str {
        match self {
            PageKey::Survey { .. } => "survey",
            PageKey::Error { .. } => "error",
            PageKey::Thanks { .. } => "thanks",
        }
    }
}

#[derive(Clone)]
pub struct PageCache {
    /// `None` when the budget is zero.
    pages: Option<Cache<PageKey, Arc<PageTemplate>>>,
    renders: Arc<AtomicU64>,
}

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageCache")
            .field("entries", &self.entry_count())
            .finish()
    }
}

/// Why `get_or_render` gives no page to share.
pub enum NotKept<R> {
    /// The page could not be cut (`PageTemplate::split`): the one
    /// rendering, to be sent as it is.
    Rendered(R),
    /// Too large to keep (`MAX_PAGE_BYTES`): fill it this once.
    TooLarge(PageTemplate),
    /// Another request rendered it and kept nothing: render again.
    Elsewhere,
}

impl PageCache {
    /// A cache holding about `budget` bytes of pages; none at all for 0.
    pub fn new(budget: u64) -> PageCache {
        let pages = (budget > 0).then(|| {
            Cache::builder()
                .max_capacity(budget)
                .weigher(|_: &PageKey, page: &Arc<PageTemplate>| {
                    u32::try_from(page.weight()).unwrap_or(u32::MAX)
                })
                .time_to_idle(TIME_TO_IDLE)
                .support_invalidation_closures()
                .build()
        });
        PageCache {
            pages,
            renders: Arc::new(AtomicU64::new(0)),
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.pages.is_some()
    }

    /// The page kept for `key`, or the one `render` makes (kept if it
    /// can be). Concurrent requests for a missing page wait for one
    /// rendering. `render` returns the template, or the response to send
    /// as it is when the page cannot be kept.
    pub async fn get_or_render<R, F>(
        &self,
        key: PageKey,
        render: F,
    ) -> Result<Arc<PageTemplate>, NotKept<R>>
    where
        F: Future<Output = Result<PageTemplate, R>>,
    {
        let page = key.page();
        let Some(pages) = &self.pages else {
            return Err(NotKept::Elsewhere);
        };
        let unkept = std::sync::Mutex::new(None);
        let rendered = std::sync::atomic::AtomicBool::new(false);
        let found = pages
            .try_get_with(key, async {
                rendered.store(true, Ordering::Relaxed);
                self.renders.fetch_add(1, Ordering::Relaxed);
                metrics::counter!("tailspin_page_cache_renders_total", "page" => page).increment(1);
                let unkept_page = match render.await {
                    Ok(template) if template.weight() <= MAX_PAGE_BYTES => {
                        return Ok(Arc::new(template));
                    }
                    Ok(template) => NotKept::TooLarge(template),
                    Err(response) => NotKept::Rendered(response),
                };
                *unkept.lock().expect("not poisoned") = Some(unkept_page);
                Err(())
            })
            .await;
        if !rendered.load(Ordering::Relaxed) {
            metrics::counter!("tailspin_page_cache_hits_total", "page" => page).increment(1);
        } else {
            self.report_size(pages);
        }
        found.map_err(|_| {
            unkept
                .into_inner()
                .expect("not poisoned")
                .unwrap_or(NotKept::Elsewhere)
        })
    }

    fn report_size(&self, pages: &Cache<PageKey, Arc<PageTemplate>>) {
        metrics::gauge!("tailspin_page_cache_entries").set(pages.entry_count() as f64);
        metrics::gauge!("tailspin_page_cache_bytes").set(pages.weighted_size() as f64);
    }

    /// Pages rendered for the cache since start-up (hits are not counted).
    pub fn renders(&self) -> u64 {
        self.renders.load(Ordering::Relaxed)
    }

    pub fn entry_count(&self) -> u64 {
        self.pages.as_ref().map_or(0, |p| p.entry_count())
    }

    pub fn weighted_size(&self) -> u64 {
        self.pages.as_ref().map_or(0, |p| p.weighted_size())
    }

    /// The kept pages of the tenant `alias`.
    pub fn entries_of(&self, alias: &str) -> usize {
        self.pages.as_ref().map_or(0, |pages| {
            pages
                .iter()
                .filter(|(key, _)| key.alias().eq_ignore_ascii_case(alias))
                .count()
        })
    }

    /// Applies what moka does lazily (counts, evictions); for tests.
    pub async fn run_pending_tasks(&self) {
        if let Some(pages) = &self.pages {
            pages.run_pending_tasks().await;
        }
    }

    pub fn evict_tenant(&self, alias: &str) {
        if let Some(pages) = &self.pages {
            let alias = alias.to_owned();
            // Only fails when closures were not enabled in the builder.
            let _ =
                pages.invalidate_entries_if(move |key, _| key.alias().eq_ignore_ascii_case(&alias));
        }
    }

    pub fn evict_all(&self) {
        if let Some(pages) = &self.pages {
            pages.invalidate_all();
        }
    }

    /// Drops pages as the database announces changes, for as long as the
    /// process runs.
    pub async fn watch(self, db: Database) {
        let mut changes = db.public_changes().subscribe();
        loop {
            match changes.recv().await {
                Ok(PublicChange::Tenant(alias)) => self.evict_tenant(&alias),
                Ok(PublicChange::Missed) | Err(RecvError::Lagged(_)) => self.evict_all(),
                Err(RecvError::Closed) => return,
            }
        }
    }
}
