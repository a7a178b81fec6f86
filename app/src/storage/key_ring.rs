//! The tenants' data keys where they are kept: in the blob store, each
//! sealed by the server key (tenant id bound in), under
//! `data-keys/{tenant}/{key_id}`, and opened ones in memory. Which `key_id`
//! is a tenant's is the database's to say (`data_keys`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use object_store::path::Path as BlobPath;
use object_store::{ObjectStore, PutPayload};

use crate::domain::TenantId;
use crate::secrets::ServerKey;

const NONCE_LEN: usize = 12;
/// The first byte of a sealed text: the format (1: AES-256-GCM with a
/// random 96-bit nonce), so a later one can differ.
const FORMAT: u8 = 1;

/// A tenant's opened data key: seals and opens the text of its answers and
/// its contacts' details, and gives the index of a contact's email.
#[derive(Clone)]
pub struct TenantCipher(Arc<CipherKeys>);

struct CipherKeys {
    aead: Aes256Gcm,
    /// Derived from the data key: the key of the email index.
    index_key: [u8; 32],
}

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

/// A contact's row, as associated data: its survey and email index (which
/// are unique together). Tagged, so it never equals an answer's row.
fn contact_row_id(survey: i64, email_index: &str) -> Vec<u8> {
    let mut id = b"contact:".to_vec();
    id.extend_from_slice(&survey.to_be_bytes());
    id.extend_from_slice(email_index.as_bytes());
    id
}

/// A queued message's row, as associated data: its idempotency key
/// (unique, and known before the row is written). Tagged like a contact's.
fn mail_row_id(idempotency_key: &str) -> Vec<u8> {
    let mut id = b"mail:".to_vec();
    id.extend_from_slice(idempotency_key.as_bytes());
    id
}

/// What sealing adds to a text: format, nonce and tag (usage figures
/// subtract it in SQL: `tenant_figures`).
pub const SEALING_OVERHEAD: usize = 1 + NONCE_LEN + 16;

/// What an email index starts with; no address does.
pub const EMAIL_INDEX_PREFIX: &str = "i1:";

fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
    use hmac::Mac;
    let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(key)
        .expect("HMAC takes keys of any length");
    mac.update(message);
    mac.finalize().into_bytes().into()
}

impl TenantCipher {
    fn from_key_bytes(bytes: &[u8]) -> Option<TenantCipher> {
        (bytes.len() == 32).then(|| {
            TenantCipher(Arc::new(CipherKeys {
                aead: Aes256Gcm::new(aes_gcm::Key::<Aes256Gcm>::from_slice(bytes)),
                index_key: hmac(bytes, b"tailspin: contact email index"),
            }))
        })
    }

    /// A fresh random key, not kept anywhere.
    #[cfg(test)]
    pub(crate) fn for_tests() -> TenantCipher {
        let key = Aes256Gcm::generate_key(&mut OsRng);
        TenantCipher::from_key_bytes(&key).expect("32 bytes")
    }

