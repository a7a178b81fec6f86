//! A survey's contacts, their personal links (only each token's SHA-256 is
//! kept) and what was sent to them. A message waits while
//! `rounds_requested > rounds_queued`; the background runner queues it with
//! a new token in one transaction (`settle_message`). The submission writer
//! marks a contact answered in the transaction that stores its response
//! (`CLAIM_SQL`), so a personal link answers once.
//!
//! A contact's details (email, name, other columns) are sealed with the
//! tenant's data key in `details_sealed`; `email` holds the address's
//! index instead (`TenantCipher::email_index`), which is what the unique
//! key, the unsubscriptions and the joins compare. Contacts added before
//! sealing keep them plain until the background runner seals them
//! (`seal_plain_contacts`).

use std::collections::BTreeMap;

use super::data_keys::tenant_cipher;
use super::database::{Database, parameter_list, with_pool};
use super::key_ring::{EMAIL_INDEX_PREFIX, TenantCipher};
use super::outgoing_mail::{INSERT_CONTACT_MAIL, NewMail, seal_address};
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

/// What is sealed of a contact.
#[derive(serde::Serialize, serde::Deserialize)]
struct ContactDetails {
    email: String,
    name: String,
    attributes: BTreeMap<String, String>,
}

/// A contact's details as stored: sealed, or plain from before sealing.
fn reveal_contact(
    cipher: &TenantCipher,
    survey: i64,
    email: String,
    name: String,
    attributes: &str,
    sealed: Option<&[u8]>,
) -> Result<ContactDetails, sqlx::Error> {
    match sealed {
        Some(sealed) => {
            let json = cipher.open_contact(survey, &email, sealed)?;
            // The error would quote what was sealed: say only where.
            serde_json::from_str(&json).map_err(|_| {
                sqlx::Error::Decode(
                    format!("the details of a contact of survey {survey} are not readable").into(),
                )
            })
        }
        None => Ok(ContactDetails {
            email,
            name,
            attributes: serde_json::from_str(attributes).unwrap_or_default(),
        }),
    }
}

/// The contact's index and sealed details, for `survey`.
fn seal_contact(cipher: &TenantCipher, survey: i64, details: &ContactDetails) -> (String, Vec<u8>) {
    let index = cipher.email_index(&details.email);
    let json = serde_json::to_string(details).expect("a map of strings serializes");
    let sealed = cipher.seal_contact(survey, &index, &json);
    (index, sealed)
}

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
    details_sealed: Option<Vec<u8>>,
    status: String,
    rounds_queued: i64,
}

