//! Changing the server key. What it seals directly is sealed again with the
//! new key: the tenants' data keys (so no answer is touched) and the
//! identity providers' client secrets. Each value already sealed with the
//! new key is left alone, so an interrupted run is simply run again.

use crate::domain::TenantId;
use crate::error::AppError;
use crate::secrets::ServerKey;
use crate::storage::Database;
use crate::storage::data_keys::reseal_data_keys;
use crate::storage::identity_providers::{all_sealed_secrets, replace_sealed_secret};

/// How many values were sealed again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resealed {
    pub data_keys: u64,
    pub client_secrets: u64,
}

/// Seals again with `current` (the key `db`'s data keys are installed
/// with) everything sealed with `previous`.
pub async fn reseal_with_new_key(
    db: &Database,
    current: &ServerKey,
    previous: &ServerKey,
) -> Result<Resealed, AppError> {
    let mut done = Resealed {
        data_keys: reseal_data_keys(db, previous).await?,
        ..Resealed::default()
    };
    for (tenant, sealed) in all_sealed_secrets(db).await? {
        let tenant_id = TenantId(tenant);
        if current.open(tenant_id, &sealed).is_ok() {
            continue;
        }
        let secret = previous.open(tenant_id, &sealed).map_err(|_| {
            AppError::internal(
                "resealing client secrets",
                format!("tenant {tenant}: opens with neither the new nor the previous key"),
            )
        })?;
        replace_sealed_secret(db, tenant, &sealed, &current.seal(tenant_id, &secret)?).await?;
        done.client_secrets += 1;
    }
    Ok(done)
}
