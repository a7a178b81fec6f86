//! A rendered page kept with the parts that differ per response cut out:
//! the nonce of its inline scripts (also named in its Content-Security-Policy)
//! and, on a survey page, the idempotency key of its form.
//!
//! The page is rendered once with a random nonce and key that are never
//! sent to anyone, so no survey text can contain them; both are made of
//! `[A-Za-z0-9_-]`, which no escaping (HTML attribute, JSON, `\u003c`)
//! changes, so every place they were written is found. Each response then
//! gets a fresh nonce and key from the same alphabets, which need no
//! escaping either.

use axum::http::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};

/// What is written at a cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Nonce,
    Key,
}

/// How often the idempotency key appears on a survey page: in the form's
/// hidden field and in the page data the browser hydrates from.
const KEY_OCCURRENCES: usize = 2;

#[derive(Debug)]
pub struct PageTemplate {
    html: String,
    /// Where each slot goes in `html`, in order.
    cuts: Vec<(usize, Slot)>,
    /// The policy before and after its nonce.
    csp: (String, String),
    status: StatusCode,
    content_type: HeaderValue,
}

/// A page as rendered: what `split` reads.
pub struct Rendered<'a> {
    pub status: StatusCode,
    pub headers: &'a HeaderMap,
    pub body: &'a str,
    /// The idempotency key written in a survey page; `None` for a page
    /// without a form.
    pub key: Option<&'a str>,
}

impl PageTemplate {
    /// Cuts `page` at its nonce and key. `None` (keep nothing) for anything
    /// but a plain page: another status, a header other than the content
    /// type and the policy (a cookie, a redirect), a nonce that is not in
    /// the policy exactly once or not in the body, or a key not written
    /// exactly where a survey page writes it.
    pub fn split(page: Rendered<'_>) -> Option<PageTemplate> {
        if ![StatusCode::OK, StatusCode::NOT_FOUND, StatusCode::GONE].contains(&page.status) {
            return None;
        }
        if page
            .headers
            .keys()
            .any(|name| *name != CONTENT_TYPE && *name != CONTENT_SECURITY_POLICY)
        {
            return None;
        }
        let content_type = single(page.headers, &CONTENT_TYPE)?.clone();
        let policy = single(page.headers, &CONTENT_SECURITY_POLICY)?
            .to_str()
            .ok()?;
        let nonce = policy_nonce(policy)?;
        let (before, after) = policy.split_once(nonce)?;
        if after.contains(nonce) {
            return None;
        }
        let mut found: Vec<(usize, usize, Slot)> = page
            .body
            .match_indices(nonce)
            .map(|(at, _)| (at, nonce.len(), Slot::Nonce))
            .collect();
        if found.is_empty() {
            return None;
        }
        if let Some(key) = page.key {
            let keys: Vec<_> = page.body.match_indices(key).collect();
            if keys.len() != KEY_OCCURRENCES || key.is_empty() {
                return None;
            }
            found.extend(keys.into_iter().map(|(at, _)| (at, key.len(), Slot::Key)));
        }
        found.sort_unstable_by_key(|&(at, _, _)| at);
        let mut html = String::with_capacity(page.body.len());
        let mut cuts = Vec::with_capacity(found.len());
        let mut read = 0;
        for (at, len, slot) in found {
            if at < read {
                return None;
            }
            html.push_str(&page.body[read..at]);
            cuts.push((html.len(), slot));
            read = at + len;
        }
        html.push_str(&page.body[read..]);
        Some(PageTemplate {
            html,
            cuts,
            csp: (before.to_owned(), after.to_owned()),
            status: page.status,
            content_type,
        })
    }

    /// The page and its policy with `nonce` and `key` written in. Both must
    /// be made of `[A-Za-z0-9_-]` (a `leptos::nonce::Nonce`, an
    /// `IdempotencyKey`).
    pub fn fill(&self, nonce: &str, key: &str) -> (String, String) {
        let mut body = String::with_capacity(self.html.len() + self.cuts.len() * key.len());
        let mut read = 0;
        for &(at, slot) in &self.cuts {
            body.push_str(&self.html[read..at]);
            body.push_str(match slot {
                Slot::Nonce => nonce,
                Slot::Key => key,
            });
            read = at;
        }
        body.push_str(&self.html[read..]);
        let policy = format!("{}{nonce}{}", self.csp.0, self.csp.1);
        (body, policy)
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn content_type(&self) -> &HeaderValue {
        &self.content_type
    }

    /// What keeping the page costs, roughly, in bytes.
    pub fn weight(&self) -> usize {
        self.html.len() + self.csp.0.len() + self.csp.1.len() + 32 * self.cuts.len() + 256
    }
}

fn single<'a>(headers: &'a HeaderMap, name: &axum::http::HeaderName) -> Option<&'a HeaderValue> {
    let mut values = headers.get_all(name).iter();
    let value = values.next()?;
    values.next().is_none().then_some(value)
}

