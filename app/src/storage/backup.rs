//! Reading a tenant's rows for a backup and writing them into a new tenant
//! on restore, table by table as `backup::tables` describes them. Both take
//! the tenant scope; every query filters by it or writes it.

use std::collections::HashMap;

use futures_util::TryStreamExt;
use futures_util::stream::BoxStream;
use serde_json::{Map, Value};
use sqlx::Row;

use super::database::Database;
use super::database::with_pool_as_is;
use crate::auth::scope::TenantScope;
use crate::services::backup::tables::{Kind, TableSpec};

/// A row as the archive holds it: column → JSON value (references as
/// positions), plus `ref` for rows with an id.
pub type BackupRow = Map<String, Value>;

/// Hands every row of `table` for the tenant to `emit`, one at a time as
/// the database returns them (a tenant's rows are never all in memory),
/// ids replaced by positions; returns how many there were. `positions`
/// holds the id → position maps of the tables read before.
pub async fn read_rows(
    db: &Database,
    scope: &TenantScope,
    table: &TableSpec,
    positions: &mut HashMap<&'static str, HashMap<i64, i64>>,
    emit: &mut (dyn FnMut(BackupRow) -> std::io::Result<()> + Send),
) -> Result<usize, sqlx::Error> {
    let db = db.region(scope)?;
    let mut columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
    if table.has_id {
        columns.insert(0, "id");
    }
    if table
        .columns
        .iter()
        .any(|(_, kind)| *kind == Kind::AnswerText)
    {
        columns.push("text_sealed");
    }
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    let sql = format!(
        "SELECT {} FROM {} WHERE tenant_id = $1 ORDER BY {}",
        columns.join(", "),
        table.name,
        table.order_by
    );
    let corrupt = |what: String| sqlx::Error::Decode(what.into());
    let mut own = HashMap::new();
    let count = with_pool_as_is!(db, pool => {
        // Decoded by hand: the columns come from the table's spec at run time.
        let mut raw = sqlx::query(&sql).bind(scope.tenant_id().0).fetch(pool);
        let mut index = 0usize;
        while let Some(row) = raw.try_next().await? {
            let mut out = Map::new();
            if table.has_id {
                let id: i64 = row.try_get("id")?;
                let position = index as i64 + 1;
                own.insert(id, position);
                out.insert("ref".into(), Value::from(position));
            }
            for (column, kind) in table.columns {
                let value = match kind {
                    Kind::Int => Value::from(row.try_get::<i64, _>(*column)?),
                    Kind::OptInt => row.try_get::<Option<i64>, _>(*column)?.map_or(Value::Null, Value::from),
                    Kind::Bool => Value::from(row.try_get::<bool, _>(*column)?),
                    Kind::Text => Value::from(row.try_get::<String, _>(*column)?),
                    Kind::OptText => row.try_get::<Option<String>, _>(*column)?.map_or(Value::Null, Value::from),
                    Kind::AnswerText => cipher
                        .reveal(
                            row.try_get("submission_id")?,
                            row.try_get("question_id")?,
                            row.try_get(*column)?,
                            row.try_get::<Option<Vec<u8>>, _>("text_sealed")?.as_deref(),
                        )?
                        .map_or(Value::Null, Value::from),
                    Kind::Ref(parent) => {
                        let id: i64 = row.try_get(*column)?;
                        let position = positions
                            .get(parent)
                            .and_then(|p| p.get(&id))
                            .ok_or_else(|| corrupt(format!("{}.{column} points outside the tenant", table.name)))?;
                        Value::from(*position)
                    }
                };
                out.insert((*column).to_owned(), value);
            }
            emit(out)?;
            index += 1;
        }
        index
    });
    if table.has_id {
        positions.insert(table.name, own);
    }
    Ok(count)
}

