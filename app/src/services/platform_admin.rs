//! Tailspin administration's view of the statistics task: the queue's
//! depth, and answers it gave up on (dead letters), which an administrator
//! puts back on the queue or discards. Every function takes the signed-in
//! platform administrator as its capability.

use crate::domain::UnixMillis;
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::statistics::{self, QueueDepth};

pub use crate::storage::platform_admins::PlatformAdminRecord;

/// The queues of every region's database together.
pub async fn statistics_queue(
    db: &Database,
    _admin: &PlatformAdminRecord,
) -> Result<QueueDepth, AppError> {
    Ok(statistics::total_queue_depth(db).await?)
}

/// A dead letter with the alias of its tenant (`None` when the tenant is
/// gone).
pub struct DeadLetterEntry {
    pub letter: statistics::DeadLetter,
    pub tenant_alias: Option<String>,
}

/// Answers the statistics task gave up on, oldest first.
pub async fn dead_letters(
    db: &Database,
    _admin: &PlatformAdminRecord,
) -> Result<Vec<DeadLetterEntry>, AppError> {
    let mut letters = Vec::new();
    for region in db.region_databases() {
        letters.extend(statistics::list_dead_letters(&region).await?);
    }
    let mut entries = Vec::with_capacity(letters.len());
    for letter in letters {
        let tenant = crate::storage::tenants::find_tenant_by_id(db, letter.tenant).await?;
        entries.push(DeadLetterEntry {
            letter,
            tenant_alias: tenant.map(|t| t.alias.to_string()),
        });
    }
    Ok(entries)
}

/// The database whose queue holds dead letter `id`: each numbers its rows
/// in an id space of its own.
fn queue_of(db: &Database, id: i64) -> Result<Database, AppError> {
    db.region_databases()
        .into_iter()
        .find(|queue| queue.owns_id(id))
        .ok_or(AppError::NotFound)
}

/// Puts a dead letter back on the statistics queue and wakes the task.
pub async fn requeue_dead_letter(
    db: &Database,
    _admin: &PlatformAdminRecord,
    id: i64,
) -> Result<(), AppError> {
    let queue = queue_of(db, id)?;
    if statistics::requeue_dead_letter(&queue, id, UnixMillis::now()).await? {
        super::statistics::answers_arrived();
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Drops a dead letter: its answers stay stored, but are not counted.
pub async fn discard_dead_letter(
    db: &Database,
    _admin: &PlatformAdminRecord,
    id: i64,
) -> Result<(), AppError> {
    let queue = queue_of(db, id)?;
    if statistics::discard_dead_letter(&queue, id).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Outgoing email as the operator sees it: where it goes, the newest
/// messages of every tenant, and (with the local outbox) what was written.
pub struct MailOverview {
    /// The SMTP server (without its password), or `None` for the outbox.
    pub smtp: Option<String>,
    pub outbox_dir: Option<String>,
    pub messages: Vec<(crate::storage::outgoing_mail::MailRecord, Option<String>)>,
    pub outbox: Vec<crate::services::mail::OutboxMessage>,
}

pub async fn mail_overview(
    db: &Database,
    _admin: &PlatformAdminRecord,
    mailer: &crate::services::mail::Mailer,
) -> Result<MailOverview, AppError> {
    use crate::services::mail::{MailTransport, read_outbox};
    let records = crate::storage::outgoing_mail::recent_mail(db, 100).await?;
    let mut messages = Vec::with_capacity(records.len());
    for record in records {
        let tenant = crate::storage::tenants::find_tenant_by_id(db, record.tenant).await?;
        messages.push((record, tenant.map(|t| t.alias.to_string())));
    }
    let (smtp, outbox_dir, outbox) = match &mailer.transport {
        MailTransport::Smtp { url, .. } => (Some(url.redacted()), None, Vec::new()),
        MailTransport::Outbox(dir) => {
            let written = read_outbox(dir, 20)
                .await
                .map_err(|e| AppError::internal("reading the outbox", e))?;
            (None, Some(dir.display().to_string()), written)
        }
    };
    Ok(MailOverview {
        smtp,
        outbox_dir,
        messages,
        outbox,
    })
}
