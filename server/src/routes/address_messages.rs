//! Messages that travel in a page's address are shown only when this server
//! put them there. A form refused without JavaScript comes back to its page
//! with the error in the address (Leptos' `__path` and `__err`); a refused
//! backup upload with `error`. Anyone could write such an address and put
//! words of their choosing on a Tailspin page. So every redirect that
//! carries a message gets `__sig`, a MAC of the target path and the message
//! under the server key, and a page request whose message lacks a valid one
//! is sent to the same address without it. Leptos builds a refused form's
//! redirect from the request's `Referer`, so message parameters are taken
//! out of an incoming `Referer` first: the server signs only what it wrote.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// The query parameters that carry a message (`error` only on the restore
/// page: elsewhere, an identity provider's callback uses it for itself), and
/// the signature's name.
const MESSAGE_PARAMETERS: [&str; 3] = ["__path", "__err", "error"];
const RESTORE_PAGE: &str = "/admin/restore";
const SIGNATURE: &str = "__sig";
const PURPOSE: &str = "address message";

fn is_message(path: &str, name: &str) -> bool {
    match name {
        "error" => path == RESTORE_PAGE,
        name => MESSAGE_PARAMETERS.contains(&name),
    }
}

/// The layer's state is the server key alone: a layer's state is cloned for
/// every request.
pub async fn authenticate_address_messages(
    State(key): State<app::secrets::ServerKey>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        if let Some(query) = request.uri().query() {
            let pairs = pairs(query);
            if carries_message(&path, &pairs) && !signed_correctly(&key, &path, &pairs) {
                tracing::info!(path, "unsigned message in the address dropped");
                return Redirect::to(&without_message(&path, &pairs)).into_response();
            }
        }
    } else {
        // Only a form post is sent back to its Referer with a message.
        let cleaned_referer = request
            .headers()
            .get(header::REFERER)
            .and_then(|referer| referer.to_str().ok())
            .and_then(without_message_in_url)
            .and_then(|referer| HeaderValue::from_str(&referer).ok());
        if let Some(referer) = cleaned_referer {
            request.headers_mut().insert(header::REFERER, referer);
        }
    }
    let mut response = next.run(request).await;
    let signed = response
        .headers()
        .get(header::LOCATION)
        .and_then(|location| location.to_str().ok())
        .and_then(|location| sign_location(&key, location));
    if let Some(value) = signed.and_then(|l| HeaderValue::from_str(&l).ok()) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn pairs(query: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn carries_message(path: &str, pairs: &[(String, String)]) -> bool {
    pairs.iter().any(|(name, _)| is_message(path, name))
}

fn signature(key: &app::secrets::ServerKey, path: &str, pairs: &[(String, String)]) -> String {
    let mut message = path.as_bytes().to_vec();
    for wanted in MESSAGE_PARAMETERS
        .iter()
        .filter(|name| is_message(path, name))
    {
        for (name, value) in pairs.iter().filter(|(name, _)| name == wanted) {
            message.push(0);
            message.extend_from_slice(name.as_bytes());
            message.push(b'=');
            message.extend_from_slice(value.as_bytes());
        }
    }
    key.authenticate(PURPOSE, &message)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn signed_correctly(key: &app::secrets::ServerKey, path: &str, pairs: &[(String, String)]) -> bool {
    let expected = signature(key, path, pairs);
    let given: Vec<&str> = pairs
        .iter()
        .filter(|(name, _)| name == SIGNATURE)
        .map(|(_, value)| value.as_str())
        .collect();
    // Compared in constant time: the MAC is the secret part.
    matches!(given.as_slice(), [one] if one.len() == expected.len()
        && one.bytes().zip(expected.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0)
}

fn without_message(path: &str, pairs: &[(String, String)]) -> String {
    let kept: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(name, _)| !is_message(path, name) && name != SIGNATURE)
        .collect();
    if kept.is_empty() {
        return path.to_owned();
    }
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish();
    format!("{path}?{query}")
}

/// An absolute address (a `Referer`) without its message parameters and
/// signature; `None` when it has none to take out.
fn without_message_in_url(address: &str) -> Option<String> {
    let mut url = url::Url::parse(address).ok()?;
    let path = url.path().to_owned();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if !carries_message(&path, &pairs) && !pairs.iter().any(|(name, _)| name == SIGNATURE) {
        return None;
    }
    let kept: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(name, _)| !is_message(&path, name) && name != SIGNATURE)
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(url.to_string())
}

/// The location with `__sig` added, when it carries a message.
fn sign_location(key: &app::secrets::ServerKey, location: &str) -> Option<String> {
    let base = url::Url::parse("http://relative.invalid").expect("a valid base");
    let absolute = location.contains("://");
    let mut url = base.join(location).ok()?;
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(name, _)| name != SIGNATURE)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if !carries_message(url.path(), &pairs) {
        return None;
    }
    let sig = signature(key, url.path(), &pairs);
    url.query_pairs_mut()
        .clear()
        .extend_pairs(&pairs)
        .append_pair(SIGNATURE, &sig);
    Some(if absolute {
        url.to_string()
    } else {
        let mut relative = url.path().to_owned();
        if let Some(query) = url.query() {
            relative.push('?');
            relative.push_str(query);
        }
        relative
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_servers_own_messages_pass() {
        let key = app::secrets::ServerKey::generate();
        let signed = sign_location(&key, "/admin/restore?error=The+alias+is+taken.").unwrap();
        let (path, query) = signed.split_once('?').unwrap();
        assert_eq!(path, "/admin/restore");
        assert!(signed_correctly(&key, path, &pairs(query)));
        // Another message, another page or another key: refused.
        let forged = query.replace("taken", "free");
        assert!(!signed_correctly(&key, path, &pairs(&forged)));
        assert!(!signed_correctly(&key, "/admin", &pairs(query)));
        let other = app::secrets::ServerKey::generate();
        assert!(!signed_correctly(&other, path, &pairs(query)));
        assert!(!signed_correctly(&key, path, &pairs("error=Call+us")));
        // Absolute locations (Leptos redirects to the referrer) keep their form.
        let absolute = sign_location(
            &key,
            "http://127.0.0.1:3000/t/adatum/users?__path=%2Fapi%2Fadd_user&__err=e30",
        )
        .unwrap();
        assert!(absolute.starts_with("http://127.0.0.1:3000/t/adatum/users?"));
        assert!(absolute.contains("__sig="));
        assert_eq!(sign_location(&key, "/t/adatum"), None);
    }

    #[test]
    fn a_referer_brings_no_message_of_its_own() {
        assert_eq!(
            without_message_in_url("http://x/admin/restore?error=Call+us&page=2").as_deref(),
            Some("http://x/admin/restore?page=2")
        );
        assert_eq!(
            without_message_in_url("http://x/t/a/users?__path=%2Fapi%2Fx&__err=e30&__sig=00")
                .as_deref(),
            Some("http://x/t/a/users")
        );
        assert_eq!(without_message_in_url("http://x/t/a/users?page=2"), None);
        // A provider's `error` on its callback is the provider's to send.
        assert_eq!(
            without_message_in_url("http://x/t/a/oidc/callback?error=access_denied"),
            None
        );
        assert!(!carries_message(
            "/t/a/oidc/callback",
            &pairs("error=access_denied&state=s")
        ));
    }

    #[test]
    fn a_dropped_message_keeps_the_rest_of_the_address() {
        let pairs = pairs("page=2&error=Evil&__sig=x&search=a+b");
        assert_eq!(
            without_message("/admin/restore", &pairs),
            "/admin/restore?page=2&search=a+b"
        );
        assert_eq!(
            without_message("/x", &super::pairs("__err=Evil&__path=p")),
            "/x"
        );
    }
}
