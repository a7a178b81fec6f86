//! Failed sign-ins, for rate limiting across every server instance.

use super::with_pool;
use crate::domain::UnixMillis;
use crate::storage::Database;

pub async fn record_failure(
    db: &Database,
    account: &str,
    address: &str,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query("INSERT INTO sign_in_failures (account, address, failed_at) VALUES ($1, $2, $3)")
            .bind(account)
            .bind(address)
            .bind(now.0)
            .execute(pool)
            .await?;
        Ok(())
    })
}

/// Failures since `since` for the account and for the address.
pub async fn count_failures(
    db: &Database,
    account: &str,
    address: &str,
    since: UnixMillis,
) -> Result<(i64, i64), sqlx::Error> {
    with_pool!(db, pool => {
        let by_account: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sign_in_failures WHERE account = $1 AND failed_at >= $2",
        )
        .bind(account)
        .bind(since.0)
        .fetch_one(pool)
        .await?;
        let by_address: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sign_in_failures WHERE address = $1 AND failed_at >= $2",
        )
        .bind(address)
        .bind(since.0)
        .fetch_one(pool)
        .await?;
        Ok((by_account, by_address))
    })
}

/// A successful sign-in forgives the account's earlier failures; old rows of
/// everyone are dropped on the way.
pub async fn clear_failures(
    db: &Database,
    account: &str,
    older_than: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query("DELETE FROM sign_in_failures WHERE account = $1 OR failed_at < $2")
            .bind(account)
            .bind(older_than.0)
            .execute(pool)
            .await?;
        Ok(())
    })
}
