//! A survey's contacts, their personal links (only each token's SHA-256 is
//! kept) and what was sent to them. A message waits while
//! `rounds_requested > rounds_queued`; the background runner queues it with
//! a new token in one transaction (`settle_message`). The submission writer
//! marks a contact answered in the transaction that stores its response
//! (`CLAIM_SQL`), so a personal link answers once.

use std::collections::BTreeMap;

use super::database::{Database, with_pool};
use super::outgoing_mail::{NewMail, queue_mail_in};
use crate::auth::scope::TenantScope;
use crate::domain::contacts::ContactInput;
use crate::domain::{SurveyId, TenantId, UnixMillis};

/// Where a contact stands, as the invitations page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactStatus {
    NotInvited,
    Queued,
    Sent,
    Failed,
    Answered,
    Unsubscribed,
}

impl ContactStatus {
    pub const ALL: [ContactStatus; 6] = [
        ContactStatus::NotInvited,
        ContactStatus::Queued,
        ContactStatus::Sent,
        ContactStatus::Failed,
        ContactStatus::Answered,
        ContactStatus::Unsubscribed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContactStatus::NotInvited => "not_invited",
            ContactStatus::Queued => "queued",
            ContactStatus::Sent => "sent",
            ContactStatus::Failed => "failed",
            ContactStatus::Answered => "answered",
            ContactStatus::Unsubscribed => "unsubscribed",
        }
    }

    fn from_code(code: &str) -> ContactStatus {
        Self::ALL
            .into_iter()
            .find(|status| status.code() == code)
            .unwrap_or(ContactStatus::NotInvited)
    }
}

/// The status of contact `c` (joined with `m`, its last message, and `u`,
/// its unsubscription), in SQL.
const STATUS_SQL: &str = "CASE WHEN u.email IS NOT NULL THEN 'unsubscribed' \
     WHEN c.answered = 1 THEN 'answered' \
     WHEN c.rounds_requested > c.rounds_queued THEN 'queued' \
     WHEN m.status = 'failed' THEN 'failed' \
     WHEN m.status IN ('queued', 'running') THEN 'queued' \
     WHEN c.rounds_queued > 0 THEN 'sent' \
     ELSE 'not_invited' END";

const STATUS_JOINS: &str = "LEFT JOIN outgoing_mail m ON m.idempotency_key = c.last_mail_key \
     LEFT JOIN contact_unsubscribes u ON u.tenant_id = c.tenant_id AND u.email = c.email";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactRecord {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub attributes: BTreeMap<String, String>,
    pub status: ContactStatus,
    /// Messages queued so far (1: the invitation, more: reminders).
    pub messages: i64,
}

#[derive(sqlx::FromRow)]
struct ContactRow {
    id: i64,
    email: String,
    name: String,
    attributes: String,
    status: String,
    rounds_queued: i64,
}

impl ContactRow {
    fn into_record(self) -> ContactRecord {
        ContactRecord {
            id: self.id,
            email: self.email,
            name: self.name,
            attributes: serde_json::from_str(&self.attributes).unwrap_or_default(),
            status: ContactStatus::from_code(&self.status),
            messages: self.rounds_queued,
        }
    }
}

/// A survey's invitation text and whether its invited answers are
/// anonymous; `None`: never saved (the service's defaults apply).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct InvitationSettingsRow {
    pub subject: String,
    pub message: String,
    pub anonymous: bool,
}

#[derive(sqlx::FromRow)]
struct SettingsRow {
    subject: String,
    message: String,
    anonymous: i64,
}