    fn seal_with(&self, aad: &[u8], text: &str) -> Vec<u8> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let body = self
            .0
            .aead
            .encrypt(
                &nonce,
                Payload {
                    msg: text.as_bytes(),
                    aad,
                },
            )
            .expect("AES-256-GCM seals any length an answer has");
        let mut out = Vec::with_capacity(1 + NONCE_LEN + body.len());
        out.push(FORMAT);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        out
    }

    fn open_with(&self, aad: &[u8], sealed: &[u8]) -> Option<String> {
        let (format, rest) = sealed.split_first()?;
        if *format != FORMAT || rest.len() < NONCE_LEN {
            return None;
        }
        let (nonce, body) = rest.split_at(NONCE_LEN);
        let plain = self
            .0
            .aead
            .decrypt(Nonce::from_slice(nonce), Payload { msg: body, aad })
            .ok()?;
        String::from_utf8(plain).ok()
    }

    /// The text of the answer to `question` in `submission`, sealed.
    pub fn seal(&self, submission: i64, question: i64, text: &str) -> Vec<u8> {
        self.seal_with(&row_id(submission, question), text)
    }

    /// Opens what [`TenantCipher::seal`] wrote for the same row; fails with
    /// another tenant's key or another row's text.
    pub fn open(
        &self,
        submission: i64,
        question: i64,
        sealed: &[u8],
    ) -> Result<String, sqlx::Error> {
        self.open_with(&row_id(submission, question), sealed)
            .ok_or_else(|| {
                sqlx::Error::Decode(
                    format!("the sealed text of answer {submission}/{question} does not open")
                        .into(),
                )
            })
    }

    /// What stands for `email` (any case) where it must be compared: the
    /// same for the same address and tenant, and says nothing about it
    /// without the tenant's key.
    pub fn email_index(&self, email: &str) -> String {
        let mac = hmac(&self.0.index_key, email.trim().to_lowercase().as_bytes());
        let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
        format!("{EMAIL_INDEX_PREFIX}{hex}")
    }

    /// A contact's details, sealed for its row.
    pub fn seal_contact(&self, survey: i64, email_index: &str, details: &str) -> Vec<u8> {
        self.seal_with(&contact_row_id(survey, email_index), details)
    }

    pub fn open_contact(
        &self,
        survey: i64,
        email_index: &str,
        sealed: &[u8],
    ) -> Result<String, sqlx::Error> {
        self.open_with(&contact_row_id(survey, email_index), sealed)
            .ok_or_else(|| {
                sqlx::Error::Decode(
                    format!("the sealed details of a contact of survey {survey} do not open")
                        .into(),
                )
            })
    }

    /// The address and subject of a message to a contact, sealed for the
    /// message queued under `idempotency_key`.
    pub fn seal_mail_address(&self, idempotency_key: &str, details: &str) -> Vec<u8> {
        self.seal_with(&mail_row_id(idempotency_key), details)
    }

    pub fn open_mail_address(
        &self,
        idempotency_key: &str,
        sealed: &[u8],
    ) -> Result<String, sqlx::Error> {
        self.open_with(&mail_row_id(idempotency_key), sealed)
            .ok_or_else(|| {
                sqlx::Error::Decode(
                    format!("the sealed address of message {idempotency_key} does not open").into(),
                )
            })
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
pub struct KeyRing {
    server_key: ServerKey,
    store: Arc<dyn ObjectStore>,
    opened: Mutex<HashMap<i64, TenantCipher>>,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyRing(..)")
    }
}

/// Why a tenant's data key could not be had.
pub(super) fn key_error(tenant: TenantId, what: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::Protocol(format!("data key of tenant {}: {what}", tenant.0))
}

/// A blob-store failure while reading or writing a tenant's key. A store
/// that cannot be reached (`Generic`: transport errors, timeouts, 5xx)
/// answers like a database that is down, 503, as the request may succeed
/// later; anything else is the key's own fault.
fn store_error(tenant: TenantId, error: object_store::Error) -> sqlx::Error {
    match error {
        object_store::Error::Generic { .. } => sqlx::Error::Io(std::io::Error::other(format!(
            "data key of tenant {}: blob store unavailable: {error}",
            tenant.0
        ))),
        other => key_error(tenant, other),
    }
}

fn key_path(tenant: TenantId, key_id: &str) -> BlobPath {
    BlobPath::from(format!("data-keys/{}/{key_id}", tenant.0))
}

fn tenant_keys_prefix(tenant: TenantId) -> BlobPath {
    BlobPath::from(format!("data-keys/{}", tenant.0))
}

impl KeyRing {
    pub fn new(server_key: ServerKey, store: Arc<dyn ObjectStore>) -> KeyRing {
        KeyRing {
            server_key,
            store,
            opened: Mutex::new(HashMap::new()),
        }
    }

