//! Failing fast while PostgreSQL is down. Without this, every request
//! waits out the pool's connect timeout (its connection attempts are
//! refused and retried) and submissions queue behind one another. Once an
//! operation fails in a way that suggests the server is gone, one probe
//! connects directly (outside the pool); if that fails too, the database is
//! marked down: operations then fail at once with `PoolTimedOut` (503)
//! while the probe keeps trying every 250 ms, and lifts the mark as soon as
//! the server answers. A probe that succeeds at once (say, the pool was only
//! busy) marks nothing.
//!
//! SQLite is a local file: it is never marked down.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sqlx::Connection;
use sqlx::postgres::{PgConnection, PgPool};

const PROBE_EVERY: Duration = Duration::from_millis(250);
const PROBE_TIMEOUT: Duration = Duration::from_secs(1);

#[derive(Debug, Default)]
pub struct Availability {
    down: AtomicBool,
    probing: AtomicBool,
}

impl Availability {
    pub fn new() -> Arc<Availability> {
        Arc::new(Availability::default())
    }

    /// `Err(PoolTimedOut)` while the database is marked down.
    pub fn check(&self) -> Result<(), sqlx::Error> {
        if self.down.load(Ordering::Relaxed) {
            Err(sqlx::Error::PoolTimedOut)
        } else {
            Ok(())
        }
    }

    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::Relaxed)
    }

    /// Called with every error of an operation on `pool`: one suggesting the
    /// server is unreachable starts a probe (unless one is running).
    pub fn report(self: &Arc<Self>, pool: &PgPool, error: &sqlx::Error) {
        if !suggests_outage(error) || self.probing.swap(true, Ordering::AcqRel) {
            return;
        }
        let availability = self.clone();
        let options = pool.connect_options();
        tokio::spawn(async move {
            loop {
                let answered = tokio::time::timeout(PROBE_TIMEOUT, async {
                    let mut connection = PgConnection::connect_with(&options).await?;
                    sqlx::query("SELECT 1").execute(&mut connection).await?;
                    connection.close().await
                })
                .await;
                match answered {
                    Ok(Ok(())) => break,
                    Ok(Err(error)) => {
                        if !availability.down.swap(true, Ordering::AcqRel) {
                            tracing::warn!(%error, "database unreachable: failing fast until it answers");
                        }
                    }
                    Err(_) => {
                        if !availability.down.swap(true, Ordering::AcqRel) {
                            tracing::warn!("database not answering: failing fast until it does");
                        }
                    }
                }
                tokio::time::sleep(PROBE_EVERY).await;
            }
            if availability.down.swap(false, Ordering::AcqRel) {
                tracing::info!("database answers again");
            }
            availability.probing.store(false, Ordering::Release);
        });
    }
}

/// A lost or refused connection, a server shutting down or not accepting
/// connections, or no connection to be had in time.
fn suggests_outage(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(db) => {
            let code = db.code();
            let code = code.as_deref().unwrap_or_default();
            code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P03" | "55000")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_connection_failures_suggest_an_outage() {
        assert!(suggests_outage(&sqlx::Error::PoolTimedOut));
        assert!(suggests_outage(&sqlx::Error::Io(std::io::Error::from(
            std::io::ErrorKind::ConnectionRefused
        ))));
        assert!(!suggests_outage(&sqlx::Error::RowNotFound));
        assert!(!suggests_outage(&sqlx::Error::ColumnNotFound("x".into())));
    }

    #[test]
    fn the_mark_fails_operations_fast() {
        let availability = Availability::new();
        assert!(availability.check().is_ok());
        availability.down.store(true, Ordering::Relaxed);
        assert!(matches!(
            availability.check(),
            Err(sqlx::Error::PoolTimedOut)
        ));
    }
}
