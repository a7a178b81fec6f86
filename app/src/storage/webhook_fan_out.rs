//! Turning events into an endpoint's deliveries. Two sources feed each
//! endpoint, each behind its own cursor: the outbox (`webhook_events`) of
//! survey and export events, and `submissions` itself for
//! `response.created`, so the respondent's transaction writes nothing for
//! webhooks.
//!
//! A cursor is a (transaction id, id) pair. On SQLite one writer commits
//! at a time, so ids are in commit order and the transaction ids stay 0.
//! On PostgreSQL ids are taken before commit and a row can appear behind
//! a larger id, so rows are read in (transaction id, id) order and only
//! those of transactions older than every one still running
//! (`pg_snapshot_xmin`): nothing can appear behind the cursor later
//! (migration 0022).

use super::database::{Backend, Database, parameter_rows, with_pool};
use crate::auth::scope::TenantScope;
use crate::domain::{WebhookEvent, WebhookEvents};

/// Where an endpoint stands in one source: (transaction id, id).
type Cursor = (i64, i64);

/// The oldest transaction still running on PostgreSQL: every row of an
/// older one is visible now, every row still to come has this id or more.
const HORIZON: &str = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

/// The cursors a new endpoint starts from (events, then responses), as SQL
/// expressions of the tenant `$1`: after everything already stored.
pub(super) fn start_cursors_sql(backend: Backend) -> [&'static str; 4] {
    match backend {
        Backend::Sqlite => [
            "0",
            "(SELECT COALESCE(MAX(id), 0) FROM webhook_events WHERE tenant_id = $1)",
            "0",
            "(SELECT COALESCE(MAX(id), 0) FROM submissions WHERE tenant_id = $1)",
        ],
        Backend::Postgres => [HORIZON, "0", HORIZON, "0"],
    }
}

/// Whether the row `{row}` lies after the cursor `{cursor}` (a column
/// prefix of the endpoint `e`: `event_cursor`, `response_cursor`).
pub(super) fn after_cursor_sql(backend: Backend, row: &str, cursor: &str) -> String {
    match backend {
        Backend::Sqlite => format!("{row}.id > e.{cursor}"),
        Backend::Postgres => {
            format!("({row}.commit_xid, {row}.id) > (e.{cursor}_xid, e.{cursor})")
        }
    }
}

/// One event read from either source.
#[derive(sqlx::FromRow, Clone, Debug, PartialEq, Eq)]
struct SourceRow {
    id: i64,
    commit_xid: i64,
    message_id: String,
    event_type: String,
    survey_id: Option<i64>,
    submission_id: Option<i64>,
    detail: String,
    created_at: i64,
}

impl SourceRow {
    fn cursor(&self) -> Cursor {
        (self.commit_xid, self.id)
    }
}

/// An outbox row as it is read.
const EVENT_COLUMNS: &str =
    "id, message_id, event_type, survey_id, submission_id, detail, created_at";

/// A submission as its `response.created` event: the message id is the
/// one the outbox used before migration 0022.
const RESPONSE_COLUMNS: &str = "id, 'msg_response_' || CAST(id AS TEXT) AS message_id, \
     'response.created' AS event_type, survey_id, id AS submission_id, '' AS detail, \
     received_at AS created_at";

/// The next rows of `table` after a cursor, in cursor order: SQLite binds
/// tenant, id, limit; PostgreSQL tenant, transaction id, id, horizon, limit.
fn rows_after_sql(backend: Backend, columns: &str, table: &str) -> String {
    match backend {
        Backend::Sqlite => format!(
            "SELECT 0 AS commit_xid, {columns} FROM {table} \
             WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3"
        ),
        Backend::Postgres => format!(
            "SELECT commit_xid, {columns} FROM {table} \
             WHERE tenant_id = $1 AND (commit_xid, id) > ($2, $3) AND commit_xid < $4 \
             ORDER BY commit_xid, id LIMIT $5"
        ),
    }
}

/// Which source an event of the merged batch came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Outbox,
    Responses,
}

