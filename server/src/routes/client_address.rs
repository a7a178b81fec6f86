//! Who is on the other end of a request, worked out once per request and
//! kept as a request extension, so the rate limits, the sign-in failure
//! counts and the logs all key on the same address. It is the connection's
//! peer, or, for connections from a trusted proxy, the client that proxy
//! reports in `X-Forwarded-For` (see README, running at scale).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

/// The middleware: every later layer and handler reads `ClientAddress`.
pub async fn identify_client(
    State(trusted_proxies): State<std::sync::Arc<[IpAddr]>>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        // A dual-stack listener shows IPv4 peers as ::ffff:a.b.c.d.
        .map(|ConnectInfo(peer)| peer.ip().to_canonical())
        // Only in-process tests without a socket; they share one address.
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let client = client_address(peer, request.headers(), &trusted_proxies);
    request.extensions_mut().insert(ClientAddress(client));
    next.run(request).await
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<ClientAddress>()
            .copied()
            .unwrap_or(ClientAddress(IpAddr::V4(Ipv4Addr::UNSPECIFIED))))
    }
}

/// The client's address: the peer, unless the peer is a trusted proxy; then
/// the nearest address in `X-Forwarded-For` that is not a trusted proxy
/// (entries further left are the client's to write, so not believed).
pub fn client_address(peer: IpAddr, headers: &axum::http::HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    for entry in entries.into_iter().rev() {
        match entry.trim().parse::<IpAddr>().map(|a| a.to_canonical()) {
            Ok(address) if trusted.contains(&address) => continue,
            Ok(address) => return address,
            // An entry we cannot read: nothing left of it can be trusted.
            Err(_) => break,
        }
    }
    peer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let client: IpAddr = "203.0.113.7".parse().unwrap();
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "198.51.100.1, 203.0.113.7, 10.0.0.3".parse().unwrap(),
        );
        let trusted = [proxy, "10.0.0.3".parse().unwrap()];
        assert_eq!(client_address(proxy, &headers, &trusted), client);
        assert_eq!(
            client_address(client, &headers, &trusted),
            client,
            "a client cannot claim another address"
        );
        assert_eq!(client_address(proxy, &headers, &[]), proxy);
        headers.insert("x-forwarded-for", "203.0.113.7, unknown".parse().unwrap());
        assert_eq!(client_address(proxy, &headers, &trusted), proxy);
        assert_eq!(
            client_address(proxy, &axum::http::HeaderMap::new(), &trusted),
            proxy
        );
    }
}
