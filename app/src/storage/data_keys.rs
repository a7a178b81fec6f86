//! Each tenant's data key, which seals the text of its answers.
//!
//! The key is made on the tenant's first sealed write and kept in the blob
//! store ([`KeyRing`]); the database only says which `key_id` is the
//! tenant's (`tenant_data_keys`). A database backup therefore never holds a
//! tenant's key: destroying the blob ([`destroy_data_key`], the first step
//! of deleting a tenant) leaves every copy of its answers unreadable,
//! backups taken earlier included.

use super::database::{Database, with_pool};
use super::key_ring::{Reseal, TenantCipher, key_error};
use super::retry::means_unavailable;
use crate::auth::scope::TenantScope;
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
        sqlx::query_scalar(FIND_KEY_ID)
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

/// Gives `to` (the database of the region the tenant moves to) the
/// tenant's data key from `from`: the same key, so that the sealed answers
/// copied as they are still open.
pub async fn copy_data_key(
    from: &Database,
    to: &Database,
    tenant: TenantId,
) -> Result<(), sqlx::Error> {
    let Some(key_id) = find_key_id(from, tenant).await? else {
        return Ok(());
    };
    let (source, target) = (from.key_ring()?, to.key_ring()?);
    if !source.shares_store_with(target) {
        source.copy_key_to(target, tenant, &key_id).await?;
    }
    Ok(())
}

/// After a move: the old region's database forgets the tenant's key, and
/// its blob store drops it unless the new region keeps keys in the same.
pub async fn drop_moved_key(
    from: &Database,
    to: &Database,
    tenant: TenantId,
) -> Result<(), sqlx::Error> {
    let (source, target) = (from.key_ring()?, to.key_ring()?);
    if source.shares_store_with(target) {
        source.forget(tenant);
        Ok(())
    } else {
        source.destroy(tenant).await
    }
}

/// Which key is tenant `$1`'s.
const FIND_KEY_ID: &str = "SELECT key_id FROM tenant_data_keys WHERE tenant_id = $1";

async fn find_key_id(db: &Database, tenant: TenantId) -> Result<Option<String>, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar(FIND_KEY_ID)
            .bind(tenant.0)
            .fetch_optional(pool)
            .await
    })
}

/// What one batch of sealing old rows did: how many rows it sealed, and
/// where the next batch starts (`None`: it reached the end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealBatch<C> {
    pub sealed: u64,
    pub next: Option<C>,
}

/// Seals up to `limit` answers stored plain before sealing began, after
/// the answer `after` (submission, question), in one transaction. Rows of a
/// tenant whose key cannot be had are skipped (and logged), so one tenant
/// never holds up the others; a later pass from the start retries them.
/// Tenants being deleted are left to their purge.
pub async fn seal_plain_answers(
    db: &Database,
    after: (i64, i64),
    limit: i64,
) -> Result<SealBatch<(i64, i64)>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64, String)> = with_pool!(db, pool => {
        sqlx::query_as(
            "SELECT a.tenant_id, a.submission_id, a.question_id, a.text_value FROM answers a \
             JOIN tenants t ON t.id = a.tenant_id AND t.status <> 'deleting' \
             WHERE a.text_value IS NOT NULL AND (a.submission_id, a.question_id) > ($2, $3) \
             ORDER BY a.submission_id, a.question_id LIMIT $1",
        )
        .bind(limit)
        .bind(after.0)
        .bind(after.1)
        .fetch_all(pool)
        .await
    })?;
    let next = (rows.len() as i64 == limit)
        .then(|| rows.last().map(|(_, s, q, _)| (*s, *q)))
        .flatten();
    let mut sealed = Vec::with_capacity(rows.len());
    let mut ciphers = Ciphers::new(UNSEALED_FOR_NOW);
    for (tenant, submission, question, text) in rows {
        if let Some(cipher) = ciphers.get(db, TenantId(tenant)).await {
            sealed.push((
                cipher.seal(submission, question, &text),
                submission,
                question,
                text,
            ));
        }
    }
    if sealed.is_empty() {
        return Ok(SealBatch { sealed: 0, next });
    }
    let _turn = db.sqlite_write_turn().await;
    let done = with_pool!(db, pool => {
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
    })?;
    Ok(SealBatch { sealed: done, next })
}

