//! Copying one tenant's survey data from one region's database to
//! another's, table by table, rows keeping their ids (each database has
//! its own id space: `id_spaces`). Columns are read from the target's
//! catalogue, so a column a later migration adds is copied too. Both
//! databases are of one engine (a move between engines is refused).
//!
//! Not copied, on purpose: what the target rebuilds (summaries and word
//! counts, from a statistics message per response) and what the source
//! finishes by itself before it is purged (its outgoing mail and webhook
//! deliveries).

use futures_util::TryStreamExt;
use sqlx::Row;

use super::database::{Database, parameter_list};
use super::pool::{Backend, Pool};
use crate::domain::TenantId;

/// A copied table: the columns of the constraint a copied row conflicts on
/// and the columns (after `tenant_id`) that order its rows.
pub struct CopiedTable {
    pub name: &'static str,
    pub conflict: &'static [&'static str],
    pub order: &'static [&'static str],
}

const fn by_id(name: &'static str) -> CopiedTable {
    CopiedTable {
        name,
        conflict: &["id"],
        order: &["id"],
    }
}

/// In copy order: every table after those it refers to.
pub const COPIED: &[CopiedTable] = &[
    by_id("metadata_fields"),
    by_id("surveys"),
    by_id("questions"),
    CopiedTable {
        name: "question_options",
        conflict: &["question_id", "position"],
        order: &["question_id", "position"],
    },
    CopiedTable {
        name: "survey_metadata",
        conflict: &["survey_id", "field_id"],
        order: &["survey_id", "field_id"],
    },
    CopiedTable {
        name: "survey_invitation_settings",
        conflict: &["survey_id"],
        order: &["survey_id"],
    },
    by_id("survey_contacts"),
    CopiedTable {
        name: "invitation_tokens",
        conflict: &["token_hash"],
        order: &["token_hash"],
    },
    CopiedTable {
        name: "contact_unsubscribes",
        conflict: &["tenant_id", "email"],
        order: &["email"],
    },
    by_id("submissions"),
    CopiedTable {
        name: "answers",
        conflict: &["submission_id", "question_id"],
        order: &["submission_id", "question_id"],
    },
    CopiedTable {
        name: "tenant_branding",
        conflict: &["tenant_id"],
        order: &["tenant_id"],
    },
    CopiedTable {
        name: "export_databases",
        conflict: &["tenant_id"],
        order: &["tenant_id"],
    },
    CopiedTable {
        name: "tenant_monthly_usage",
        conflict: &["tenant_id", "month"],
        order: &["month"],
    },
    by_id("webhook_endpoints"),
    CopiedTable {
        name: "tenant_data_keys",
        conflict: &["tenant_id"],
        order: &["tenant_id"],
    },
];

/// The copied table `name`.
pub fn table(name: &str) -> &'static CopiedTable {
    COPIED
        .iter()
        .find(|t| t.name == name)
        .expect("a copied table")
}

/// One value of a copied row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Int(Option<i64>),
    Real(Option<f64>),
    Bool(Option<bool>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ColumnType {
    Int,
    Real,
    Bool,
    Text,
    Bytes,
}

impl ColumnType {
    /// From the catalogue's type name (PostgreSQL's `data_type`, SQLite's
    /// declared type).
    fn of(declared: &str) -> ColumnType {
        let declared = declared.to_ascii_uppercase();
        if declared.contains("INT") {
            ColumnType::Int
        } else if declared.contains("BOOL") {
            ColumnType::Bool
        } else if declared.contains("BLOB") || declared.contains("BYTEA") {
            ColumnType::Bytes
        } else if ["REAL", "DOUB", "FLOA", "NUMERIC"]
            .iter()
            .any(|t| declared.contains(t))
        {
            ColumnType::Real
        } else {
            ColumnType::Text
        }
    }
}

/// A row read by [`copy_batch`], and where the next batch starts.
pub type Key = Vec<Cell>;

/// The columns of `table` in `db`, in order.
async fn columns_of(db: &Database, table: &str) -> Result<Vec<(String, ColumnType)>, sqlx::Error> {
    let rows: Vec<(String, String)> = match db.pool() {
        Pool::Postgres(pool) => {
            sqlx::query_as(
                "SELECT column_name::text, data_type::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(pool)
            .await?
        }
        Pool::Sqlite(pool) => {
            sqlx::query_as("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
                .bind(table)
                .fetch_all(pool)
                .await?
        }
    };
    if rows.is_empty() {
        return Err(sqlx::Error::Protocol(format!("no table {table} to copy")));
    }
    Ok(rows
        .into_iter()
        .map(|(name, declared)| {
            let kind = ColumnType::of(&declared);
            (name, kind)
        })
        .collect())
}

fn decode<R>(row: &R, index: usize, kind: ColumnType) -> Result<Cell, sqlx::Error>
where
    R: Row,
    usize: sqlx::ColumnIndex<R>,
    for<'r> Option<i64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<f64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<bool>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<Vec<u8>>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    Ok(match kind {
        ColumnType::Int => Cell::Int(row.try_get(index)?),
        ColumnType::Real => Cell::Real(row.try_get(index)?),
        ColumnType::Bool => Cell::Bool(row.try_get(index)?),
        ColumnType::Text => Cell::Text(row.try_get(index)?),
        ColumnType::Bytes => Cell::Bytes(row.try_get(index)?),
    })
}

