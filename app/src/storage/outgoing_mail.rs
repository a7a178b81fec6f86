//! Outgoing email: queued in the same transaction as the event that causes
//! it ([`queue_mail_in!`]), claimed by the background runner under a lease,
//! then marked sent, put back with a later `not_before`, or failed.
//!
//! Claiming is platform work on the whole table (it says which tenant a
//! message belongs to); what a page lists takes the tenant's scope.

use super::data_keys::Ciphers;
use super::database::{Database, with_pool};
use super::key_ring::TenantCipher;
use super::leased_queue::LeasedQueue;
use crate::auth::scope::TenantScope;
use crate::domain::{TenantId, UnixMillis};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailStatus {
    Queued,
    /// Claimed by a runner; back to the queue when its lease runs out.
    Running,
    Sent,
    /// Given up after the last attempt.
    Failed,
}

impl MailStatus {
    pub fn code(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Running => "running",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }

    fn from_code(code: &str) -> Option<MailStatus> {
        match code {
            "queued" => Some(MailStatus::Queued),
            "running" => Some(MailStatus::Running),
            "sent" => Some(MailStatus::Sent),
            "failed" => Some(MailStatus::Failed),
            _ => None,
        }
    }
}

/// A message to queue. `idempotency_key` names the event that causes it:
/// queuing the same key again queues nothing.
#[derive(Clone, Debug)]
pub struct NewMail {
    pub idempotency_key: String,
    pub kind: &'static str,
    pub recipient: String,
    pub subject: String,
    pub sealed_body: String,
    pub created_at: UnixMillis,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailRecord {
    pub id: i64,
    pub tenant: TenantId,
    pub idempotency_key: String,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    /// A message to a contact whose address and subject no longer open
    /// (its tenant's key was destroyed): `recipient` and `subject` are
    /// empty, and it is never sent.
    pub address_unreadable: bool,
    /// Empty once the message was handed over.
    pub sealed_body: String,
    pub status: MailStatus,
    pub created_at: UnixMillis,
    pub attempts: i64,
    pub sent_at: Option<UnixMillis>,
    pub last_error: String,
}

const COLUMNS: &str = "id, tenant_id, idempotency_key, kind, recipient, subject, sealed_body, \
                       status, created_at, attempts, sent_at, last_error, recipient_sealed";

#[derive(sqlx::FromRow)]
struct MailRow {
    id: i64,
    tenant_id: i64,
    idempotency_key: String,
    kind: String,
    recipient: String,
    subject: String,
    sealed_body: String,
    status: String,
    created_at: i64,
    attempts: i64,
    sent_at: Option<i64>,
    last_error: String,
    recipient_sealed: Option<Vec<u8>>,
}

/// What a message to a contact seals: where it goes and its subject.
#[derive(serde::Serialize, serde::Deserialize)]
struct SealedAddress {
    to: String,
    subject: String,
}

/// The address and subject of `mail` (to a survey contact), sealed with
/// the tenant's key for [`INSERT_CONTACT_MAIL`].
pub(super) fn seal_address(cipher: &TenantCipher, mail: &NewMail) -> Vec<u8> {
    let address = SealedAddress {
        to: mail.recipient.clone(),
        subject: mail.subject.clone(),
    };
    let json = serde_json::to_string(&address).expect("two strings serialize");
    cipher.seal_mail_address(&mail.idempotency_key, &json)
}

fn open_address(
    cipher: &TenantCipher,
    idempotency_key: &str,
    sealed: &[u8],
) -> Option<SealedAddress> {
    let opened = cipher
        .open_mail_address(idempotency_key, sealed)
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok());
    if opened.is_none() {
        tracing::warn!(
            mail = idempotency_key,
            "the sealed address of this message does not open"
        );
    }
    opened
}

/// [`INSERT_MAIL`] for a message to a survey contact: `$6` is its
/// [`seal_address`], and the plain address and subject stay empty.
pub(super) const INSERT_CONTACT_MAIL: &str = "INSERT INTO outgoing_mail \
     (tenant_id, idempotency_key, kind, recipient, subject, sealed_body, status, created_at, not_before, recipient_sealed) \
     VALUES ($1, $2, $3, '', '', $4, 'queued', $5, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING";

