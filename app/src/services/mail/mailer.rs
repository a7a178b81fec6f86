//! The handle that composes messages (for the pages that queue them) and
//! sends them (for the background runner).

use lettre::message::Mailbox;

use super::compose::{self, Composed, MailKind, Sender, Value};
use super::transport::MailTransport;
use crate::auth::TenantScope;
use crate::domain::{TenantId, UnixMillis};
use crate::error::AppError;
use crate::i18n::Language;
use crate::secrets::ServerKey;
use crate::storage::outgoing_mail::NewMail;
use crate::storage::{Database, branding};

/// How long a claimed message stays claimed by default: longer than the
/// transport's own timeout, so a slow server does not make two runners
/// send one message.
pub const MAIL_LEASE_MS: i64 = 120_000;

/// Everything that composes and sends mail: shared by the pages (which
/// queue messages) and the background runner (which sends them).
#[derive(Clone, Debug)]
pub struct Mailer {
    pub transport: MailTransport,
    pub from: Mailbox,
    /// Where links in messages point: `TAILSPIN_PUBLIC_URL`, or the
    /// listening address.
    pub base_url: String,
    /// The host named in each message's `Message-ID`.
    pub domain: String,
    pub key: ServerKey,
    /// How long a runner holds the messages it claimed
    /// (`MAIL_LEASE_MS` unless the operator says otherwise).
    pub lease_ms: i64,
}

impl Mailer {
    /// `from`: `TAILSPIN_MAIL_FROM` (`Name <address>` or an address); by
    /// default `Tailspin Surveys <no-reply@host>` for the public address's host.
    pub fn new(
        transport: MailTransport,
        from: Option<&str>,
        base_url: &str,
        key: ServerKey,
    ) -> Result<Mailer, String> {
        let base_url = base_url.trim_end_matches('/').to_owned();
        let host = url::Url::parse(&base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "localhost".to_owned());
        // An address literal is not a mail domain.
        let domain = if host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[') {
            "localhost".to_owned()
        } else {
            host
        };
        let from = match from {
            Some(from) => from
                .parse::<Mailbox>()
                .map_err(|e| format!("TAILSPIN_MAIL_FROM is not an address ({e})"))?,
            None => format!("Tailspin Surveys <no-reply@{domain}>")
                .parse()
                .map_err(|e| format!("no default sender address for {domain} ({e})"))?,
        };
        Ok(Mailer {
            transport,
            from,
            base_url,
            domain,
            key,
            lease_ms: MAIL_LEASE_MS,
        })
    }

    /// An absolute address of this service, for a link in a message.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// Composes `kind` for the tenant and returns it ready to queue under
    /// `idempotency_key` (the event that causes it).
    pub async fn prepare(
        &self,
        db: &Database,
        scope: &TenantScope,
        kind: MailKind,
        idempotency_key: String,
        to: Recipient<'_>,
        values: &[(&str, Value<'_>)],
    ) -> Result<NewMail, AppError> {
        let record = branding::find_branding(db, scope).await?;
        let logo_url = record.logo.as_ref().map(|logo| {
            self.link(&format!(
                "/branding/{}/logo?v={}",
                scope.alias(),
                logo.version
            ))
        });
        let sender = Sender {
            tenant_name: scope.tenant_name(),
            logo_url: logo_url.as_deref(),
        };
        self.seal_message(
            scope.tenant_id(),
            &sender,
            kind,
            idempotency_key,
            to,
            values,
        )
    }

    /// Composes `kind` for a tenant whose branding is known (or that has
    /// none yet, being created), in the recipient's language, and seals it
    /// for that tenant.
    pub fn seal_message(
        &self,
        tenant: TenantId,
        sender: &Sender<'_>,
        kind: MailKind,
        idempotency_key: String,
        to: Recipient<'_>,
        values: &[(&str, Value<'_>)],
    ) -> Result<NewMail, AppError> {
        let Composed { subject, mut body } = compose::compose(kind, to.language, sender, values)?;
        body.list_unsubscribe = to.list_unsubscribe.map(str::to_owned);
        Ok(NewMail {
            idempotency_key,
            kind: kind.code(),
            recipient: to.address.to_owned(),
            subject,
            sealed_body: body.seal(&self.key, tenant)?,
            created_at: UnixMillis::now(),
        })
    }
}

/// Who a message goes to and the language they read; mail to a list
/// (survey invitations) also names the address that unsubscribes them in
/// one click (RFC 8058).
#[derive(Clone, Copy, Debug)]
pub struct Recipient<'a> {
    pub address: &'a str,
    pub language: Language,
    pub list_unsubscribe: Option<&'a str>,
}

impl<'a> Recipient<'a> {
    pub fn new(address: &'a str, language: Language) -> Recipient<'a> {
        Recipient {
            address,
            language,
            list_unsubscribe: None,
        }
    }
}
