//! Surveys that closed themselves at their response limit
//! (`response_quota`) wait for their notice here: the background runner
//! reads them, queues the email and clears the mark in one transaction.

use super::database::{Database, with_pool};
use super::outgoing_mail::{NewMail, queue_mail_in};
use crate::domain::TenantId;

/// A survey that closed itself at its response limit and whose notice is
/// not queued yet (platform work: it names its tenant).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ClosedByQuota {
    pub tenant_id: i64,
    pub tenant_name: String,
    pub alias: String,
    pub contact_email: String,
    /// The code of the language the contact reads (`users::mail_language`).
    pub contact_language: Option<String>,
    pub survey_id: i64,
    pub slug: String,
    pub title: String,
    pub response_limit: i64,
}

/// Surveys whose "closed at its limit" notice is due, oldest first.
pub async fn pending_quota_notices(
    db: &Database,
    limit: i64,
) -> Result<Vec<ClosedByQuota>, sqlx::Error> {
    let sql = format!(
        "SELECT t.id AS tenant_id, t.name AS tenant_name, t.alias, t.contact_email, \
                {} AS contact_language, \
                s.id AS survey_id, s.slug, s.title, COALESCE(s.response_limit, 0) AS response_limit \
         FROM surveys s JOIN tenants t ON t.id = s.tenant_id AND NOT t.moving \
         WHERE s.quota_notice_pending = 1 ORDER BY s.id LIMIT $1",
        super::users::mail_language_of("t.id", "t.contact_email")
    );
    with_pool!(db, pool => sqlx::query_as::<_, ClosedByQuota>(&sql)
    .bind(limit)
    .fetch_all(pool)
    .await)
}

/// Queues the notice (none when the tenant has no contact address) and
/// clears the survey's mark, in one transaction: the notice is queued once
/// (its idempotency key names the survey) and never lost.
pub async fn settle_quota_notice(
    db: &Database,
    closed: &ClosedByQuota,
    mail: Option<&NewMail>,
) -> Result<(), sqlx::Error> {
    let tenant = TenantId(closed.tenant_id);
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        if let Some(mail) = mail {
            queue_mail_in!(tx, tenant, mail)?;
        }
        sqlx::query("UPDATE surveys SET quota_notice_pending = 0 WHERE id = $1 AND tenant_id = $2")
            .bind(closed.survey_id)
            .bind(closed.tenant_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    })
}
