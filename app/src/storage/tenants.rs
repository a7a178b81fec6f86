//! The tenant registry: platform data, not owned by any tenant.

use super::database::with_pool;
use super::outgoing_mail::{NewMail, queue_mail_in};
use super::plan_record::{ChangedBy, LOCK_TENANT, RECORD_CHANGE};
use super::public_changes::PublicChange;
use crate::auth::scope::TenantScope;
use crate::domain::{
    BillingMonth, EmbedOrigins, Plan, TenantAlias, TenantId, TenantStatus, UnixMillis,
};
use crate::i18n::Language;
use crate::storage::database::Database;

pub use super::records::{LimitOverrides, NewTenant, TenantRecord};

pub(super) const COLUMNS: &str = "id, alias, name, plan, status, region, created_at, max_active_surveys, max_users, contact_email, \
     embed_origins, monthly_responses, responses_full_in, default_language";

/// A row of [`COLUMNS`], as stored.
#[derive(sqlx::FromRow)]
pub(super) struct TenantRow {
    id: i64,
    alias: String,
    name: String,
    plan: String,
    status: String,
    region: String,
    created_at: i64,
    max_active_surveys: Option<i64>,
    max_users: Option<i64>,
    contact_email: String,
    embed_origins: String,
    monthly_responses: Option<i64>,
    responses_full_in: Option<String>,
    default_language: Option<String>,
}

impl TenantRow {
    pub(super) fn into_record(self) -> Result<TenantRecord, sqlx::Error> {
        let corrupt = |what: &str| sqlx::Error::Decode(format!("invalid tenant {what}").into());
        let limit = |value: Option<i64>, column: &str| -> Result<Option<u32>, sqlx::Error> {
            value
                .map(|v| u32::try_from(v).map_err(|_| corrupt(column)))
                .transpose()
        };
        Ok(TenantRecord {
            id: TenantId(self.id),
            alias: TenantAlias::parse(&self.alias).map_err(|_| corrupt("alias"))?,
            name: self.name,
            plan: Plan::from_code(&self.plan).ok_or_else(|| corrupt("plan"))?,
            status: TenantStatus::from_code(&self.status).ok_or_else(|| corrupt("status"))?,
            region: self.region,
            created_at: UnixMillis(self.created_at),
            limits: LimitOverrides {
                max_active_surveys: limit(self.max_active_surveys, "max_active_surveys")?,
                max_users: limit(self.max_users, "max_users")?,
                monthly_responses: limit(self.monthly_responses, "monthly_responses")?,
            },
            contact_email: self.contact_email,
            embed_origins: EmbedOrigins::from_stored(&self.embed_origins),
            responses_full_in: self
                .responses_full_in
                .map(|month| BillingMonth::parse(&month).map_err(|_| corrupt("responses_full_in")))
                .transpose()?,
            default_language: self
                .default_language
                .map(|code| Language::from_code(&code).ok_or_else(|| corrupt("default_language")))
                .transpose()?,
        })
    }
}

/// Registers a tenant. Fails with a unique violation when the alias is taken.
pub async fn create_tenant(
    db: &Database,
    tenant: &NewTenant,
    now: UnixMillis,
) -> Result<TenantRecord, sqlx::Error> {
    let sql = format!(
        "INSERT INTO tenants (alias, name, plan, status, region, created_at, contact_email, \
         default_language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {COLUMNS}"
    );
    let created = with_pool!(db, pool => {
        sqlx::query_as::<_, TenantRow>(&sql)
            .bind(tenant.alias.as_str())
            .bind(&tenant.name)
            .bind(tenant.plan.code())
            .bind(tenant.status.code())
            .bind(&tenant.region)
            .bind(now.0)
            .bind(&tenant.contact_email)
            .bind(tenant.default_language.map(Language::code))
            .fetch_one(pool)
            .await?
            .into_record()
    })?;
    mirror_into_region(db, &created.alias).await?;
    Ok(created)
}

/// The tenant an address names, through the tenant cache.
pub async fn find_tenant_by_alias(
    db: &Database,
    alias: &TenantAlias,
) -> Result<Option<TenantRecord>, sqlx::Error> {
    if let Some(cached) = db.tenant_cache().get(alias.as_str()).await {
        return Ok(cached);
    }
    let sql = format!("SELECT {COLUMNS} FROM tenants WHERE alias = $1");
    let found = with_pool!(db, pool => {
        let row = sqlx::query_as::<_, TenantRow>(&sql).bind(alias.as_str()).fetch_optional(pool).await?;
        row.map(TenantRow::into_record).transpose()
    })?;
    db.tenant_cache().put(alias.as_str(), found.clone()).await;
    Ok(found)
}

