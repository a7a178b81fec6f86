//! Tenant API keys: what a key may do (its scopes), its name and its
//! lifetime, each checked where it enters. The key itself is
//! `tsk_<prefix>_<secret>`: the prefix finds the stored key, and only the
//! SHA-256 of the whole key is kept.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// What a key may do. A key has one or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ApiScope {
    SurveysRead,
    SurveysWrite,
    ResponsesRead,
    WebhooksWrite,
}

impl ApiScope {
    pub const ALL: [ApiScope; 4] = [
        ApiScope::SurveysRead,
        ApiScope::SurveysWrite,
        ApiScope::ResponsesRead,
        ApiScope::WebhooksWrite,
    ];

    /// What a new key can be given: every scope opens requests now.
    pub const OFFERED: [ApiScope; 4] = ApiScope::ALL;

    /// The name in requests, documents and storage.
    pub fn code(self) -> &'static str {
        match self {
            ApiScope::SurveysRead => "surveys:read",
            ApiScope::SurveysWrite => "surveys:write",
            ApiScope::ResponsesRead => "responses:read",
            ApiScope::WebhooksWrite => "webhooks:write",
        }
    }

    /// What it allows, as the key's creator reads it.
    pub fn description(self) -> &'static str {
        match self {
            ApiScope::SurveysRead => "Read surveys: their questions, pages and logic",
            ApiScope::SurveysWrite => "Create, change, publish and close surveys",
            ApiScope::ResponsesRead => "Read responses and results",
            ApiScope::WebhooksWrite => "Manage webhook endpoints",
        }
    }

    /// `description` in the page's language (`description` itself stays
    /// English for documents and the API).
    pub fn localized_description(self) -> String {
        Message::new(match self {
            ApiScope::SurveysRead => "msg-api-keys-scope-surveys-read",
            ApiScope::SurveysWrite => "msg-api-keys-scope-surveys-write",
            ApiScope::ResponsesRead => "msg-api-keys-scope-responses-read",
            ApiScope::WebhooksWrite => "msg-api-keys-scope-webhooks-write",
        })
        .in_page_language()
    }

    pub fn from_code(code: &str) -> Option<ApiScope> {
        ApiScope::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A key's scopes: at least one, each once, in a fixed order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiScopes(Vec<ApiScope>);

impl ApiScopes {
    /// From the codes a form or the database gives; an unknown code or
    /// none at all is refused.
    pub fn parse<'a>(codes: impl IntoIterator<Item = &'a str>) -> Result<ApiScopes, String> {
        let mut scopes = Vec::new();
        for code in codes {
            let code = code.trim();
            if code.is_empty() {
                continue;
            }
            let scope = ApiScope::from_code(code).ok_or_else(|| {
                Message::new("msg-api-keys-unknown-scope")
                    .text("code", code)
                    .in_page_language()
            })?;
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
        if scopes.is_empty() {
            return Err(Message::new("msg-api-keys-no-scopes").in_page_language());
        }
        scopes.sort();
        Ok(ApiScopes(scopes))
    }

    pub fn allows(&self, scope: ApiScope) -> bool {
        self.0.contains(&scope)
    }

    pub fn iter(&self) -> impl Iterator<Item = ApiScope> + '_ {
        self.0.iter().copied()
    }

    /// Space-separated codes, as stored.
    pub fn codes(&self) -> String {
        self.0
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub const MAX_API_KEY_NAME_CHARS: usize = 60;
/// The longest lifetime a key can be given; "never expires" is allowed too.
pub const MAX_API_KEY_DAYS: u32 = 3 * 366;
/// Keys a tenant may have at once (revoked and expired ones do not count).
pub const MAX_API_KEYS: usize = 25;

/// What the key is for, as its creator names it ("CRM sync").
pub fn check_api_key_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Message::new("msg-api-keys-name-missing").in_page_language());
    }
    if name.chars().count() > MAX_API_KEY_NAME_CHARS {
        return Err(Message::new("msg-api-keys-name-too-long")
            .typed("max", MAX_API_KEY_NAME_CHARS)
            .in_page_language());
    }
    if name.chars().any(char::is_control) {
        return Err(Message::new("msg-api-keys-name-control").in_page_language());
    }
    Ok(name.to_owned())
}

/// Days until the key expires, from the form: "" for never.
pub fn check_api_key_days(days: &str) -> Result<Option<u32>, String> {
    let days = days.trim();
    if days.is_empty() || days == "never" {
        return Ok(None);
    }
    match days.parse::<u32>() {
        Ok(n) if (1..=MAX_API_KEY_DAYS).contains(&n) => Ok(Some(n)),
        _ => Err(Message::new("msg-api-keys-days-invalid")
            .typed("max", MAX_API_KEY_DAYS)
            .in_page_language()),
    }
}

/// The start every key has, so that secret scanners and people recognise
/// one.
pub const API_KEY_START: &str = "tsk_";
/// Characters of the public prefix after `tsk_`.
pub const API_KEY_PREFIX_CHARS: usize = 12;

/// The public prefix (`tsk_` and 12 characters) of a key as presented, if
/// it has the shape of one.
pub fn api_key_prefix(key: &str) -> Option<&str> {
    let rest = key.strip_prefix(API_KEY_START)?;
    let (id, secret) = rest.split_once('_')?;
    let url_safe = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let shaped = id.len() == API_KEY_PREFIX_CHARS
        && url_safe(id)
        && (32..=128).contains(&secret.len())
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    shaped.then(|| &key[..API_KEY_START.len() + API_KEY_PREFIX_CHARS])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_parse_sorted_once_each_and_refuse_unknown_or_none() {
        let scopes = ApiScopes::parse(["responses:read", "surveys:read", "surveys:read"]).unwrap();
        assert_eq!(scopes.codes(), "surveys:read responses:read");
        assert!(scopes.allows(ApiScope::ResponsesRead));
        assert!(!scopes.allows(ApiScope::SurveysWrite));
        assert!(ApiScopes::parse(["surveys:admin"]).is_err());
        assert!(ApiScopes::parse(["", " "]).is_err());
        let stored = ApiScopes::parse(scopes.codes().split(' ')).unwrap();
        assert_eq!(stored, scopes);
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(check_api_key_name("  CRM sync ").unwrap(), "CRM sync");
        assert!(check_api_key_name(" ").is_err());
        assert!(check_api_key_name(&"x".repeat(61)).is_err());
        assert!(check_api_key_name("a\u{7}b").is_err());
    }

    #[test]
    fn lifetimes_are_days_or_never() {
        assert_eq!(check_api_key_days("").unwrap(), None);
        assert_eq!(check_api_key_days("never").unwrap(), None);
        assert_eq!(check_api_key_days("90").unwrap(), Some(90));
        assert!(check_api_key_days("0").is_err());
        assert!(check_api_key_days("-3").is_err());
        assert!(check_api_key_days("5000").is_err());
    }

    #[test]
    fn the_prefix_is_read_only_from_a_key_of_the_right_shape() {
        let secret = "A".repeat(43);
        let key = format!("tsk_abcdefABCDEF_{secret}");
        assert_eq!(api_key_prefix(&key), Some("tsk_abcdefABCDEF"));
        assert_eq!(api_key_prefix(&format!("tsk_short_{secret}")), None);
        assert_eq!(api_key_prefix("tsk_abcdefABCDEF_short"), None);
        assert_eq!(api_key_prefix(&format!("sk_abcdefABCDEF_{secret}")), None);
        assert_eq!(api_key_prefix(&format!("tsk_abcdef/BCDEF_{secret}")), None);
    }
}
