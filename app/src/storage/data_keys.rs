//! Each tenant's data key, which seals the text of its answers.
//!
//! The key is made on the tenant's first sealed write, sealed by the server
//! key (tenant id bound in) and kept in the blob store under
//! `data-keys/{tenant}/{key_id}`; the database only says which `key_id` is
//! the tenant's. A database backup therefore never holds a tenant's key:
//! destroying the blob ([`DataKeys::destroy`], the first step of deleting a
//! tenant) leaves every copy of its answers unreadable, backups taken
//! earlier included.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use object_store::path::Path as BlobPath;
use object_store::{ObjectStore, PutPayload};

use super::database::{Database, with_pool};
use crate::domain::TenantId;
use crate::secrets::ServerKey;

const NONCE_LEN: usize = 24;
/// The first byte of a sealed text: the format, so a later one can differ.
const FORMAT: u8 = 1;

/// A tenant's opened data key: seals and opens the text of its answers.
#[derive(Clone)]
pub struct TenantCipher(Arc<XChaCha20Poly1305>);

impl std::fmt::Debug for TenantCipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TenantCipher(..)")
    }
}

/// The row a sealed text belongs to, bound in as associated data: a sealed
/// text copied into another answer does not open.
fn row_id(submission: i64, question: i64) -> [u8; 16] {
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&submission.to_be_bytes());
    id[8..].copy_from_slice(&question.to_be_bytes());
    id
}

impl TenantCipher {
    fn from_key_bytes(bytes: &[u8]) -> Option<TenantCipher> {
        (bytes.len() == 32).then(|| {
            TenantCipher(Arc::new(XChaCha20Poly1305::new(
                chacha20poly1305::Key::from_slice(bytes),
            )))
        })
    }

    /// A fresh random key, not kept anywhere.
    #[cfg(test)]
    pub(crate) fn for_tests() -> TenantCipher {
        let key = XChaCha20Poly1305::generate_key(&mut OsRng);
        TenantCipher::from_key_bytes(&key).expect("32 bytes")
    }

    /// The text of the answer to `question` in `submission`, sealed.
    pub fn seal(&self, submission: i64, question: i64, text: &str) -> Vec<u8> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = row_id(submission, question);
        let body = self
            .0
            .encrypt(
                &nonce,
                Payload {
                    msg: text.as_bytes(),
                    aad: &aad,
                },
            )
            .expect("XChaCha20-Poly1305 seals any length an answer has");
        let mut out = Vec::with_capacity(1 + NONCE_LEN + body.len());
        out.push(FORMAT);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        out
    }

    /// Opens what [`TenantCipher::seal`] wrote for the same row; fails with
    /// another tenant's key or another row's text.
    pub fn open(
        &self,
        submission: i64,
        question: i64,
        sealed: &[u8],
    ) -> Result<String, sqlx::Error> {
        let broken = || {
            sqlx::Error::Decode(
                format!("the sealed text of answer {submission}/{question} does not open").into(),
            )
        };
        let (format, rest) = sealed.split_first().ok_or_else(broken)?;
        if *format != FORMAT || rest.len() < NONCE_LEN {
            return Err(broken());
        }
        let (nonce, body) = rest.split_at(NONCE_LEN);
        let aad = row_id(submission, question);
        let plain = self
            .0
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: &aad,
                },
            )
            .map_err(|_| broken())?;
        String::from_utf8(plain).map_err(|_| broken())
    }

    /// An answer's text as stored: sealed, or plain from before sealing.
    pub fn reveal(
        &self,
        submission: i64,
        question: i64,
        plain: Option<String>,
        sealed: Option<&[u8]>,
    ) -> Result<Option<String>, sqlx::Error> {
        match sealed {
            Some(sealed) => self.open(submission, question, sealed).map(Some),
            None => Ok(plain),
        }
    }
}

/// The server key and the blob store that hold the tenants' data keys, and
/// the keys this process has opened.
pub struct DataKeys {
    server_key: ServerKey,
    store: Arc<dyn ObjectStore>,
    opened: Mutex<HashMap<i64, TenantCipher>>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKeys(..)")
    }
}

/// Why a tenant's data key could not be had.
fn key_error(tenant: TenantId, what: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::Protocol(format!("data key of tenant {}: {what}", tenant.0))
}

fn key_path(tenant: TenantId, key_id: &str) -> BlobPath {
    BlobPath::from(format!("data-keys/{}/{key_id}", tenant.0))
}

fn tenant_keys_prefix(tenant: TenantId) -> BlobPath {
    BlobPath::from(format!("data-keys/{}", tenant.0))
}

impl DataKeys {
    pub fn new(server_key: ServerKey, store: Arc<dyn ObjectStore>) -> DataKeys {
        DataKeys {
            server_key,
            store,
            opened: Mutex::new(HashMap::new()),
        }
    }

