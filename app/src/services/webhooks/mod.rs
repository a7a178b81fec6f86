//! Webhooks: endpoints an Administrator registers (`endpoints.rs`), events
//! queued in the outbox with what caused them (`storage::webhook_deliveries`),
//! delivered in order per endpoint by their own runner (`delivery.rs`),
//! rendered (`payload.rs`) and signed per Standard Webhooks (`signing.rs`).

mod delivery;
mod endpoints;
mod payload;
mod signing;

pub use delivery::{
    ENDPOINT_LEASE_MS, RECEIVER_TIMEOUT, RESPONSE_EXCERPT_BYTES, WebhookSender, deliver_due,
    run_until_stopped,
};
pub use endpoints::{
    EndpointRequest, check_url, delete, deliveries, get, list, ping, redeliver, register,
    rotate_secret, secret, set_enabled, update,
};
pub use signing::{SigningSecret, signature_header};