/// Why an archive's rows could not be restored (nothing was written).
#[derive(Debug, thiserror::Error)]
pub enum RestoreRowsError {
    #[error("{table}: {message}")]
    Invalid { table: String, message: String },
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// Reading the rows from where the restore keeps them failed.
    #[error("reading the archive's rows: {0}")]
    Source(#[from] std::io::Error),
}

/// One table's rows, read as they are inserted.
pub type RowStream<'a> = BoxStream<'a, std::io::Result<BackupRow>>;

/// Inserts every table's rows for the new tenant in one transaction, with
/// new ids, and queues every submission for the statistics task (which
/// rebuilds the summaries). `fix` may rewrite a row before it is written
/// (derived and secret columns, values checked again).
pub async fn insert_rows(
    db: &Database,
    scope: &TenantScope,
    tables: Vec<(&'static TableSpec, RowStream<'_>)>,
    fix: &(dyn Fn(&str, &mut BackupRow) -> Result<(), String> + Sync),
    now: i64,
) -> Result<(), RestoreRowsError> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    let invalid = |table: &str, message: String| RestoreRowsError::Invalid {
        table: table.to_owned(),
        message,
    };
    with_pool_as_is!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut ids: HashMap<&str, HashMap<i64, i64>> = HashMap::new();
        for (table, mut rows) in tables {
            // An answer's text is written sealed, never plain.
            let mut columns: Vec<String> = table
                .columns
                .iter()
                .map(|(c, kind)| if *kind == Kind::AnswerText { "text_sealed" } else { c }.to_owned())
                .collect();
            // Columns the archive never holds, which `fix` fills in.
            let extra: &[&str] = match table.name {
                "surveys" => &["description_html"],
                "users" => &["password_hash"],
                "tenant_identity_providers" => &["client_secret_sealed"],
                _ => &[],
            };
            columns.extend(extra.iter().map(|c| (*c).to_owned()));
            // Bookkeeping, not content: the time of this restore.
            let stamped = table.name == "tenant_branding";
            if stamped {
                columns.push("updated_at".to_owned());
            }
            let placeholders: Vec<String> = (2..columns.len() + 2).map(|i| format!("${i}")).collect();
            let sql = format!(
                "INSERT INTO {} (tenant_id, {}) VALUES ($1, {}){}",
                table.name,
                columns.join(", "),
                placeholders.join(", "),
                if table.has_id { " RETURNING id" } else { "" }
            );
            let mut own = HashMap::new();
            // Counted from 1, as the messages give it.
            let mut number = 0usize;
            while let Some(mut row) = rows.try_next().await? {
                number += 1;
                fix(table.name, &mut row).map_err(|m| invalid(table.name, format!("row {}: {m}", number)))?;
                let mut query = sqlx::query(&sql).bind(tenant);
                // This row's references as resolved, which seal its text.
                let mut resolved: HashMap<&str, i64> = HashMap::new();
                for (column, kind) in table.columns {
                    let value = row.get(*column).cloned().unwrap_or(Value::Null);
                    let wrong = || invalid(table.name, format!("row {}: {column} has the wrong type", number));
                    query = match kind {
                        Kind::Int => query.bind(value.as_i64().ok_or_else(wrong)?),
                        Kind::OptInt => query.bind(if value.is_null() { None } else { Some(value.as_i64().ok_or_else(wrong)?) }),
                        Kind::Bool => query.bind(value.as_bool().ok_or_else(wrong)?),
                        Kind::Text => query.bind(value.as_str().ok_or_else(wrong)?.to_owned()),
                        Kind::OptText => query.bind(if value.is_null() { None } else { Some(value.as_str().ok_or_else(wrong)?.to_owned()) }),
                        Kind::AnswerText => {
                            let text = if value.is_null() { None } else { Some(value.as_str().ok_or_else(wrong)?) };
                            let row_of = |c: &str| resolved.get(c).copied().ok_or_else(|| invalid(table.name, format!("row {}: {column} comes before its {c}", number)));
                            let sealed = match text {
                                Some(text) => Some(cipher.seal(row_of("submission_id")?, row_of("question_id")?, text)),
                                None => None,
                            };
                            query.bind(sealed)
                        }
                        Kind::Ref(parent) => {
                            let position = value.as_i64().ok_or_else(wrong)?;
                            let id = ids.get(parent).and_then(|m| m.get(&position)).ok_or_else(|| {
                                invalid(table.name, format!("row {}: {column} refers to a {parent} row the archive lacks", number))
                            })?;
                            resolved.insert(*column, *id);
                            query.bind(*id)
                        }
                    };
                }
                for column in extra {
                    let value = row.get(*column).and_then(Value::as_str).map(str::to_owned);
                    query = query.bind(value);
                }
                if stamped {
                    query = query.bind(now);
                }
                if table.has_id {
                    let position = row.get("ref").and_then(Value::as_i64)
                        .ok_or_else(|| invalid(table.name, format!("row {}: ref is missing", number)))?;
                    // By hand: the same dynamically bound query also runs without RETURNING.
                    let id: i64 = query.fetch_one(&mut *tx).await?.try_get("id")?;
                    if own.insert(position, id).is_some() {
                        return Err(invalid(table.name, format!("row {}: ref {position} is repeated", number)));
                    }
                } else {
                    query.execute(&mut *tx).await?;
                }
            }
            if table.has_id {
                ids.insert(table.name, own);
            }
        }
        // Response numbers are not in the archive: restored in order, each
        // survey's responses are numbered 1, 2, 3 … again, and its counter
        // continues from the last.
        sqlx::query(
            "UPDATE submissions SET response_number = ranked.n \
             FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY survey_id ORDER BY id) AS n \
                   FROM submissions WHERE tenant_id = $1) AS ranked \
             WHERE ranked.id = submissions.id AND submissions.tenant_id = $1",
        )
        .bind(tenant)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE surveys SET last_response_number = (SELECT COALESCE(MAX(x.response_number), 0) \
             FROM submissions x WHERE x.tenant_id = $1 AND x.survey_id = surveys.id) WHERE tenant_id = $1",
        )
        .bind(tenant)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at) \
             SELECT tenant_id, survey_id, id, $2, $2 FROM submissions WHERE tenant_id = $1",
        )
        .bind(tenant)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    })
}
