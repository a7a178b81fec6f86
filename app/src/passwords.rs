//! Password hashing with argon2id (the crate's recommended parameters). Runs
//! on the blocking pool: a hash takes tens of milliseconds by design.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::error::AppError;

pub async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        // 16 bytes from the operating system's generator, as UUID v4 uses.
        let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
            .map_err(|e| AppError::internal("password salt", e))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| AppError::internal("password hashing", e))
    })
    .await
    .map_err(|e| AppError::internal("password hashing task", e))?
}

/// Whether `password` matches `hash`. A malformed stored hash never matches.
pub async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Spends the time of a real verification, so that a sign-in for an email
/// without an account cannot be told apart by how long it takes.
pub async fn verify_against_decoy(password: String) {
    static DECOY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let _ = tokio::task::spawn_blocking(move || {
        let decoy = DECOY.get_or_init(|| {
            let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes()).ok()?;
            let secret = uuid::Uuid::new_v4().to_string();
            Argon2::default()
                .hash_password(secret.as_bytes(), &salt)
                .ok()
                .map(|h| h.to_string())
        });
        if let Some(parsed) = decoy.as_deref().and_then(|h| PasswordHash::new(h).ok()) {
            let _ = Argon2::default().verify_password(password.as_bytes(), &parsed);
        }
    })
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_only_their_password() {
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery".into(), hash.clone()).await);
        assert!(!verify_password("Correct horse battery".into(), hash.clone()).await);
        let again = hash_password("correct horse battery".into()).await.unwrap();
        assert_ne!(hash, again, "salted");
        assert!(!verify_password("x".into(), "not a hash".into()).await);
    }
}
