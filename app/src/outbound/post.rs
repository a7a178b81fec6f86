//! Posting to an address a subscriber gave (webhooks): the same guard as
//! every fetch, and only the start of the answer is read, since it is kept
//! only to show the subscriber what their receiver said.

use std::time::Duration;

use super::{OutboundClient, OutboundError, error_chain, refusal_within};

/// What a receiver answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostAnswer {
    pub status: u16,
    /// At most the bytes asked for, as text (lossy).
    pub excerpt: String,
}

impl OutboundClient {
    /// Posts `body` as JSON with `headers` to `url`, waits at most
    /// `timeout`, and reads at most `keep` bytes of the answer.
    pub async fn post_json(
        &self,
        url: &url::Url,
        headers: &[(&str, String)],
        body: Vec<u8>,
        timeout: Duration,
        keep: usize,
    ) -> Result<PostAnswer, OutboundError> {
        self.check_url(url).await?;
        let mut request = self
            .http
            .post(url.clone())
            .timeout(timeout)
            .header("content-type", "application/json")
            .header("user-agent", "TailspinSurveys-Webhooks/1")
            .body(body);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let mut response = request.send().await.map_err(|e| {
            refusal_within(&e).unwrap_or_else(|| OutboundError::Request(error_chain(&e)))
        })?;
        let status = response.status().as_u16();
        let mut kept = Vec::new();
        while kept.len() < keep {
            match response.chunk().await {
                Ok(Some(chunk)) => kept.extend_from_slice(&chunk),
                Ok(None) => break,
                // The status is what counts; a broken body only shortens
                // the excerpt.
                Err(_) => break,
            }
        }
        kept.truncate(keep);
        Ok(PostAnswer {
            status,
            excerpt: String::from_utf8_lossy(&kept).into_owned(),
        })
    }
}
