//! The columns that hold values sealed directly with the server key, for
//! sealing them again when the server key changes.

use super::database::{Database, with_pool};

/// A column of values sealed with the server key for their row's tenant.
pub struct SealedColumn {
    pub table: &'static str,
    /// What names a row (its id, or the tenant for one-per-tenant tables).
    pub row: &'static str,
    pub column: &'static str,
}

/// Every such column: identity providers' client secrets, export
/// databases' passwords, webhook signing secrets (current and previous),
/// the bodies of email not yet handed over, and the server key's check.
pub const SEALED_COLUMNS: [SealedColumn; 6] = [
    SealedColumn {
        table: "tenant_identity_providers",
        row: "tenant_id",
        column: "client_secret_sealed",
    },
    SealedColumn {
        table: "export_databases",
        row: "tenant_id",
        column: "password_sealed",
    },
    SealedColumn {
        table: "webhook_endpoints",
        row: "id",
        column: "sealed_secret",
    },
    SealedColumn {
        table: "webhook_endpoints",
        row: "id",
        column: "sealed_previous_secret",
    },
    SealedColumn {
        table: "outgoing_mail",
        row: "id",
        column: "sealed_body",
    },
    SealedColumn {
        table: "server_key_check",
        row: "id",
        column: "sealed",
    },
];

/// A sealed value: (row, tenant, sealed text).
pub type SealedValue = (i64, i64, String);

/// The column's sealed values (empty and missing ones left out).
pub async fn sealed_values(
    db: &Database,
    sealed: &SealedColumn,
) -> Result<Vec<SealedValue>, sqlx::Error> {
    let sql = format!(
        "SELECT {row}, tenant_id, {column} FROM {table} \
         WHERE {column} IS NOT NULL AND {column} <> '' ORDER BY {row}",
        row = sealed.row,
        column = sealed.column,
        table = sealed.table
    );
    with_pool!(db, pool => sqlx::query_as(&sql).fetch_all(pool).await)
}

/// Replaces a row's sealed value `old` with `new`; nothing when it changed
/// meanwhile (written anew, so sealed with the new key already).
pub async fn replace_sealed_value(
    db: &Database,
    sealed: &SealedColumn,
    row: i64,
    old: &str,
    new: &str,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "UPDATE {table} SET {column} = $3 WHERE {row} = $1 AND {column} = $2",
        row = sealed.row,
        column = sealed.column,
        table = sealed.table
    );
    with_pool!(db, pool => {
        sqlx::query(&sql)
            .bind(row)
            .bind(old)
            .bind(new)
            .execute(pool)
            .await
            .map(|_| ())
    })
}
