//! Sessions in the application's own database (SQLite or PostgreSQL, as
//! chosen at start-up), so every server instance sees the same sessions.

use app::storage::Database;
use async_trait::async_trait;
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// The sqlx store of whichever engine the database runs on.
#[derive(Clone, Debug)]
pub enum DatabaseSessionStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl DatabaseSessionStore {
    /// Opens the store and creates its table when missing.
    pub async fn open(db: &Database) -> Result<Self, sqlx::Error> {
        let store = match db.pool() {
            app::storage::Pool::Sqlite(pool) => {
                DatabaseSessionStore::Sqlite(SqliteStore::new(pool.clone()))
            }
            app::storage::Pool::Postgres(pool) => {
                DatabaseSessionStore::Postgres(PostgresStore::new(pool.clone()))
            }
        };
        match &store {
            DatabaseSessionStore::Sqlite(s) => s.migrate().await?,
            DatabaseSessionStore::Postgres(s) => s.migrate().await?,
        }
        Ok(store)
    }

    /// Removes expired sessions every `period`, for as long as the process runs.
    pub fn spawn_expired_deletion(&self, period: std::time::Duration) {
        let store = self.clone();
        tokio::spawn(async move {
            let result = match store {
                DatabaseSessionStore::Sqlite(s) => s.continuously_delete_expired(period).await,
                DatabaseSessionStore::Postgres(s) => s.continuously_delete_expired(period).await,
            };
            if let Err(error) = result {
                tracing::error!(%error, "expired-session deletion stopped");
            }
        });
    }
}

#[async_trait]
impl SessionStore for DatabaseSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            DatabaseSessionStore::Sqlite(s) => s.create(record).await,
            DatabaseSessionStore::Postgres(s) => s.create(record).await,
        }
    }

    /// Saves a session that still exists. Every request saves its session
    /// at its end (the idle expiry moves), so without the check a request
    /// that was in flight when the session was deleted (a password reset, a
    /// suspension) would write it back and sign its holder in again. New
    /// sessions go through `create`.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        if self.load(&record.id).await?.is_none() {
            return Ok(());
        }
        match self {
            DatabaseSessionStore::Sqlite(s) => s.save(record).await,
            DatabaseSessionStore::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            DatabaseSessionStore::Sqlite(s) => s.load(id).await,
            DatabaseSessionStore::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            DatabaseSessionStore::Sqlite(s) => s.delete(id).await,
            DatabaseSessionStore::Postgres(s) => s.delete(id).await,
        }
    }
}

/// The session cookie's name over https, then over plain http.
pub const SESSION_COOKIE_NAMES: [&str; 2] = ["__Host-tailspin", "tailspin_session"];

/// The cookie: HttpOnly, SameSite=Lax (the identity provider's redirect back
/// must carry it), and when served over https `Secure` with the `__Host-`
/// prefix, which pins it to this host and path `/`.
pub fn session_layer(
    store: DatabaseSessionStore,
    secure: bool,
    idle_minutes: i64,
) -> SessionManagerLayer<DatabaseSessionStore> {
    let name = if secure {
        SESSION_COOKIE_NAMES[0]
    } else {
        SESSION_COOKIE_NAMES[1]
    };
    SessionManagerLayer::new(store)
        .with_name(name)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(idle_minutes)))
}
