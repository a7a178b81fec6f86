//! The tenant's own export database: creating it on first use, connecting
//! to it, and its relational schema.
//!
//! On PostgreSQL each tenant gets a database and a login role of its own
//! (the role owns the database, `PUBLIC` may not connect), so the
//! subscriber can be given credentials that reach nothing else. On the
//! embedded default each tenant gets a SQLite file in the export directory.

use std::path::PathBuf;

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::aead::{KeyInit, OsRng};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use super::settings::ExportSettings;
use crate::auth::TenantScope;
use crate::domain::UnixMillis;
use crate::error::AppError;
use crate::storage::exports::{ExportDatabaseRecord, find_export_database, save_export_database};
use crate::storage::{Database, Pool};

/// How to reach a tenant's export database, as shown to its Administrator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportLocation {
    SqliteFile(PathBuf),
    Postgres {
        host: String,
        port: u16,
        database: String,
        username: String,
        password: String,
    },
}

/// The tenant's export database, created (idempotently) when it has none.
pub async fn ensure_export_database(
    db: &Database,
    settings: &ExportSettings,
    scope: &TenantScope,
) -> Result<ExportDatabaseRecord, AppError> {
    if let Some(record) = find_export_database(db, scope).await? {
        return Ok(record);
    }
    let record = match db.pool() {
        Pool::Sqlite(_) => {
            std::fs::create_dir_all(&settings.sqlite_dir)
                .map_err(|e| AppError::internal("export: cannot create the export directory", e))?;
            ExportDatabaseRecord {
                engine: "sqlite".into(),
                database_name: format!("tenant-{}.sqlite", scope.tenant_id().0),
                username: None,
                password_sealed: None,
                settled_submission_id: 0,
            }
        }
        Pool::Postgres(pool) => {
            let name = postgres_name(pool.connect_options().get_database(), scope);
            let password = generated_password();
            create_postgres_database(pool, &name, &password).await?;
            ExportDatabaseRecord {
                engine: "postgres".into(),
                database_name: name.clone(),
                username: Some(name),
                password_sealed: Some(settings.key.seal(scope.tenant_id(), &password)?),
                settled_submission_id: 0,
            }
        }
    };
    save_export_database(db, scope, &record, UnixMillis::now()).await?;
    Ok(record)
}

/// Where the database is and how to sign in to it.
pub fn export_location(
    db: &Database,
    settings: &ExportSettings,
    scope: &TenantScope,
    record: &ExportDatabaseRecord,
) -> Result<ExportLocation, AppError> {
    match (db.pool(), record.engine.as_str()) {
        (Pool::Sqlite(_), "sqlite") => Ok(ExportLocation::SqliteFile(
            settings.sqlite_dir.join(&record.database_name),
        )),
        (Pool::Postgres(pool), "postgres") => {
            let options = pool.connect_options();
            let password = match &record.password_sealed {
                Some(sealed) => settings.key.open(scope.tenant_id(), sealed)?,
                None => String::new(),
            };
            Ok(ExportLocation::Postgres {
                host: options.get_host().to_owned(),
                port: options.get_port(),
                database: record.database_name.clone(),
                username: record.username.clone().unwrap_or_default(),
                password,
            })
        }
        _ => Err(AppError::internal(
            "export",
            format!(
                "the export database is {} but the server runs on another engine",
                record.engine
            ),
        )),
    }
}

/// Connects to the export database as its own user and makes sure its
/// tables exist.
pub async fn connect_export_database(
    db: &Database,
    location: &ExportLocation,
) -> Result<Database, AppError> {
    let failed = |e: sqlx::Error| AppError::internal("export: cannot open the export database", e);
    let target = match (db.pool(), location) {
        (_, ExportLocation::SqliteFile(path)) => {
            Database::connect(&format!("sqlite://{}", path.display()))
                .await
                .map_err(failed)?
        }
        (
            Pool::Postgres(pool),
            ExportLocation::Postgres {
                database,
                username,
                password,
                ..
            },
        ) => {
            let options: PgConnectOptions = (*pool.connect_options())
                .clone()
                .database(database)
                .username(username)
                .password(password);
            Database::from_pool(Pool::Postgres(
                PgPoolOptions::new()
                    .max_connections(2)
                    .connect_with(options)
                    .await
                    .map_err(failed)?,
            ))
        }
        (Pool::Sqlite(_), ExportLocation::Postgres { .. }) => {
            return Err(AppError::internal(
                "export",
                "a PostgreSQL export database on a SQLite server",
            ));
        }
    };
    super::schema::create_schema(&target)
        .await
        .map_err(failed)?;
    Ok(target)
}