pub async fn invitation_settings(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Option<InvitationSettingsRow>, sqlx::Error> {
    let row = with_pool!(db, pool => sqlx::query_as::<_, SettingsRow>(
        "SELECT subject, message, anonymous FROM survey_invitation_settings \
         WHERE tenant_id = $1 AND survey_id = $2",
    )
    .bind(scope.tenant_id().0)
    .bind(survey.0)
    .fetch_optional(pool)
    .await)?;
    Ok(row.map(|row| InvitationSettingsRow {
        subject: row.subject,
        message: row.message,
        anonymous: row.anonymous != 0,
    }))
}

pub async fn save_invitation_settings(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    settings: &InvitationSettingsRow,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "INSERT INTO survey_invitation_settings (tenant_id, survey_id, subject, message, anonymous) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (survey_id) DO UPDATE SET subject = excluded.subject, \
             message = excluded.message, anonymous = excluded.anonymous",
    )
    .bind(scope.tenant_id().0)
    .bind(survey.0)
    .bind(&settings.subject)
    .bind(&settings.message)
    .bind(i64::from(settings.anonymous))
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Adds the contacts that are not on the survey's list yet, all in one
/// transaction; returns how many were added (the rest were listed).
pub async fn add_contacts(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    contacts: &[ContactInput],
    now: UnixMillis,
) -> Result<u64, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut added = 0;
        for contact in contacts {
            let attributes = serde_json::to_string(&contact.attributes)
                .unwrap_or_else(|_| "{}".to_owned());
            added += sqlx::query(
                "INSERT INTO survey_contacts (tenant_id, survey_id, email, name, attributes, added_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (survey_id, email) DO NOTHING",
            )
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .bind(contact.email.as_str().to_lowercase())
            .bind(&contact.name)
            .bind(attributes)
            .bind(now.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        tx.commit().await?;
        Ok(added)
    })
}

/// How many of the survey's contacts are in each status.
pub async fn status_counts(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Vec<(ContactStatus, i64)>, sqlx::Error> {
    let sql = format!(
        "SELECT status, COUNT(*) FROM (SELECT {STATUS_SQL} AS status FROM survey_contacts c {STATUS_JOINS} \
         WHERE c.tenant_id = $1 AND c.survey_id = $2) AS statuses GROUP BY status"
    );
    let rows = with_pool!(db, pool => sqlx::query_as::<_, (String, i64)>(&sql)
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .fetch_all(pool)
        .await)?;
    Ok(ContactStatus::ALL
        .into_iter()
        .map(|status| {
            let count = rows
                .iter()
                .find(|(code, _)| code == status.code())
                .map_or(0, |(_, count)| *count);
            (status, count)
        })
        .collect())
}

/// A page of the survey's contacts, in the order they were added.
pub async fn list_contacts(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    offset: i64,
    limit: i64,
) -> Result<Vec<ContactRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT c.id, c.email, c.name, c.attributes, {STATUS_SQL} AS status, c.rounds_queued \
         FROM survey_contacts c {STATUS_JOINS} \
         WHERE c.tenant_id = $1 AND c.survey_id = $2 ORDER BY c.id LIMIT $3 OFFSET $4"
    );
    let rows = with_pool!(db, pool => sqlx::query_as::<_, ContactRow>(&sql)
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await)?;
    Ok(rows.into_iter().map(ContactRow::into_record).collect())
}

/// Which message a request asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Round {
    /// The first message, to contacts never invited.
    Invitation,
    /// One more, to contacts invited before who have not answered.
    Reminder,
}

/// Marks a message as wanted for every contact it applies to (never those
/// who answered or unsubscribed, nor those with a message still waiting);
/// returns how many.
pub async fn request_round(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    round: Round,
) -> Result<u64, sqlx::Error> {
    let which = match round {
        Round::Invitation => "rounds_requested = 1 WHERE rounds_queued = 0",
        Round::Reminder => "rounds_requested = rounds_queued + 1 WHERE rounds_queued > 0",
    };
    let sql = format!(
        "UPDATE survey_contacts SET {which} \
           AND rounds_requested = rounds_queued AND answered = 0 \
           AND tenant_id = $1 AND survey_id = $2 \
           AND NOT EXISTS (SELECT 1 FROM contact_unsubscribes u \
                           WHERE u.tenant_id = survey_contacts.tenant_id AND u.email = survey_contacts.email)"
    );
    with_pool!(db, pool => sqlx::query(&sql)
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))
}

