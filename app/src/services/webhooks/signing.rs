//! Standard Webhooks signatures (<https://www.standardwebhooks.com>): the
//! secret is `whsec_` + base64 of random bytes, and each delivery carries
//! `webhook-id`, `webhook-timestamp` (Unix seconds) and
//! `webhook-signature`: `v1,` + base64 of HMAC-SHA256 over
//! `{id}.{timestamp}.{body}`, one per secret in use, separated by spaces
//! (two while a rotated secret overlaps the new one).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::OsRng;
use chacha20poly1305::aead::rand_core::RngCore;
use hmac::Mac;

const SECRET_START: &str = "whsec_";
const SECRET_BYTES: usize = 32;

/// An endpoint's signing secret, as the subscriber copies it.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningSecret(String);

impl std::fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningSecret(…)")
    }
}

impl SigningSecret {
    pub fn generate() -> SigningSecret {
        let mut bytes = [0_u8; SECRET_BYTES];
        OsRng.fill_bytes(&mut bytes);
        SigningSecret(format!("{SECRET_START}{}", STANDARD.encode(bytes)))
    }

    /// A stored secret; anything else is refused.
    pub fn parse(text: &str) -> Result<SigningSecret, &'static str> {
        let encoded = text
            .strip_prefix(SECRET_START)
            .ok_or("a signing secret starts with whsec_")?;
        let bytes = STANDARD
            .decode(encoded)
            .map_err(|_| "a signing secret is base64 after whsec_")?;
        if bytes.len() < 24 {
            return Err("a signing secret has at least 24 bytes");
        }
        Ok(SigningSecret(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    fn key(&self) -> Vec<u8> {
        STANDARD
            .decode(&self.0[SECRET_START.len()..])
            .expect("checked when made or parsed")
    }

    /// `v1,` + the signature of one message.
    pub fn sign(&self, message_id: &str, timestamp: i64, body: &[u8]) -> String {
        let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(&self.key())
            .expect("HMAC takes keys of any length");
        mac.update(message_id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
    }
}

/// The `webhook-signature` header: one signature per secret.
pub fn signature_header(
    secrets: &[&SigningSecret],
    message_id: &str,
    timestamp: i64,
    body: &[u8],
) -> String {
    secrets
        .iter()
        .map(|secret| secret.sign(message_id, timestamp, body))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the specification's reference libraries.
    #[test]
    fn signs_like_the_reference_implementation() {
        let secret = SigningSecret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let body = br#"{"test": 2432232314}"#;
        assert_eq!(
            secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn new_secrets_parse_and_differ() {
        let one = SigningSecret::generate();
        let two = SigningSecret::generate();
        assert_ne!(one, two);
        assert_eq!(SigningSecret::parse(one.expose()).unwrap(), one);
        assert!(SigningSecret::parse("whsec_short").is_err());
        assert!(SigningSecret::parse("sk_live_abc").is_err());
        assert_eq!(format!("{one:?}"), "SigningSecret(…)");
    }

    #[test]
    fn a_rotation_signs_twice() {
        let (new, old) = (SigningSecret::generate(), SigningSecret::generate());
        let header = signature_header(&[&new, &old], "msg_1", 1, b"{}");
        assert_eq!(header.split(' ').count(), 2);
        assert!(header.starts_with(&new.sign("msg_1", 1, b"{}")));
    }
}
