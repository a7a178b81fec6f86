//! Changing the server key. What it seals directly is sealed again with the
//! new key: the tenants' data keys (so no answer is touched), identity
//! providers' client secrets, export databases' passwords and the bodies
//! of queued email. Each value already sealed with the new key is left
//! alone, so an interrupted run is simply run again. A value that opens
//! with neither key does not stop the rest: it is left as it is and named.

use crate::domain::TenantId;
use crate::error::AppError;
use crate::secrets::ServerKey;
use crate::storage::Database;
use crate::storage::data_keys::reseal_data_keys;
use crate::storage::sealed_values::{SEALED_COLUMNS, replace_sealed_value, sealed_values};

/// How many values were sealed again, and which open with neither key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resealed {
    pub data_keys: u64,
    /// Client secrets, export passwords and email bodies.
    pub other_secrets: u64,
    /// Each value sealed with some third key, such as "data key of tenant
    /// 7" or "outgoing_mail.sealed_body of row 12": left as it is.
    pub opens_with_neither: Vec<String>,
}

/// Seals again with `current` (the key `db`'s data keys are installed
/// with) everything sealed with `previous`, in the directory and in every
/// region's database.
pub async fn reseal_with_new_key(
    db: &Database,
    current: &ServerKey,
    previous: &ServerKey,
) -> Result<Resealed, AppError> {
    let mut done = Resealed::default();
    for database in db.region_databases() {
        reseal_database(&database, current, previous, &mut done).await?;
    }
    Ok(done)
}

async fn reseal_database(
    db: &Database,
    current: &ServerKey,
    previous: &ServerKey,
    done: &mut Resealed,
) -> Result<(), AppError> {
    let keys = reseal_data_keys(db, previous).await?;
    done.data_keys += keys.resealed;
    done.opens_with_neither.extend(
        keys.opens_with_neither
            .iter()
            .map(|tenant| format!("data key of tenant {}", tenant.0)),
    );
    for column in &SEALED_COLUMNS {
        for (row, tenant, sealed) in sealed_values(db, column).await? {
            let tenant = TenantId(tenant);
            if current.open(tenant, &sealed).is_ok() {
                continue;
            }
            let Ok(plain) = previous.open(tenant, &sealed) else {
                done.opens_with_neither
                    .push(format!("{}.{} of row {row}", column.table, column.column));
                continue;
            };
            let again = current.seal(tenant, &plain)?;
            replace_sealed_value(db, column, row, &sealed, &again).await?;
            done.other_secrets += 1;
        }
    }
    Ok(())
}