impl MailRow {
    /// `cipher` is the tenant's key when the row's address is sealed
    /// (`None`: the key is gone). An address that does not open makes the
    /// message unreadable, not the whole read fail: one bad row must not
    /// stop the queue.
    fn into_record(self, cipher: Option<&TenantCipher>) -> Result<MailRecord, sqlx::Error> {
        let status = MailStatus::from_code(&self.status)
            .ok_or_else(|| sqlx::Error::Decode("invalid mail status".into()))?;
        let (recipient, subject, address_unreadable) = match &self.recipient_sealed {
            None => (self.recipient, self.subject, false),
            Some(sealed) => {
                match cipher.and_then(|c| open_address(c, &self.idempotency_key, sealed)) {
                    Some(address) => (address.to, address.subject, false),
                    None => (String::new(), String::new(), true),
                }
            }
        };
        Ok(MailRecord {
            id: self.id,
            tenant: TenantId(self.tenant_id),
            idempotency_key: self.idempotency_key,
            kind: self.kind,
            recipient,
            subject,
            address_unreadable,
            sealed_body: self.sealed_body,
            status,
            created_at: UnixMillis(self.created_at),
            attempts: self.attempts,
            sent_at: self.sent_at.map(UnixMillis),
            last_error: self.last_error,
        })
    }
}

/// Opens the rows' sealed addresses, each tenant's key fetched once. A
/// tenant whose key cannot be had (being deleted) leaves its messages
/// unreadable; a blob store that cannot be reached fails the whole read,
/// to be tried again.
async fn into_records(db: &Database, rows: Vec<MailRow>) -> Result<Vec<MailRecord>, sqlx::Error> {
    let mut ciphers = Ciphers::new("messages of this tenant do not open");
    let mut records = Vec::with_capacity(rows.len());
    for row in rows {
        let cipher = match row.recipient_sealed {
            None => None,
            Some(_) => {
                ciphers
                    .get_unless_unavailable(db, TenantId(row.tenant_id))
                    .await?
            }
        };
        records.push(row.into_record(cipher.as_ref())?);
    }
    Ok(records)
}

/// The statement [`queue_mail_in!`] runs: a repeated idempotency key
/// inserts nothing.
pub(super) const INSERT_MAIL: &str = "INSERT INTO outgoing_mail \
     (tenant_id, idempotency_key, kind, recipient, subject, sealed_body, status, created_at, not_before) \
     VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7, $7) ON CONFLICT (idempotency_key) DO NOTHING";

/// Queues `$mail` (a [`NewMail`]) for the tenant `$tenant` (a `TenantId`)
/// inside the open transaction `$tx`, on either engine.
macro_rules! queue_mail_in {
    ($tx:expr, $tenant:expr, $mail:expr) => {{
        let mail: &$crate::storage::outgoing_mail::NewMail = $mail;
        sqlx::query($crate::storage::outgoing_mail::INSERT_MAIL)
            .bind($tenant.0)
            .bind(&mail.idempotency_key)
            .bind(mail.kind)
            .bind(&mail.recipient)
            .bind(&mail.subject)
            .bind(&mail.sealed_body)
            .bind(mail.created_at.0)
            .execute(&mut *$tx)
            .await
    }};
}
pub(crate) use queue_mail_in;

/// Queues one message on its own (its event wrote nothing else). Returns
/// whether it was queued (false: its idempotency key was queued before).
pub async fn queue_mail(
    db: &Database,
    scope: &TenantScope,
    mail: &NewMail,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let done = queue_mail_in!(tx, scope.tenant_id(), mail)?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Kinds sent at most once (survey invitations, `MailKind::at_most_once`):
/// a person who gets the same invitation twice stops trusting it, while
/// a lost one shows as failed on the invitations page.
macro_rules! at_most_once_kinds {
    () => {
        "('survey_invitation', 'survey_reminder')"
    };
}
pub const AT_MOST_ONCE_KINDS: &str = at_most_once_kinds!();

const MAIL_QUEUE: LeasedQueue = LeasedQueue {
    table: "outgoing_mail",
    key: "id",
    claimable: concat!(
        "(status = 'queued' AND not_before <= $1) \
         OR (status = 'running' AND lease_until <= $1 \
             AND (handed_at IS NULL OR kind NOT IN ",
        at_most_once_kinds!(),
        "))"
    ),
    take: "status = 'running', lease_until = $1 + $2, attempts = attempts + 1, \
           started_at = COALESCE(started_at, $1)",
    order: "id",
    returning: COLUMNS,
};

/// Claims up to `limit` messages that are due, or whose runner's lease ran
/// out (it died while sending). On PostgreSQL, messages another runner is
/// claiming are skipped, not waited for.
pub async fn claim_mail(
    db: &Database,
    now: UnixMillis,
    lease_ms: i64,
    limit: i64,
) -> Result<Vec<MailRecord>, sqlx::Error> {
    let sql = MAIL_QUEUE.claim_statement(db.backend());
    let rows = with_pool!(db, pool => sqlx::query_as::<_, MailRow>(&sql)
        .bind(now.0)
        .bind(lease_ms)
        .bind(limit)
        .fetch_all(pool)
        .await)?;
    into_records(db, rows).await
}

/// About to be handed to the SMTP server (kinds sent at most once).
pub async fn mark_handing(
    db: &Database,
    scope: &TenantScope,
    id: i64,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE outgoing_mail SET handed_at = $1 WHERE id = $2 AND tenant_id = $3",
    )
    .bind(now.0)
    .bind(id)
    .bind(scope.tenant_id().0)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Messages sent at most once whose runner died while handing them over:
/// they may have arrived, so they are marked failed, never sent again.
/// Returns how many.
pub async fn fail_interrupted_handovers(
    db: &Database,
    now: UnixMillis,
) -> Result<u64, sqlx::Error> {
    let sql = format!(
        "UPDATE outgoing_mail SET status = 'failed', sealed_body = '', lease_until = 0, \
             last_error = 'The server stopped while handing this message over; it may have arrived, so it was not sent again.' \
         WHERE status = 'running' AND lease_until <= $1 AND handed_at IS NOT NULL \
           AND kind IN {AT_MOST_ONCE_KINDS}"
    );
    with_pool!(db, pool => sqlx::query(&sql)
        .bind(now.0)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))
}

