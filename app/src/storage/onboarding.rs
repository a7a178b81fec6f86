//! Registering a subscriber in one transaction: the tenant, the way its
//! users sign in, the export job it asked for and its first notice exist
//! together or not at all.

use super::database::Database;
use super::database::with_pool_as_is;
use super::outgoing_mail::{NewMail, queue_mail_in};
use super::tenants::{NewTenant, TenantRecord};
use super::users::FederatedIdentity;
use crate::domain::{Email, ProviderSettings, Role, TenantId, UnixMillis};

/// The first way into a new tenant, checked and ready to store.
pub enum FirstSignIn {
    LocalAdministrator {
        email: Email,
        display_name: String,
        password_hash: String,
    },
    /// `seal` seals the client secret for the new tenant's id.
    OwnProvider {
        settings: ProviderSettings,
        seal: Box<dyn FnOnce(TenantId) -> Result<String, String> + Send>,
    },
    SocialOwner {
        identity: FederatedIdentity,
        display_name: String,
    },
}

/// Composes the notice the new tenant's status calls for (it needs the
/// tenant's id, to seal it); `None`: no notice.
pub type Notice = Box<dyn FnOnce(&TenantRecord) -> Result<Option<NewMail>, String> + Send>;

#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("the alias is taken")]
    AliasTaken,
    #[error("sealing failed: {0}")]
    Seal(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Inserts the tenant and its first sign-in (and, when asked, the first SQL
/// export job and its notice) in one transaction.
pub async fn register_tenant(
    db: &Database,
    tenant: &NewTenant,
    first: FirstSignIn,
    export_database: bool,
    notice: Option<Notice>,
    now: UnixMillis,
) -> Result<TenantRecord, RegisterError> {
    let insert_tenant = format!(
        "INSERT INTO tenants (alias, name, plan, status, region, created_at, contact_email, \
         default_language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {}",
        super::tenants::COLUMNS
    );
    let record = with_pool_as_is!(db, pool => {
        let mut tx = pool.begin().await?;
        let row = sqlx::query_as::<_, super::tenants::TenantRow>(&insert_tenant)
            .bind(tenant.alias.as_str())
            .bind(&tenant.name)
            .bind(tenant.plan.code())
            .bind(tenant.status.code())
            .bind(&tenant.region)
            .bind(now.0)
            .bind(&tenant.contact_email)
            .bind(tenant.default_language.map(crate::i18n::Language::code))
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| {
                if super::database::is_unique_violation(&e) {
                    RegisterError::AliasTaken
                } else {
                    e.into()
                }
            })?;
        let record = row.into_record()?;
        let id = record.id.0;
        match first {
            FirstSignIn::LocalAdministrator { email, display_name, password_hash } => {
                sqlx::query(
                    "INSERT INTO users (tenant_id, email, password_hash, display_name, role, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(email.as_str())
                .bind(&password_hash)
                .bind(&display_name)
                .bind(Role::Administrator.code())
                .bind(now.0)
                .execute(&mut *tx)
                .await?;
            }
            FirstSignIn::OwnProvider { settings, seal } => {
                let sealed = seal(record.id).map_err(RegisterError::Seal)?;
                sqlx::query(
                    "INSERT INTO tenant_identity_providers \
                     (tenant_id, issuer, client_id, client_secret_sealed, identifying_claim, administrator, claim_rules, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(id)
                .bind(&settings.issuer)
                .bind(&settings.client_id)
                .bind(&sealed)
                .bind(&settings.identifying_claim)
                .bind(&settings.administrator)
                .bind(settings.claim_rules.to_text())
                .bind(now.0)
                .execute(&mut *tx)
                .await?;
            }
            FirstSignIn::SocialOwner { identity, display_name } => {
                sqlx::query(
                    "INSERT INTO users (tenant_id, issuer, subject, social_provider, display_name, role, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(id)
                .bind(&identity.issuer)
                .bind(&identity.subject)
                .bind(&identity.social_provider)
                .bind(&display_name)
                .bind(Role::Administrator.code())
                .bind(now.0)
                .execute(&mut *tx)
                .await?;
            }
        }
        if export_database {
            sqlx::query(
                "INSERT INTO background_jobs (tenant_id, kind, status, requested_at) \
                 VALUES ($1, 'sql_export', 'queued', $2)",
            )
            .bind(id)
            .bind(now.0)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(mail) = notice.map(|compose| compose(&record)).transpose().map_err(RegisterError::Seal)?.flatten() {
            queue_mail_in!(tx, record.id, &mail)?;
        }
        tx.commit().await?;
        record
    });
    // An earlier lookup may have cached "no such tenant".
    super::tenants::tenant_changed(db, &record.alias).await?;
    Ok(record)
}
