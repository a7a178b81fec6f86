//! Signing people out by deleting their sessions: every user of a tenant
//! (suspension, the purge of a deleted tenant) or one user (password reset,
//! role change, removal). The sessions live in the database, so this ends
//! them on every instance at once. Sessions live in the tables of
//! tower-sessions' sqlx stores (the server creates them at start-up), as
//! MessagePack records; the principal inside tells whose session it is.

use super::database::Database;
use super::database::Pool;
use super::database::with_pool_as_is;
use crate::auth::scope::TenantScope;
use crate::auth::{PRINCIPAL_KEY, Principal};
use crate::domain::UserId;

/// The stores' default tables (`server/src/sessions.rs` uses the defaults).
const SQLITE_TABLE: &str = "tower_sessions";
const POSTGRES_TABLE: &str = "\"tower_sessions\".\"session\"";

/// A stored session: its id and MessagePack record.
#[derive(sqlx::FromRow)]
struct SessionRow {
    id: String,
    data: Vec<u8>,
}

/// Whose sessions to end.
enum Owners {
    Tenant,
    User { user: UserId, keep: Option<String> },
}

fn belongs_to(id: &str, data: &[u8], scope: &TenantScope, owners: &Owners) -> bool {
    let Ok(record) = rmp_serde::from_slice::<tower_sessions::session::Record>(data) else {
        // Not ours to judge: an unreadable record expires on its own.
        return false;
    };
    let Some(Principal::TenantUser { tenant, user }) = record
        .data
        .get(PRINCIPAL_KEY)
        .and_then(|value| serde_json::from_value::<Principal>(value.clone()).ok())
    else {
        return false;
    };
    tenant == scope.tenant_id()
        && match owners {
            Owners::Tenant => true,
            Owners::User { user: owner, keep } => user == *owner && keep.as_deref() != Some(id),
        }
}

/// Deletes the sessions of the tenant's users; returns how many there were.
pub async fn delete_tenant_sessions(
    db: &Database,
    scope: &TenantScope,
) -> Result<i64, sqlx::Error> {
    delete_sessions(db, scope, Owners::Tenant).await
}

/// Deletes one user's sessions but `keep` (the id of the session making the
/// change, when a user changes their own account); returns how many.
pub async fn delete_user_sessions(
    db: &Database,
    scope: &TenantScope,
    user: UserId,
    keep: Option<String>,
) -> Result<i64, sqlx::Error> {
    delete_sessions(db, scope, Owners::User { user, keep }).await
}

async fn delete_sessions(
    db: &Database,
    scope: &TenantScope,
    owners: Owners,
) -> Result<i64, sqlx::Error> {
    let (table, exists) = match db.pool() {
        Pool::Sqlite(pool) => {
            let found: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
            )
            .bind(SQLITE_TABLE)
            .fetch_one(pool)
            .await?;
            (SQLITE_TABLE, found > 0)
        }
        Pool::Postgres(pool) => {
            let found: bool =
                sqlx::query_scalar("SELECT to_regclass('tower_sessions.session') IS NOT NULL")
                    .fetch_one(pool)
                    .await?;
            (POSTGRES_TABLE, found)
        }
    };
    if !exists {
        return Ok(0);
    }
    let select = format!("SELECT id, data FROM {table}");
    let delete = format!("DELETE FROM {table} WHERE id = $1");
    let mut deleted = 0;
    with_pool_as_is!(db, pool => {
        for SessionRow { id, data } in sqlx::query_as::<_, SessionRow>(&select).fetch_all(pool).await? {
            if belongs_to(&id, &data, scope, &owners) {
                sqlx::query(&delete).bind(id).execute(pool).await?;
                deleted += 1;
            }
        }
    });
    Ok(deleted)
}
