//! Secrets kept for tenants (identity-provider client secrets) are sealed
//! with the server key before they reach the database, so a copy of the
//! database alone does not reveal them. XChaCha20-Poly1305 with a random
//! nonce per seal; the tenant id is bound in as associated data, so a sealed
//! value moved to another tenant's row does not open.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};

use crate::domain::TenantId;
use crate::error::AppError;

const VERSION: &str = "v1:";
const NONCE_LEN: usize = 24;

/// The 256-bit key of this installation; every instance on one database
/// needs the same key.
#[derive(Clone)]
pub struct ServerKey(Key);

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(..)")
    }
}

impl ServerKey {
    /// A new random key.
    pub fn generate() -> ServerKey {
        ServerKey(XChaCha20Poly1305::generate_key(&mut OsRng))
    }

    /// Reads a key written by [`ServerKey::to_base64`].
    pub fn from_base64(text: &str) -> Result<ServerKey, &'static str> {
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|_| "the server key is not base64")?;
        if bytes.len() != 32 {
            return Err("the server key must be 32 bytes (44 base64 characters)");
        }
        Ok(ServerKey(*Key::from_slice(&bytes)))
    }

    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0)
    }

    /// A MAC (HMAC-SHA-256) of `message`, for `purpose`: the server's way
    /// of recognising a value it wrote itself when it comes back through a
    /// browser. `purpose` keeps MACs made for one use from passing for
    /// another.
    pub fn authenticate(&self, purpose: &str, message: &[u8]) -> [u8; 32] {
        use hmac::Mac;
        let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(self.0.as_slice())
            .expect("HMAC takes keys of any length");
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(message);
        mac.finalize().into_bytes().into()
    }

    pub fn seal(&self, tenant: TenantId, secret: &str) -> Result<String, AppError> {
        let cipher = XChaCha20Poly1305::new(&self.0);
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = tenant.0.to_be_bytes();
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: secret.as_bytes(),
                    aad: &aad,
                },
            )
            .map_err(|e| AppError::internal("sealing a secret", e))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(format!("{VERSION}{}", STANDARD.encode(out)))
    }

    /// Fails when the value was sealed with another key or for another tenant.
    pub fn open(&self, tenant: TenantId, sealed: &str) -> Result<String, AppError> {
        let broken = || AppError::internal("opening a sealed secret", "wrong key or tenant");
        let bytes = sealed
            .strip_prefix(VERSION)
            .and_then(|b64| STANDARD.decode(b64).ok())
            .filter(|bytes| bytes.len() > NONCE_LEN)
            .ok_or_else(broken)?;
        let (nonce, body) = bytes.split_at(NONCE_LEN);
        let aad = tenant.0.to_be_bytes();
        let plain = XChaCha20Poly1305::new(&self.0)
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_only_with_their_key_and_tenant() {
        let key = ServerKey::generate();
        let sealed = key.seal(TenantId(7), "client-secret").unwrap();
        assert!(!sealed.contains("client-secret"));
        assert_ne!(sealed, key.seal(TenantId(7), "client-secret").unwrap());
        assert_eq!(key.open(TenantId(7), &sealed).unwrap(), "client-secret");
        assert!(key.open(TenantId(8), &sealed).is_err());
        assert!(ServerKey::generate().open(TenantId(7), &sealed).is_err());
        assert!(key.open(TenantId(7), "v1:AAAA").is_err());
    }

    #[test]
    fn keys_round_trip_through_base64() {
        let key = ServerKey::generate();
        let again = ServerKey::from_base64(&key.to_base64()).unwrap();
        let sealed = key.seal(TenantId(1), "x").unwrap();
        assert_eq!(again.open(TenantId(1), &sealed).unwrap(), "x");
        assert!(ServerKey::from_base64("c2hvcnQ=").is_err());
        assert_eq!(
            key.authenticate("a", b"message"),
            again.authenticate("a", b"message")
        );
        assert_ne!(
            key.authenticate("a", b"message"),
            key.authenticate("b", b"message")
        );
        assert_ne!(
            key.authenticate("a", b"message"),
            ServerKey::generate().authenticate("a", b"message")
        );
        assert!(ServerKey::from_base64("not base64!").is_err());
    }
}