    fn opened(&self) -> std::sync::MutexGuard<'_, HashMap<i64, TenantCipher>> {
        self.opened.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Forgets every opened key.
    pub(super) fn forget_all(&self) {
        self.opened().clear();
    }

    /// The tenant's key, when this process has opened it before.
    pub(super) fn cached(&self, tenant: TenantId) -> Option<TenantCipher> {
        self.opened().get(&tenant.0).cloned()
    }

    async fn read_sealed(
        &self,
        tenant: TenantId,
        key_id: &str,
    ) -> Result<Option<String>, sqlx::Error> {
        match self.store.get(&key_path(tenant, key_id)).await {
            Ok(blob) => {
                let bytes = blob.bytes().await.map_err(|e| store_error(tenant, e))?;
                String::from_utf8(bytes.to_vec())
                    .map(Some)
                    .map_err(|e| key_error(tenant, e))
            }
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(store_error(tenant, e)),
        }
    }

    /// Opens the tenant's key `key_id` and keeps it for next time.
    pub(super) async fn open(
        &self,
        tenant: TenantId,
        key_id: &str,
    ) -> Result<TenantCipher, sqlx::Error> {
        let sealed = self
            .read_sealed(tenant, key_id)
            .await?
            .ok_or_else(|| key_error(tenant, "destroyed (the tenant was deleted)"))?;
        let cipher = self
            .server_key
            .open(tenant, &sealed)
            .ok()
            .and_then(|text| STANDARD.decode(text).ok())
            .and_then(|bytes| TenantCipher::from_key_bytes(&bytes))
            .ok_or_else(|| key_error(tenant, "does not open with this server key"))?;
        self.opened().insert(tenant.0, cipher.clone());
        Ok(cipher)
    }

    /// Makes a new key for the tenant and writes it; returns its id.
    pub(super) async fn write_new(&self, tenant: TenantId) -> Result<String, sqlx::Error> {
        let key = Aes256Gcm::generate_key(&mut OsRng);
        let sealed = self
            .server_key
            .seal(tenant, &STANDARD.encode(key))
            .map_err(|e| key_error(tenant, e))?;
        let key_id = uuid::Uuid::new_v4().simple().to_string();
        self.store
            .put(
                &key_path(tenant, &key_id),
                PutPayload::from(sealed.into_bytes()),
            )
            .await
            .map_err(|e| store_error(tenant, e))?;
        Ok(key_id)
    }

    /// Whether `other` keeps its keys in the same store as this ring.
    pub(super) fn shares_store_with(&self, other: &KeyRing) -> bool {
        Arc::ptr_eq(&self.store, &other.store)
    }

    /// Writes the tenant's key `key_id`, as sealed, into `other`'s store.
    pub(super) async fn copy_key_to(
        &self,
        other: &KeyRing,
        tenant: TenantId,
        key_id: &str,
    ) -> Result<(), sqlx::Error> {
        let sealed = self
            .read_sealed(tenant, key_id)
            .await?
            .ok_or_else(|| key_error(tenant, "destroyed (the tenant was deleted)"))?;
        other
            .store
            .put(
                &key_path(tenant, key_id),
                PutPayload::from(sealed.into_bytes()),
            )
            .await
            .map_err(|e| store_error(tenant, e))?;
        Ok(())
    }

    /// Forgets the tenant's opened key (not its blob).
    pub(super) fn forget(&self, tenant: TenantId) {
        self.opened().remove(&tenant.0);
    }

    /// Removes a key nobody uses (one that lost the race to be the tenant's).
    pub(super) async fn discard(&self, tenant: TenantId, key_id: &str) {
        let _ = self.store.delete(&key_path(tenant, key_id)).await;
    }

