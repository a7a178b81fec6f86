//! The one HTTP client for everything the server fetches on a user's behalf
//! (OpenID discovery, JWKS, token endpoints; webhooks later). It resolves
//! names itself and connects only to the addresses it approved, so a name
//! cannot re-resolve to an internal address between check and connect;
//! literal addresses are checked before sending. Internal addresses
//! (loopback, private, link-local, CGNAT, multicast, unspecified) are
//! refused unless the operator allow-lists them (`TAILSPIN_OUTBOUND_ALLOW`);
//! plain `http://` is allowed only to allow-listed addresses. No redirect is
//! followed; the time and the size of a response are capped.

mod addresses;
pub mod post;

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use openidconnect::reqwest;
use openidconnect::{HttpRequest, HttpResponse};

pub use addresses::{IpNetwork, is_public};

/// Larger responses are cut off: discovery documents and key sets are a few
/// kilobytes.
pub const MAX_RESPONSE_BYTES: usize = 1024 * 1024;
const TIMEOUT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Which internal networks outbound requests may reach anyway (empty by
/// default).
#[derive(Clone, Debug, Default)]
pub struct OutboundPolicy {
    allow: Arc<[IpNetwork]>,
}

impl OutboundPolicy {
    pub fn new(allow: Vec<IpNetwork>) -> OutboundPolicy {
        OutboundPolicy {
            allow: allow.into(),
        }
    }

    /// `TAILSPIN_OUTBOUND_ALLOW`: networks separated by commas.
    pub fn parse(list: &str) -> Result<OutboundPolicy, String> {
        let allow = list
            .split(',')
            .filter(|part| !part.trim().is_empty())
            .map(IpNetwork::parse)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(OutboundPolicy::new(allow))
    }

    pub fn allow_listed(&self, ip: IpAddr) -> bool {
        self.allow.iter().any(|network| network.contains(ip))
    }

    pub fn permits(&self, ip: IpAddr) -> bool {
        is_public(ip) || self.allow_listed(ip)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OutboundError {
    #[error("{0} is not an http(s) address")]
    Scheme(String),
    #[error("{0} must use https")]
    NotHttps(String),
    #[error(
        "{0} is an internal address (loopback, private, link-local or similar), which this server does not contact"
    )]
    Forbidden(String),
    #[error("{0} could not be resolved")]
    Unresolved(String),
    #[error("the response was larger than {MAX_RESPONSE_BYTES} bytes")]
    TooLarge,
    #[error("{0}")]
    Request(String),
}

impl OutboundError {
    /// The guard refused the address (rather than the request failing).
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            OutboundError::Scheme(_) | OutboundError::NotHttps(_) | OutboundError::Forbidden(_)
        )
    }
}

/// The guarded client. Cheap to clone.
#[derive(Clone, Debug)]
pub struct OutboundClient {
    http: reqwest::Client,
    policy: OutboundPolicy,
}

impl OutboundClient {
    pub fn new(policy: OutboundPolicy) -> OutboundClient {
        let http = reqwest::ClientBuilder::new()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .no_proxy()
            .dns_resolver(Arc::new(GuardedResolver {
                policy: policy.clone(),
            }))
            .build()
            .expect("a TLS backend is compiled in");
        OutboundClient { http, policy }
    }

    pub fn policy(&self) -> &OutboundPolicy {
        &self.policy
    }

    /// Whether the server may contact `url` at all: http(s), https unless
    /// every address of the host is allow-listed, and no literal internal
    /// address. Names are checked again, at connection time, by the resolver.
    pub async fn check_url(&self, url: &url::Url) -> Result<(), OutboundError> {
        let shown = || url.as_str().to_owned();
        let host = url
            .host_str()
            .ok_or_else(|| OutboundError::Scheme(shown()))?;
        let literal = literal_ip(url);
        match url.scheme() {
            "https" => match literal {
                Some(ip) if !self.policy.permits(ip) => Err(OutboundError::Forbidden(shown())),
                _ => Ok(()),
            },
            "http" => {
                let addresses = match literal {
                    Some(ip) => vec![ip],
                    None => resolve(host, url.port_or_known_default().unwrap_or(80))
                        .await?
                        .into_iter()
                        .map(|a| a.ip())
                        .collect(),
                };
                if addresses.iter().all(|ip| self.policy.allow_listed(*ip)) {
                    Ok(())
                } else {
                    Err(OutboundError::NotHttps(shown()))
                }
            }
            _ => Err(OutboundError::Scheme(shown())),
        }
    }

    /// Sends one request (the address checked first) and reads at most
    /// `MAX_RESPONSE_BYTES` of the answer.
    pub async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, OutboundError> {
        let url = url::Url::parse(&request.uri().to_string())
            .map_err(|_| OutboundError::Scheme(request.uri().to_string()))?;
        self.check_url(&url).await?;
        let request: reqwest::Request = request
            .try_into()
            .map_err(|e: reqwest::Error| OutboundError::Request(error_chain(&e)))?;
        let mut response = self.http.execute(request).await.map_err(|e| {
            refusal_within(&e).unwrap_or_else(|| OutboundError::Request(error_chain(&e)))
        })?;
        if response
            .content_length()
            .is_some_and(|length| length > MAX_RESPONSE_BYTES as u64)
        {
            return Err(OutboundError::TooLarge);
        }
        let mut builder = openidconnect::http::Response::builder().status(response.status());
        for (name, value) in response.headers() {
            builder = builder.header(name, value);
        }
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| OutboundError::Request(error_chain(&e)))?
        {
            if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
                return Err(OutboundError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        builder
            .body(body)
            .map_err(|e| OutboundError::Request(e.to_string()))
    }
}

impl<'c> openidconnect::AsyncHttpClient<'c> for OutboundClient {
    type Error = OutboundError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, OutboundError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.fetch(request))
    }
}