/// A message the background runner should queue (platform work: it names
/// its tenant).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct DueMessage {
    pub contact_id: i64,
    pub tenant_id: i64,
    pub email: String,
    pub name: String,
    pub attributes: String,
    pub round: i64,
    pub alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    pub subject: Option<String>,
    pub message: Option<String>,
}

/// Tenants with messages waiting on published surveys.
pub async fn tenants_with_due_messages(db: &Database) -> Result<Vec<i64>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT c.tenant_id FROM survey_contacts c \
         JOIN surveys s ON s.tenant_id = c.tenant_id AND s.id = c.survey_id \
         WHERE c.rounds_requested > c.rounds_queued AND s.status = 'published' ORDER BY c.tenant_id",
    )
    .fetch_all(pool)
    .await)
}

/// Up to `limit` of a tenant's waiting messages, oldest contact first.
pub async fn due_messages(
    db: &Database,
    tenant: TenantId,
    limit: i64,
) -> Result<Vec<DueMessage>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_as::<_, DueMessage>(
        "SELECT c.id AS contact_id, c.tenant_id, c.email, c.name, c.attributes, \
                c.rounds_requested AS round, t.alias, t.name AS tenant_name, s.slug, s.title, \
                st.subject, st.message \
         FROM survey_contacts c \
         JOIN tenants t ON t.id = c.tenant_id \
         JOIN surveys s ON s.tenant_id = c.tenant_id AND s.id = c.survey_id \
         LEFT JOIN survey_invitation_settings st ON st.survey_id = c.survey_id \
         WHERE c.tenant_id = $1 AND c.rounds_requested > c.rounds_queued \
           AND s.status = 'published' AND t.status = 'active' \
         ORDER BY c.id LIMIT $2",
    )
    .bind(tenant.0)
    .bind(limit)
    .fetch_all(pool)
    .await)
}

/// Messages of these kinds the tenant queued since `since` (its rate).
pub async fn queued_since(
    db: &Database,
    tenant: TenantId,
    kinds: &[&str],
    since: UnixMillis,
) -> Result<i64, sqlx::Error> {
    let sql = format!(
        "SELECT COUNT(*) FROM outgoing_mail WHERE tenant_id = $1 AND created_at > $2 AND kind IN ({})",
        (0..kinds.len())
            .map(|i| format!("${}", i + 3))
            .collect::<Vec<_>>()
            .join(", ")
    );
    with_pool!(db, pool => {
        let mut query = sqlx::query_scalar::<_, i64>(&sql).bind(tenant.0).bind(since.0);
        for kind in kinds {
            query = query.bind(*kind);
        }
        query.fetch_one(pool).await
    })
}

/// A composed message and its token's hash, ready to queue.
pub struct SettledMessage<'a> {
    pub due: &'a DueMessage,
    pub token_hash: String,
    pub mail: NewMail,
}

/// Queues each message with its token and records its round, all in one
/// transaction (one write to disk for a whole run). Returns how many were
/// queued: a message another runner settled first is left out.
pub async fn settle_messages(
    db: &Database,
    messages: &[SettledMessage<'_>],
) -> Result<usize, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut queued = 0;
        for message in messages {
            let due = message.due;
            let moved = sqlx::query(
                "UPDATE survey_contacts SET rounds_queued = $1, last_mail_key = $2 \
                 WHERE tenant_id = $3 AND id = $4 AND rounds_queued < $1 AND rounds_requested >= $1",
            )
            .bind(due.round)
            .bind(&message.mail.idempotency_key)
            .bind(due.tenant_id)
            .bind(due.contact_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if moved == 0 {
                continue;
            }
            sqlx::query(
                "INSERT INTO invitation_tokens (token_hash, tenant_id, contact_id, created_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(&message.token_hash)
            .bind(due.tenant_id)
            .bind(due.contact_id)
            .bind(message.mail.created_at.0)
            .execute(&mut *tx)
            .await?;
            queue_mail_in!(tx, TenantId(due.tenant_id), &message.mail)?;
            queued += 1;
        }
        tx.commit().await?;
        Ok(queued)
    })
}

