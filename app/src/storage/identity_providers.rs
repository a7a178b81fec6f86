//! The identity-provider configuration of tenants that bring their own
//! (Premium). Tenant-owned: every function takes the scope. The client
//! secret is stored sealed; see [`crate::secrets`].

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::{ClaimRules, ProviderSettings, UnixMillis};
use crate::storage::database::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredProvider {
    pub settings: ProviderSettings,
    pub client_secret_sealed: String,
}

/// Inserts or replaces the configuration of tenant `$1`: issuer, client
/// id, sealed secret, identifying claim, administrator, rules, time.
pub(super) const UPSERT_PROVIDER: &str = "INSERT INTO tenant_identity_providers \
     (tenant_id, issuer, client_id, client_secret_sealed, identifying_claim, administrator, claim_rules, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
     ON CONFLICT (tenant_id) DO UPDATE SET issuer = excluded.issuer, client_id = excluded.client_id, \
     client_secret_sealed = excluded.client_secret_sealed, identifying_claim = excluded.identifying_claim, \
     administrator = excluded.administrator, claim_rules = excluded.claim_rules, updated_at = excluded.updated_at";

/// Inserts or replaces the tenant's configuration. `sealed_secret: None`
/// keeps the stored secret (the form leaves it blank to keep it); it is an
/// error to keep a secret that was never stored, reported as `false`.
pub async fn save_identity_provider(
    db: &Database,
    scope: &TenantScope,
    settings: &ProviderSettings,
    sealed_secret: Option<&str>,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    let rules = settings.claim_rules.to_text();
    with_pool!(db, pool => {
        let done = match sealed_secret {
            Some(sealed) => sqlx::query(UPSERT_PROVIDER)
            .bind(scope.tenant_id().0)
            .bind(&settings.issuer)
            .bind(&settings.client_id)
            .bind(sealed)
            .bind(&settings.identifying_claim)
            .bind(&settings.administrator)
            .bind(&rules)
            .bind(now.0)
            .execute(pool)
            .await?,
            None => sqlx::query(
                "UPDATE tenant_identity_providers SET issuer = $2, client_id = $3, identifying_claim = $4, \
                 administrator = $5, claim_rules = $6, updated_at = $7 WHERE tenant_id = $1",
            )
            .bind(scope.tenant_id().0)
            .bind(&settings.issuer)
            .bind(&settings.client_id)
            .bind(&settings.identifying_claim)
            .bind(&settings.administrator)
            .bind(&rules)
            .bind(now.0)
            .execute(pool)
            .await?,
        };
        Ok(done.rows_affected() == 1)
    })
}

#[derive(sqlx::FromRow)]
struct ProviderRow {
    issuer: String,
    client_id: String,
    client_secret_sealed: String,
    identifying_claim: String,
    administrator: String,
    claim_rules: String,
}

pub async fn find_identity_provider(
    db: &Database,
    scope: &TenantScope,
) -> Result<Option<StoredProvider>, sqlx::Error> {
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, ProviderRow>(
            "SELECT issuer, client_id, client_secret_sealed, identifying_claim, administrator, claim_rules \
             FROM tenant_identity_providers WHERE tenant_id = $1",
        )
        .bind(scope.tenant_id().0)
        .fetch_optional(pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let claim_rules = ClaimRules::parse(&row.claim_rules)
            .map_err(|_| sqlx::Error::Decode("invalid stored claim rules".into()))?;
        Ok(Some(StoredProvider {
            settings: ProviderSettings {
                issuer: row.issuer,
                client_id: row.client_id,
                identifying_claim: row.identifying_claim,
                administrator: row.administrator,
                claim_rules,
            },
            client_secret_sealed: row.client_secret_sealed,
        }))
    })
}
