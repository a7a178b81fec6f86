//! What background jobs and purges need beside the database.

use super::export::ExportSettings;

/// What background jobs need besides the database.
#[derive(Clone, Debug)]
pub struct JobServices {
    pub export: ExportSettings,
    pub blobs: crate::services::branding::BlobStore,
    /// How long an anonymous paid sign-up waits for activation before it
    /// is removed and its alias freed.
    pub pending_signup_ms: i64,
    /// Survey invitations and reminders one tenant may queue a minute.
    pub invitations_per_minute: i64,
    /// Sends queued email.
    pub mail: crate::services::mail::Mailer,
    /// Delivers webhooks (their own task: `webhooks::run_until_stopped`).
    pub webhooks: crate::services::webhooks::WebhookSender,
}

/// The default of `JobServices::pending_signup_ms`: seven days.
pub const DEFAULT_PENDING_SIGNUP_MS: i64 = 7 * 24 * 60 * 60 * 1000;