/// Tells every instance that `alias` changed, or something its public
/// pages show (a survey published, closed or deleted, its branding):
/// forgotten here at once, and on PostgreSQL announced to the other
/// instances' listeners.
pub async fn tenant_changed(db: &Database, alias: &TenantAlias) -> Result<(), sqlx::Error> {
    forget_tenant(db, alias.as_str()).await;
    if db.region_id().is_none() {
        mirror_into_region(db, alias).await?;
    }
    if let super::pool::Pool::Postgres(pool) = db.directory_pool() {
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(super::tenant_cache::TENANT_CHANGED_CHANNEL)
            .bind(alias.as_str())
            .execute(pool)
            .await?;
    }
    Ok(())
}

/// Copies the directory's row of tenant `alias` into the database of its
/// region, when that region has one: its surveys there refer to it, and
/// the submission writer counts against its limits. The copy is only ever
/// written, never deleted here (deleting it would take the tenant's
/// surveys with it); the purge removes it last.
pub(super) async fn mirror_into_region(
    directory: &Database,
    alias: &TenantAlias,
) -> Result<(), sqlx::Error> {
    if directory.placed_regions().next().is_none() {
        return Ok(());
    }
    let Some(row) = directory_row(directory, alias).await? else {
        return Ok(());
    };
    let Some((_, region)) = directory.placed_regions().find(|(id, _)| *id == row.region) else {
        return Ok(());
    };
    write_tenant_row(region, &row).await
}

/// Copies the directory's row of tenant `alias` into `target`, the
/// database of the region it is moving to.
pub(super) async fn copy_tenant_row(
    directory: &Database,
    alias: &TenantAlias,
    target: &Database,
) -> Result<(), sqlx::Error> {
    match directory_row(directory, alias).await? {
        Some(row) => write_tenant_row(target, &row).await,
        None => Err(sqlx::Error::RowNotFound),
    }
}

async fn directory_row(
    directory: &Database,
    alias: &TenantAlias,
) -> Result<Option<TenantRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM tenants WHERE alias = $1");
    with_pool!(directory, pool => {
        sqlx::query_as::<_, TenantRow>(&sql).bind(alias.as_str()).fetch_optional(pool).await
    })
}

