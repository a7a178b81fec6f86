//! A survey that closed itself at its response limit (the submission writer
//! closes it in the transaction that stores the last response) is announced
//! to its tenant's contact address by the background runner: each notice
//! queued once, in the same transaction that clears the survey's mark.

use super::mail::{MailKind, Mailer, Recipient, Sender, Value, contact_mail_language};
use crate::domain::TenantId;
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::quota_notices::{ClosedByQuota, pending_quota_notices, settle_quota_notice};

/// Notices queued per run; the rest wait for the next one.
const NOTICES_PER_RUN: i64 = 50;

/// Queues the notices that are due; returns how many surveys it settled.
pub async fn queue_quota_notices(db: &Database, mailer: &Mailer) -> Result<usize, AppError> {
    let due = pending_quota_notices(db, NOTICES_PER_RUN).await?;
    for closed in &due {
        let mail = notice(mailer, closed)?;
        settle_quota_notice(db, closed, mail.as_ref()).await?;
        tracing::info!(tenant = %closed.alias, survey = closed.survey_id, notice = mail.is_some(), "survey closed at its limit");
    }
    Ok(due.len())
}

fn notice(
    mailer: &Mailer,
    closed: &ClosedByQuota,
) -> Result<Option<crate::storage::outgoing_mail::NewMail>, AppError> {
    if closed.contact_email.is_empty() {
        return Ok(None);
    }
    let link = mailer.link(&format!(
        "/t/{}/surveys/{}/results",
        closed.alias, closed.slug
    ));
    let language = contact_mail_language(closed.contact_language.as_deref());
    mailer
        .seal_message(
            TenantId(closed.tenant_id),
            &Sender {
                tenant_name: &closed.tenant_name,
                logo_url: None,
            },
            MailKind::SurveyQuotaReached,
            format!("survey_quota:{}", closed.survey_id),
            Recipient::new(&closed.contact_email, language),
            &[
                ("survey_title", Value::Text(&closed.title)),
                ("tenant_name", Value::Text(&closed.tenant_name)),
                (
                    "response_limit",
                    Value::Number(closed.response_limit as f64),
                ),
                ("link", Value::Link(&link)),
            ],
        )
        .map(Some)
}