macro_rules! bind_cell {
    ($query:expr, $cell:expr) => {
        match $cell {
            Cell::Int(v) => $query.bind(*v),
            Cell::Real(v) => $query.bind(*v),
            Cell::Bool(v) => $query.bind(*v),
            Cell::Text(v) => $query.bind(v.clone()),
            Cell::Bytes(v) => $query.bind(v.clone()),
        }
    };
}

/// Rows of `table` read from `from` for `tenant` after `after` (in the
/// table's order), up to `limit`, with the columns `columns`.
async fn read_batch(
    from: &Database,
    table: &CopiedTable,
    columns: &[(String, ColumnType)],
    tenant: TenantId,
    after: Option<&Key>,
    limit: i64,
) -> Result<Vec<Vec<Cell>>, sqlx::Error> {
    // Read as the widest type of their kind (PostgreSQL decodes strictly).
    let names: Vec<String> = columns
        .iter()
        .map(|(c, kind)| match (from.backend(), kind) {
            (Backend::Postgres, ColumnType::Int) => format!("CAST({c} AS BIGINT)"),
            (Backend::Postgres, ColumnType::Real) => format!("CAST({c} AS DOUBLE PRECISION)"),
            _ => c.clone(),
        })
        .collect();
    let order = table.order.join(", ");
    let after_sql = match after {
        Some(key) => format!(" AND ({order}) > ({})", parameter_list(2, key.len())),
        None => String::new(),
    };
    let sql = format!(
        "SELECT {} FROM {} WHERE tenant_id = $1{after_sql} ORDER BY {order} LIMIT {limit}",
        names.join(", "),
        table.name
    );
    macro_rules! read_on {
        ($pool:expr) => {{
            let mut query = sqlx::query(&sql).bind(tenant.0);
            if let Some(key) = after {
                for cell in key {
                    query = bind_cell!(query, cell);
                }
            }
            let mut rows = query.fetch($pool);
            let mut out = Vec::new();
            while let Some(row) = rows.try_next().await? {
                let mut cells = Vec::with_capacity(columns.len());
                for (index, (_, kind)) in columns.iter().enumerate() {
                    cells.push(decode(&row, index, *kind)?);
                }
                out.push(cells);
            }
            out
        }};
    }
    Ok(match from.pool() {
        Pool::Postgres(pool) => read_on!(pool),
        Pool::Sqlite(pool) => read_on!(pool),
    })
}

/// How a batch meets rows the target has already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// Keeps the target's row (a first pass).
    Keep,
    /// Takes the source's row (a pass after the source changed).
    Replace,
}

/// Copies up to `limit` rows of `table` for `tenant` after `after`;
/// returns how many were read and where the next batch starts (`None`:
/// the table is done).
pub async fn copy_batch(
    from: &Database,
    to: &Database,
    table: &CopiedTable,
    tenant: TenantId,
    after: Option<&Key>,
    limit: i64,
    on_conflict: OnConflict,
) -> Result<(u64, Option<Key>), sqlx::Error> {
    if from.backend() != to.backend() {
        return Err(sqlx::Error::Protocol(
            "a tenant moves only between databases of one engine".into(),
        ));
    }
    let columns = columns_of(to, table.name).await?;
    let rows = read_batch(from, table, &columns, tenant, after, limit).await?;
    if rows.is_empty() {
        return Ok((0, None));
    }
    let names: Vec<&str> = columns.iter().map(|(c, _)| c.as_str()).collect();
    let overriding = match (to.backend(), table.conflict) {
        (Backend::Postgres, ["id"]) => "OVERRIDING SYSTEM VALUE ",
        _ => "",
    };
    let updates: Vec<String> = names
        .iter()
        .filter(|c| !table.conflict.contains(c))
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    let action = match on_conflict {
        OnConflict::Replace if !updates.is_empty() => {
            format!("DO UPDATE SET {}", updates.join(", "))
        }
        _ => "DO NOTHING".to_owned(),
    };
    let sql = format!(
        "INSERT INTO {} ({}) {overriding}VALUES {} ON CONFLICT ({}) {action}",
        table.name,
        names.join(", "),
        super::database::parameter_rows(rows.len(), columns.len()),
        table.conflict.join(", ")
    );
    // Copied responses count as committed before anything this database
    // stores itself: readers in commit order (webhooks, the API) take
    // what comes after.
    let copied_commit = names.iter().position(|c| *c == "commit_xid");
    macro_rules! write_on {
        ($pool:expr) => {{
            let mut query = sqlx::query(&sql);
            for row in &rows {
                for (index, cell) in row.iter().enumerate() {
                    if Some(index) == copied_commit {
                        query = query.bind(0_i64);
                    } else {
                        query = bind_cell!(query, cell);
                    }
                }
            }
            query.execute($pool).await?;
        }};
    }
    match to.pool() {
        Pool::Postgres(pool) => write_on!(pool),
        Pool::Sqlite(pool) => write_on!(pool),
    }
    let last = rows.last().expect("not empty");
    let key = table
        .order
        .iter()
        .map(|column| {
            let index = names
                .iter()
                .position(|c| c == column)
                .expect("order columns are columns");
            last[index].clone()
        })
        .collect();
    let read = rows.len() as u64;
    Ok((read, (read as i64 == limit).then_some(key)))
}

