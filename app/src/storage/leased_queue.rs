//! Claiming rows of a leased queue: the statistics queue, tenants'
//! background jobs and tenant purges. A claim marks rows as taken until a
//! lease runs out, so a runner that dies only delays its work; on
//! PostgreSQL concurrent runners skip each other's rows (`SKIP LOCKED`),
//! and on SQLite the single writer makes the `UPDATE` itself the lock.

use super::pool::Backend;

/// One leased queue: its table and how a claim changes a row. The claim
/// statement binds `$1` now, `$2` the lease in milliseconds and `$3` the
/// most rows to claim.
pub(super) struct LeasedQueue {
    pub table: &'static str,
    /// The column that identifies a row.
    pub key: &'static str,
    /// Which rows may be claimed now (queued, or their lease ran out).
    pub claimable: &'static str,
    /// The assignments that take a row and set its lease.
    pub take: &'static str,
    /// Which claimable rows come first.
    pub order: &'static str,
    /// The columns the claim returns.
    pub returning: &'static str,
}

/// Which rows of a queue that tracks a status (`queued`, `running`, then
/// finished) may be claimed: queued ones, and running ones whose runner's
/// lease ran out.
pub(super) const QUEUED_OR_LEASE_EXPIRED: &str =
    "status = 'queued' OR (status = 'running' AND lease_until <= $1)";

/// How a claim takes a row of such a queue: running under a new lease, one
/// attempt more, started when first claimed.
pub(super) const TAKE_AS_RUNNING: &str = "status = 'running', lease_until = $1 + $2, \
     attempts = attempts + 1, started_at = COALESCE(started_at, $1)";

impl LeasedQueue {
    pub(super) fn claim_statement(&self, backend: Backend) -> String {
        let lock = match backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let LeasedQueue {
            table,
            key,
            claimable,
            take,
            order,
            returning,
        } = self;
        format!(
            "UPDATE {table} SET {take} WHERE {key} IN \
             (SELECT {key} FROM {table} WHERE {claimable} ORDER BY {order} LIMIT $3 {lock}) \
             RETURNING {returning}"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUEUE: LeasedQueue = LeasedQueue {
        table: "q",
        key: "id",
        claimable: "visible_at <= $1",
        take: "visible_at = $1 + $2",
        order: "id",
        returning: "id",
    };

    #[test]
    fn only_postgres_skips_rows_locked_by_other_runners() {
        let postgres = QUEUE.claim_statement(Backend::Postgres);
        assert!(
            postgres.contains("LIMIT $3 FOR UPDATE SKIP LOCKED)"),
            "{postgres}"
        );
        let sqlite = QUEUE.claim_statement(Backend::Sqlite);
        assert!(!sqlite.contains("SKIP LOCKED"), "{sqlite}");
        assert!(sqlite.starts_with("UPDATE q SET visible_at = $1 + $2 WHERE id IN"));
    }
}