/// The events of both batches in the order they happened, as far as both
/// are known: when one batch was full (`*_full`) and is used up, what
/// follows it is unread and may come first, so the merge stops there. The
/// result takes a prefix of each batch, so each cursor can move to the last
/// row taken from it.
fn merge_in_time_order(
    outbox: Vec<SourceRow>,
    outbox_full: bool,
    responses: Vec<SourceRow>,
    responses_full: bool,
) -> Vec<(Source, SourceRow)> {
    let mut merged = Vec::with_capacity(outbox.len() + responses.len());
    let mut outbox = outbox.into_iter().peekable();
    let mut responses = responses.into_iter().peekable();
    loop {
        let next = match (outbox.peek(), responses.peek()) {
            // A response and the close it caused share a time: the response
            // first.
            (Some(event), Some(response)) if response.created_at <= event.created_at => {
                Source::Responses
            }
            (Some(_), Some(_)) => Source::Outbox,
            (Some(_), None) if !responses_full => Source::Outbox,
            (None, Some(_)) if !outbox_full => Source::Responses,
            _ => break,
        };
        let row = match next {
            Source::Outbox => outbox.next(),
            Source::Responses => responses.next(),
        };
        merged.extend(row.map(|row| (next, row)));
    }
    merged
}

/// Turns up to `limit` events of each source after the endpoint's cursors
/// into its deliveries (those of the types it subscribed to, in the order
/// they happened) and moves the cursors past them, in one transaction;
/// returns how many events it read. Safe to repeat: a delivery already
/// made for an event is kept.
pub async fn fan_out(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    limit: i64,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    let backend = db.backend();
    let _turn = db.sqlite_write_turn().await;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        // First, before this transaction has an id of its own.
        let horizon: i64 = match backend {
            Backend::Sqlite => i64::MAX,
            Backend::Postgres => sqlx::query_scalar(&format!("SELECT {HORIZON}"))
                .fetch_one(&mut *tx)
                .await?,
        };
        let stand: Option<(String, i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT events, event_cursor_xid, event_cursor, response_cursor_xid, response_cursor \
             FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant)
        .bind(endpoint)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((events, event_xid, event_id, response_xid, response_id)) = stand else {
            return Ok(0);
        };
        let subscribed = WebhookEvents::parse(events.split(' '))
            .map_err(|_| sqlx::Error::Decode("invalid stored endpoint events".into()))?;
        let sql = rows_after_sql(backend, EVENT_COLUMNS, "webhook_events");
        let query = sqlx::query_as(&sql).bind(tenant);
        let outbox: Vec<SourceRow> = match backend {
            Backend::Sqlite => query.bind(event_id).bind(limit),
            Backend::Postgres => query.bind(event_xid).bind(event_id).bind(horizon).bind(limit),
        }
        .fetch_all(&mut *tx)
        .await?;
        let mut response_cursor = (response_xid, response_id);
        let responses: Vec<SourceRow> = if subscribed.contains(WebhookEvent::ResponseCreated) {
            let sql = rows_after_sql(backend, RESPONSE_COLUMNS, "submissions");
            let query = sqlx::query_as(&sql).bind(tenant);
            match backend {
                Backend::Sqlite => query.bind(response_id).bind(limit),
                Backend::Postgres => query
                    .bind(response_xid)
                    .bind(response_id)
                    .bind(horizon)
                    .bind(limit),
            }
            .fetch_all(&mut *tx)
            .await?
        } else {
            // No `response.created` for this endpoint: its cursor passes
            // every submission stored.
            let end: Cursor = match backend {
                Backend::Sqlite => sqlx::query_as(
                    "SELECT 0, COALESCE(MAX(id), 0) FROM submissions WHERE tenant_id = $1",
                )
                .bind(tenant)
                .fetch_one(&mut *tx)
                .await?,
                Backend::Postgres => (horizon, 0),
            };
            response_cursor = response_cursor.max(end);
            Vec::new()
        };
        let full = |rows: &Vec<SourceRow>| rows.len() as i64 >= limit;
        let (outbox_full, responses_full) = (full(&outbox), full(&responses));
        let merged = merge_in_time_order(outbox, outbox_full, responses, responses_full);
        let mut event_cursor = (event_xid, event_id);
        for (source, row) in &merged {
            match source {
                Source::Outbox => event_cursor = row.cursor(),
                Source::Responses => response_cursor = row.cursor(),
            }
        }
        let wanted: Vec<&SourceRow> = merged
            .iter()
            .map(|(_, row)| row)
            .filter(|row| {
                WebhookEvent::from_code(&row.event_type).is_some_and(|e| subscribed.contains(e))
            })
            .collect();
        if !wanted.is_empty() {
            let sql = deliveries_insert_sql(wanted.len());
            let mut insert = sqlx::query(&sql).persistent(false);
            for row in &wanted {
                insert = insert
                    .bind(tenant)
                    .bind(endpoint)
                    .bind(&row.message_id)
                    .bind(&row.event_type)
                    .bind(row.survey_id)
                    .bind(row.submission_id)
                    .bind(&row.detail)
                    .bind(row.created_at)
                    .bind("pending")
                    .bind(row.created_at);
            }
            insert.execute(&mut *tx).await?;
        }
        sqlx::query(
            "UPDATE webhook_endpoints SET event_cursor_xid = $3, event_cursor = $4, \
             response_cursor_xid = $5, response_cursor = $6 WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant)
        .bind(endpoint)
        .bind(event_cursor.0)
        .bind(event_cursor.1)
        .bind(response_cursor.0)
        .bind(response_cursor.1)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(merged.len() as i64)
    })
}

