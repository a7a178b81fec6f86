//! The OpenID Connect relying party: authorization code flow with PKCE,
//! state and nonce. Knows nothing of tenants or roles; it turns a provider's
//! answer into verified claims or says precisely why it would not.

use std::collections::BTreeMap;
use std::sync::Arc;

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
    CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreRevocableToken, CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClaimsVerificationError, Client, ClientId, ClientSecret,
    CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RequestTokenError, Scope,
    SignatureVerificationError, StandardErrorResponse, StandardTokenResponse, TokenResponse,
};
use serde::{Deserialize, Serialize};

use super::discovery::Metadata;
pub use super::discovery::ProviderDirectory;
pub use super::federation_error::FederationError;
use crate::domain::Claims;
use crate::outbound::error_chain;

/// Every claim of the ID token that is not a standard one (for example
/// `groups`), kept as JSON so that claim rules can name any of them.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OtherClaims(BTreeMap<String, serde_json::Value>);
impl AdditionalClaims for OtherClaims {}

type IdTokenResponse = StandardTokenResponse<
    IdTokenFields<
        OtherClaims,
        EmptyExtraTokenFields,
        CoreGenderClaim,
        CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm,
    >,
    CoreTokenType,
>;

type OidcClient = Client<
    OtherClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    IdTokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// Where and as whom we sign users in.
#[derive(Clone)]
pub struct RelyingParty {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uri: String,
}

impl std::fmt::Debug for RelyingParty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelyingParty")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("redirect_uri", &self.redirect_uri)
            .finish_non_exhaustive()
    }
}

/// What the session remembers between sending the browser to the provider
/// and its return: single use, removed before it is checked.
#[derive(Debug, Serialize, Deserialize)]
pub struct PendingAuthorization {
    state: CsrfToken,
    nonce: Nonce,
    verifier: PkceCodeVerifier,
}

/// The query of the callback request.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CallbackParams {
    pub code: Option<String>,
    pub state: Option<String>,
    /// RFC 9207: the issuer that sent this response.
    pub iss: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

/// A user as the provider vouches for them, after every check passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedIdentity {
    pub issuer: String,
    pub subject: String,
    pub email: Option<String>,
    pub name: Option<String>,
    /// Every claim as text values: standard ones and all others.
    pub claims: Claims,
}

impl VerifiedIdentity {
    /// The value of a single-valued claim, used to key users.
    pub fn claim(&self, name: &str) -> Option<&str> {
        match self.claims.get(name).map(Vec::as_slice) {
            Some([value]) => Some(value.as_str()),
            _ => None,
        }
    }

    pub fn display_name(&self) -> String {
        self.name
            .clone()
            .or_else(|| self.email.clone())
            .unwrap_or_else(|| self.subject.clone())
    }
}

async fn client_for(
    providers: &ProviderDirectory,
    rp: &RelyingParty,
) -> Result<(OidcClient, Arc<Metadata>), FederationError> {
    let metadata = providers.metadata(&rp.issuer).await?;
    let redirect = RedirectUrl::new(rp.redirect_uri.clone())
        .map_err(|e| FederationError::Discovery(e.to_string()))?;
    let client = OidcClient::from_provider_metadata(
        (*metadata).clone(),
        ClientId::new(rp.client_id.clone()),
        Some(ClientSecret::new(rp.client_secret.clone())),
    )
    .set_redirect_uri(redirect);
    Ok((client, metadata))
}

