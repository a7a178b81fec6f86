//! Each tenant's data key, which seals the text of its answers.
//!
//! The key is made on the tenant's first sealed write and kept in the blob
//! store ([`KeyRing`]); the database only says which `key_id` is the
//! tenant's (`tenant_data_keys`). A database backup therefore never holds a
//! tenant's key: destroying the blob ([`destroy_data_key`], the first step
//! of deleting a tenant) leaves every copy of its answers unreadable,
//! backups taken earlier included.

use super::database::{Database, with_pool};
use super::key_ring::{TenantCipher, key_error};
use crate::domain::{TenantId, UnixMillis};
use crate::secrets::ServerKey;

/// The tenant's key, made (once, whichever process comes first) when it
/// has none yet.
pub async fn tenant_cipher(db: &Database, tenant: TenantId) -> Result<TenantCipher, sqlx::Error> {
    let ring = db.key_ring()?;
    if let Some(cipher) = ring.cached(tenant) {
        return Ok(cipher);
    }
    let key_id = match find_key_id(db, tenant).await? {
        Some(key_id) => key_id,
        None => make_key(db, tenant).await?,
    };
    ring.open(tenant, &key_id).await
}

/// Writes a new key's blob, then claims the tenant's row for it; a process
/// that lost the race removes its blob and takes the winner's.
async fn make_key(db: &Database, tenant: TenantId) -> Result<String, sqlx::Error> {
    let ring = db.key_ring()?;
    let key_id = ring.write_new(tenant).await?;
    let now = UnixMillis::now().0;
    let claimed: Option<String> = with_pool!(db, pool => {
        // Never for a tenant being deleted: its key is gone for good.
        sqlx::query(
            "INSERT INTO tenant_data_keys (tenant_id, key_id, created_at) \
             SELECT id, $2, $3 FROM tenants WHERE id = $1 AND status <> 'deleting' \
             ON CONFLICT (tenant_id) DO NOTHING",
        )
        .bind(tenant.0)
        .bind(&key_id)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ())?;
        sqlx::query_scalar("SELECT key_id FROM tenant_data_keys WHERE tenant_id = $1")
            .bind(tenant.0)
            .fetch_optional(pool)
            .await
    })?;
    let Some(winner) = claimed else {
        ring.discard(tenant, &key_id).await;
        return Err(key_error(tenant, "none is made for a tenant being deleted"));
    };
    if winner != key_id {
        ring.discard(tenant, &key_id).await;
    }
    Ok(winner)
}

async fn find_key_id(db: &Database, tenant: TenantId) -> Result<Option<String>, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar("SELECT key_id FROM tenant_data_keys WHERE tenant_id = $1")
            .bind(tenant.0)
            .fetch_optional(pool)
            .await
    })
}

/// Seals up to `limit` answers stored plain before sealing began (the
/// tenants being deleted left to their purge), in one transaction; returns
/// how many. A row changed meanwhile is left for the next call.
pub async fn seal_plain_answers(db: &Database, limit: i64) -> Result<u64, sqlx::Error> {
    let rows: Vec<(i64, i64, i64, String)> = with_pool!(db, pool => {
        sqlx::query_as(
            "SELECT a.tenant_id, a.submission_id, a.question_id, a.text_value FROM answers a \
             JOIN tenants t ON t.id = a.tenant_id AND t.status <> 'deleting' \
             WHERE a.text_value IS NOT NULL ORDER BY a.submission_id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(pool)
        .await
    })?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut sealed = Vec::with_capacity(rows.len());
    for (tenant, submission, question, text) in rows {
        let cipher = tenant_cipher(db, TenantId(tenant)).await?;
        sealed.push((
            cipher.seal(submission, question, &text),
            submission,
            question,
            text,
        ));
    }
    let _turn = db.sqlite_write_turn().await;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut done = 0;
        for (bytes, submission, question, text) in &sealed {
            done += sqlx::query(
                "UPDATE answers SET text_sealed = $1, text_value = NULL \
                 WHERE submission_id = $2 AND question_id = $3 AND text_value = $4",
            )
            .bind(bytes)
            .bind(submission)
            .bind(question)
            .bind(text)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        tx.commit().await?;
        Ok(done)
    })
}

/// Destroys the tenant's key: its blob, then its row. Whatever sealed text
/// of the tenant is left anywhere no longer opens. Safe to repeat.
pub async fn destroy_data_key(db: &Database, tenant: TenantId) -> Result<(), sqlx::Error> {
    db.key_ring()?.destroy(tenant).await?;
    with_pool!(db, pool => {
        sqlx::query("DELETE FROM tenant_data_keys WHERE tenant_id = $1")
            .bind(tenant.0)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// Seals every tenant's key again with the installed server key, reading
/// each with `previous`: the server key changes without touching an answer.
/// Keys already sealed with the new key are left alone, so an interrupted
/// run can simply be repeated. Returns how many were resealed.
pub async fn reseal_data_keys(db: &Database, previous: &ServerKey) -> Result<u64, sqlx::Error> {
    let ring = db.key_ring()?;
    let rows: Vec<(i64, String)> = with_pool!(db, pool => {
        sqlx::query_as("SELECT tenant_id, key_id FROM tenant_data_keys ORDER BY tenant_id")
            .fetch_all(pool)
            .await
    })?;
    let mut resealed = 0;
    for (tenant, key_id) in rows {
        if ring.reseal(TenantId(tenant), &key_id, previous).await? {
            resealed += 1;
        }
    }
    Ok(resealed)
}
