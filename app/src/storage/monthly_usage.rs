//! Each tenant's responses per calendar month, as the submission writer
//! counts them (`monthly_allowance`), and the warnings that counting marks
//! due: the background runner reads them, queues the email and records it
//! sent in one transaction.

use super::database::{Database, with_pool};
use super::outgoing_mail::{NewMail, queue_mail_in};
use crate::auth::scope::TenantScope;
use crate::domain::{BillingMonth, TenantId};

/// The responses the tenant received in `month`.
pub async fn responses_in_month(
    db: &Database,
    scope: &TenantScope,
    month: BillingMonth,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
    let counted: Option<i64> = with_pool!(db, pool => {
        sqlx::query_scalar(
            "SELECT responses FROM tenant_monthly_usage WHERE tenant_id = $1 AND month = $2",
        )
        .bind(scope.tenant_id().0)
        .bind(month.to_string())
        .fetch_optional(pool)
        .await
    })?;
    Ok(counted.unwrap_or(0))
}

/// A tenant whose warning about its monthly responses is due and not sent
/// (platform work: it names its tenant).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct AllowanceWarning {
    pub tenant_id: i64,
    pub tenant_name: String,
    pub alias: String,
    pub contact_email: String,
    /// The code of the language the contact reads (`users::mail_language`).
    pub contact_language: Option<String>,
    pub plan: String,
    /// The limit set for this tenant over its plan's.
    pub monthly_responses: Option<i64>,
    pub month: String,
    pub responses: i64,
    /// 80 (percent) or 100.
    pub level: i64,
}

/// Warnings due, oldest month first.
pub async fn pending_allowance_warnings(
    db: &Database,
    limit: i64,
) -> Result<Vec<AllowanceWarning>, sqlx::Error> {
    let sql = format!(
        "SELECT t.id AS tenant_id, t.name AS tenant_name, t.alias, t.contact_email, \
                {} AS contact_language, t.plan, \
                t.monthly_responses, u.month, u.responses, u.warning_due AS level \
         FROM tenant_monthly_usage u JOIN tenants t ON t.id = u.tenant_id AND NOT t.moving \
         WHERE u.warning_due > u.warning_sent ORDER BY u.month, u.tenant_id LIMIT $1",
        super::users::mail_language_of("t.id", "t.contact_email")
    );
    with_pool!(db, pool => sqlx::query_as::<_, AllowanceWarning>(&sql)
    .bind(limit)
    .fetch_all(pool)
    .await)
}

/// Queues the warning (none when there is nobody to tell) and records its
/// level sent, in one transaction: each level is queued once (its
/// idempotency key names tenant, month and level) and never lost.
pub async fn settle_allowance_warning(
    db: &Database,
    warning: &AllowanceWarning,
    mail: Option<&NewMail>,
) -> Result<(), sqlx::Error> {
    let tenant = TenantId(warning.tenant_id);
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        if let Some(mail) = mail {
            queue_mail_in!(tx, tenant, mail)?;
        }
        sqlx::query(
            "UPDATE tenant_monthly_usage SET warning_sent = $1 \
             WHERE tenant_id = $2 AND month = $3 AND warning_sent < $1",
        )
        .bind(warning.level)
        .bind(warning.tenant_id)
        .bind(&warning.month)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    })
}
