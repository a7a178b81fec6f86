//! Refuses state-changing requests that a browser reports as coming from
//! another site (cross-site request forgery). Reads need no check. A
//! browser says where a request comes from (`Sec-Fetch-Site`, `Origin`);
//! with a public URL configured, `Origin` must be exactly its origin
//! (scheme, host and port), otherwise its host must be the `Host` asked
//! for. A request signed in by the session cookie that says neither is
//! refused too: every browser this product supports sends `Origin` with a
//! POST, so such a request is not from one of our pages. (No synchronizer
//! token is issued, so there is none to accept instead.) Requests without
//! the cookie and without either header are not from a browser and pass:
//! they can only act as the anonymous public.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::sessions::SESSION_COOKIE_NAMES;

/// The layer's state is the configured public origin alone (`AppState::
/// public_origin`): a layer's state is cloned for every request.
pub async fn refuse_cross_site(
    State(public_origin): State<Option<std::sync::Arc<str>>>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe {
        return next.run(request).await;
    }
    let refusal = match origin_of(request.headers(), public_origin.as_deref()) {
        Origin::SameSite => None,
        Origin::OtherSite => Some("This form was sent from another site and has been refused."),
        Origin::Unstated if carries_session(request.headers()) => Some(
            "This request did not say which site it came from, so it has been refused. Please use the form on our site.",
        ),
        Origin::Unstated => None,
    };
    if let Some(message) = refusal {
        tracing::warn!(method = %request.method(), path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, message).into_response();
    }
    next.run(request).await
}

#[derive(Debug, PartialEq, Eq)]
enum Origin {
    SameSite,
    OtherSite,
    /// Neither `Sec-Fetch-Site` nor `Origin`.
    Unstated,
}

fn origin_of(headers: &HeaderMap, public_origin: Option<&str>) -> Origin {
    let verdict = |same: bool| {
        if same {
            Origin::SameSite
        } else {
            Origin::OtherSite
        }
    };
    // Fetch metadata, when the browser sends it, is the most direct answer.
    if let Some(site) = headers.get("sec-fetch-site") {
        return verdict(matches!(site.to_str(), Ok("same-origin" | "none")));
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return Origin::Unstated;
    };
    let Ok(origin) = origin.to_str() else {
        return Origin::OtherSite;
    };
    if let Some(public) = public_origin {
        return verdict(origin.eq_ignore_ascii_case(public));
    }
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return Origin::OtherSite;
    };
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    verdict(origin_host == Some(host))
}

fn carries_session(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(name, _)| SESSION_COOKIE_NAMES.contains(&name))
}

/// The origin (`scheme://host[:port]`) of the configured public URL.
pub fn public_origin(public_url: &str) -> Option<String> {
    url::Url::parse(public_url)
        .ok()
        .map(|url| url.origin().ascii_serialization())
        .filter(|origin| origin != "null")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    fn cross(pairs: &[(&'static str, &'static str)]) -> bool {
        origin_of(&headers(pairs), None) == Origin::OtherSite
    }

    #[test]
    fn same_origin_requests_pass() {
        assert!(!cross(&[("sec-fetch-site", "same-origin")]));
        assert!(!cross(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000")
        ]));
        assert_eq!(
            origin_of(&headers(&[("host", "127.0.0.1:3000")]), None),
            Origin::Unstated,
            "not a browser"
        );
    }

    #[test]
    fn other_sites_are_refused() {
        assert!(cross(&[("sec-fetch-site", "cross-site")]));
        assert!(cross(&[("sec-fetch-site", "same-site")]));
        assert!(cross(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://evil.example")
        ]));
        assert!(cross(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3001")
        ]));
        assert!(cross(&[("host", "127.0.0.1:3000"), ("origin", "null")]));
        assert!(
            cross(&[("origin", "http://127.0.0.1:3000")]),
            "no host to compare"
        );
    }

    #[test]
    fn with_a_public_url_the_origin_must_match_it_scheme_and_all() {
        let public = public_origin("https://surveys.example.com").unwrap();
        assert_eq!(public, "https://surveys.example.com");
        let check = |origin: &'static str| {
            origin_of(
                &headers(&[("host", "surveys.example.com"), ("origin", origin)]),
                Some(&public),
            )
        };
        assert_eq!(check("https://surveys.example.com"), Origin::SameSite);
        assert_eq!(
            check("http://surveys.example.com"),
            Origin::OtherSite,
            "the scheme counts"
        );
        // A forged Host header does not help.
        assert_eq!(
            origin_of(
                &headers(&[("host", "evil.example"), ("origin", "https://evil.example")]),
                Some(&public)
            ),
            Origin::OtherSite
        );
    }

    #[test]
    fn the_session_cookie_is_recognised() {
        assert!(carries_session(&headers(&[(
            "cookie",
            "theme=dark; tailspin_session=abc"
        )])));
        assert!(carries_session(&headers(&[(
            "cookie",
            "__Host-tailspin=abc"
        )])));
        assert!(!carries_session(&headers(&[(
            "cookie",
            "tailspin_sessionx=abc"
        )])));
        assert!(!carries_session(&headers(&[])));
    }
}
