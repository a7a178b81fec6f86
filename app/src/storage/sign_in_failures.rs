//! Failed sign-ins, for rate limiting across every server instance.

use super::database::with_pool;
use crate::domain::UnixMillis;
use crate::storage::database::Database;

/// Records an attempt as failed (until a correct password removes it);
/// returns its id, which orders it among attempts made at the same moment.
pub async fn record_failure(
    db: &Database,
    account: &str,
    address: &str,
    now: UnixMillis,
) -> Result<i64, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar(
            "INSERT INTO sign_in_failures (account, address, failed_at) VALUES ($1, $2, $3) \
             RETURNING id",
        )
        .bind(account)
        .bind(address)
        .bind(now.0)
        .fetch_one(pool)
        .await
    })
}

/// Failures since `since`: how many, and the time of the latest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FailureCount {
    pub count: i64,
    pub latest: Option<UnixMillis>,
}

/// Failures since `since` of the account (from anywhere), of the account
/// from this address, and of this address (on any account).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FailureHistory {
    pub account: FailureCount,
    pub account_from_address: FailureCount,
    pub address: FailureCount,
}

/// Only the attempts recorded before `before` (an id) count, when given.
pub async fn failure_history(
    db: &Database,
    account: &str,
    address: &str,
    since: UnixMillis,
    before: Option<i64>,
) -> Result<FailureHistory, sqlx::Error> {
    let before = before.unwrap_or(i64::MAX);
    let read = |(count, latest): (i64, Option<i64>)| FailureCount {
        count,
        latest: latest.map(UnixMillis),
    };
    // One pass over the rows of this account or this address.
    with_pool!(db, pool => {
        let (account, account_latest, pair, pair_latest, by_address, address_latest): (
            i64,
            Option<i64>,
            i64,
            Option<i64>,
            i64,
            Option<i64>,
        ) = sqlx::query_as(
            "SELECT \
               COUNT(CASE WHEN account = $1 THEN 1 END), \
               MAX(CASE WHEN account = $1 THEN failed_at END), \
               COUNT(CASE WHEN account = $1 AND address = $2 THEN 1 END), \
               MAX(CASE WHEN account = $1 AND address = $2 THEN failed_at END), \
               COUNT(CASE WHEN address = $2 THEN 1 END), \
               MAX(CASE WHEN address = $2 THEN failed_at END) \
             FROM sign_in_failures \
             WHERE (account = $1 OR address = $2) AND failed_at >= $3 AND id < $4",
        )
        .bind(account)
        .bind(address)
        .bind(since.0)
        .bind(before)
        .fetch_one(pool)
        .await?;
        Ok(FailureHistory {
            account: read((account, account_latest)),
            account_from_address: read((pair, pair_latest)),
            address: read((by_address, address_latest)),
        })
    })
}

/// A successful sign-in forgives the account's earlier failures from the
/// same address (someone else's guesses elsewhere still count); old rows of
/// everyone are dropped on the way.
pub async fn clear_failures(
    db: &Database,
    account: &str,
    address: &str,
    older_than: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query(
            "DELETE FROM sign_in_failures WHERE (account = $1 AND address = $2) OR failed_at < $3",
        )
            .bind(account)
            .bind(address)
            .bind(older_than.0)
            .execute(pool)
            .await?;
        Ok(())
    })
}
