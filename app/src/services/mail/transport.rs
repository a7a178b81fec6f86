//! Where messages go: an SMTP server (`TAILSPIN_SMTP_URL`, through lettre),
//! or, when none is configured, a local outbox directory that the
//! operator's page lists, so the embedded default works without a mail
//! server.

use std::path::{Path, PathBuf};

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sha2::{Digest, Sha256};

use super::compose::MailBody;

/// `smtp://` (plain, or `?tls=required` for STARTTLS, `?tls=opportunistic`)
/// or `smtps://` (TLS from the start), with optional `user:password@`.
/// Its `Debug` hides the credentials.
#[derive(Clone)]
pub struct SmtpUrl(String);

impl SmtpUrl {
    pub fn parse(url: &str) -> Result<SmtpUrl, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("not a URL ({e})"))?;
        if !matches!(parsed.scheme(), "smtp" | "smtps") {
            return Err("it must start with smtp:// or smtps://".into());
        }
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err("it names no host".into());
        }
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("lettre refuses it ({e})"))?;
        Ok(SmtpUrl(url.to_owned()))
    }

    /// The URL without its password, for logs and pages.
    pub fn redacted(&self) -> String {
        match url::Url::parse(&self.0) {
            Ok(mut url) => {
                if url.password().is_some() {
                    let _ = url.set_password(Some("***"));
                }
                url.to_string()
            }
            Err(_) => "smtp://?".to_owned(),
        }
    }
}

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SmtpUrl({})", self.redacted())
    }
}

#[derive(Clone)]
pub enum MailTransport {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        url: SmtpUrl,
    },
    /// Each message becomes `<id>.eml` (what would have been sent) and
    /// `<id>.txt` (its text part, for the operator's page) in this
    /// directory.
    Outbox(PathBuf),
}

impl std::fmt::Debug for MailTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MailTransport::Smtp { url, .. } => write!(f, "Smtp({url:?})"),
            MailTransport::Outbox(dir) => write!(f, "Outbox({})", dir.display()),
        }
    }
}

/// Why a message was not handed over.
#[derive(Debug)]
pub enum SendError {
    /// Worth trying again later (no connection, a 4xx reply, a full disk).
    Transient(String),
    /// Will never work (a 5xx reply: no such mailbox, refused sender).
    Permanent(String),
}

/// One message ready to go.
pub struct Outgoing<'a> {
    /// Names the message for the outbox and, hashed, in its `Message-ID`,
    /// so a copy sent again after a crash is recognisably the same.
    pub idempotency_key: &'a str,
    pub from: &'a Mailbox,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a MailBody,
    /// The host named in `Message-ID`.
    pub domain: &'a str,
}

impl MailTransport {
    pub fn smtp(url: SmtpUrl) -> MailTransport {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url.0)
            .expect("checked by SmtpUrl::parse")
            .timeout(Some(std::time::Duration::from_secs(30)))
            .build();
        MailTransport::Smtp { transport, url }
    }

    pub async fn send(&self, outgoing: &Outgoing<'_>) -> Result<(), SendError> {
        let message = build_message(outgoing)?;
        match self {
            MailTransport::Smtp { transport, .. } => match transport.send(message).await {
                Ok(_) => Ok(()),
                Err(error) if error.is_permanent() => Err(SendError::Permanent(error.to_string())),
                Err(error) => Err(SendError::Transient(error.to_string())),
            },
            MailTransport::Outbox(dir) => write_to_outbox(dir, outgoing, &message)
                .await
                .map_err(|e| SendError::Transient(format!("outbox {}: {e}", dir.display()))),
        }
    }
}

