//! Email: messages are composed from templates when their event happens,
//! queued in the same transaction as that event (`storage::outgoing_mail`),
//! and sent by the background runner (`delivery.rs`) through SMTP or into
//! the local outbox (`transport.rs`).

mod compose;
mod delivery;
mod language;
mod mailer;
mod transport;

pub use compose::{Composed, MailBody, MailKind, Sender, Value};
pub use delivery::{MAX_MAIL_ATTEMPTS, SENDING_AT_ONCE, deliver_pending_mail, retry_delay_ms};
pub use language::{contact_mail_language, mail_language, tenant_mail_language};
pub use mailer::{MAIL_LEASE_MS, Mailer, Recipient};
pub use transport::{MailTransport, OutboxMessage, SmtpUrl, read_outbox};
