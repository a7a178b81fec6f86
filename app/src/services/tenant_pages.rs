//! What a tenant's own pages show: how its users sign in (a password, its
//! own provider once configured, or the social identity that owns it) and
//! the dashboard's surveys with their state, days left and metadata.

use crate::auth::{Federation, TenantScope};
use crate::domain::TenantBranding;
use crate::domain::{MetadataEntry, SignInKind, SurveyState, UnixMillis, days_left};
use crate::error::AppError;
use crate::services::grants::PublicSiteGrant;
use crate::storage::Database;
use crate::storage::surveys::{SurveyListing, count_active_surveys, list_surveys};

/// How the sign-in page lets the tenant's users sign in.
pub enum SignInOffer {
    Password,
    /// The tenant's own provider (Premium).
    OwnProvider,
    /// The social identity provider of the identity that owns the tenant.
    SocialProvider {
        name: String,
    },
    /// A provider plan whose provider is not configured (yet).
    NotConfigured,
}

/// The active tenant `alias` (not found otherwise) and how its users sign in.
pub async fn sign_in_offer(
    db: &Database,
    federation: &Federation,
    alias: &str,
) -> Result<(TenantScope, SignInOffer), AppError> {
    let scope = crate::auth::public_scope(db, alias, PublicSiteGrant::new()).await?;
    let offer = match scope.plan().sign_in() {
        SignInKind::LocalAccounts => SignInOffer::Password,
        SignInKind::OwnIdentityProvider => {
            match super::sign_in_settings::provider_settings(db, &scope).await? {
                Some(_) => SignInOffer::OwnProvider,
                None => SignInOffer::NotConfigured,
            }
        }
        SignInKind::SocialIdentity => {
            match crate::auth::owner_provider(db, federation, &scope).await? {
                Some(provider) => SignInOffer::SocialProvider {
                    name: provider.name.clone(),
                },
                None => SignInOffer::NotConfigured,
            }
        }
    };
    Ok((scope, offer))
}

/// One survey on the dashboard.
pub struct DashboardSurvey {
    pub listing: SurveyListing,
    pub state: SurveyState,
    /// Days until a published survey expires.
    pub days_left: Option<i64>,
    /// Premium: the survey's metadata values.
    pub metadata: Vec<MetadataEntry>,
}

pub struct Dashboard {
    pub surveys: Vec<DashboardSurvey>,
    pub active_surveys: i64,
    pub branding: TenantBranding,
}

pub async fn dashboard(db: &Database, scope: &TenantScope) -> Result<Dashboard, AppError> {
    let now = UnixMillis::now();
    let mut metadata = super::metadata::TenantMetadata::load(db, scope).await?;
    let surveys = list_surveys(db, scope)
        .await?
        .into_iter()
        .map(|listing| {
            let state = SurveyState::of(listing.status, listing.expires_at, now);
            DashboardSurvey {
                state,
                days_left: listing
                    .expires_at
                    .filter(|_| state == SurveyState::Published)
                    .map(|at| days_left(at, now)),
                metadata: metadata.by_survey.remove(&listing.id.0).unwrap_or_default(),
                listing,
            }
        })
        .collect();
    Ok(Dashboard {
        surveys,
        active_surveys: count_active_surveys(db, scope, now).await?,
        branding: super::branding::load_public_branding(db, scope).await?,
    })
}
