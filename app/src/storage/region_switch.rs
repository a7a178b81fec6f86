//! The steps of a move around the copying (`region_copy`): preparing the
//! target, holding the source's new answers back, rebuilding what the
//! target does not copy, and removing the source's copy afterwards.

use super::database::{Database, with_pool, with_pool_as_is};
use super::pool::{Backend, Pool};
use super::region_copy::COPIED;
use crate::auth::scope::TenantScope;
use crate::domain::{TenantId, UnixMillis};

/// What the target derives itself, and what a source leaves behind: the
/// statistics (rebuilt from the responses), the queues and the outboxes.
const DERIVED: [&str; 8] = [
    "statistics_queue",
    "dead_letters",
    "summary_word_counts",
    "survey_summaries",
    "webhook_attempts",
    "webhook_deliveries",
    "webhook_events",
    "outgoing_mail",
];

/// Deletes the tenant's (`$1`) rows of `table` that belong to its survey
/// data. The directory's outbox also holds the tenant's mail to its users
/// (password links, notices), which stays; mail to survey contacts is the
/// kind with a sealed recipient.
fn delete_tenant_rows(table: &str, db: &Database) -> String {
    let only = match (table, db.region_id()) {
        ("outgoing_mail", None) => " AND recipient_sealed IS NOT NULL",
        _ => "",
    };
    format!("DELETE FROM {table} WHERE tenant_id = $1{only}")
}

/// Makes `target` ready to take the tenant: its row (copied from the
/// directory, taking answers) and nothing derived left from an earlier try.
pub async fn prepare_target(
    directory: &Database,
    scope: &TenantScope,
    target: &Database,
) -> Result<(), sqlx::Error> {
    super::tenants::copy_tenant_row(directory, scope.alias(), target).await?;
    let tenant = scope.tenant_id().0;
    with_pool_as_is!(target, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE tenants SET moving = FALSE WHERE id = $1")
            .bind(tenant)
            .execute(&mut *tx)
            .await?;
        for table in DERIVED {
            sqlx::query(&delete_tenant_rows(table, target))
                .bind(tenant)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    });
    Ok(())
}

/// Holds the tenant's new answers back in `source` (`moving`), or lets
/// them in again. On PostgreSQL it takes the tenant's survey rows first,
/// as the submission writer does, so a batch in flight either commits
/// before the hold (and is copied) or sees it.
pub async fn hold_answers(
    source: &Database,
    tenant: TenantId,
    hold: bool,
) -> Result<(), sqlx::Error> {
    let hold_sql = "UPDATE tenants SET moving = $2 WHERE id = $1";
    match source.pool() {
        Pool::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            sqlx::query("SELECT id FROM surveys WHERE tenant_id = $1 ORDER BY id FOR UPDATE")
                .bind(tenant.0)
                .fetch_all(&mut *tx)
                .await?;
            sqlx::query(hold_sql)
                .bind(tenant.0)
                .bind(hold)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        // One writer at a time: the statement alone is the hold.
        Pool::Sqlite(pool) => {
            sqlx::query(hold_sql)
                .bind(tenant.0)
                .bind(hold)
                .execute(pool)
                .await?;
        }
    }
    Ok(())
}

/// After the last copy: the webhook endpoints start after everything
/// copied (the source sends what it stored), and every response is queued
/// for the statistics task, which rebuilds the summaries.
pub async fn finish_target(
    target: &Database,
    tenant: TenantId,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    let cursors = match target.backend() {
        // Copied responses are committed at 0; what this database stores
        // comes after every copied id.
        Backend::Postgres => {
            "UPDATE webhook_endpoints SET response_cursor_xid = 0, \
             response_cursor = 9223372036854775807, event_cursor_xid = 0, \
             event_cursor = 9223372036854775807 WHERE tenant_id = $1"
        }
        // Ids are the commit order; new rows take ids above every copied one.
        Backend::Sqlite => {
            "UPDATE webhook_endpoints SET \
             response_cursor = (SELECT COALESCE(MAX(id), 0) FROM submissions), \
             event_cursor = (SELECT COALESCE(MAX(id), 0) FROM webhook_events) WHERE tenant_id = $1"
        }
    };
    with_pool_as_is!(target, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(cursors).bind(tenant.0).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at) \
             SELECT tenant_id, survey_id, id, $2, $2 FROM submissions WHERE tenant_id = $1 \
             ON CONFLICT (submission_id) DO NOTHING",
        )
        .bind(tenant.0)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    });
    Ok(())
}

/// Messages and webhook deliveries of the tenant that `source` has still
/// to send (it finishes them before its copy is removed).
pub async fn unsent(source: &Database, tenant: TenantId) -> Result<i64, sqlx::Error> {
    with_pool!(source, pool => sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM outgoing_mail WHERE tenant_id = $1 AND status IN ('queued', 'running')) \
              + (SELECT COUNT(*) FROM webhook_deliveries WHERE tenant_id = $1 AND status = 'pending')",
    )
    .bind(tenant.0)
    .fetch_one(pool)
    .await)
}

/// Removes one batch of the tenant's rows from `source` once it moved
/// away; returns how many went (0: all gone). The source's copy of the
/// tenant row goes last, unless `source` is the directory, whose row is
/// the tenant's own.
pub async fn remove_source_batch(source: &Database, tenant: TenantId) -> Result<u64, sqlx::Error> {
    let batches = [
        "DELETE FROM submissions WHERE id IN \
         (SELECT id FROM submissions WHERE tenant_id = $1 ORDER BY id LIMIT 500)",
        "DELETE FROM surveys WHERE id IN \
         (SELECT id FROM surveys WHERE tenant_id = $1 ORDER BY id LIMIT 50)",
    ];
    for sql in batches {
        let removed = with_pool!(source, pool => sqlx::query(sql)
            .bind(tenant.0)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        if removed > 0 {
            return Ok(removed);
        }
    }
    let mut removed = 0;
    for table in COPIED.iter().map(|t| t.name).rev().chain(DERIVED) {
        removed += with_pool!(source, pool => sqlx::query(&delete_tenant_rows(table, source))
            .bind(tenant.0)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
    }
    if source.region_id().is_some() {
        removed += with_pool!(source, pool => sqlx::query("DELETE FROM tenants WHERE id = $1")
            .bind(tenant.0)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
    }
    Ok(removed)
}
