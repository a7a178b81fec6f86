//! What a tenant's own pages show: how its users sign in (a password, its
//! own provider once configured, or the social identity that owns it) and
//! the dashboard's surveys with their state, days left and metadata.

use crate::auth::{Federation, TenantScope};
use crate::domain::TenantBranding;
use crate::domain::{
    MetadataEntry, MonthlyAllowance, SignInKind, SurveyState, TenantAlias, TenantStatus,
    UnixMillis, days_left,
};
use crate::error::AppError;
use crate::services::grants::PublicSiteGrant;
use crate::storage::Database;
use crate::storage::surveys::{SurveyListing, count_active_surveys, list_surveys};
use crate::storage::tenants::find_tenant_by_alias;

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

/// What the sign-in page of `alias` shows.
pub enum SignInPage {
    /// The active tenant and how its users sign in.
    Open(TenantScope, SignInOffer),
    /// Signed up, not yet activated: the page says so and nothing more.
    AwaitingActivation,
}

/// The sign-in page of `alias`: an active tenant's, or a notice for a tenant
/// awaiting activation; any other alias is not found.
pub async fn sign_in_page(
    db: &Database,
    federation: &Federation,
    alias: &str,
) -> Result<SignInPage, AppError> {
    if is_awaiting_activation(db, alias).await? {
        return Ok(SignInPage::AwaitingActivation);
    }
    let (scope, offer) = sign_in_offer(db, federation, alias).await?;
    Ok(SignInPage::Open(scope, offer))
}

/// Whether `alias` names a tenant that signed up and waits for a Tailspin
/// administrator. Its pages say so rather than "not found", since its owner
/// follows the links it was given; that reveals no more than sign-up's
/// "this alias is taken". Suspended and deleted tenants stay not found.
pub async fn is_awaiting_activation(db: &Database, alias: &str) -> Result<bool, AppError> {
    let Ok(alias) = TenantAlias::parse(alias) else {
        return Ok(false);
    };
    Ok(find_tenant_by_alias(db, &alias)
        .await?
        .is_some_and(|tenant| tenant.status == TenantStatus::PendingActivation))
}

/// The active tenant `alias` (not found otherwise) and how its users sign in.
async fn sign_in_offer(
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
    pub monthly: MonthlyAllowance,
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
        monthly: super::monthly_allowance::this_month(db, scope, now).await?,
        branding: super::branding::load_public_branding(db, scope).await?,
    })
}