/// Starts a sign-in: the URL to send the browser to, and what to remember.
pub async fn begin(
    providers: &ProviderDirectory,
    rp: &RelyingParty,
) -> Result<(String, PendingAuthorization), FederationError> {
    let (client, _) = client_for(providers, rp).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".to_owned()))
        .add_scope(Scope::new("profile".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    Ok((
        url.to_string(),
        PendingAuthorization {
            state,
            nonce,
            verifier,
        },
    ))
}

/// Completes a sign-in. Each check fails on its own error: state, issuer of
/// the response (required when the provider says it sends one, RFC 9207),
/// provider error, code exchange (with the PKCE verifier), and the ID
/// token's signature, issuer, audience, expiry and nonce.
pub async fn finish(
    providers: &ProviderDirectory,
    rp: &RelyingParty,
    pending: PendingAuthorization,
    params: CallbackParams,
) -> Result<VerifiedIdentity, FederationError> {
    let state_matches = params
        .state
        .as_deref()
        .is_some_and(|state| constant_time_eq(state.as_bytes(), pending.state.secret().as_bytes()));
    if !state_matches {
        return Err(FederationError::StateMismatch);
    }
    if let Some(iss) = params.iss.as_deref()
        && iss != rp.issuer
    {
        return Err(FederationError::IssuerMismatch(format!(
            "expected {} (found {iss})",
            rp.issuer
        )));
    }
    if let Some(error) = params.error {
        let detail = params.error_description.unwrap_or_default();
        return Err(FederationError::ProviderRefused(format!(
            "{error}: {detail}"
        )));
    }
    let code = params
        .code
        .ok_or_else(|| FederationError::ProviderRefused("no authorization code".into()))?;
    let (client, metadata) = client_for(providers, rp).await?;
    let sends_iss = metadata
        .additional_metadata()
        .authorization_response_iss_parameter_supported
        == Some(true);
    if sends_iss && params.iss.is_none() {
        return Err(FederationError::IssuerMismatch(
            "the provider sends `iss` with its responses, and this one had none".into(),
        ));
    }
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| FederationError::Discovery(e.to_string()))?
        .set_pkce_verifier(pending.verifier)
        .request_async(providers.outbound())
        .await
        .map_err(|e| match e {
            RequestTokenError::ServerResponse(response) => {
                FederationError::TokenRefused(response.to_string())
            }
            other => FederationError::Discovery(error_chain(&other)),
        })?;
    let id_token = token
        .id_token()
        .ok_or_else(|| FederationError::InvalidToken("no ID token in the response".into()))?;
    let verified = id_token.claims(&client.id_token_verifier(), &pending.nonce);
    let refreshed;
    let claims = match verified {
        // The provider rotated its keys since they were cached: fetch them
        // again, once.
        Err(ClaimsVerificationError::SignatureVerification(
            SignatureVerificationError::NoMatchingKey,
        )) => {
            providers.forget(&rp.issuer).await;
            refreshed = client_for(providers, rp).await?.0;
            id_token.claims(&refreshed.id_token_verifier(), &pending.nonce)
        }
        other => other,
    }
    .map_err(|e| match e {
        ClaimsVerificationError::InvalidNonce(_) => FederationError::NonceMismatch,
        ClaimsVerificationError::InvalidAudience(d) => FederationError::AudienceMismatch(d),
        ClaimsVerificationError::InvalidIssuer(d) => FederationError::IssuerMismatch(d),
        ClaimsVerificationError::Expired(d) => FederationError::Expired(d),
        other => FederationError::InvalidToken(other.to_string()),
    })?;

    let mut all: Claims = BTreeMap::new();
    let subject = claims.subject().as_str().to_owned();
    // An address the provider has not verified is only something the user
    // typed: it identifies nobody and no rule may test it.
    let email_verified = claims.email_verified() == Some(true);
    let email = claims
        .email()
        .filter(|_| email_verified)
        .map(|e| e.as_str().to_owned());
    let name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.as_str().to_owned())
        .or_else(|| claims.preferred_username().map(|u| u.as_str().to_owned()));
    all.insert("sub".into(), vec![subject.clone()]);
    if let Some(email) = &email {
        all.insert("email".into(), vec![email.clone()]);
    }
    if let Some(name) = &name {
        all.insert("name".into(), vec![name.clone()]);
    }
    if let Some(username) = claims.preferred_username() {
        all.insert(
            "preferred_username".into(),
            vec![username.as_str().to_owned()],
        );
    }
    for (key, value) in &claims.additional_claims().0 {
        if key == "email" {
            continue;
        }
        let values = claim_values(value);
        if !values.is_empty() {
            all.insert(key.clone(), values);
        }
    }
    Ok(VerifiedIdentity {
        issuer: claims.issuer().as_str().to_owned(),
        subject,
        email,
        name,
        claims: all,
    })
}

fn claim_values(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Number(n) => vec![n.to_string()],
        serde_json::Value::Bool(b) => vec![b.to_string()],
        serde_json::Value::Array(items) => items.iter().flat_map(claim_values).collect(),
        serde_json::Value::Null | serde_json::Value::Object(_) => Vec::new(),
    }
}

pub(super) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_values_flatten_arrays_and_scalars() {
        let value = serde_json::json!(["Domain Users", 7, true, null, {"x": 1}]);
        assert_eq!(claim_values(&value), ["Domain Users", "7", "true"]);
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}

/// What discovery found at an issuer (the "test connection" of sign-up).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiscoveryReport {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: Option<String>,
    pub scopes: Vec<String>,
}

/// Runs OpenID Connect discovery against `issuer` through the outbound
/// guard (the "test connection" of sign-up and of the sign-in settings).
pub async fn discover(
    providers: &ProviderDirectory,
    issuer: &str,
) -> Result<DiscoveryReport, FederationError> {
    let metadata = providers.metadata(issuer).await?;
    Ok(DiscoveryReport {
        issuer: metadata.issuer().to_string(),
        authorization_endpoint: metadata.authorization_endpoint().to_string(),
        token_endpoint: metadata.token_endpoint().map(|t| t.to_string()),
        scopes: metadata
            .scopes_supported()
            .map(|s| s.iter().map(|s| s.to_string()).collect())
            .unwrap_or_default(),
    })
}
