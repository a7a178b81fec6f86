//! Tenant API keys: an Administrator creates one with a name, its scopes
//! and an optional expiry, sees it once, and can revoke it. Using a key is
//! `auth::api_key_access`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::OsRng;
use chacha20poly1305::aead::rand_core::RngCore;

use crate::auth::TenantScope;
use crate::domain::{
    API_KEY_PREFIX_CHARS, API_KEY_START, ApiScope, ApiScopes, MAX_API_KEYS, UnixMillis, UserId,
    check_api_key_days, check_api_key_name,
};
use crate::error::{AppError, FieldProblem};
use crate::storage::Database;
use crate::storage::api_keys::{self, ApiKeyRecord, NewApiKey};

/// What the creator asked for, as typed.
pub struct KeyRequest<'a> {
    pub name: &'a str,
    pub scopes: &'a [String],
    /// Days until it expires; "" or "never" for never.
    pub days: &'a str,
}

/// A new key: shown to its creator once, never stored.
pub struct CreatedKey {
    pub record: ApiKeyRecord,
    pub key: String,
}

pub async fn list_keys(db: &Database, scope: &TenantScope) -> Result<Vec<ApiKeyRecord>, AppError> {
    Ok(api_keys::list_keys(db, scope).await?)
}

pub async fn create_key(
    db: &Database,
    scope: &TenantScope,
    creator: UserId,
    request: &KeyRequest<'_>,
) -> Result<CreatedKey, AppError> {
    let mut problems = Vec::new();
    let name = check_api_key_name(request.name)
        .map_err(|message| problems.push(FieldProblem::new("name", message)))
        .ok();
    let scopes = ApiScopes::parse(request.scopes.iter().map(String::as_str))
        .and_then(|scopes| {
            let not_yet = scopes.iter().find(|s| !ApiScope::OFFERED.contains(s));
            match not_yet {
                Some(scope) => Err(crate::i18n::Message::new("msg-api-keys-scope-not-offered")
                    .text("code", scope.code())
                    .in_page_language()),
                None => Ok(scopes),
            }
        })
        .map_err(|message| problems.push(FieldProblem::new("scopes", message)))
        .ok();
    let days = check_api_key_days(request.days)
        .map_err(|message| problems.push(FieldProblem::new("days", message)))
        .ok();
    let (Some(name), Some(scopes), Some(days)) = (name, scopes, days) else {
        return Err(AppError::Invalid(problems));
    };
    let now = UnixMillis::now();
    let (key, prefix) = new_key();
    let secret_hash = super::link_tokens::token_hash(&key);
    let expires_at = days.map(|days| now.plus_days(days));
    let stored = NewApiKey {
        name: &name,
        prefix: &prefix,
        secret_hash: &secret_hash,
        scopes: &scopes,
        created_by: creator,
        expires_at,
    };
    let Some(id) = api_keys::create_key(db, scope, &stored, MAX_API_KEYS, now).await? else {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            crate::i18n::Message::new("msg-api-keys-too-many")
                .typed("max", MAX_API_KEYS)
                .in_page_language(),
        )]));
    };
    tracing::info!(key = id, prefix = %prefix, "API key created");
    Ok(CreatedKey {
        record: ApiKeyRecord {
            id,
            tenant: scope.tenant_id(),
            name,
            prefix,
            scopes,
            created_at: now,
            expires_at,
            last_used_at: None,
            last_used_address: None,
            revoked_at: None,
        },
        key,
    })
}

/// Revokes at once; a key the tenant does not have, or revoked before, is
/// not found.
pub async fn revoke_key(db: &Database, scope: &TenantScope, key: i64) -> Result<(), AppError> {
    if api_keys::revoke_key(db, scope, key, UnixMillis::now()).await? {
        tracing::info!(key, "API key revoked");
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A new key and its public prefix: `tsk_` + 12 letters and digits + `_` +
/// 256 random bits (URL-safe base64).
fn new_key() -> (String, String) {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut bytes = [0_u8; API_KEY_PREFIX_CHARS];
    OsRng.fill_bytes(&mut bytes);
    // 256 is a multiple of 62 plus 8: the slight bias towards the first
    // letters does not matter for a public identifier.
    let id: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    let mut secret = [0_u8; 32];
    OsRng.fill_bytes(&mut secret);
    let prefix = format!("{API_KEY_START}{id}");
    let key = format!("{prefix}_{}", URL_SAFE_NO_PAD.encode(secret));
    (key, prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_keys_have_the_shape_the_check_reads() {
        let (key, prefix) = new_key();
        assert_eq!(crate::domain::api_key_prefix(&key), Some(prefix.as_str()));
        assert_ne!(new_key().0, key);
    }
}