/// What the runner that seals old rows logs of a tenant it skips.
pub(super) const UNSEALED_FOR_NOW: &str = "old rows of this tenant stay unsealed for now";

/// The keys of the tenants met in one batch of rows, each fetched once; a
/// tenant whose key cannot be had (being deleted) is logged once, saying
/// what becomes of its rows, and skipped.
pub(super) struct Ciphers {
    keys: std::collections::HashMap<i64, Option<TenantCipher>>,
    rows_left: &'static str,
}

impl Ciphers {
    /// `rows_left`: what the log says of a skipped tenant's rows.
    pub(super) fn new(rows_left: &'static str) -> Ciphers {
        Ciphers {
            keys: Default::default(),
            rows_left,
        }
    }

    /// The tenant's key; `None` whatever the reason it cannot be had.
    pub(super) async fn get(&mut self, db: &Database, tenant: TenantId) -> Option<TenantCipher> {
        self.fetch(db, tenant, false).await.unwrap_or(None)
    }

    /// [`Ciphers::get`], but a blob store that cannot be reached fails the
    /// batch (to be tried again) instead of skipping the tenant.
    pub(super) async fn get_unless_unavailable(
        &mut self,
        db: &Database,
        tenant: TenantId,
    ) -> Result<Option<TenantCipher>, sqlx::Error> {
        self.fetch(db, tenant, true).await
    }

    async fn fetch(
        &mut self,
        db: &Database,
        tenant: TenantId,
        outage_fails: bool,
    ) -> Result<Option<TenantCipher>, sqlx::Error> {
        if let Some(known) = self.keys.get(&tenant.0) {
            return Ok(known.clone());
        }
        let cipher = match tenant_cipher(db, tenant).await {
            Ok(cipher) => Some(cipher),
            Err(error) if outage_fails && means_unavailable(&error) => return Err(error),
            Err(error) => {
                tracing::warn!(tenant = tenant.0, %error, "{}", self.rows_left);
                None
            }
        };
        self.keys.insert(tenant.0, cipher.clone());
        Ok(cipher)
    }
}

const KEY_CHECK: &str = "tailspin server key check";

/// Whether `key` is the server key this database's secrets are sealed with
/// (the first key asked becomes it).
pub async fn check_server_key(db: &Database, key: &ServerKey) -> Result<bool, sqlx::Error> {
    let nobody = TenantId(0);
    let sealed = key
        .seal(nobody, KEY_CHECK)
        .map_err(|e| key_error(nobody, e))?;
    let kept: String = with_pool!(db, pool => {
        sqlx::query(
            "INSERT INTO server_key_check (id, tenant_id, sealed) VALUES (1, 0, $1) \
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(&sealed)
        .execute(pool)
        .await
        .map(|_| ())?;
        sqlx::query_scalar("SELECT sealed FROM server_key_check WHERE id = 1")
            .fetch_one(pool)
            .await
    })?;
    Ok(key.open(nobody, &kept).is_ok_and(|text| text == KEY_CHECK))
}

/// Destroys the tenant's key: its blob, then its row. Whatever sealed text
/// of the tenant is left anywhere no longer opens. Safe to repeat.
pub async fn destroy_data_key(db: &Database, scope: &TenantScope) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id();
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
pub async fn reseal_data_keys(
    db: &Database,
    previous: &ServerKey,
) -> Result<DataKeysResealed, sqlx::Error> {
    let ring = db.key_ring()?;
    let rows: Vec<(i64, String)> = with_pool!(db, pool => {
        sqlx::query_as("SELECT tenant_id, key_id FROM tenant_data_keys ORDER BY tenant_id")
            .fetch_all(pool)
            .await
    })?;
    let mut done = DataKeysResealed::default();
    for (tenant, key_id) in rows {
        match ring.reseal(TenantId(tenant), &key_id, previous).await? {
            Reseal::Resealed => done.resealed += 1,
            Reseal::NothingToDo => {}
            Reseal::OpensWithNeither => done.opens_with_neither.push(TenantId(tenant)),
        }
    }
    Ok(done)
}

/// What [`reseal_data_keys`] did: how many keys it sealed again, and the
/// tenants whose key opens with neither server key (left as they are).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataKeysResealed {
    pub resealed: u64,
    pub opens_with_neither: Vec<TenantId>,
}
