use std::str::FromStr;
use std::time::Duration;

use std::sync::{Arc, OnceLock};

use super::availability::Availability;
use super::branding_cache::BrandingCache;
use super::key_ring::KeyRing;
pub use super::pool::{Backend, Pool};
use super::public_changes::PublicChanges;
use super::submission_writer::SubmissionWriter;
use super::summary_changes::SummaryChanges;
use super::survey_cache::SurveyCache;
use super::tenant_cache::TenantCache;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// How long a request waits for a PostgreSQL connection. When the database
/// is down, requests fail with 503 after this instead of hanging; the pool
/// connects again by itself when it returns.
const POSTGRES_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// The database of the service: its pool, and the tenant records read
/// through it (kept for a few seconds; see [`TenantCache`]). Queries are
/// written once and run on either engine through [`with_pool!`]. Clones
/// share the pool and the cache.
#[derive(Clone, Debug)]
pub struct Database {
    pool: Pool,
    tenants: TenantCache,
    /// Started on the first submission (it needs the runtime).
    submissions: Arc<OnceLock<SubmissionWriter>>,
    surveys: SurveyCache,
    branding: BrandingCache,
    /// Writes that change what public pages show, for the page cache.
    public: PublicChanges,
    availability: Arc<Availability>,
    /// Turns at SQLite's single write lock for the busy writers (see
    /// [`Database::sqlite_write_turn`]).
    write_turns: Arc<tokio::sync::Mutex<()>>,
    /// Merged summaries, announced to open results pages.
    summaries: SummaryChanges,
    /// The tenants' data keys, installed once the server key and the blob
    /// store are known ([`Database::install_data_keys`]).
    key_ring: Arc<OnceLock<KeyRing>>,
    /// What this handle holds (see [`super::regions`]).
    pub(super) serves: Serves,
    /// The regions with databases of their own (on the directory only).
    pub(super) regions: Arc<RegionDatabases>,
    /// The directory's pool, on a region's handle: tenant changes are
    /// announced there, where every instance listens.
    pub(super) directory_pool: Option<Pool>,
    /// Where this database's ids start (`id_spaces`); 0 for the directory.
    pub(super) id_base: i64,
}

/// What a database handle holds.
#[derive(Clone, Debug, Default)]
pub(super) enum Serves {
    /// The directory, and the tenants of regions without a database.
    #[default]
    Directory,
    /// The tenants placed in this region only.
    Region(String),
}

/// The regions with a database of their own, by region id.
#[derive(Clone, Debug, Default)]
pub(super) struct RegionDatabases(pub(super) std::collections::BTreeMap<String, Database>);

/// Runs `$body` with `$pool` bound to the concrete pool. The body is
/// compiled once per engine, so each keeps its own native types; SQL uses
/// `$1`-style parameters, which both engines accept.
///
/// On PostgreSQL it fails at once while the database is known to be down,
/// and reports each error so that an outage is noticed (see
/// [`Availability`]).
macro_rules! with_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db.pool() {
            $crate::storage::database::Pool::Sqlite($pool) => $body,
            $crate::storage::database::Pool::Postgres($pool) => {
                let availability = $db.availability();
                availability.check()?;
                let result = async { $body }.await;
                if let Err(error) = &result {
                    availability.report($pool, error);
                }
                result
            }
        }
    };
}
pub(crate) use with_pool;

/// [`with_pool!`] for a body whose value is not a `Result<_, sqlx::Error>`
/// (it returns its errors with `?` itself): it fails fast too, but its
/// errors are not reported.
macro_rules! with_pool_as_is {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db.pool() {
            $crate::storage::database::Pool::Sqlite($pool) => $body,
            $crate::storage::database::Pool::Postgres($pool) => {
                $db.availability().check()?;
                $body
            }
        }
    };
}
pub(crate) use with_pool_as_is;