/// One pending delivery a row, in the order given, so that ids follow it.
fn deliveries_insert_sql(rows: usize) -> String {
    format!(
        "INSERT INTO webhook_deliveries (tenant_id, endpoint_id, message_id, event_type, \
         survey_id, submission_id, detail, created_at, status, next_attempt_at) VALUES {} \
         ON CONFLICT (endpoint_id, message_id) DO NOTHING",
        parameter_rows(rows, 10)
    )
}

#[cfg(test)]
mod tests {
    use super::{SourceRow, merge_in_time_order};

    fn row(id: i64, created_at: i64) -> SourceRow {
        SourceRow {
            id,
            commit_xid: 0,
            message_id: format!("msg_{id}"),
            event_type: String::new(),
            survey_id: None,
            submission_id: None,
            detail: String::new(),
            created_at,
        }
    }

    fn ids(merged: &[(super::Source, SourceRow)]) -> Vec<i64> {
        merged.iter().map(|(_, row)| row.id).collect()
    }

    #[test]
    fn events_interleave_by_time_responses_first_on_a_tie() {
        let outbox = vec![row(1, 10), row(2, 30)];
        let responses = vec![row(100, 10), row(101, 20), row(102, 40)];
        let merged = merge_in_time_order(outbox, false, responses, false);
        assert_eq!(ids(&merged), [100, 1, 101, 2, 102]);
    }

    #[test]
    fn a_full_batch_used_up_stops_the_merge() {
        // More responses may follow 20, some before the event at 30.
        let outbox = vec![row(1, 30)];
        let responses = vec![row(100, 10), row(101, 20)];
        let merged = merge_in_time_order(outbox.clone(), false, responses.clone(), true);
        assert_eq!(ids(&merged), [100, 101]);
        // All of them were read: the event follows.
        let merged = merge_in_time_order(outbox, false, responses, false);
        assert_eq!(ids(&merged), [100, 101, 1]);
    }

    #[test]
    fn each_source_gives_a_prefix_even_out_of_time_order() {
        // On PostgreSQL transaction order and time can disagree a little.
        let responses = vec![row(100, 50), row(101, 20)];
        let outbox = vec![row(1, 30)];
        let merged = merge_in_time_order(outbox, false, responses, false);
        assert_eq!(ids(&merged), [1, 100, 101]);
    }

    #[test]
    fn the_delivery_insert_has_ten_values_a_row() {
        let sql = super::deliveries_insert_sql(2);
        assert!(sql.contains("($11, $12, $13, $14, $15, $16, $17, $18, $19, $20) ON"));
    }
}