fn literal_ip(url: &url::Url) -> Option<IpAddr> {
    match url.host()? {
        url::Host::Ipv4(v4) => Some(IpAddr::V4(v4)),
        url::Host::Ipv6(v6) => Some(IpAddr::V6(v6)),
        url::Host::Domain(_) => None,
    }
}

async fn resolve(host: &str, port: u16) -> Result<Vec<SocketAddr>, OutboundError> {
    let found: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| OutboundError::Unresolved(host.to_owned()))?
        .collect();
    if found.is_empty() {
        return Err(OutboundError::Unresolved(host.to_owned()));
    }
    Ok(found)
}

/// reqwest connects to exactly the addresses this returns, so what was
/// checked is what is contacted. A name with any refused address is refused
/// whole rather than filtered, so the result does not depend on order.
struct GuardedResolver {
    policy: OutboundPolicy,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let policy = self.policy.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found = resolve(&host, 0).await?;
            if found.iter().any(|address| !policy.permits(address.ip())) {
                tracing::warn!(host, "outbound request to an internal address refused");
                return Err(OutboundError::Forbidden(host).into());
            }
            let addresses: reqwest::dns::Addrs = Box::new(found.into_iter());
            Ok(addresses)
        })
    }
}

/// The resolver's refusal, when that is what failed the request.
fn refusal_within(error: &(dyn std::error::Error + 'static)) -> Option<OutboundError> {
    let mut source = error.source();
    while let Some(cause) = source {
        if let Some(OutboundError::Forbidden(host)) = cause.downcast_ref::<OutboundError>() {
            return Some(OutboundError::Forbidden(host.clone()));
        }
        source = cause.source();
    }
    None
}

pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(allow: &str) -> OutboundClient {
        OutboundClient::new(OutboundPolicy::parse(allow).unwrap())
    }

    fn url(text: &str) -> url::Url {
        url::Url::parse(text).unwrap()
    }

    #[tokio::test]
    async fn internal_and_plain_http_addresses_are_refused_by_default() {
        let guarded = client("");
        for refused in [
            "https://127.0.0.1/.well-known/openid-configuration",
            "https://[::1]/",
            "https://169.254.169.254/latest/meta-data/",
            "https://10.0.0.1/",
            "http://127.0.0.1:8080/",
            "http://localhost/",
            "ftp://example.com/",
        ] {
            assert!(guarded.check_url(&url(refused)).await.is_err(), "{refused}");
        }
        assert!(
            guarded
                .check_url(&url("https://93.184.215.14/"))
                .await
                .is_ok()
        );
    }

    #[tokio::test]
    async fn the_allow_list_opens_exactly_its_networks() {
        let guarded = client("127.0.0.1/32");
        assert!(
            guarded
                .check_url(&url("http://127.0.0.1:9000/"))
                .await
                .is_ok()
        );
        assert!(
            guarded
                .check_url(&url("https://127.0.0.1:9000/"))
                .await
                .is_ok()
        );
        assert!(guarded.check_url(&url("http://10.0.0.1/")).await.is_err());
        assert!(guarded.check_url(&url("https://[::1]/")).await.is_err());
    }

    /// A name is resolved by the guard itself: `localhost` is loopback, so
    /// the request never leaves, whatever the URL says.
    #[tokio::test]
    async fn names_that_resolve_inside_are_refused_at_connection() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let request = openidconnect::http::Request::builder()
            .uri(format!("https://localhost:{port}/"))
            .body(Vec::new())
            .unwrap();
        let error = client("").fetch(request).await.unwrap_err();
        assert!(error.is_refusal(), "{error}");
        assert!(error.to_string().contains("internal address"), "{error}");
    }

    /// A one-request HTTP server on loopback that answers `head`, then
    /// `body_chunks` chunks of 64 KiB; returns a request for it.
    async fn serve_once(head: &'static [u8], body_chunks: usize) -> HttpRequest {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buffer = [0u8; 1024];
            let _ = socket.read(&mut buffer).await;
            let _ = socket.write_all(head).await;
            let chunk = vec![b'x'; 64 * 1024];
            for _ in 0..body_chunks {
                if socket.write_all(&chunk).await.is_err() {
                    break;
                }
            }
        });
        openidconnect::http::Request::builder()
            .uri(format!("http://{address}/"))
            .body(Vec::new())
            .unwrap()
    }

    #[tokio::test]
    async fn responses_are_capped_in_size() {
        let request = serve_once(b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n", 40).await;
        let error = client("127.0.0.1/32").fetch(request).await.unwrap_err();
        assert!(matches!(error, OutboundError::TooLarge), "{error}");
    }

    #[tokio::test]
    async fn redirects_are_not_followed() {
        let request = serve_once(
            b"HTTP/1.1 302 Found\r\nlocation: http://169.254.169.254/\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
            0,
        )
        .await;
        let response = client("127.0.0.1/32").fetch(request).await.unwrap();
        assert_eq!(response.status(), 302);
    }
}
