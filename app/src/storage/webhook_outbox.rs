//! The webhook outbox of the rare events (a survey published or closed, an
//! export finished): one row per event, written in the same transaction as
//! the event ([`queue_webhook_in!`]) when the tenant has an endpoint for its
//! type. `response.created` has no row here: the runner reads it from
//! `submissions` (`webhook_fan_out`). Statements only, so that the writers
//! that run them need nothing else of the webhook storage.

use crate::domain::{UnixMillis, WebhookEvent};

/// An event for the endpoints of its tenant that subscribed to it.
#[derive(Clone, Debug)]
pub struct NewWebhookEvent {
    pub message_id: String,
    pub event: WebhookEvent,
    pub survey: Option<i64>,
    pub detail: String,
    pub created_at: UnixMillis,
}

/// A survey's event: one message id per survey and event (a survey is
/// published once and closed once), so a retried write queues it once.
pub fn survey_event(event: WebhookEvent, survey: i64, at: UnixMillis) -> NewWebhookEvent {
    NewWebhookEvent {
        message_id: format!("msg_{}_{survey}", event.code().replace('.', "_")),
        event,
        survey: Some(survey),
        detail: String::new(),
        created_at: at,
    }
}

/// The statement [`queue_webhook_in!`] runs: the event, when an endpoint
/// of the tenant (enabled or not: a disabled one gets it once enabled)
/// subscribed to its type.
pub(super) const QUEUE_EVENT: &str = "INSERT INTO webhook_events \
     (tenant_id, message_id, event_type, survey_id, detail, created_at) \
     SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM webhook_endpoints \
     WHERE tenant_id = $1 AND (' ' || events || ' ') LIKE $7)";

/// What [`QUEUE_EVENT`] matches `events` against.
pub(super) fn subscribed_pattern(event: WebhookEvent) -> String {
    format!("% {} %", event.code())
}

/// Queues `$event` (a [`NewWebhookEvent`]) for the tenant `$tenant` (an
/// `i64` id) inside the open transaction `$tx`, on either engine.
macro_rules! queue_webhook_in {
    ($tx:expr, $tenant:expr, $event:expr) => {{
        let event: &$crate::storage::webhook_outbox::NewWebhookEvent = $event;
        sqlx::query($crate::storage::webhook_outbox::QUEUE_EVENT)
            .bind($tenant)
            .bind(&event.message_id)
            .bind(event.event.code())
            .bind(event.survey)
            .bind(&event.detail)
            .bind(event.created_at.0)
            .bind($crate::storage::webhook_outbox::subscribed_pattern(
                event.event,
            ))
            .execute(&mut *$tx)
            .await
    }};
}
pub(crate) use queue_webhook_in;