impl Database {
    pub fn from_pool(pool: Pool) -> Database {
        Database {
            pool,
            tenants: TenantCache::new(),
            submissions: Arc::new(OnceLock::new()),
            surveys: SurveyCache::new(),
            branding: BrandingCache::new(),
            public: PublicChanges::default(),
            availability: Availability::new(),
            write_turns: Arc::new(tokio::sync::Mutex::new(())),
            summaries: SummaryChanges::default(),
            key_ring: Arc::new(OnceLock::new()),
            serves: Serves::Directory,
            regions: Arc::new(RegionDatabases::default()),
            directory_pool: None,
            id_base: 0,
        }
    }

    /// `region`, sharing the directory's caches of tenants, surveys and
    /// branding and its announcements, so that a change made through
    /// either handle is seen by both.
    pub(super) fn placed_beside(mut self, directory: &Database, region: Serves) -> Database {
        self.tenants = directory.tenants.clone();
        self.surveys = directory.surveys.clone();
        self.branding = directory.branding.clone();
        self.public = directory.public.clone();
        self.serves = region;
        self.directory_pool = Some(directory.pool.clone());
        self
    }

    /// Where tenant changes are announced: the directory's pool.
    pub(super) fn directory_pool(&self) -> &Pool {
        self.directory_pool.as_ref().unwrap_or(&self.pool)
    }

    /// Lets storage seal and open answers: the server key seals the
    /// tenants' data keys, which live in `store`. Every clone of this
    /// handle shares them; a second call is ignored.
    pub fn install_data_keys(
        &self,
        server_key: crate::secrets::ServerKey,
        store: Arc<dyn object_store::ObjectStore>,
    ) {
        let _ = self.key_ring.set(KeyRing::new(server_key, store));
    }

    /// The tenants' data keys (see [`Database::install_data_keys`]).
    pub(super) fn key_ring(&self) -> Result<&KeyRing, sqlx::Error> {
        self.key_ring.get().ok_or_else(|| {
            sqlx::Error::Configuration("no data keys installed on this database handle".into())
        })
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Announcements of merged summaries (see [`SummaryChanges`]).
    pub fn summary_changes(&self) -> &SummaryChanges {
        &self.summaries
    }

    /// The group-commit writer of submissions on this pool.
    pub(super) fn submission_writer(&self) -> &SubmissionWriter {
        self.submissions.get_or_init(|| {
            SubmissionWriter::start(
                self.pool.clone(),
                self.availability.clone(),
                self.write_turns.clone(),
            )
        })
    }

    /// On SQLite, waits for this process's turn to write; `None` on
    /// PostgreSQL, whose writers do not exclude each other. SQLite lets one
    /// writer in at a time, and a writer that finds the lock taken sleeps
    /// and retries (busy_timeout), so under a steady stream of submission
    /// batches the statistics task could lose the race for seconds. Taking
    /// turns here first, in arrival order, bounds its wait to one batch.
    /// Held from before the transaction begins until it ends.
    pub(super) async fn sqlite_write_turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.pool {
            Pool::Sqlite(_) => Some(self.write_turns.lock().await),
            Pool::Postgres(_) => None,
        }
    }

    /// Whether PostgreSQL is known to be down (never on SQLite).
    pub fn availability(&self) -> &Arc<Availability> {
        &self.availability
    }

    /// Published surveys for the respondents' pages (one second).
    pub(super) fn survey_cache(&self) -> &SurveyCache {
        &self.surveys
    }

    /// Branding records for the public pages (as long as tenant records).
    pub(super) fn branding_cache(&self) -> &BrandingCache {
        &self.branding
    }

    /// Announcements of changes to public pages (see [`PublicChanges`]).
    pub fn public_changes(&self) -> &PublicChanges {
        &self.public
    }

    /// Tenant records by alias; storage evicts a tenant whenever it writes it.
    pub fn tenant_cache(&self) -> &TenantCache {
        &self.tenants
    }