/// The contact a personal link of this survey belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitedContact {
    pub id: i64,
    pub email: String,
    pub answered: bool,
}

pub async fn contact_by_token(
    db: &Database,
    scope: &TenantScope,
    token_hash: &str,
) -> Result<Option<(SurveyId, InvitedContact)>, sqlx::Error> {
    let row = with_pool!(db, pool => sqlx::query_as::<_, (i64, i64, String, i64)>(
        "SELECT c.survey_id, c.id, c.email, c.answered FROM invitation_tokens k \
         JOIN survey_contacts c ON c.tenant_id = k.tenant_id AND c.id = k.contact_id \
         WHERE k.token_hash = $1 AND k.tenant_id = $2",
    )
    .bind(token_hash)
    .bind(scope.tenant_id().0)
    .fetch_optional(pool)
    .await)?;
    Ok(row.map(|(survey, id, email, answered)| {
        (
            SurveyId(survey),
            InvitedContact {
                id,
                email,
                answered: answered != 0,
            },
        )
    }))
}

pub async fn is_unsubscribed(
    db: &Database,
    scope: &TenantScope,
    email: &str,
) -> Result<bool, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM contact_unsubscribes WHERE tenant_id = $1 AND email = $2",
    )
    .bind(scope.tenant_id().0)
    .bind(email)
    .fetch_one(pool)
    .await
    .map(|count| count > 0))
}

/// Records that `email` wants no more invitations from the tenant, and
/// cancels the messages still waiting for it.
pub async fn unsubscribe(
    db: &Database,
    scope: &TenantScope,
    email: &str,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO contact_unsubscribes (tenant_id, email, at) VALUES ($1, $2, $3) \
             ON CONFLICT (tenant_id, email) DO NOTHING",
        )
        .bind(scope.tenant_id().0)
        .bind(email)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE survey_contacts SET rounds_requested = rounds_queued \
             WHERE tenant_id = $1 AND email = $2",
        )
        .bind(scope.tenant_id().0)
        .bind(email)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    })
}

/// The contact who answered with each of these submissions (linked
/// surveys only keep `submission_id`): (submission, email, name,
/// attributes).
pub async fn contacts_of_submissions(
    db: &Database,
    scope: &TenantScope,
    submissions: &[i64],
) -> Result<Vec<(i64, String, String, BTreeMap<String, String>)>, sqlx::Error> {
    if submissions.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT submission_id, email, name, attributes FROM survey_contacts \
         WHERE tenant_id = $1 AND submission_id IN ({})",
        (0..submissions.len())
            .map(|i| format!("${}", i + 2))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let rows = with_pool!(db, pool => {
        let mut query = sqlx::query_as::<_, (i64, String, String, String)>(&sql)
            .persistent(false)
            .bind(scope.tenant_id().0);
        for id in submissions {
            query = query.bind(*id);
        }
        query.fetch_all(pool).await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, email, name, attributes)| {
            (
                id,
                email,
                name,
                serde_json::from_str(&attributes).unwrap_or_default(),
            )
        })
        .collect())
}

/// The other columns of the survey's contacts who answered, by name.
pub async fn answered_attribute_names(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Vec<String>, sqlx::Error> {
    let rows = with_pool!(db, pool => sqlx::query_scalar::<_, String>(
        "SELECT DISTINCT attributes FROM survey_contacts \
         WHERE tenant_id = $1 AND survey_id = $2 AND submission_id IS NOT NULL",
    )
    .bind(scope.tenant_id().0)
    .bind(survey.0)
    .fetch_all(pool)
    .await)?;
    let mut names: Vec<String> = rows
        .iter()
        .filter_map(|json| serde_json::from_str::<BTreeMap<String, String>>(json).ok())
        .flat_map(|attributes| attributes.into_keys())
        .collect();
    names.sort();
    names.dedup();
    Ok(names)
}