/// Handed over: the body (which may hold a single-use link) is erased.
pub async fn mark_sent(
    db: &Database,
    scope: &TenantScope,
    id: i64,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE outgoing_mail SET status = 'sent', sent_at = $1, sealed_body = '', last_error = '' \
         WHERE id = $2 AND tenant_id = $3",
    )
    .bind(now.0)
    .bind(id)
    .bind(scope.tenant_id().0)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// An attempt failed: try again from `retry_at`, or (`None`) give up.
pub async fn mark_failed_attempt(
    db: &Database,
    scope: &TenantScope,
    id: i64,
    error: &str,
    retry_at: Option<UnixMillis>,
) -> Result<(), sqlx::Error> {
    let (status, not_before) = match retry_at {
        Some(at) => (MailStatus::Queued, at.0),
        None => (MailStatus::Failed, 0),
    };
    with_pool!(db, pool => sqlx::query(
        "UPDATE outgoing_mail SET status = $1, not_before = $2, lease_until = 0, last_error = $3, \
         handed_at = NULL, \
         sealed_body = CASE WHEN $1 = 'failed' THEN '' ELSE sealed_body END \
         WHERE id = $4 AND tenant_id = $5",
    )
    .bind(status.code())
    .bind(not_before)
    .bind(error)
    .bind(id)
    .bind(scope.tenant_id().0)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Every tenant's most recent messages, newest first (the operator's page).
pub async fn recent_mail(db: &Database, limit: i64) -> Result<Vec<MailRecord>, sqlx::Error> {
    // Each region's database has an outbox of its own (mail to survey
    // contacts); the directory's has the rest.
    let mut records = Vec::new();
    for outbox in db.region_databases() {
        records.extend(recent_mail_in(&outbox, limit).await?);
    }
    records.sort_by_key(|r| std::cmp::Reverse((r.created_at, r.id)));
    records.truncate(usize::try_from(limit).unwrap_or(0));
    Ok(records)
}

async fn recent_mail_in(db: &Database, limit: i64) -> Result<Vec<MailRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM outgoing_mail ORDER BY id DESC LIMIT $1");
    let rows = with_pool!(db, pool => sqlx::query_as::<_, MailRow>(&sql)
        .bind(limit)
        .fetch_all(pool)
        .await)?;
    into_records(db, rows).await
}

/// The tenant's messages queued for `idempotency_key` (tests and checks).
pub async fn find_mail(
    db: &Database,
    scope: &TenantScope,
    idempotency_key: &str,
) -> Result<Option<MailRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM outgoing_mail WHERE tenant_id = $1 AND idempotency_key = $2"
    );
    // Mail to survey contacts is in the tenant's region, the rest in the
    // directory.
    let region = db.region(scope)?;
    for outbox in [region, db] {
        let row = with_pool!(outbox, pool => sqlx::query_as::<_, MailRow>(&sql)
            .bind(scope.tenant_id().0)
            .bind(idempotency_key)
            .fetch_optional(pool)
            .await)?;
        if let Some(found) = into_records(outbox, row.into_iter().collect()).await?.pop() {
            return Ok(Some(found));
        }
    }
    Ok(None)
}
