//! Why a federated sign-in or a provider check failed.

#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum FederationError {
    #[error("the identity provider could not be reached or did not describe itself: {0}")]
    Discovery(String),
    /// The provider's address, or an endpoint its configuration names, is
    /// one this server does not contact (internal, not https, or not on
    /// the issuer's host). The text is ours and safe to show.
    #[error("{0}")]
    Refused(String),
    #[error(
        "the sign-in response does not belong to the sign-in that was started (state mismatch)"
    )]
    StateMismatch,
    #[error("the sign-in response came from another identity provider (issuer mismatch): {0}")]
    IssuerMismatch(String),
    #[error("the identity provider refused the sign-in: {0}")]
    ProviderRefused(String),
    #[error("the identity provider did not accept the authorization code: {0}")]
    TokenRefused(String),
    #[error("the identity token was not issued for this sign-in (nonce mismatch)")]
    NonceMismatch,
    #[error("the identity token was issued to another application (audience mismatch): {0}")]
    AudienceMismatch(String),
    #[error("the identity token has expired: {0}")]
    Expired(String),
    #[error("the identity token is not valid: {0}")]
    InvalidToken(String),
}

impl FederationError {
    /// Which check failed, in a few words people can quote to support.
    pub fn reason(&self) -> &'static str {
        match self {
            FederationError::Discovery(_) => "provider unreachable",
            FederationError::Refused(_) => "provider address refused",
            FederationError::StateMismatch => "state mismatch",
            FederationError::IssuerMismatch(_) => "issuer mismatch",
            FederationError::ProviderRefused(_) => "refused by the provider",
            FederationError::TokenRefused(_) => "code not accepted",
            FederationError::NonceMismatch => "nonce mismatch",
            FederationError::AudienceMismatch(_) => "audience mismatch",
            FederationError::Expired(_) => "expired token",
            FederationError::InvalidToken(_) => "invalid token",
        }
    }

    /// What the person signing in reads, in the page's language; details
    /// go to the log only.
    pub fn user_message(&self) -> String {
        crate::i18n::Message::new(match self {
            FederationError::Discovery(_) | FederationError::Refused(_) => {
                "msg-federation-unreachable"
            }
            FederationError::ProviderRefused(_) => "msg-federation-provider-refused",
            _ => "msg-federation-unsafe",
        })
        .in_page_language()
    }
}