/// Writes `row` into `db` (inserted, or over the row with its id).
async fn write_tenant_row(db: &Database, row: &TenantRow) -> Result<(), sqlx::Error> {
    let overriding = match db.backend() {
        super::Backend::Postgres => "OVERRIDING SYSTEM VALUE ",
        super::Backend::Sqlite => "",
    };
    let updates = COLUMNS
        .split(',')
        .map(str::trim)
        .filter(|c| *c != "id")
        .map(|c| format!("{c} = excluded.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO tenants ({COLUMNS}) {overriding}VALUES ({}) \
         ON CONFLICT (id) DO UPDATE SET {updates}",
        super::database::parameter_list(1, 14)
    );
    with_pool!(db, pool => {
        sqlx::query(&sql)
            .bind(row.id)
            .bind(&row.alias)
            .bind(&row.name)
            .bind(&row.plan)
            .bind(&row.status)
            .bind(&row.region)
            .bind(row.created_at)
            .bind(row.max_active_surveys)
            .bind(row.max_users)
            .bind(&row.contact_email)
            .bind(&row.embed_origins)
            .bind(row.monthly_responses)
            .bind(&row.responses_full_in)
            .bind(&row.default_language)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// Every region's cached data keys (each region keeps its own).
fn forget_data_keys(db: &Database) {
    for region in db.region_databases() {
        if let Ok(ring) = region.key_ring() {
            ring.forget_all();
        }
    }
}

/// Copies the month in which `tenant` received all the responses it may
/// from its region's copy of its row (`region`, where the submission writer
/// marks it) to the directory's, unless the directory already has it or a
/// later month.
pub(super) async fn copy_full_month_to_directory(
    region: &Database,
    tenant: TenantId,
) -> Result<(), sqlx::Error> {
    let month: Option<String> = with_pool!(region, pool => {
        sqlx::query_scalar("SELECT responses_full_in FROM tenants WHERE id = $1")
            .bind(tenant.0)
            .fetch_optional(pool)
            .await
            .map(Option::flatten)
    })?;
    let Some(month) = month else { return Ok(()) };
    let sql = "UPDATE tenants SET responses_full_in = $1 WHERE id = $2 \
               AND (responses_full_in IS NULL OR responses_full_in < $1)";
    match region.directory_pool() {
        super::pool::Pool::Sqlite(pool) => {
            sqlx::query(sql)
                .bind(&month)
                .bind(tenant.0)
                .execute(pool)
                .await?;
        }
        super::pool::Pool::Postgres(pool) => {
            sqlx::query(sql)
                .bind(&month)
                .bind(tenant.0)
                .execute(pool)
                .await?;
        }
    }
    Ok(())
}

/// Drops what this instance keeps about the tenant `alias` and tells its
/// page cache. Surveys are kept for a second only, so all are forgotten.
async fn forget_tenant(db: &Database, alias: &str) {
    db.tenant_cache().evict(alias).await;
    // A deleted tenant's data key must not outlive its blob in any
    // process; the others are read again on next use (changes are rare).
    forget_data_keys(db);
    db.branding_cache().evict(alias).await;
    db.survey_cache().forget_all();
    db.public_changes()
        .announce(PublicChange::Tenant(alias.to_owned()));
}

/// After notifications may have been missed: anything may have changed.
fn forget_every_tenant(db: &Database) {
    db.tenant_cache().evict_all();
    forget_data_keys(db);
    db.branding_cache().evict_all();
    db.survey_cache().forget_all();
    db.public_changes().announce(PublicChange::Missed);
}

/// What a Tailspin administrator may change about a subscriber.
#[derive(Clone, Debug)]
pub struct TenantChanges {
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub region: String,
    pub limits: LimitOverrides,
    pub contact_email: String,
}

/// The new `responses_full_in` of tenant `$1` when its plan and own limit
/// become the SQL `plan` and `monthly_responses`: a paused tenant reopens
/// when its new limit is above what it counted in the month it filled (or
/// it has none); any other change keeps it.
pub(super) fn reopen_sql(plan: &str, monthly_responses: &str) -> String {
    let limit = super::monthly_allowance::limit_sql(plan, monthly_responses);
    format!(
        "CASE WHEN {limit} IS NULL OR {limit} > COALESCE((SELECT u.responses \
         FROM tenant_monthly_usage u WHERE u.tenant_id = $1 AND u.month = tenants.responses_full_in), 0) \
         THEN NULL ELSE responses_full_in END"
    )
}

/// Saves `changes`; a tenant being deleted is not changed (`None`).
/// `notice`, when given, is queued in the same transaction, only if the
/// tenant changed. A new plan is recorded as changed `by`.
pub async fn update_tenant(
    db: &Database,
    id: TenantId,
    changes: &TenantChanges,
    notice: Option<&NewMail>,
    by: ChangedBy<'_>,
) -> Result<Option<TenantRecord>, sqlx::Error> {
    let reopen = reopen_sql("$3", "$9");
    let sql = format!(
        "UPDATE tenants SET name = $2, plan = $3, status = $4, region = $5, \
         max_active_surveys = $6, max_users = $7, contact_email = $8, \
         monthly_responses = $9, responses_full_in = {reopen}, \
         awaiting_first_activation = (awaiting_first_activation AND $4 <> 'active') \
         WHERE id = $1 AND status <> 'deleting' RETURNING {COLUMNS}"
    );
    // Read before the write transaction, which on SQLite must not begin
    // with a read (upgrading its lock could fail under load).
    let before: Option<(String, Option<i64>)> = with_pool!(db, pool => {
        sqlx::query_as("SELECT plan, monthly_responses FROM tenants WHERE id = $1")
            .bind(id.0)
            .fetch_optional(pool)
            .await
    })?;
    let updated = with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(LOCK_TENANT).bind(id.0).execute(&mut *tx).await?;
        sqlx::query(RECORD_CHANGE)
            .bind(id.0)
            .bind(changes.plan.code())
            .bind(UnixMillis::now().0)
            .bind(by.who)
            .bind(by.tailspin)
            .bind(None::<&str>)
            .execute(&mut *tx)
            .await?;
        let row = sqlx::query_as::<_, TenantRow>(&sql)
            .bind(id.0)
            .bind(&changes.name)
            .bind(changes.plan.code())
            .bind(changes.status.code())
            .bind(&changes.region)
            .bind(changes.limits.max_active_surveys.map(i64::from))
            .bind(changes.limits.max_users.map(i64::from))
            .bind(&changes.contact_email)
            .bind(changes.limits.monthly_responses.map(i64::from))
            .fetch_optional(&mut *tx)
            .await?;
        if let (Some(_), Some(mail)) = (&row, notice) {
            queue_mail_in!(tx, id, mail)?;
        }
        let limit_before = before.map(|(plan, own)| {
            own.or(Plan::from_code(&plan).and_then(Plan::monthly_responses).map(i64::from))
        });
        let limit_after = changes.limits.monthly_responses(changes.plan).map(i64::from);
        if row.is_some() && limit_before != Some(limit_after) {
            // Warnings count against the new limit from its next threshold.
            sqlx::query(
                "UPDATE tenant_monthly_usage SET warning_due = 0, warning_sent = 0 WHERE tenant_id = $1",
            )
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        row.map(TenantRow::into_record).transpose()
    })?;
    if let Some(tenant) = &updated {
        tenant_changed(db, &tenant.alias).await?;
    }
    Ok(updated)
}

/// Moves a tenant to `status` from one of `from`; `None` when it was in
/// none of them (so nothing changed). `notice`, when given, is queued in
/// the same transaction, only if the status changed.
pub async fn change_tenant_status(
    db: &Database,
    id: TenantId,
    from: &[TenantStatus],
    status: TenantStatus,
    notice: Option<&NewMail>,
) -> Result<Option<TenantRecord>, sqlx::Error> {
    let allowed = from
        .iter()
        .map(|s| format!("'{}'", s.code()))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "UPDATE tenants SET status = $2, \
         awaiting_first_activation = (awaiting_first_activation AND $2 <> 'active') \
         WHERE id = $1 AND status IN ({allowed}) RETURNING {COLUMNS}"
    );
    let updated = with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let row = sqlx::query_as::<_, TenantRow>(&sql)
            .bind(id.0)
            .bind(status.code())
            .fetch_optional(&mut *tx)
            .await?;
        if let (Some(_), Some(mail)) = (&row, notice) {
            queue_mail_in!(tx, id, mail)?;
        }
        tx.commit().await?;
        row.map(TenantRow::into_record).transpose()
    })?;
    if let Some(tenant) = &updated {
        tenant_changed(db, &tenant.alias).await?;
    }
    Ok(updated)
}