/// `<main database>_export_<tenant id>`: unique on the server even when
/// several Tailspin databases share it, and within PostgreSQL's 63 bytes.
fn postgres_name(main_database: Option<&str>, scope: &TenantScope) -> String {
    let main: String = main_database
        .unwrap_or("tailspin")
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(40)
        .collect();
    format!("{main}_export_{}", scope.tenant_id().0)
}

/// 64 hexadecimal digits from the operating system's generator: strong, and
/// safe to place in a quoted SQL literal.
fn generated_password() -> String {
    XChaCha20Poly1305::generate_key(&mut OsRng)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Creates the login role and the database it owns, or resets the role's
/// password when an earlier attempt got that far.
async fn create_postgres_database(
    pool: &sqlx::PgPool,
    name: &str,
    password: &str,
) -> Result<(), AppError> {
    // Names and the password are made here from [a-z0-9_] only: quoting
    // them is enough (utility statements take no bind parameters).
    debug_assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    let failed =
        |e: sqlx::Error| AppError::internal("export: cannot create the export database", e);
    let role_exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)")
            .bind(name)
            .fetch_one(pool)
            .await
            .map_err(failed)?;
    let role = if role_exists { "ALTER" } else { "CREATE" };
    sqlx::query(&format!(
        "{role} ROLE \"{name}\" LOGIN PASSWORD '{password}'"
    ))
    .execute(pool)
    .await
    .map_err(failed)?;
    let database_exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
            .bind(name)
            .fetch_one(pool)
            .await
            .map_err(failed)?;
    if !database_exists {
        sqlx::query(&format!("CREATE DATABASE \"{name}\" OWNER \"{name}\""))
            .execute(pool)
            .await
            .map_err(failed)?;
    }
    sqlx::query(&format!("REVOKE ALL ON DATABASE \"{name}\" FROM PUBLIC"))
        .execute(pool)
        .await
        .map_err(failed)?;
    close_main_database_to_public(pool).await.map_err(failed)
}

/// Every login may connect to a database and make temporary tables in it
/// unless PUBLIC loses those rights, and the export logins are logins: so
/// the main database keeps them for the role the server runs as only. (What
/// every login still sees is PostgreSQL's shared catalogue: the names of
/// databases and roles. README, Security.)
async fn close_main_database_to_public(pool: &sqlx::PgPool) -> Result<(), sqlx::Error> {
    let main: String = sqlx::query_scalar("SELECT current_database()")
        .fetch_one(pool)
        .await?;
    let quoted = format!("\"{}\"", main.replace('"', "\"\""));
    sqlx::query(&format!(
        "GRANT CONNECT, TEMPORARY ON DATABASE {quoted} TO CURRENT_USER"
    ))
    .execute(pool)
    .await?;
    sqlx::query(&format!(
        "REVOKE CONNECT, TEMPORARY ON DATABASE {quoted} FROM PUBLIC"
    ))
    .execute(pool)
    .await?;
    Ok(())
}

/// Removes the tenant's export database, whether or not one was made (the
/// purge of a deleted tenant may run this more than once).
pub async fn drop_export_database(
    db: &Database,
    settings: &ExportSettings,
    scope: &TenantScope,
) -> Result<(), AppError> {
    match db.pool() {
        Pool::Sqlite(_) => {
            let file = settings
                .sqlite_dir
                .join(format!("tenant-{}.sqlite", scope.tenant_id().0));
            for suffix in ["", "-wal", "-shm"] {
                let mut path = file.clone().into_os_string();
                path.push(suffix);
                match std::fs::remove_file(&path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(AppError::internal("purge: removing the export file", e)),
                }
            }
            Ok(())
        }
        Pool::Postgres(pool) => {
            let name = postgres_name(pool.connect_options().get_database(), scope);
            let failed =
                |e: sqlx::Error| AppError::internal("purge: dropping the export database", e);
            // FORCE ends the subscriber's own open connections to it.
            sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .execute(pool)
                .await
                .map_err(failed)?;
            sqlx::query(&format!("DROP ROLE IF EXISTS \"{name}\""))
                .execute(pool)
                .await
                .map_err(failed)?;
            Ok(())
        }
    }
}