    fn cached(&self, tenant: TenantId) -> Option<TenantCipher> {
        self.opened
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&tenant.0)
            .cloned()
    }

    /// The tenant's key, made (once, whichever process comes first) when it
    /// has none yet.
    pub async fn cipher(
        &self,
        db: &Database,
        tenant: TenantId,
    ) -> Result<TenantCipher, sqlx::Error> {
        if let Some(cipher) = self.cached(tenant) {
            return Ok(cipher);
        }
        let key_id = match find_key_id(db, tenant).await? {
            Some(key_id) => key_id,
            None => self.make_key(db, tenant).await?,
        };
        let blob = match self.store.get(&key_path(tenant, &key_id)).await {
            Ok(blob) => blob.bytes().await.map_err(|e| key_error(tenant, e))?,
            Err(object_store::Error::NotFound { .. }) => {
                return Err(key_error(tenant, "destroyed (the tenant was deleted)"));
            }
            Err(e) => return Err(key_error(tenant, e)),
        };
        let sealed = std::str::from_utf8(&blob).map_err(|e| key_error(tenant, e))?;
        let cipher = self
            .server_key
            .open(tenant, sealed)
            .ok()
            .and_then(|text| STANDARD.decode(text).ok())
            .and_then(|bytes| TenantCipher::from_key_bytes(&bytes))
            .ok_or_else(|| key_error(tenant, "does not open with this server key"))?;
        self.opened
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(tenant.0, cipher.clone());
        Ok(cipher)
    }

    /// Writes a new key's blob, then claims the tenant's row for it; a
    /// process that lost the race removes its blob and takes the winner's.
    async fn make_key(&self, db: &Database, tenant: TenantId) -> Result<String, sqlx::Error> {
        let key = XChaCha20Poly1305::generate_key(&mut OsRng);
        let sealed = self
            .server_key
            .seal(tenant, &STANDARD.encode(key))
            .map_err(|e| key_error(tenant, e))?;
        let key_id = uuid::Uuid::new_v4().simple().to_string();
        let path = key_path(tenant, &key_id);
        self.store
            .put(&path, PutPayload::from(sealed.into_bytes()))
            .await
            .map_err(|e| key_error(tenant, e))?;
        let now = crate::domain::UnixMillis::now().0;
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
        let winner =
            claimed.ok_or_else(|| key_error(tenant, "its row vanished while it was made"))?;
        if winner != key_id {
            let _ = self.store.delete(&path).await;
        }
        Ok(winner)
    }

    /// Destroys the tenant's key: its blob, then its row. Whatever sealed
    /// text of the tenant is left anywhere no longer opens. Safe to repeat.
    pub async fn destroy(&self, db: &Database, tenant: TenantId) -> Result<(), sqlx::Error> {
        use futures_util::TryStreamExt;
        self.opened
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&tenant.0);
        let found: Vec<BlobPath> = self
            .store
            .list(Some(&tenant_keys_prefix(tenant)))
            .map_ok(|meta| meta.location)
            .try_collect()
            .await
            .map_err(|e| key_error(tenant, e))?;
        for location in &found {
            match self.store.delete(location).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(key_error(tenant, e)),
            }
        }
        with_pool!(db, pool => {
            sqlx::query("DELETE FROM tenant_data_keys WHERE tenant_id = $1")
                .bind(tenant.0)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        Ok(())
    }

    /// Seals every tenant's key again with `self`'s server key, reading each
    /// with `previous`: the server key changes without touching an answer.
    /// Keys already sealed with the new key are left as they are, so an
    /// interrupted run can simply be repeated. Returns how many were resealed.
    pub async fn reseal_all(
        &self,
        db: &Database,
        previous: &ServerKey,
    ) -> Result<u64, sqlx::Error> {
        let rows: Vec<(i64, String)> = with_pool!(db, pool => {
            sqlx::query_as("SELECT tenant_id, key_id FROM tenant_data_keys ORDER BY tenant_id")
                .fetch_all(pool)
                .await
        })?;
        let mut resealed = 0;
        for (tenant, key_id) in rows {
            let tenant = TenantId(tenant);
            let path = key_path(tenant, &key_id);
            let blob = match self.store.get(&path).await {
                Ok(blob) => blob.bytes().await.map_err(|e| key_error(tenant, e))?,
                Err(object_store::Error::NotFound { .. }) => continue,
                Err(e) => return Err(key_error(tenant, e)),
            };
            let sealed = std::str::from_utf8(&blob).map_err(|e| key_error(tenant, e))?;
            if self.server_key.open(tenant, sealed).is_ok() {
                continue;
            }
            let key = previous.open(tenant, sealed).map_err(|_| {
                key_error(
                    tenant,
                    "opens with neither the new nor the previous server key",
                )
            })?;
            let again = self
                .server_key
                .seal(tenant, &key)
                .map_err(|e| key_error(tenant, e))?;
            self.store
                .put(&path, PutPayload::from(again.into_bytes()))
                .await
                .map_err(|e| key_error(tenant, e))?;
            resealed += 1;
        }
        Ok(resealed)
    }
}

async fn find_key_id(db: &Database, tenant: TenantId) -> Result<Option<String>, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar("SELECT key_id FROM tenant_data_keys WHERE tenant_id = $1")
            .bind(tenant.0)
            .fetch_optional(pool)
            .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cipher() -> TenantCipher {
        TenantCipher::for_tests()
    }

    #[test]
    fn sealed_text_opens_only_for_its_row_and_key() {
        let cipher = cipher();
        let sealed = cipher.seal(10, 3, "Bonjour, ça va");
        assert!(!sealed.windows(7).any(|w| w == b"Bonjour"));
        assert_eq!(cipher.open(10, 3, &sealed).unwrap(), "Bonjour, ça va");
        assert!(cipher.open(10, 4, &sealed).is_err());
        assert!(cipher.open(11, 3, &sealed).is_err());
        assert!(self::cipher().open(10, 3, &sealed).is_err());
        assert!(cipher.open(10, 3, &sealed[..5]).is_err());
    }

    #[test]
    fn plain_text_from_before_sealing_reads_as_it_is() {
        let cipher = cipher();
        assert_eq!(
            cipher.reveal(1, 1, Some("old".into()), None).unwrap(),
            Some("old".into())
        );
        let sealed = cipher.seal(1, 1, "new");
        assert_eq!(
            cipher.reveal(1, 1, None, Some(&sealed)).unwrap(),
            Some("new".into())
        );
    }
}