fn build_message(outgoing: &Outgoing<'_>) -> Result<Message, SendError> {
    let to: Mailbox = outgoing
        .recipient
        .parse()
        .map_err(|e| SendError::Permanent(format!("recipient: {e}")))?;
    let mut builder = Message::builder();
    if let Some(url) = &outgoing.body.list_unsubscribe {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    builder
        .from(outgoing.from.clone())
        .to(to)
        .subject(outgoing.subject)
        .message_id(Some(format!(
            "<{}@{}>",
            outbox_name(outgoing.idempotency_key),
            outgoing.domain
        )))
        .multipart(MultiPart::alternative_plain_html(
            outgoing.body.text.clone(),
            outgoing.body.html.clone(),
        ))
        .map_err(|e| SendError::Permanent(format!("message: {e}")))
}

/// A file name from the idempotency key: hex of its SHA-256, so the same
/// message always lands in the same file.
fn outbox_name(idempotency_key: &str) -> String {
    let digest = Sha256::digest(idempotency_key.as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

async fn write_to_outbox(
    dir: &Path,
    outgoing: &Outgoing<'_>,
    message: &Message,
) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let name = outbox_name(outgoing.idempotency_key);
    let summary = format!(
        "To: {}\nSubject: {}\n\n{}",
        outgoing.recipient, outgoing.subject, outgoing.body.text
    );
    // Written under a temporary name and renamed: the page never lists half
    // a message.
    for (extension, contents) in [("eml", message.formatted()), ("txt", summary.into_bytes())] {
        let temporary = dir.join(format!(".{name}.{extension}.part"));
        tokio::fs::write(&temporary, contents).await?;
        tokio::fs::rename(&temporary, dir.join(format!("{name}.{extension}"))).await?;
    }
    Ok(())
}

/// A message in the local outbox, as the operator's page shows it.
#[derive(Clone, Debug)]
pub struct OutboxMessage {
    pub name: String,
    pub written_at: std::time::SystemTime,
    /// Recipient, subject and text part.
    pub summary: String,
}

/// The newest `limit` messages of the outbox, newest first.
pub async fn read_outbox(dir: &Path, limit: usize) -> std::io::Result<Vec<OutboxMessage>> {
    let mut entries = match tokio::fs::read_dir(dir).await {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    let mut found = Vec::new();
    while let Some(entry) = entries.next_entry().await? {
        let path = entry.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".txt"))
            .filter(|n| !n.starts_with('.'))
        else {
            continue;
        };
        let written_at = entry.metadata().await?.modified()?;
        found.push((written_at, name.to_owned(), path));
    }
    found.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    let mut messages = Vec::new();
    for (written_at, name, path) in found.into_iter().take(limit) {
        let summary = tokio::fs::read_to_string(&path).await?;
        messages.push(OutboxMessage {
            name,
            written_at,
            summary,
        });
    }
    Ok(messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_are_checked_and_their_passwords_never_shown() {
        let url = SmtpUrl::parse("smtp://mailer:s3cret@127.0.0.1:2525?tls=required").unwrap();
        assert!(!format!("{url:?}").contains("s3cret"));
        assert!(url.redacted().contains("mailer:***@127.0.0.1:2525"));
        assert!(SmtpUrl::parse("smtps://mail.example.com").is_ok());
        assert!(SmtpUrl::parse("http://mail.example.com").is_err());
        assert!(SmtpUrl::parse("smtp://mail.example.com?tls=sometimes").is_err());
        assert!(SmtpUrl::parse("not a url").is_err());
    }

    #[tokio::test]
    async fn the_outbox_keeps_one_file_per_message_however_often_it_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let transport = MailTransport::Outbox(dir.path().to_owned());
        let from: Mailbox = "Tailspin Surveys <no-reply@surveys.example>"
            .parse()
            .unwrap();
        let body = MailBody {
            text: "Hello\nhttps://surveys.example/x".into(),
            html: "<p>Hello</p>".into(),
            list_unsubscribe: Some("https://surveys.example/unsubscribe/adatum?token=t1".into()),
        };
        let outgoing = Outgoing {
            idempotency_key: "password-reset:7",
            from: &from,
            recipient: "ada@adatum.example",
            subject: "Choose a new password",
            body: &body,
            domain: "surveys.example",
        };
        transport.send(&outgoing).await.unwrap();
        transport.send(&outgoing).await.unwrap();
        let listed = read_outbox(dir.path(), 10).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert!(
            listed[0]
                .summary
                .starts_with("To: ada@adatum.example\nSubject: Choose a new password\n")
        );
        let eml =
            std::fs::read_to_string(dir.path().join(format!("{}.eml", listed[0].name))).unwrap();
        assert!(eml.contains("multipart/alternative"), "{eml}");
        assert!(
            eml.contains(
                "List-Unsubscribe: <https://surveys.example/unsubscribe/adatum?token=t1>\r\n"
            ) && eml.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"),
            "{eml}"
        );
        assert!(
            eml.contains(&format!("Message-ID: <{}@surveys.example>", listed[0].name)),
            "{eml}"
        );
    }

    #[tokio::test]
    async fn a_malformed_recipient_is_a_permanent_failure() {
        let dir = tempfile::tempdir().unwrap();
        let transport = MailTransport::Outbox(dir.path().to_owned());
        let from: Mailbox = "a@b.example".parse().unwrap();
        let body = MailBody {
            text: String::new(),
            html: String::new(),
            list_unsubscribe: None,
        };
        let outgoing = Outgoing {
            idempotency_key: "k",
            from: &from,
            recipient: "not an address",
            subject: "s",
            body: &body,
            domain: "b.example",
        };
        assert!(matches!(
            transport.send(&outgoing).await,
            Err(SendError::Permanent(_))
        ));
    }
}