    /// Connects to `sqlite:...` or `postgres:...`. A SQLite file is created
    /// when missing; its parent directory must exist.
    pub async fn connect(url: &str) -> Result<Database, sqlx::Error> {
        if url.starts_with("sqlite:") {
            // WAL lets readers run beside the writer; synchronous=FULL makes
            // every acknowledged commit survive a crash or power loss.
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Ok(Database::from_pool(Pool::Sqlite(pool)))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(POSTGRES_ACQUIRE_TIMEOUT)
                .connect_with(options)
                .await?;
            Ok(Database::from_pool(Pool::Postgres(pool)))
        } else {
            Err(sqlx::Error::Configuration(
                "DATABASE_URL must start with sqlite: or postgres:".into(),
            ))
        }
    }

    pub fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the engine's pending migrations (embedded in the binary).
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match &self.pool {
            Pool::Sqlite(pool) => {
                // On a connection of its own, closed afterwards: a migration
                // that edits a table's definition (0010) leaves the
                // connection that ran it with the old one in memory.
                let mut connection = pool.acquire().await?.detach();
                let applied = sqlx::migrate!("../migrations/sqlite")
                    .run_direct(&mut connection)
                    .await;
                let _ = sqlx::Connection::close(connection).await;
                applied
            }
            Pool::Postgres(pool) => sqlx::migrate!("../migrations/postgres").run(pool).await,
        }
    }

    /// How many of this build's migrations the database has not applied.
    pub async fn pending_migrations(&self) -> Result<usize, sqlx::Error> {
        let query = "SELECT version FROM _sqlx_migrations WHERE success";
        let (migrator, applied): (sqlx::migrate::Migrator, Vec<i64>) = match &self.pool {
            Pool::Sqlite(pool) => (
                sqlx::migrate!("../migrations/sqlite"),
                sqlx::query_scalar(query).fetch_all(pool).await?,
            ),
            Pool::Postgres(pool) => (
                sqlx::migrate!("../migrations/postgres"),
                sqlx::query_scalar(query).fetch_all(pool).await?,
            ),
        };
        Ok(migrator
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .count())
    }

    /// Closes the pool, and on the directory every region's pool too.
    pub async fn close(&self) {
        for (_, region) in self.placed_regions() {
            region.close_pool().await;
        }
        self.close_pool().await;
    }

    async fn close_pool(&self) {
        match &self.pool {
            Pool::Sqlite(pool) => pool.close().await,
            Pool::Postgres(pool) => pool.close().await,
        }
    }
}

pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .is_some_and(|e| e.is_unique_violation())
}

/// `count` numbered parameters from `$first`, for an `IN (...)` list:
/// `parameter_list(2, 3)` is `$2, $3, $4`.
/// `($1, $2), ($3, $4)` for `rows` rows of `columns` values, for a
/// multi-row `VALUES`.
pub(crate) fn parameter_rows(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| format!("({})", parameter_list(row * columns + 1, columns)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn parameter_list(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::Database;
    use crate::domain::UnixMillis;
    use crate::storage::statistics::claim_batch;

    #[tokio::test]
    async fn on_sqlite_the_statistics_task_waits_for_its_turn_to_write() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("turns.db").display());
        let db = Database::connect(&url).await.unwrap();
        db.migrate().await.unwrap();

        let turn = db.sqlite_write_turn().await;
        assert!(turn.is_some(), "SQLite writers take turns");
        let claim = tokio::spawn({
            let db = db.clone();
            async move { claim_batch(&db, UnixMillis(0), 1_000, 10).await }
        });
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(
            !claim.is_finished(),
            "the claim must wait while another writer has the turn"
        );

        drop(turn);
        let claimed = tokio::time::timeout(Duration::from_secs(10), claim)
            .await
            .expect("the claim goes ahead once the turn is free")
            .unwrap()
            .unwrap();
        assert!(claimed.is_empty());
    }
}