/// The nonce named by `'nonce-…'` in a policy.
fn policy_nonce(policy: &str) -> Option<&str> {
    let (_, rest) = policy.split_once("'nonce-")?;
    let (nonce, _) = rest.split_once('\'')?;
    let plain = !nonce.is_empty()
        && nonce
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    plain.then_some(nonce)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONCE: &str = "n0n0n0n0n0n0n0n0n0n0n0";
    const KEY: &str = "11111111-2222-4333-8444-555555555555";

    fn headers(extra: Option<(&'static str, &'static str)>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&format!(
                "script-src 'self' 'nonce-{NONCE}'; base-uri 'none'"
            ))
            .unwrap(),
        );
        if let Some((name, value)) = extra {
            headers.insert(name, HeaderValue::from_static(value));
        }
        headers
    }

    fn page(body: &str) -> String {
        body.replace("{N}", NONCE).replace("{K}", KEY)
    }

    fn split(headers: &HeaderMap, body: &str, key: Option<&str>) -> Option<PageTemplate> {
        PageTemplate::split(Rendered {
            status: StatusCode::OK,
            headers,
            body,
            key,
        })
    }

    #[test]
    fn filling_writes_the_new_nonce_and_key_where_the_old_ones_were() {
        let body = page(
            "<script nonce=\"{N}\">x</script><input value=\"{K}\">\
             <script nonce=\"{N}\">[\"{\\\"idempotency_key\\\":\\\"{K}\\\"}\"]</script>",
        );
        let template = split(&headers(None), &body, Some(KEY)).unwrap();
        let (filled, policy) = template.fill("fresh-nonce_1", "fresh-key");
        assert_eq!(
            filled,
            body.replace(NONCE, "fresh-nonce_1")
                .replace(KEY, "fresh-key")
        );
        assert_eq!(
            policy,
            "script-src 'self' 'nonce-fresh-nonce_1'; base-uri 'none'"
        );
        assert!(!filled.contains(NONCE) && !filled.contains(KEY));
    }

    #[test]
    fn text_that_looks_like_a_marker_is_left_as_written() {
        let body = page("<p>nonce {N1} nonce-x idempotency_key</p><script nonce=\"{N}\"></script>");
        let template = split(&headers(None), &body, None).unwrap();
        let (filled, _) = template.fill("other", "k");
        assert_eq!(filled, body.replace(NONCE, "other"));
        assert!(filled.contains("{N1} nonce-x idempotency_key"));
    }

    #[test]
    fn pages_with_cookies_redirects_or_odd_statuses_are_not_kept() {
        let body = page("<script nonce=\"{N}\"></script>");
        assert!(split(&headers(Some(("set-cookie", "a=b"))), &body, None).is_none());
        assert!(split(&headers(Some(("location", "/x"))), &body, None).is_none());
        for status in [StatusCode::INTERNAL_SERVER_ERROR, StatusCode::SEE_OTHER] {
            let refused = PageTemplate::split(Rendered {
                status,
                headers: &headers(None),
                body: &body,
                key: None,
            });
            assert!(refused.is_none(), "{status}");
        }
    }

    #[test]
    fn a_nonce_or_key_that_is_not_where_expected_keeps_nothing() {
        // No nonce in the body.
        assert!(split(&headers(None), "<p>plain</p>", None).is_none());
        // No policy at all.
        let mut bare = HeaderMap::new();
        bare.insert(CONTENT_TYPE, HeaderValue::from_static("text/html"));
        assert!(split(&bare, &page("{N}"), None).is_none());
        // The key once, or three times.
        assert!(split(&headers(None), &page("{N} {K}"), Some(KEY)).is_none());
        assert!(split(&headers(None), &page("{N} {K} {K} {K}"), Some(KEY)).is_none());
        assert!(split(&headers(None), &page("{N} {K} {K}"), Some(KEY)).is_some());
    }

    #[test]
    fn the_weight_grows_with_the_page() {
        let small = split(&headers(None), &page("{N}"), None).unwrap();
        let large = split(
            &headers(None),
            &page(&format!("{{N}}{}", "x".repeat(10_000))),
            None,
        )
        .unwrap();
        assert!(large.weight() >= small.weight() + 10_000);
    }
}
