//! Reading what the test SMTP server (`.ci/smtp.sh`, a real npm
//! smtp-server on loopback) received. Tests share that server, so each one
//! sends to its own recipients and reads only their mail.

use std::time::Duration;

use app::services::mail::SmtpUrl;
use serde_json::Value;

/// The test SMTP server: its SMTP URL and the address of its HTTP API.
/// `None` when the test command started none (required when
/// TAILSPIN_REQUIRE_SMTP=1).
pub fn test_smtp() -> Option<(SmtpUrl, String)> {
    let (Ok(url), Ok(api)) = (
        std::env::var("TEST_SMTP_URL"),
        std::env::var("TEST_SMTP_API_URL"),
    ) else {
        assert!(
            std::env::var("TAILSPIN_REQUIRE_SMTP").as_deref() != Ok("1"),
            "TAILSPIN_REQUIRE_SMTP=1 but TEST_SMTP_URL or TEST_SMTP_API_URL is not set"
        );
        return None;
    };
    Some((SmtpUrl::parse(&url).expect("TEST_SMTP_URL"), api))
}

/// Every message the server received for `recipient` so far.
pub async fn received(api: &str, recipient: &str) -> Vec<Value> {
    let response = reqwest::Client::new()
        .get(format!("{api}/messages"))
        .query(&[("to", recipient)])
        .send()
        .await
        .expect("the test SMTP server answers");
    response.json().await.expect("a JSON list of messages")
}

/// Waits (up to 20 s) until `count` messages reached `recipient`, and a
/// moment more to catch any that should not have been sent; returns them.
pub async fn wait_for_mail(api: &str, recipient: &str, count: usize) -> Vec<Value> {
    for _ in 0..200 {
        if received(api, recipient).await.len() >= count {
            tokio::time::sleep(Duration::from_millis(300)).await;
            return received(api, recipient).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no {count} message(s) for {recipient} within 20 s");
}

/// The first `http…` address in `text` that contains `marker`.
pub fn link_in(text: &str, marker: &str) -> String {
    text.split_whitespace()
        .find(|word| word.starts_with("http") && word.contains(marker))
        .unwrap_or_else(|| panic!("no link with {marker} in {text}"))
        .to_owned()
}

/// The `token` of a link with one (`…?token=…&lang=…`).
pub fn token_of(link: &str) -> String {
    let token = link
        .split("token=")
        .nth(1)
        .unwrap_or_else(|| panic!("no token in {link}"));
    token.split('&').next().unwrap_or_default().to_owned()
}
