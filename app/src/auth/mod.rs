//! The authorization layer: the only place where a [`TenantScope`] is made.
//!
//! Storage functions for tenant-owned data require a scope, so a request can
//! only ever touch the tenant it was authorized for. Each way of obtaining a
//! scope states who may act and on which tenant.

mod access;
mod api_key;
mod discovery;
mod federated;
mod federation_error;
mod grant;
pub mod oidc;
pub mod scope;
mod sign_in;

pub use access::{
    PRINCIPAL_KEY, SIGNED_IN_UNTIL_KEY, TenantAccess, platform_admin_access, request_principal,
    session_principal, tenant_access,
};

pub use api_key::{ApiAccess, api_key_access};
pub use federated::{
    CallbackTarget, FederatedOutcome, FederatedSignInError, Federation, PENDING_SIGN_IN_KEY,
    PendingSignIn, SocialProvider, begin_federated_sign_in, finish_federated_sign_in,
    owner_provider,
};
pub use sign_in::{
    ACCOUNT_DELAY_CAP_MS, FAILURE_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS,
    Principal, SignInOutcome, sign_in_platform_admin, sign_in_tenant_user,
};

pub use crate::services::grants::{PublicSiteGrant, SystemGrant, SystemTask};
pub use grant::{public_scope, system_scope};
pub use scope::TenantScope;