/// How many rows of `table` `db` holds for `tenant`.
pub async fn count_rows(
    db: &Database,
    table: &CopiedTable,
    tenant: TenantId,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM {} WHERE tenant_id = $1", table.name);
    match db.pool() {
        Pool::Postgres(pool) => {
            sqlx::query_scalar(&sql)
                .bind(tenant.0)
                .fetch_one(pool)
                .await
        }
        Pool::Sqlite(pool) => {
            sqlx::query_scalar(&sql)
                .bind(tenant.0)
                .fetch_one(pool)
                .await
        }
    }
}

/// Every key of `table` that `db` holds for `tenant`, in order.
async fn keys_of(
    db: &Database,
    table: &CopiedTable,
    tenant: TenantId,
) -> Result<Vec<Key>, sqlx::Error> {
    let columns: Vec<(String, ColumnType)> = columns_of(db, table.name)
        .await?
        .into_iter()
        .filter(|(c, _)| table.order.contains(&c.as_str()))
        .collect();
    // In the order's order.
    let columns: Vec<(String, ColumnType)> = table
        .order
        .iter()
        .filter_map(|o| columns.iter().find(|(c, _)| c == o).cloned())
        .collect();
    let ordering = CopiedTable {
        name: table.name,
        conflict: table.conflict,
        order: table.order,
    };
    let mut keys = Vec::new();
    let mut after: Option<Key> = None;
    loop {
        let batch = read_batch(db, &ordering, &columns, tenant, after.as_ref(), 10_000).await?;
        let done = batch.len() < 10_000;
        after = batch.last().cloned();
        keys.extend(batch);
        if done {
            return Ok(keys);
        }
    }
}

/// Removes from `to` the rows of `table` for `tenant` that `from` no
/// longer has (removed there since they were copied). Only called while
/// `to` holds nothing of the tenant but the copy.
pub async fn remove_rows_gone(
    from: &Database,
    to: &Database,
    table: &CopiedTable,
    tenant: TenantId,
) -> Result<u64, sqlx::Error> {
    if count_rows(from, table, tenant).await? == count_rows(to, table, tenant).await? {
        // The copy holds every row of the source, so the same count means
        // the same rows.
        return Ok(0);
    }
    let mut kept = keys_of(from, table, tenant).await?;
    // The database's collation may order text differently.
    kept.sort_by(compare);
    let gone: Vec<Key> = keys_of(to, table, tenant)
        .await?
        .into_iter()
        .filter(|key| kept.binary_search_by(|k| compare(k, key)).is_err())
        .collect();
    let condition = table
        .order
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ${}", i + 2))
        .collect::<Vec<_>>()
        .join(" AND ");
    let sql = format!(
        "DELETE FROM {} WHERE tenant_id = $1 AND {condition}",
        table.name
    );
    for key in &gone {
        macro_rules! delete_on {
            ($pool:expr) => {{
                let mut query = sqlx::query(&sql).bind(tenant.0);
                for cell in key {
                    query = bind_cell!(query, cell);
                }
                query.execute($pool).await?;
            }};
        }
        match to.pool() {
            Pool::Postgres(pool) => delete_on!(pool),
            Pool::Sqlite(pool) => delete_on!(pool),
        }
    }
    Ok(gone.len() as u64)
}

/// The order of two keys of one table, as the database sorts them.
fn compare(a: &Key, b: &Key) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let order = match (x, y) {
            (Cell::Int(x), Cell::Int(y)) => x.cmp(y),
            (Cell::Text(x), Cell::Text(y)) => x.cmp(y),
            (Cell::Bytes(x), Cell::Bytes(y)) => x.cmp(y),
            (Cell::Bool(x), Cell::Bool(y)) => x.cmp(y),
            (Cell::Real(x), Cell::Real(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
            _ => std::cmp::Ordering::Equal,
        };
        if order != std::cmp::Ordering::Equal {
            return order;
        }
    }
    std::cmp::Ordering::Equal
}
