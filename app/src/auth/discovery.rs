//! OpenID Connect discovery through the outbound guard, cached per issuer.
//! The discovery document is read first and its endpoints checked (https
//! unless allow-listed, on the issuer's host) before anything it names is
//! fetched; then the key set. Both are kept for `CACHE_TTL`, so a page load
//! costs no outbound request; an unknown key id refreshes them once.

use std::sync::Arc;
use std::time::Duration;

use openidconnect::core::{
    CoreAuthDisplay, CoreClaimName, CoreClaimType, CoreClientAuthMethod, CoreGrantType,
    CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm,
    CoreResponseMode, CoreResponseType, CoreSubjectIdentifierType,
};
use openidconnect::{AdditionalProviderMetadata, IssuerUrl, JsonWebKeySet, ProviderMetadata};
use serde::{Deserialize, Serialize};

use super::federation_error::FederationError;
use crate::outbound::{OutboundClient, error_chain};

const CACHE_TTL: Duration = Duration::from_secs(300);

/// RFC 9207: whether the provider puts `iss` into its authorization
/// responses (then a response without it is refused).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct IssParameterSupport {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_response_iss_parameter_supported: Option<bool>,
}
impl AdditionalProviderMetadata for IssParameterSupport {}

pub type Metadata = ProviderMetadata<
    IssParameterSupport,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// The outbound client and what it has discovered. Cheap to clone.
#[derive(Clone)]
pub struct ProviderDirectory {
    outbound: OutboundClient,
    discovered: moka::future::Cache<String, Arc<Metadata>>,
}

impl std::fmt::Debug for ProviderDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderDirectory")
            .field("outbound", &self.outbound)
            .finish_non_exhaustive()
    }
}

impl ProviderDirectory {
    pub fn new(outbound: OutboundClient) -> ProviderDirectory {
        ProviderDirectory {
            outbound,
            discovered: moka::future::Cache::builder()
                .max_capacity(10_000)
                .time_to_live(CACHE_TTL)
                .build(),
        }
    }

    pub fn outbound(&self) -> &OutboundClient {
        &self.outbound
    }

    /// The issuer's metadata and keys, from the cache when fresh. Requests
    /// for an issuer that arrive together share one discovery; a failure is
    /// not kept.
    pub async fn metadata(&self, issuer: &str) -> Result<Arc<Metadata>, FederationError> {
        self.discovered
            .try_get_with_by_ref(issuer, async { self.discover(issuer).await.map(Arc::new) })
            .await
            .map_err(|shared| (*shared).clone())
    }

    /// Forgets what was discovered at `issuer` (its keys were rotated).
    pub async fn forget(&self, issuer: &str) {
        self.discovered.invalidate(issuer).await;
    }

    async fn discover(&self, issuer: &str) -> Result<Metadata, FederationError> {
        let failed = |e: String| FederationError::Discovery(e);
        let issuer_url = IssuerUrl::new(issuer.to_owned()).map_err(|e| failed(e.to_string()))?;
        let document_url = issuer_url
            .join(".well-known/openid-configuration")
            .map_err(|e| failed(e.to_string()))?;
        let request = openidconnect::http::Request::builder()
            .uri(document_url.as_str())
            .header("accept", "application/json")
            .body(Vec::new())
            .map_err(|e| failed(e.to_string()))?;
        let response = self.outbound.fetch(request).await.map_err(|e| {
            if e.is_refusal() {
                FederationError::Refused(format!("{e}."))
            } else {
                failed(e.to_string())
            }
        })?;
        if response.status() != 200 {
            return Err(failed(format!(
                "HTTP status {} at {document_url}",
                response.status().as_u16()
            )));
        }
        let mut metadata: Metadata = serde_json::from_slice(response.body())
            .map_err(|e| failed(format!("the discovery document is not valid: {e}")))?;
        if metadata.issuer() != &issuer_url {
            return Err(failed(format!(
                "the discovery document names another issuer ({}, expected {issuer})",
                metadata.issuer().as_str()
            )));
        }
        self.check_endpoints(&metadata, &issuer_url).await?;
        let keys = JsonWebKeySet::fetch_async(metadata.jwks_uri(), &self.outbound)
            .await
            .map_err(|e| failed(error_chain(&e)))?;
        metadata = metadata.set_jwks(keys);
        Ok(metadata)
    }

    /// Endpoints the server itself calls (keys, tokens; it never calls
    /// `userinfo_endpoint`): https (unless allow-listed) and on the issuer's
    /// own host, so a discovery document cannot point the server, or the
    /// client secret, at an address of its author's choosing. Providers
    /// that keep their keys on another host (Google's googleapis.com) are
    /// refused; SECURITY.md says so.
    async fn check_endpoints(
        &self,
        metadata: &Metadata,
        issuer: &IssuerUrl,
    ) -> Result<(), FederationError> {
        let issuer_host = issuer.url().host_str().map(str::to_ascii_lowercase);
        let mut endpoints = vec![("jwks_uri", metadata.jwks_uri().url().clone())];
        if let Some(token) = metadata.token_endpoint() {
            endpoints.push(("token_endpoint", token.url().clone()));
        }
        for (name, url) in endpoints {
            if url.host_str().map(str::to_ascii_lowercase) != issuer_host {
                return Err(FederationError::Refused(
                    crate::i18n::Message::new("msg-discovery-endpoint-host")
                        .text("endpoint", name)
                        .text("url", url.to_string())
                        .in_page_language(),
                ));
            }
            self.outbound.check_url(&url).await.map_err(|e| {
                FederationError::Refused(
                    crate::i18n::Message::new("msg-discovery-endpoint-refused")
                        .text("endpoint", name)
                        .text("url", url.to_string())
                        .text("problem", e.to_string())
                        .in_page_language(),
                )
            })?;
        }
        Ok(())
    }
}
