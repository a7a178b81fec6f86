//! Sending queued messages: the background runner claims due messages under
//! a lease, hands each to the transport and records the outcome. A failure
//! worth retrying puts the message back with a growing delay; a permanent
//! one (or the last attempt) marks it failed.
//!
//! Delivery is at least once: a runner that dies after the SMTP server took
//! a message but before it was marked sent sends it again when the lease
//! runs out. The copy has the same `Message-ID`, so mail systems can tell.

use futures_util::StreamExt;

use super::compose::{MailBody, MailKind};
use super::mailer::Mailer;
use super::transport::{Outgoing, SendError};
use crate::auth::system_scope;
use crate::domain::UnixMillis;
use crate::error::AppError;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::storage::outgoing_mail::{self, MailRecord};
use crate::storage::{Database, tenants};

/// Attempts before a message is given up: with the delays below, about
/// five hours of trying.
pub const MAX_MAIL_ATTEMPTS: i64 = 12;
const CLAIM_BATCH: i64 = 20;
/// Messages on their way to the SMTP server at once. One at a time, each
/// waited out its round trips: 22 a second on loopback, with the server
/// idle (BENCHMARKS.md). A runner killed in the middle leaves at most this
/// many at-most-once messages handed over but not marked sent.
pub const SENDING_AT_ONCE: usize = 8;

/// The wait after failed attempt `attempt` (1-based): 30 seconds, doubled
/// each time, at most an hour.
pub fn retry_delay_ms(attempt: i64) -> i64 {
    let doublings = u32::try_from(attempt.clamp(1, 20) - 1).unwrap_or(0);
    (30_000_i64 << doublings).min(3_600_000)
}

/// Sends every message that is due at `now`; returns how many were sent.
pub async fn deliver_pending_mail(
    db: &Database,
    mailer: &Mailer,
    now: UnixMillis,
) -> Result<u32, AppError> {
    let interrupted = outgoing_mail::fail_interrupted_handovers(db, now).await?;
    if interrupted > 0 {
        tracing::warn!(
            interrupted,
            "invitations interrupted while handed over; marked failed, not sent again"
        );
    }
    let mut sent = 0;
    loop {
        let claimed = outgoing_mail::claim_mail(db, now, mailer.lease_ms, CLAIM_BATCH).await?;
        if claimed.is_empty() {
            return Ok(sent);
        }
        let mut sending = futures_util::stream::iter(claimed)
            .map(|message| deliver(db, mailer, message, now))
            .buffer_unordered(SENDING_AT_ONCE);
        while let Some(delivered) = sending.next().await {
            if delivered? {
                sent += 1;
            }
        }
    }
}

async fn deliver(
    db: &Database,
    mailer: &Mailer,
    message: MailRecord,
    now: UnixMillis,
) -> Result<bool, AppError> {
    let Some(tenant) = tenants::find_tenant_by_id(db, message.tenant).await? else {
        // A deleted tenant's messages go with it (cascade).
        return Ok(false);
    };
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::MailDelivery));
    let body = match message.address_unreadable {
        // Its tenant's key was destroyed (the tenant is being deleted).
        true => Err("the address of this message can no longer be opened"),
        // Sealed with another server key: no attempt will open it.
        false => MailBody::open(&mailer.key, message.tenant, &message.sealed_body)
            .map_err(|_| "the message cannot be opened with this server's key"),
    };
    let outcome = match body {
        Ok(body) => {
            let at_most_once =
                MailKind::from_code(&message.kind).is_some_and(MailKind::at_most_once);
            if at_most_once {
                outgoing_mail::mark_handing(db, &scope, message.id, now).await?;
            }
            let outgoing = Outgoing {
                idempotency_key: &message.idempotency_key,
                from: &mailer.from,
                recipient: &message.recipient,
                subject: &message.subject,
                body: &body,
                domain: &mailer.domain,
            };
            mailer.transport.send(&outgoing).await
        }
        Err(why) => Err(SendError::Permanent(why.into())),
    };
    match outcome {
        Ok(()) => {
            outgoing_mail::mark_sent(db, &scope, message.id, now).await?;
            metrics::counter!("tailspin_mail_sent_total", "kind" => message.kind.clone())
                .increment(1);
            tracing::info!(mail = message.id, kind = %message.kind, tenant = %tenant.alias, "mail sent");
            Ok(true)
        }
        Err(error) => {
            let (reason, retry_at) = match error {
                SendError::Transient(reason) if message.attempts < MAX_MAIL_ATTEMPTS => {
                    let at = now.0 + retry_delay_ms(message.attempts);
                    (reason, Some(UnixMillis(at)))
                }
                SendError::Transient(reason) | SendError::Permanent(reason) => (reason, None),
            };
            tracing::warn!(
                mail = message.id,
                kind = %message.kind,
                tenant = %tenant.alias,
                attempt = message.attempts,
                gives_up = retry_at.is_none(),
                %reason,
                "mail not sent"
            );
            let reason: String = reason.chars().take(500).collect();
            outgoing_mail::mark_failed_attempt(db, &scope, message.id, &reason, retry_at).await?;
            Ok(false)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn retries_wait_longer_each_time_up_to_an_hour() {
        let delays: Vec<i64> = (1..=9).map(super::retry_delay_ms).collect();
        assert_eq!(delays[0], 30_000);
        assert_eq!(delays[1], 60_000);
        assert!(delays.windows(2).all(|w| w[1] >= w[0]));
        assert_eq!(super::retry_delay_ms(40), 3_600_000);
        let total: i64 = (1..super::MAX_MAIL_ATTEMPTS)
            .map(super::retry_delay_ms)
            .sum();
        assert!((4 * 3_600_000..8 * 3_600_000).contains(&total), "{total}");
    }

    #[test]
    fn the_queue_knows_which_kinds_are_sent_at_most_once() {
        use super::MailKind;
        use crate::storage::outgoing_mail::AT_MOST_ONCE_KINDS;
        for code in [
            "password_reset",
            "survey_invitation",
            "survey_reminder",
            "monthly_limit",
        ] {
            let kind = MailKind::from_code(code).unwrap();
            let listed = AT_MOST_ONCE_KINDS.contains(&format!("'{code}'"));
            assert_eq!(kind.at_most_once(), listed, "{code}");
        }
    }
}
