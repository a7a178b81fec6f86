//! Retrying transient database faults: a dropped or refused connection,
//! PostgreSQL serialization failures, deadlocks and administrator
//! shutdowns, SQLite busy or locked. Exponential backoff with jitter
//! (backon), for about two seconds at most, each retry counted
//! (`tailspin_db_retries_total`). Only operations that are safe to run
//! again are wrapped: whole transactions, or writes keyed so that a repeat
//! changes nothing (a submission's idempotency key).

use std::future::Future;
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};

/// Whether `error` may pass if the same operation is tried again.
pub fn is_transient(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => {
            let code = db.code();
            let code = code.as_deref().unwrap_or_default();
            matches!(
                code,
                // PostgreSQL: serialization failure, deadlock, admin or
                // crash shutdown, cannot connect now, connection failures.
                "40001" | "40P01" | "57P01" | "57P02" | "57P03" | "08000" | "08003" | "08006"
                // SQLite: busy and locked, with their extended codes.
                | "5" | "6" | "261" | "517" | "262"
            )
        }
        _ => false,
    }
}

/// Whether `error` says the database cannot be reached or is shutting down
/// (rather than that a query was wrong): such requests answer 503, and the
/// pool reconnects by itself once the database is back.
pub fn means_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            let code = db.code();
            let code = code.as_deref().unwrap_or_default();
            // Besides the transient codes: "database is not accepting
            // connections" (55000) and too many connections (53300).
            is_transient(error) || code.starts_with("08") || matches!(code, "55000" | "53300")
        }
        _ => false,
    }
}

fn policy() -> ExponentialBuilder {
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_millis(20))
        .with_max_delay(Duration::from_millis(500))
        .with_max_times(6)
        .with_jitter()
}

/// Runs `operation`, trying again after transient faults.
pub async fn retrying<T, F, Fut>(what: &'static str, operation: F) -> Result<T, sqlx::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, sqlx::Error>>,
{
    operation
        .retry(policy())
        .sleep(tokio::time::sleep)
        .when(is_transient)
        .notify(|error, wait| {
            metrics::counter!("tailspin_db_retries_total", "operation" => what).increment(1);
            tracing::warn!(operation = what, %error, ?wait, "transient database fault; trying again");
        })
        .await
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    fn reset() -> sqlx::Error {
        sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionReset))
    }

    #[tokio::test]
    async fn transient_faults_are_tried_again_until_they_pass() {
        let calls = AtomicU32::new(0);
        let result = retrying("test", || async {
            if calls.fetch_add(1, Ordering::SeqCst) < 2 {
                Err(reset())
            } else {
                Ok(42)
            }
        })
        .await;
        assert_eq!(result.unwrap(), 42);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn lost_connections_mean_unavailable_and_query_errors_do_not() {
        assert!(means_unavailable(&reset()));
        assert!(means_unavailable(&sqlx::Error::PoolTimedOut));
        assert!(means_unavailable(&sqlx::Error::PoolClosed));
        assert!(!means_unavailable(&sqlx::Error::RowNotFound));
        assert!(!means_unavailable(&sqlx::Error::Protocol("bad".into())));
    }

    #[tokio::test]
    async fn other_errors_and_lasting_faults_are_not_hidden() {
        let calls = AtomicU32::new(0);
        let result: Result<(), _> = retrying("test", || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(sqlx::Error::RowNotFound)
        })
        .await;
        assert!(matches!(result, Err(sqlx::Error::RowNotFound)));
        assert_eq!(calls.load(Ordering::SeqCst), 1, "not retried");

        let calls = AtomicU32::new(0);
        let started = std::time::Instant::now();
        let result: Result<(), _> = retrying("test", || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(reset())
        })
        .await;
        assert!(result.is_err());
        assert_eq!(
            calls.load(Ordering::SeqCst),
            7,
            "the first try and six more"
        );
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "bounded in time"
        );
    }
}