    /// Forgets and deletes every key of the tenant. Safe to repeat.
    pub(super) async fn destroy(&self, tenant: TenantId) -> Result<(), sqlx::Error> {
        use futures_util::TryStreamExt;
        self.opened().remove(&tenant.0);
        let found: Vec<BlobPath> = self
            .store
            .list(Some(&tenant_keys_prefix(tenant)))
            .map_ok(|meta| meta.location)
            .try_collect()
            .await
            .map_err(|e| store_error(tenant, e))?;
        for location in &found {
            match self.store.delete(location).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(store_error(tenant, e)),
            }
        }
        Ok(())
    }

    /// Seals the tenant's key `key_id` with this ring's server key, reading
    /// it with `previous`.
    pub(super) async fn reseal(
        &self,
        tenant: TenantId,
        key_id: &str,
        previous: &ServerKey,
    ) -> Result<Reseal, sqlx::Error> {
        let Some(sealed) = self.read_sealed(tenant, key_id).await? else {
            return Ok(Reseal::NothingToDo);
        };
        if self.server_key.open(tenant, &sealed).is_ok() {
            return Ok(Reseal::NothingToDo);
        }
        let Ok(key) = previous.open(tenant, &sealed) else {
            return Ok(Reseal::OpensWithNeither);
        };
        let again = self
            .server_key
            .seal(tenant, &key)
            .map_err(|e| key_error(tenant, e))?;
        self.store
            .put(
                &key_path(tenant, key_id),
                PutPayload::from(again.into_bytes()),
            )
            .await
            .map_err(|e| store_error(tenant, e))?;
        self.opened().remove(&tenant.0);
        Ok(Reseal::Resealed)
    }
}

/// What [`KeyRing::reseal`] did with a tenant's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reseal {
    Resealed,
    /// Sealed with the new key already, or destroyed.
    NothingToDo,
    /// Sealed with some third key: left as it is.
    OpensWithNeither,
}

#[cfg(test)]
mod store_error_tests {
    use super::*;

    #[test]
    fn an_unreachable_store_answers_unavailable_and_a_bad_key_does_not() {
        let tenant = TenantId(7);
        let down = object_store::Error::Generic {
            store: "azure",
            source: "connection refused".into(),
        };
        assert!(crate::storage::retry::means_unavailable(&store_error(
            tenant, down
        )));
        let odd = object_store::Error::NotImplemented;
        assert!(!crate::storage::retry::means_unavailable(&store_error(
            tenant, odd
        )));
    }
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
        assert_eq!(sealed.len(), "Bonjour, ça va".len() + SEALING_OVERHEAD);
        assert_eq!(SEALING_OVERHEAD, 29, "tenant_figures subtracts 29");
    }

    #[test]
    fn contacts_are_found_by_an_index_that_hides_the_address() {
        let cipher = cipher();
        let index = cipher.email_index("Ann@Example.org");
        assert_eq!(index, cipher.email_index(" ann@example.org"));
        assert_ne!(index, cipher.email_index("bob@example.org"));
        assert_ne!(index, self::cipher().email_index("ann@example.org"));
        assert!(index.starts_with(EMAIL_INDEX_PREFIX) && !index.contains("ann"));
        let sealed = cipher.seal_contact(4, &index, r#"{"email":"ann@example.org"}"#);
        assert!(
            cipher
                .open_contact(4, &index, &sealed)
                .unwrap()
                .contains("ann@")
        );
        assert!(cipher.open_contact(5, &index, &sealed).is_err());
        assert!(cipher.open(4, 0, &sealed).is_err());
    }

    #[test]
    fn a_message_address_opens_only_for_its_message() {
        let cipher = cipher();
        let sealed = cipher.seal_mail_address("invite:1", "ann@example.org");
        assert!(!sealed.windows(3).any(|w| w == b"ann"));
        assert_eq!(
            cipher.open_mail_address("invite:1", &sealed).unwrap(),
            "ann@example.org"
        );
        assert!(cipher.open_mail_address("invite:2", &sealed).is_err());
        assert!(
            self::cipher()
                .open_mail_address("invite:1", &sealed)
                .is_err()
        );
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
