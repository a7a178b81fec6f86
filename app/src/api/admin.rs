//! Server functions of Tailspin administration (rules:
//! `services::platform_admin`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminHome {
    pub email: String,
    pub statistics: StatisticsStatus,
}

/// The statistics task: the shared queue, and this instance's counters
/// since it started (other instances keep their own).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatisticsStatus {
    pub queued: i64,
    pub oldest_queued: Option<String>,
    pub dead_letters: i64,
    pub runs_here: bool,
    pub merged_messages: u64,
    pub version_conflicts: u64,
    pub failed_attempts: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadLetterRow {
    pub id: i64,
    pub tenant: String,
    pub survey: String,
    pub submission: i64,
    pub attempts: i64,
    pub error: String,
    pub failed: String,
}

#[cfg(feature = "ssr")]
use crate::services::platform_admin as service;

#[server(prefix = "/api", endpoint = "load_admin_home")]
pub async fn load_admin_home() -> Result<AdminHome, AppError> {
    use crate::services::statistics::TaskMetrics;
    use std::sync::{Arc, atomic::Ordering};

    let (db, admin) = super::platform_request().await?;
    let depth = service::statistics_queue(&db, &admin).await?;
    // Only an instance that runs the statistics task has its counters.
    let metrics = use_context::<Arc<TaskMetrics>>();
    let read = |counter: fn(&TaskMetrics) -> &std::sync::atomic::AtomicU64| {
        metrics
            .as_ref()
            .map_or(0, |m| counter(m).load(Ordering::Relaxed))
    };
    Ok(AdminHome {
        email: admin.email.to_string(),
        statistics: StatisticsStatus {
            queued: depth.queued,
            oldest_queued: depth.oldest.map(|t| t.localized_time_string()),
            dead_letters: depth.dead_letters,
            runs_here: metrics.is_some(),
            merged_messages: read(|m| &m.merged_messages),
            version_conflicts: read(|m| &m.version_conflicts),
            failed_attempts: read(|m| &m.failed_attempts),
        },
    })
}

/// Answers the statistics task gave up on, oldest first.
#[server(prefix = "/api", endpoint = "load_dead_letters")]
pub async fn load_dead_letters() -> Result<Vec<DeadLetterRow>, AppError> {
    let (db, admin) = super::platform_request().await?;
    let entries = service::dead_letters(&db, &admin).await?;
    Ok(entries
        .into_iter()
        .map(|entry| {
            let letter = entry.letter;
            DeadLetterRow {
                id: letter.id,
                tenant: entry.tenant_alias.unwrap_or_else(|| {
                    crate::i18n::Message::new("msg-admin-tenant-number")
                        .text("id", letter.tenant.0.to_string())
                        .in_page_language()
                }),
                survey: crate::i18n::Message::new("msg-admin-survey-number")
                    .text("id", letter.survey.0.to_string())
                    .in_page_language(),
                submission: letter.submission,
                attempts: letter.attempts,
                error: letter.last_error,
                failed: letter.failed_at.localized_time_string(),
            }
        })
        .collect())
}

/// Puts a dead letter back on the statistics queue.
#[server(prefix = "/api", endpoint = "requeue_dead_letter")]
pub async fn requeue_dead_letter(id: i64) -> Result<(), AppError> {
    let (db, admin) = super::platform_request().await?;
    service::requeue_dead_letter(&db, &admin, id).await
}

/// Drops a dead letter: its answers stay stored, but are not counted.
#[server(prefix = "/api", endpoint = "discard_dead_letter")]
pub async fn discard_dead_letter(id: i64) -> Result<(), AppError> {
    let (db, admin) = super::platform_request().await?;
    service::discard_dead_letter(&db, &admin, id).await
}

/// The email page of Tailspin administration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailPage {
    pub smtp: Option<String>,
    pub outbox_dir: Option<String>,
    pub messages: Vec<MailRow>,
    pub outbox: Vec<OutboxRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailRow {
    pub id: i64,
    pub queued: String,
    pub tenant: String,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub status: String,
    pub attempts: i64,
    pub error: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub name: String,
    pub written: String,
    pub text: String,
}

#[server(prefix = "/api", endpoint = "load_mail_page")]
pub async fn load_mail_page() -> Result<MailPage, AppError> {
    let (db, admin) = super::platform_request().await?;
    let mailer = super::from_context::<crate::services::mail::Mailer>()?;
    let overview = service::mail_overview(&db, &admin, &mailer).await?;
    let messages = overview
        .messages
        .into_iter()
        .map(|(record, tenant)| MailRow {
            id: record.id,
            queued: record.created_at.localized_time_string(),
            tenant: tenant.unwrap_or_else(|| {
                crate::i18n::Message::new("msg-admin-tenant-number")
                    .text("id", record.tenant.0.to_string())
                    .in_page_language()
            }),
            kind: crate::services::mail::MailKind::from_code(&record.kind)
                .map_or_else(|| record.kind.clone(), |kind| kind.localized_label()),
            recipient: if record.address_unreadable {
                crate::i18n::Message::new("msg-admin-mail-unreadable").in_page_language()
            } else {
                record.recipient
            },
            subject: record.subject,
            status: crate::i18n::Message::new("msg-admin-mail-status")
                .text("status", record.status.code())
                .in_page_language(),
            attempts: record.attempts,
            error: record.last_error,
        })
        .collect();
    let outbox = overview
        .outbox
        .into_iter()
        .map(|message| OutboxRow {
            name: message.name,
            written: crate::domain::UnixMillis(
                message
                    .written_at
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_millis() as i64)
                    .unwrap_or_default(),
            )
            .localized_time_string(),
            text: message.summary,
        })
        .collect();
    Ok(MailPage {
        smtp: overview.smtp,
        outbox_dir: overview.outbox_dir,
        messages,
        outbox,
    })
}
