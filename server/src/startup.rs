//! Builds the application from settings: storage, migrations, demo data and
//! the router. Tests call `Application::build` with port 0.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use app::domain::UnixMillis;
use app::storage::Database;
use axum::Router;
use leptos::config::LeptosOptions;
use object_store::local::LocalFileSystem;
use tokio::net::TcpListener;

use crate::config::Settings;
use crate::page_cache::PageCache;
use crate::routes;
use crate::server_key::load_server_key;
use crate::sessions::{DatabaseSessionStore, session_layer};
use crate::state::{AppState, SharedState};
use app::auth::Federation;
use app::services::branding::BlobStore;
use app::services::export::ExportSettings;
use app::services::statistics::TaskMetrics;

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
    /// The statistics task and job runner, when they run in this process.
    background: Option<BackgroundTasks>,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        crate::observability::prometheus();
        let Storage { db, key, blobs } = open_storage(&settings).await?;
        if settings.loads_demo_data() {
            app::services::demo::load_demo_data(&db, &settings.demo_password, UnixMillis::now())
                .await
                .context("loading the demo data failed")?;
        } else if !app::storage::platform_admins::any_platform_admin(&db).await? {
            tracing::warn!(
                "no Tailspin administrator exists yet: create the first one with \
                 `server admin create --email you@example.com` (the password comes from \
                 TAILSPIN_ADMIN_PASSWORD); the demo data is loaded only on a loopback \
                 address or with TAILSPIN_DEMO_DATA=true"
            );
        }
        let export = ExportSettings {
            sqlite_dir: settings.export_dir.clone(),
            key: key.clone(),
        };
        // Bound before anything else starts: links in email name its address.
        let listener = TcpListener::bind(settings.listen_addr)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen_addr))?;
        let base_url = settings.base_url(listener.local_addr()?);
        let mailer = mailer(&settings, &base_url, key.clone())?;
        let fill_clock = app::services::fill_time::FillClock::new(
            key.clone(),
            std::time::Duration::from_secs(settings.min_fill_seconds),
        );
        let outbound = app::outbound::OutboundClient::new(settings.outbound_allow.clone());
        let webhooks = app::services::webhooks::WebhookSender {
            client: outbound.clone(),
            mailer: mailer.clone(),
        };
        let services = app::services::jobs::JobServices {
            export: export.clone(),
            blobs: blobs.clone(),
            pending_signup_ms: settings.pending_signup_ms(),
            invitations_per_minute: i64::from(settings.invitations_per_minute),
            mail: mailer.clone(),
            webhooks: webhooks.clone(),
        };
        let background = settings
            .statistics_in_process
            .then(|| BackgroundTasks::spawn(&db, &settings, services));
        tokio::spawn(app::storage::tenants::listen_for_tenant_changes(db.clone()));
        let pages = PageCache::new(settings.page_cache_bytes);
        tokio::spawn(pages.clone().watch(db.clone()));
        let sessions = DatabaseSessionStore::open(&db)
            .await
            .context("cannot prepare the session table")?;
        sessions.spawn_expired_deletion(std::time::Duration::from_secs(60));

        let leptos_options = leptos_options(&settings, listener.local_addr()?)?;
        routes::assets::spawn_precompression(routes::pkg_dir(&leptos_options));
        let (site_assets, asset_names) =
            routes::asset_names::AssetNames::of_dir(&routes::pkg_dir(&leptos_options));
        let federation = Federation {
            base_url,
            social_providers: settings.social_providers.clone(),
            key,
            providers: app::auth::oidc::ProviderDirectory::new(outbound),
        };
        let state = AppState::new(SharedState {
            federation,
            export,
            statistics: background.as_ref().map(|b| b.metrics.clone()),
            leptos_options,
            site_assets,
            asset_names: Arc::new(asset_names),
            db,
            blobs,
            mailer,
            webhooks,
            fill_clock,
            puzzle: app::services::proof_of_work::Puzzle::new(settings.challenge_bits)
                .context("TAILSPIN_CHALLENGE_BITS is 1 to 32")?,
            regions: app::services::signup::Regions(
                settings.regions.iter().map(|r| r.id.clone()).collect(),
            ),
            metrics_token: settings.metrics_token.clone(),
            rate_limits: {
                let limits = routes::rate_limit::RateLimits::new(
                    settings.submissions_per_minute,
                    settings.sign_ins_per_minute,
                    settings.api_requests_per_minute,
                );
                limits.spawn_cleanup();
                limits
            },
            pages,
            session_absolute_ms: settings.session_absolute_minutes.saturating_mul(60_000),
            trusted_proxies: settings.trusted_proxies.clone().into(),
            api_reference: Arc::new(routes::api_v1::reference::reference()),
            public_origin: settings
                .public_url
                .as_deref()
                .and_then(routes::cross_site::public_origin)
                .map(Arc::from),
        });
        let router = routes::router(state.clone()).layer(session_layer(
            sessions,
            settings.cookie_secure,
            settings.session_idle_minutes,
        ));
        Ok(Application {
            listener,
            router,
            state,
            background,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("bound listener has an address")
    }

    pub fn database(&self) -> &Database {
        &self.state.db
    }

    /// The respondent pages this server keeps (for tests).
    pub fn page_cache(&self) -> &PageCache {
        &self.state.pages
    }

    /// Serves until `signal` completes, then shuts down without losing
    /// anything acknowledged: the listener stops accepting, requests in
    /// flight are answered, the statistics batch in hand is committed, and
    /// the pool is closed last.
    pub async fn run_until(
        self,
        signal: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let stop = self.background.as_ref().map(|b| b.stop.clone());
        let db = self.state.db.clone();
        let signal = async move {
            signal.await;
            tracing::info!("shutting down: answering the requests in flight");
            // Open results pages' event streams would never finish by
            // themselves.
            for region in db.region_databases() {
                region.summary_changes().close();
            }
            // The background work winds down alongside the requests.
            if let Some(stop) = stop {
                stop.cancel();
            }
        };
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(signal)
            .await?;
        if let Some(background) = self.background {
            background.stop(SHUTDOWN_GRACE).await;
        }
        self.state.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// The webhook runner on a thread of its own at a lower CPU priority
/// (nice 10): under load the respondent path comes first and deliveries
/// wait their turn; when the server is idle they go at full speed. Its
/// database work runs on the connections' own threads, at normal priority,
/// so it never holds SQLite's lock while starved.
fn spawn_webhook_runner(
    db: Database,
    sender: app::services::webhooks::WebhookSender,
    stop: tokio_util::sync::CancellationToken,
) -> tokio::task::JoinHandle<()> {
    // A thread of its own rather than the blocking pool: a runtime being
    // dropped waits for the pool's tasks, and this one ends only at `stop`.
    let (finished, done) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("webhooks".into())
        .spawn(move || {
            #[cfg(target_os = "linux")]
            // SAFETY: setpriority only changes this thread's scheduling.
            unsafe {
                let thread = libc::gettid() as libc::id_t;
                if libc::setpriority(libc::PRIO_PROCESS, thread, 10) != 0 {
                    tracing::warn!("the webhook runner keeps the normal priority");
                }
            }
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the webhook runner");
            runtime.block_on(app::services::webhooks::run_until_stopped(db, sender, stop));
            let _ = finished.send(());
        });
    if let Err(error) = thread {
        tracing::error!(%error, "the webhook runner could not start");
    }
    tokio::spawn(async move {
        let _ = done.await;
    })
}

/// How long shutdown waits for background work in hand. A job cut short
/// is resumed by the next claim once its lease runs out.
pub const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(30);

/// The statistics task and the background job runner of one process,
/// stopped together.
pub struct BackgroundTasks {
    pub metrics: Arc<TaskMetrics>,
    stop: tokio_util::sync::CancellationToken,
    handles: Vec<tokio::task::JoinHandle<()>>,
}

impl BackgroundTasks {
    pub fn spawn(
        db: &Database,
        settings: &Settings,
        services: app::services::jobs::JobServices,
    ) -> BackgroundTasks {
        let metrics = Arc::new(TaskMetrics::with_lease(settings.statistics_lease_ms));
        let interval = std::time::Duration::from_millis(settings.statistics_interval_ms);
        let stop = tokio_util::sync::CancellationToken::new();
        let mut handles = vec![tokio::spawn(app::services::statistics::run_until_stopped(
            db.clone(),
            metrics.clone(),
            interval,
            stop.clone(),
        ))];
        // Each region's database has its own outbox of webhooks.
        for region in db.region_databases() {
            handles.push(spawn_webhook_runner(
                region,
                services.webhooks.clone(),
                stop.clone(),
            ));
        }
        handles.push(tokio::spawn(app::services::jobs::run_until_stopped(
            db.clone(),
            services,
            interval,
            stop.clone(),
        )));
        BackgroundTasks {
            metrics,
            stop,
            handles,
        }
    }

    /// Asks the tasks to stop and waits up to `grace` for the work in hand.
    pub async fn stop(self, grace: std::time::Duration) {
        self.stop.cancel();
        let finished = tokio::time::timeout(grace, async {
            for handle in self.handles {
                let _ = handle.await;
            }
        })
        .await;
        if finished.is_err() {
            tracing::warn!(
                ?grace,
                "background work did not finish in time; its lease lets another process resume it"
            );
        }
    }
}

/// The local blob directory, or the cloud store the settings name, with
/// the stores of the regions that have their own.
pub fn open_blob_store(settings: &Settings) -> anyhow::Result<BlobStore> {
    let main: Arc<dyn object_store::ObjectStore> = match &settings.blob_store_url {
        Some(url) => blob_store_at(url, settings)?,
        None => {
            std::fs::create_dir_all(&settings.blob_dir).with_context(|| {
                format!(
                    "cannot create the blob directory {}",
                    settings.blob_dir.display()
                )
            })?;
            Arc::new(
                LocalFileSystem::new_with_prefix(&settings.blob_dir)
                    .context("cannot open the blob directory")?,
            )
        }
    };
    let mut regions = Vec::new();
    for region in &settings.regions {
        if let Some(url) = &region.blob_store_url {
            let store = blob_store_at(url, settings)
                .with_context(|| format!("the blob store of region {}", region.id))?;
            regions.push((region.id.clone(), store));
        }
    }
    Ok(BlobStore::new(main).with_regions(regions))
}

/// The cloud store at `url` (`az://container/prefix`, `s3://bucket/…`),
/// configured by the `AZURE_*` or `AWS_*` variables.
fn blob_store_at(
    url: &str,
    settings: &Settings,
) -> anyhow::Result<Arc<dyn object_store::ObjectStore>> {
    let mut container = url::Url::parse(url).context("a blob store URL is not a URL")?;
    // The path is our prefix inside the container or bucket (object_store
    // reads the path of `az://` addresses differently).
    let prefix = container.path().trim_matches('/').to_owned();
    container.set_path("");
    let (store, _) =
        object_store::parse_url_opts(&container, settings.blob_store_options.iter().cloned())
            .context("cannot configure the blob store (check TAILSPIN_BLOB_STORE_URL and the AZURE_* or AWS_* variables)")?;
    let store: Arc<dyn object_store::ObjectStore> = if prefix.is_empty() {
        Arc::from(store)
    } else {
        Arc::new(object_store::prefix::PrefixStore::new(
            store,
            object_store::path::Path::from(prefix.as_str()),
        ))
    };
    Ok(store)
}

/// The database, with the server key its data is sealed with and the blob
/// store that holds the tenants' data keys (and logos, exports, backups).
pub struct Storage {
    pub db: Database,
    pub key: app::secrets::ServerKey,
    pub blobs: BlobStore,
}

/// Opens the storage the settings name, migrated, and refuses a server key
/// this database's data is not sealed with.
pub async fn open_storage(settings: &Settings) -> anyhow::Result<Storage> {
    let key = load_server_key(settings)?;
    let blobs = open_blob_store(settings)?;
    let db = connect(settings, key.clone(), &blobs).await?;
    if !app::storage::data_keys::check_server_key(&db, &key).await? {
        anyhow::bail!(
            "the server key (TAILSPIN_SECRET_KEY or {}) is not the key this database's data is \
             sealed with; start with the right key, or, to change keys, run \
             `server keys reseal --previous-key-file OLD_KEY_FILE` first",
            settings.secret_key_file.display()
        );
    }
    for (region, region_db) in db.placed_regions() {
        if !app::storage::data_keys::check_server_key(region_db, &key).await? {
            anyhow::bail!(
                "the server key is not the key the database of region {region} is sealed with; \
                 run `server keys reseal --previous-key-file OLD_KEY_FILE` first"
            );
        }
    }
    Ok(Storage { db, key, blobs })
}

/// The database of [`open_storage`], for commands that need only it.
pub async fn open_database(settings: &Settings) -> anyhow::Result<Database> {
    Ok(open_storage(settings).await?.db)
}

/// [`open_database`] with `key`, unchecked (for resealing).
pub async fn open_database_with_any_key(
    settings: &Settings,
    key: app::secrets::ServerKey,
) -> anyhow::Result<Database> {
    connect(settings, key, &open_blob_store(settings)?).await
}

async fn connect(
    settings: &Settings,
    key: app::secrets::ServerKey,
    blobs: &BlobStore,
) -> anyhow::Result<Database> {
    if let Some(dir) = settings.sqlite_parent_dir() {
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the data directory {}", dir.display()))?;
    }
    let db = Database::connect(&settings.database_url)
        .await
        .context("cannot open the database (check DATABASE_URL)")?;
    db.migrate().await.context(
        "database migration failed; the server will not start on a schema it does not know",
    )?;
    // Answers are sealed with their tenant's data key, which lives in the
    // blob store sealed by the server key.
    db.install_data_keys(key.clone(), blobs.main().clone());
    let mut regions = Vec::new();
    for region in &settings.regions {
        let Some(url) = &region.database_url else {
            continue;
        };
        let region_db = Database::connect(url)
            .await
            .with_context(|| format!("cannot open the database of region {}", region.id))?;
        region_db
            .migrate()
            .await
            .with_context(|| format!("migrating the database of region {} failed", region.id))?;
        region_db.install_data_keys(key.clone(), blobs.of(&region.id).clone());
        regions.push((region.id.clone(), region_db));
    }
    db.place_regions(regions)
        .await
        .context("cannot give the regions' databases their id spaces")
}

fn leptos_options(settings: &Settings, addr: SocketAddr) -> anyhow::Result<LeptosOptions> {
    let mut options = leptos::config::get_configuration(None)
        .context("invalid LEPTOS_* settings")?
        .leptos_options;
    if options.output_name.is_empty() {
        options.output_name = Arc::from("tailspin");
    }
    options.site_root = Arc::from(settings.site_root.to_string_lossy().as_ref());
    options.site_addr = addr;
    Ok(options)
}

/// Ctrl-C or SIGTERM. The handlers are installed when this is called, not
/// when the future is first polled, so call it before announcing that the
/// server listens: a supervisor that sends SIGTERM as soon as it reads that
/// line must get a graceful stop, not the default "terminate at once".
pub fn shutdown_signal() -> impl std::future::Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let terminate = signal(SignalKind::terminate());
        let interrupt = signal(SignalKind::interrupt());
        async move {
            match (terminate, interrupt) {
                (Ok(mut terminate), Ok(mut interrupt)) => {
                    tokio::select! {
                        _ = terminate.recv() => {},
                        _ = interrupt.recv() => {},
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Email through `TAILSPIN_SMTP_URL`, or into the local outbox.
pub fn mailer(
    settings: &Settings,
    base_url: &str,
    key: app::secrets::ServerKey,
) -> anyhow::Result<app::services::mail::Mailer> {
    use app::services::mail::{MailTransport, Mailer};
    let transport = match &settings.smtp_url {
        Some(url) => {
            tracing::info!(smtp = %url.redacted(), "email goes through SMTP");
            MailTransport::smtp(url.clone())
        }
        None => {
            tracing::info!(
                outbox = %settings.outbox_dir.display(),
                "no TAILSPIN_SMTP_URL: email is written to the local outbox (listed at /admin/email)"
            );
            MailTransport::Outbox(settings.outbox_dir.clone())
        }
    };
    let mut mailer = Mailer::new(transport, settings.mail_from.as_deref(), base_url, key)
        .map_err(|e| anyhow::anyhow!(e))?;
    mailer.lease_ms = i64::from(settings.mail_lease_seconds) * 1000;
    Ok(mailer)
}