pub async fn count_tenants(db: &Database) -> Result<i64, sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM tenants").fetch_one(pool).await
    })
}

pub async fn find_tenant_by_id(
    db: &Database,
    id: crate::domain::TenantId,
) -> Result<Option<TenantRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM tenants WHERE id = $1");
    with_pool!(db, pool => {
        let row = sqlx::query_as::<_, TenantRow>(&sql).bind(id.0).fetch_optional(pool).await?;
        row.map(TenantRow::into_record).transpose()
    })
}

/// Marks a tenant that signed itself up for a paid plan and waits for its
/// first activation; such a tenant expires if nobody activates it
/// (`lifecycle::expire_pending_signups`).
pub async fn mark_awaiting_first_activation(
    db: &Database,
    id: TenantId,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query(
            "UPDATE tenants SET awaiting_first_activation = TRUE \
             WHERE id = $1 AND status = 'pending_activation'",
        )
        .bind(id.0)
        .execute(pool)
        .await?;
        Ok(())
    })
}

/// Evicts tenants that other instances changed, for as long as the process
/// runs (PostgreSQL only; an embedded database has one serving instance).
/// After a lost connection everything is evicted, since notifications may
/// have been missed.
pub async fn listen_for_tenant_changes(db: Database) {
    let super::pool::Pool::Postgres(pool) = db.pool() else {
        return;
    };
    loop {
        let mut listener = match sqlx::postgres::PgListener::connect_with(pool).await {
            Ok(listener) => listener,
            Err(sqlx::Error::PoolClosed) => return,
            Err(error) => {
                tracing::warn!(%error, "cannot connect the tenant change listener");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(error) = listener
            .listen(super::tenant_cache::TENANT_CHANGED_CHANNEL)
            .await
        {
            tracing::warn!(%error, "cannot listen for tenant changes");
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            continue;
        }
        forget_every_tenant(&db);
        loop {
            // `try_recv` says when the connection was lost (`None`) instead
            // of silently reconnecting past missed notifications.
            match listener.try_recv().await {
                Ok(Some(notification)) => forget_tenant(&db, notification.payload()).await,
                Ok(None) => forget_every_tenant(&db),
                // The process is shutting down.
                Err(sqlx::Error::PoolClosed) => return,
                Err(error) => {
                    tracing::warn!(%error, "tenant change listener failed");
                    forget_every_tenant(&db);
                    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    break;
                }
            }
        }
    }
}

/// The websites that may frame the tenant's survey pages.
pub async fn set_embed_origins(
    db: &Database,
    scope: &TenantScope,
    origins: &EmbedOrigins,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        sqlx::query("UPDATE tenants SET embed_origins = $1 WHERE id = $2")
            .bind(origins.to_stored())
            .bind(scope.tenant_id().0)
            .execute(pool)
            .await?;
        Ok::<(), sqlx::Error>(())
    })?;
    tenant_changed(db, scope.alias()).await
}

/// Sets the language `scope`'s tenant falls back to (`None`: English).
pub async fn set_default_language(
    db: &Database,
    scope: &TenantScope,
    language: Option<Language>,
) -> Result<(), sqlx::Error> {
    let code = language.map(Language::code);
    with_pool!(db, pool => {
        sqlx::query("UPDATE tenants SET default_language = $1 WHERE id = $2")
            .bind(code)
            .bind(scope.tenant_id().0)
            .execute(pool)
            .await?;
        Ok::<(), sqlx::Error>(())
    })?;
    tenant_changed(db, scope.alias()).await
}