impl ContactRow {
    fn into_record(self, cipher: &TenantCipher, survey: i64) -> Result<ContactRecord, sqlx::Error> {
        let details = reveal_contact(
            cipher,
            survey,
            self.email,
            self.name,
            &self.attributes,
            self.details_sealed.as_deref(),
        )?;
        Ok(ContactRecord {
            id: self.id,
            email: details.email,
            name: details.name,
            attributes: details.attributes,
            status: ContactStatus::from_code(&self.status),
            messages: self.rounds_queued,
        })
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
    let db = db.region(scope)?;
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
    let db = db.region(scope)?;
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
    let db = db.region(scope)?;
    let cipher = tenant_cipher(db, scope.tenant_id()).await?;
    let rows: Vec<(String, Vec<u8>, String)> = contacts
        .iter()
        .map(|contact| {
            let details = ContactDetails {
                email: contact.email.as_str().to_lowercase(),
                name: contact.name.clone(),
                attributes: contact.attributes.clone(),
            };
            let (index, sealed) = seal_contact(&cipher, survey.0, &details);
            (index, sealed, details.email)
        })
        .collect();
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut added = 0;
        for (index, sealed, email) in &rows {
            // Listed already: sealed (same index), or plain from before.
            added += sqlx::query(
                "INSERT INTO survey_contacts (tenant_id, survey_id, email, name, attributes, added_at, details_sealed) \
                 SELECT $1, $2, $3, '', '{}', $4, $5 \
                 WHERE NOT EXISTS (SELECT 1 FROM survey_contacts WHERE survey_id = $2 AND email = $6) \
                 ON CONFLICT (survey_id, email) DO NOTHING",
            )
            .bind(scope.tenant_id().0)
            .bind(survey.0)
            .bind(index)
            .bind(now.0)
            .bind(sealed)
            .bind(email)
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
    let db = db.region(scope)?;
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
    let db = db.region(scope)?;
    let sql = format!(
        "SELECT c.id, c.email, c.name, c.attributes, c.details_sealed, {STATUS_SQL} AS status, c.rounds_queued \
         FROM survey_contacts c {STATUS_JOINS} \
         WHERE c.tenant_id = $1 AND c.survey_id = $2 ORDER BY c.id LIMIT $3 OFFSET $4"
    );
    let cipher = tenant_cipher(db, scope.tenant_id()).await?;
    let rows = with_pool!(db, pool => sqlx::query_as::<_, ContactRow>(&sql)
        .bind(scope.tenant_id().0)
        .bind(survey.0)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await)?;
    rows.into_iter()
        .map(|row| row.into_record(&cipher, survey.0))
        .collect()
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
    let db = db.region(scope)?;
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
    /// The survey's languages, as stored (`SurveyLanguages`).
    pub languages: Option<String>,
}

/// Tenants with messages waiting on published surveys (not one whose
/// survey data is moving to another region: the new region sends them).
pub async fn tenants_with_due_messages(db: &Database) -> Result<Vec<i64>, sqlx::Error> {
    with_pool!(db, pool => sqlx::query_scalar::<_, i64>(
        "SELECT DISTINCT c.tenant_id FROM survey_contacts c \
         JOIN surveys s ON s.tenant_id = c.tenant_id AND s.id = c.survey_id \
         JOIN tenants t ON t.id = c.tenant_id AND NOT t.moving \
         WHERE c.rounds_requested > c.rounds_queued AND s.status = 'published' ORDER BY c.tenant_id",
    )
    .fetch_all(pool)
    .await)
}

/// A row of [`due_messages`]: the message, with the contact's details as
/// stored.
#[derive(sqlx::FromRow)]
struct DueRow {
    #[sqlx(flatten)]
    message: DueMessage,
    survey_id: i64,
    details_sealed: Option<Vec<u8>>,
}

/// Up to `limit` of a tenant's waiting messages, oldest contact first.
pub async fn due_messages(
    db: &Database,
    tenant: TenantId,
    limit: i64,
) -> Result<Vec<DueMessage>, sqlx::Error> {
    let rows = with_pool!(db, pool => sqlx::query_as::<_, DueRow>(
        "SELECT c.id AS contact_id, c.tenant_id, c.email, c.name, c.attributes, \
                c.rounds_requested AS round, t.alias, t.name AS tenant_name, s.slug, s.title, \
                st.subject, st.message, s.languages, c.survey_id, c.details_sealed \
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
    .await)?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let cipher = tenant_cipher(db, tenant).await?;
    let messages = rows
        .into_iter()
        .map(|row| {
            let mut message = row.message;
            let details = reveal_contact(
                &cipher,
                row.survey_id,
                std::mem::take(&mut message.email),
                std::mem::take(&mut message.name),
                &message.attributes,
                row.details_sealed.as_deref(),
            )?;
            message.email = details.email;
            message.name = details.name;
            message.attributes =
                serde_json::to_string(&details.attributes).expect("a map of strings serializes");
            Ok(message)
        })
        .collect::<Result<Vec<DueMessage>, sqlx::Error>>()?;
    without_unsubscribed(db, &cipher, tenant, messages).await
}

/// Leaves out (and stops) the messages to addresses that unsubscribed.
/// The queries that request messages compare the stored forms, which
/// differ while contacts from before sealing are being sealed (an address
/// on one side, its index on the other); this last look compares both.
async fn without_unsubscribed(
    db: &Database,
    cipher: &TenantCipher,
    tenant: TenantId,
    messages: Vec<DueMessage>,
) -> Result<Vec<DueMessage>, sqlx::Error> {
    let indexes: Vec<String> = messages
        .iter()
        .map(|m| cipher.email_index(&m.email))
        .collect();
    let forms: Vec<&str> = messages
        .iter()
        .zip(&indexes)
        .flat_map(|(m, index)| [m.email.as_str(), index.as_str()])
        .collect();
    let sql = format!(
        "SELECT email FROM contact_unsubscribes WHERE tenant_id = $1 AND email IN ({})",
        parameter_list(2, forms.len())
    );
    let gone: Vec<String> = with_pool!(db, pool => {
        let mut query = sqlx::query_scalar::<_, String>(&sql).persistent(false).bind(tenant.0);
        for form in &forms {
            query = query.bind(*form);
        }
        query.fetch_all(pool).await
    })?;
    if gone.is_empty() {
        return Ok(messages);
    }
    let (stopped, kept): (Vec<_>, Vec<_>) = messages
        .into_iter()
        .zip(indexes)
        .partition(|(m, index)| gone.contains(&m.email) || gone.contains(index));
    let kept = kept.into_iter().map(|(m, _)| m).collect();
    for (message, _) in &stopped {
        with_pool!(db, pool => sqlx::query(
            "UPDATE survey_contacts SET rounds_requested = rounds_queued WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant.0)
        .bind(message.contact_id)
        .execute(pool)
        .await
        .map(|_| ()))?;
    }
    Ok(kept)
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
/// queued: a message another runner settled first is left out. Each
/// message's address and subject are sealed with its tenant's key, as the
/// contact's details are.
pub async fn settle_messages(
    db: &Database,
    messages: &[SettledMessage<'_>],
) -> Result<usize, sqlx::Error> {
    let mut addresses = Vec::with_capacity(messages.len());
    for message in messages {
        let cipher = tenant_cipher(db, TenantId(message.due.tenant_id)).await?;
        addresses.push(seal_address(&cipher, &message.mail));
    }
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut queued = 0;
        for (message, address) in messages.iter().zip(&addresses) {
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
            let mail = &message.mail;
            sqlx::query(INSERT_CONTACT_MAIL)
                .bind(due.tenant_id)
                .bind(&mail.idempotency_key)
                .bind(mail.kind)
                .bind(&mail.sealed_body)
                .bind(mail.created_at.0)
                .bind(address)
                .execute(&mut *tx)
                .await?;
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
    let db = db.region(scope)?;
    type Row = (i64, i64, String, String, String, Option<Vec<u8>>, i64);
    let row = with_pool!(db, pool => sqlx::query_as::<_, Row>(
        "SELECT c.survey_id, c.id, c.email, c.name, c.attributes, c.details_sealed, c.answered \
         FROM invitation_tokens k \
         JOIN survey_contacts c ON c.tenant_id = k.tenant_id AND c.id = k.contact_id \
         WHERE k.token_hash = $1 AND k.tenant_id = $2",
    )
    .bind(token_hash)
    .bind(scope.tenant_id().0)
    .fetch_optional(pool)
    .await)?;
    let Some((survey, id, email, name, attributes, sealed, answered)) = row else {
        return Ok(None);
    };
    let cipher = tenant_cipher(db, scope.tenant_id()).await?;
    let details = reveal_contact(&cipher, survey, email, name, &attributes, sealed.as_deref())?;
    Ok(Some((
        SurveyId(survey),
        InvitedContact {
            id,
            email: details.email,
            answered: answered != 0,
        },
    )))
}

pub async fn is_unsubscribed(
    db: &Database,
    scope: &TenantScope,
    email: &str,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    let index = tenant_cipher(db, scope.tenant_id())
        .await?
        .email_index(email);
    with_pool!(db, pool => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM contact_unsubscribes WHERE tenant_id = $1 AND email IN ($2, $3)",
    )
    .bind(scope.tenant_id().0)
    .bind(email)
    .bind(index)
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
    let db = db.region(scope)?;
    let index = tenant_cipher(db, scope.tenant_id())
        .await?
        .email_index(email);
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO contact_unsubscribes (tenant_id, email, at) VALUES ($1, $2, $3) \
             ON CONFLICT (tenant_id, email) DO NOTHING",
        )
        .bind(scope.tenant_id().0)
        .bind(&index)
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        // Plain: a contact added before sealing, not sealed yet.
        sqlx::query(
            "UPDATE survey_contacts SET rounds_requested = rounds_queued \
             WHERE tenant_id = $1 AND email IN ($2, $3)",
        )
        .bind(scope.tenant_id().0)
        .bind(&index)
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
    let db = db.region(scope)?;
    if submissions.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT submission_id, survey_id, email, name, attributes, details_sealed FROM survey_contacts \
         WHERE tenant_id = $1 AND submission_id IN ({})",
        parameter_list(2, submissions.len())
    );
    type Row = (i64, i64, String, String, String, Option<Vec<u8>>);
    let rows = with_pool!(db, pool => {
        let mut query = sqlx::query_as::<_, Row>(&sql)
            .persistent(false)
            .bind(scope.tenant_id().0);
        for id in submissions {
            query = query.bind(*id);
        }
        query.fetch_all(pool).await
    })?;
    let cipher = tenant_cipher(db, scope.tenant_id()).await?;
    rows.into_iter()
        .map(|(id, survey, email, name, attributes, sealed)| {
            let details =
                reveal_contact(&cipher, survey, email, name, &attributes, sealed.as_deref())?;
            Ok((id, details.email, details.name, details.attributes))
        })
        .collect()
}

/// The other columns of the survey's contacts who answered, by name.
pub async fn answered_attribute_names(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
) -> Result<Vec<String>, sqlx::Error> {
    let db = db.region(scope)?;
    type Row = (String, String, String, Option<Vec<u8>>);
    let rows = with_pool!(db, pool => sqlx::query_as::<_, Row>(
        "SELECT email, name, attributes, details_sealed FROM survey_contacts \
         WHERE tenant_id = $1 AND survey_id = $2 AND submission_id IS NOT NULL",
    )
    .bind(scope.tenant_id().0)
    .bind(survey.0)
    .fetch_all(pool)
    .await)?;
    let cipher = tenant_cipher(db, scope.tenant_id()).await?;
    let mut names: Vec<String> = Vec::new();
    for (email, name, attributes, sealed) in rows {
        let details = reveal_contact(
            &cipher,
            survey.0,
            email,
            name,
            &attributes,
            sealed.as_deref(),
        )?;
        names.extend(details.attributes.into_keys());
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// Seals up to `limit` contacts added before sealing, after contact
/// `after`, and turns up to `limit` addresses of unsubscriptions into
/// indexes (the tenants being deleted left to their purge; a tenant whose
/// key cannot be had skipped). A contact whose address was listed again
/// since, sealed, stays as it is. Returns how many rows changed and where
/// the next batch of contacts starts.
pub async fn seal_plain_contacts(
    db: &Database,
    after: i64,
    limit: i64,
) -> Result<super::data_keys::SealBatch<i64>, sqlx::Error> {
    type Row = (i64, i64, i64, String, String, String);
    let like = format!("{EMAIL_INDEX_PREFIX}%");
    let (contacts, unsubscribes) = with_pool!(db, pool => {
        let contacts = sqlx::query_as::<_, Row>(
            "SELECT c.id, c.tenant_id, c.survey_id, c.email, c.name, c.attributes FROM survey_contacts c \
             JOIN tenants t ON t.id = c.tenant_id AND t.status <> 'deleting' \
             WHERE c.details_sealed IS NULL AND c.id > $2 ORDER BY c.id LIMIT $1",
        )
        .bind(limit)
        .bind(after)
        .fetch_all(pool)
        .await?;
        let unsubscribes = sqlx::query_as::<_, (i64, String)>(
            "SELECT u.tenant_id, u.email FROM contact_unsubscribes u \
             JOIN tenants t ON t.id = u.tenant_id AND t.status <> 'deleting' \
             WHERE u.email NOT LIKE $2 ORDER BY u.tenant_id, u.email LIMIT $1",
        )
        .bind(limit)
        .bind(&like)
        .fetch_all(pool)
        .await?;
        Ok::<_, sqlx::Error>((contacts, unsubscribes))
    })?;
    let next = (contacts.len() as i64 == limit)
        .then(|| contacts.last().map(|row| row.0))
        .flatten();
    let mut ciphers = super::data_keys::Ciphers::new(super::data_keys::UNSEALED_FOR_NOW);
    // Unsubscriptions first, so that no contact is sealed before the
    // address it unsubscribed with is.
    let mut indexed = Vec::with_capacity(unsubscribes.len());
    for (tenant, email) in unsubscribes {
        if let Some(cipher) = ciphers.get(db, TenantId(tenant)).await {
            indexed.push((tenant, cipher.email_index(&email), email));
        }
    }
    let mut sealed_contacts = Vec::with_capacity(contacts.len());
    for (id, tenant, survey, email, name, attributes) in contacts {
        let Some(cipher) = ciphers.get(db, TenantId(tenant)).await else {
            continue;
        };
        let Ok(attributes) = serde_json::from_str(&attributes) else {
            tracing::warn!(
                contact = id,
                "a contact's other columns are unreadable; left unsealed"
            );
            continue;
        };
        let details = ContactDetails {
            attributes,
            email,
            name,
        };
        let (index, sealed) = seal_contact(&cipher, survey, &details);
        sealed_contacts.push((id, index, sealed));
    }
    if indexed.is_empty() && sealed_contacts.is_empty() {
        return Ok(super::data_keys::SealBatch { sealed: 0, next });
    }
    let _turn = db.sqlite_write_turn().await;
    let changed = with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut changed = 0;
        for (tenant, index, email) in &indexed {
            sqlx::query(
                "INSERT INTO contact_unsubscribes (tenant_id, email, at) \
                 SELECT tenant_id, $3, at FROM contact_unsubscribes WHERE tenant_id = $1 AND email = $2 \
                 ON CONFLICT (tenant_id, email) DO NOTHING",
            )
            .bind(tenant)
            .bind(email)
            .bind(index)
            .execute(&mut *tx)
            .await?;
            changed += sqlx::query("DELETE FROM contact_unsubscribes WHERE tenant_id = $1 AND email = $2")
                .bind(tenant)
                .bind(email)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        for (id, index, sealed) in &sealed_contacts {
            changed += sqlx::query(
                "UPDATE survey_contacts SET email = $2, name = '', attributes = '{}', details_sealed = $3 \
                 WHERE id = $1 AND details_sealed IS NULL AND NOT EXISTS \
                   (SELECT 1 FROM survey_contacts d WHERE d.survey_id = survey_contacts.survey_id AND d.email = $2)",
            )
            .bind(id)
            .bind(index)
            .bind(sealed)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(changed)
    })?;
    Ok(super::data_keys::SealBatch {
        sealed: changed,
        next,
    })
}
