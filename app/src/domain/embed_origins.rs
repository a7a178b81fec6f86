//! The websites a tenant's Administrators allow to embed its surveys: each
//! an origin (`https://host[:port]`), no wildcard and no path, because it
//! becomes a `frame-ancestors` source of the survey pages.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// At most this many websites.
pub const MAX_EMBED_ORIGINS: usize = 20;

/// Checked, normalized origins (lowercase, no default port), without
/// repeats, in the order typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmbedOrigins(Vec<String>);

impl EmbedOrigins {
    /// Origins as typed: one a line (or separated by spaces or commas).
    /// Every line that is not an origin is named in the error.
    pub fn parse(typed: &str) -> Result<EmbedOrigins, String> {
        let mut origins = Vec::new();
        let mut refused = Vec::new();
        for word in typed
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
        {
            match parse_origin(word) {
                Some(origin) if !origins.contains(&origin) => origins.push(origin),
                Some(_) => {}
                None => refused.push(word.chars().take(60).collect::<String>()),
            }
        }
        if !refused.is_empty() {
            return Err(Message::new("msg-embed-origins-refused")
                .text("refused", refused.join(", "))
                .in_page_language());
        }
        if origins.len() > MAX_EMBED_ORIGINS {
            return Err(Message::new("msg-embed-origins-too-many")
                .typed("max", MAX_EMBED_ORIGINS)
                .typed("count", origins.len())
                .in_page_language());
        }
        Ok(EmbedOrigins(origins))
    }

    /// As stored (space-separated, already checked); anything unreadable is
    /// left out rather than widening what may frame a page.
    pub fn from_stored(stored: &str) -> EmbedOrigins {
        EmbedOrigins(stored.split_whitespace().filter_map(parse_origin).collect())
    }

    pub fn to_stored(&self) -> String {
        self.0.join(" ")
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `scheme://host[:port]` (a trailing `/` allowed), normalized.
fn parse_origin(word: &str) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let default_port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (inside, after) = bracketed.split_once(']')?;
        if inside.is_empty() || !inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return None;
        }
        let port = match after {
            "" => None,
            after => Some(after.strip_prefix(':')?),
        };
        (format!("[{inside}]"), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        let label_ok = |label: &str| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        };
        if host.len() > 253 || !host.split('.').all(label_ok) {
            return None;
        }
        (host.to_owned(), port)
    };
    let port = match port {
        None => None,
        Some(port) => {
            let number: u16 = port.parse().ok().filter(|n| *n > 0)?;
            if port.starts_with('0') {
                return None;
            }
            (port != default_port).then(|| number.to_string())
        }
    };
    Some(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalized_and_repeats_dropped() {
        let origins = EmbedOrigins::parse(
            "HTTPS://WWW.Example.com/\nhttps://www.example.com:443, http://127.0.0.1:3203 http://[::1]:8080",
        )
        .unwrap();
        assert_eq!(
            origins.as_slice(),
            [
                "https://www.example.com",
                "http://127.0.0.1:3203",
                "http://[::1]:8080"
            ]
        );
        assert_eq!(EmbedOrigins::from_stored(&origins.to_stored()), origins);
        assert!(EmbedOrigins::parse("  \n").unwrap().is_empty());
    }

    #[test]
    fn pages_wildcards_and_other_schemes_are_refused_by_name() {
        for bad in [
            "https://example.com/page",
            "https://*.example.com",
            "*",
            "example.com",
            "javascript://x",
            "https://user@example.com",
            "https://example.com:0",
            "https://example.com:99999",
            "https://example.com?x=1",
            "https://exa mple.com",
            "'self'",
            "https://example.com;script-src",
        ] {
            let error = EmbedOrigins::parse(bad).unwrap_err();
            assert!(error.contains("is not one"), "{bad}: {error}");
        }
        let many: Vec<String> = (0..21)
            .map(|n| format!("https://site{n}.example"))
            .collect();
        assert!(
            EmbedOrigins::parse(&many.join("\n"))
                .unwrap_err()
                .contains("at most 20")
        );
    }

    #[test]
    fn stored_text_never_widens_what_may_frame() {
        assert!(EmbedOrigins::from_stored("* 'self' https://ok.example/x").is_empty());
    }
}
