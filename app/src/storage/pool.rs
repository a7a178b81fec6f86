//! The two supported engines and a connection pool on either.

use sqlx::postgres::PgPool;
use sqlx::sqlite::SqlitePool;

/// Which engine a `Database` runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A connection pool on one of the two supported engines.
#[derive(Clone, Debug)]
pub enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}
