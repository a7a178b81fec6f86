//! What every handler can reach: the shared state of the axum router.

use std::sync::Arc;

use app::auth::Federation;
use app::services::branding::BlobStore;
use app::services::export::ExportSettings;
use app::services::statistics::TaskMetrics;
use app::storage::Database;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::routes::rate_limit::RateLimits;

/// What every handler can reach, behind one pointer: axum clones the state
/// for every request (each route's handler holds its own copy), and cloning
/// and dropping the fields one by one was a tenth of the request threads'
/// time under the submission load.
#[derive(Clone)]
pub struct AppState(Arc<SharedState>);

impl AppState {
    pub fn new(shared: SharedState) -> AppState {
        AppState(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = SharedState;

    fn deref(&self) -> &SharedState {
        &self.0
    }
}

/// leptos_axum takes its options from the router's state.
impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos_options.clone()
    }
}

/// The fields of [`AppState`].
pub struct SharedState {
    pub leptos_options: LeptosOptions,
    /// The names pages use for the site's files, and what they stand for.
    pub site_assets: app::SiteAssets,
    pub asset_names: Arc<crate::routes::asset_names::AssetNames>,
    pub db: Database,
    pub blobs: BlobStore,
    /// Stamps survey pages' keys and holds back answers sent too soon.
    pub fill_clock: app::services::fill_time::FillClock,
    /// How hard the proof-of-work challenge of survey pages is.
    pub puzzle: app::services::proof_of_work::Puzzle,
    /// Composes and queues email (sent by the job runner).
    pub mailer: app::services::mail::Mailer,
    /// Posts webhooks through the outbound guard (tests and pings).
    pub webhooks: app::services::webhooks::WebhookSender,
    /// How long a sign-in lasts at most, whatever the activity.
    pub session_absolute_ms: i64,
    pub federation: Federation,
    pub export: ExportSettings,
    /// The in-process statistics task's counters (absent when it runs in
    /// worker processes).
    pub statistics: Option<Arc<TaskMetrics>>,
    pub regions: app::services::signup::Regions,
    pub metrics_token: Option<String>,
    pub rate_limits: RateLimits,
    /// Proxies whose `X-Forwarded-For` is believed (`routes::client_address`).
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// Rendered respondent pages (`page_cache`).
    pub pages: crate::page_cache::PageCache,
    /// The API reference page's content (`routes::api_v1::reference`).
    pub api_reference: Arc<app::api::api_reference::ApiReference>,
    /// The origin of the configured public URL (`routes::cross_site`).
    pub public_origin: Option<Arc<str>>,
}
