//! What a message says: each kind of message is a subject, a Markdown body
//! and button labels in the catalogue (`mail.ftl`, `mail-respondent.ftl`),
//! formatted in the recipient's language and turned into a plain-text part
//! and an HTML part (rendered, then sanitized), with the tenant's name and
//! logo.
//!
//! Values a user can set (a tenant's name, an email) are escaped for
//! Markdown before they are put into the body, so they can add no link,
//! emphasis or markup of their own; ammonia then cleans the HTML anyway.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::domain::TenantId;
use crate::error::AppError;
use crate::i18n::catalogue::CATALOGUE;
use crate::i18n::{Arg, Language};
use crate::markdown::escape_html;
use crate::secrets::ServerKey;

/// A kind of message: its subject, body and links are in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailKind {
    PasswordReset,
    Invitation,
    /// A paid plan's sign-up, pending activation.
    SignupReceived,
    /// The subscription is active: at a Trial's sign-up or at activation.
    SubscriptionActive,
    /// A survey closed itself at its response limit.
    SurveyQuotaReached,
    /// A tenant received 80 % or all of the responses it may this month.
    MonthlyLimitWarning,
    /// A survey's invitation to one of its contacts, with a personal link.
    SurveyInvitation,
    /// A reminder to a contact who has not answered.
    SurveyReminder,
    /// A webhook endpoint failed for a day and was disabled.
    WebhookDisabled,
    /// The plan now signs in with passwords: the owner chooses one.
    PlanPassword,
    /// The plan now signs in with one social identity: the owner's.
    PlanSocialIdentity,
}

impl MailKind {
    pub fn code(self) -> &'static str {
        match self {
            MailKind::PasswordReset => "password_reset",
            MailKind::Invitation => "invitation",
            MailKind::SignupReceived => "signup_received",
            MailKind::SubscriptionActive => "subscription_active",
            MailKind::SurveyQuotaReached => "survey_quota",
            MailKind::MonthlyLimitWarning => "monthly_limit",
            MailKind::SurveyInvitation => "survey_invitation",
            MailKind::SurveyReminder => "survey_reminder",
            MailKind::WebhookDisabled => "webhook_disabled",
            MailKind::PlanPassword => "plan_password",
            MailKind::PlanSocialIdentity => "plan_social_identity",
        }
    }

    pub const ALL: [MailKind; 11] = [
        MailKind::PasswordReset,
        MailKind::Invitation,
        MailKind::SignupReceived,
        MailKind::SubscriptionActive,
        MailKind::SurveyQuotaReached,
        MailKind::MonthlyLimitWarning,
        MailKind::SurveyInvitation,
        MailKind::SurveyReminder,
        MailKind::WebhookDisabled,
        MailKind::PlanPassword,
        MailKind::PlanSocialIdentity,
    ];

    pub fn from_code(code: &str) -> Option<MailKind> {
        MailKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// Never sent twice, even when the runner dies while handing it over
    /// (it is then marked failed); other kinds are sent at least once.
    pub fn at_most_once(self) -> bool {
        matches!(self, MailKind::SurveyInvitation | MailKind::SurveyReminder)
    }

    /// What the operator's page calls it.
    pub fn label(self) -> &'static str {
        match self {
            MailKind::PasswordReset => "Password reset",
            MailKind::Invitation => "Invitation",
            MailKind::SignupReceived => "Sign-up received",
            MailKind::SubscriptionActive => "Subscription active",
            MailKind::SurveyQuotaReached => "Survey closed at its limit",
            MailKind::MonthlyLimitWarning => "Monthly response limit",
            MailKind::SurveyInvitation => "Survey invitation",
            MailKind::SurveyReminder => "Survey reminder",
            MailKind::WebhookDisabled => "Webhook endpoint disabled",
            MailKind::PlanPassword => "Password for a new plan",
            MailKind::PlanSocialIdentity => "Social sign-in for a new plan",
        }
    }

    /// `label` in the page's language (`label` itself stays English: exports,
    /// logs and e-mails rely on it).
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(match self {
            MailKind::PasswordReset => "label-mail-kind-password-reset",
            MailKind::Invitation => "label-mail-kind-invitation",
            MailKind::SignupReceived => "label-mail-kind-signup-received",
            MailKind::SubscriptionActive => "label-mail-kind-subscription-active",
            MailKind::SurveyQuotaReached => "label-mail-kind-survey-quota",
            MailKind::MonthlyLimitWarning => "label-mail-kind-monthly-limit",
            MailKind::SurveyInvitation => "label-mail-kind-survey-invitation",
            MailKind::SurveyReminder => "label-mail-kind-survey-reminder",
            MailKind::WebhookDisabled => "label-mail-kind-webhook-disabled",
            MailKind::PlanPassword => "label-mail-kind-plan-password",
            MailKind::PlanSocialIdentity => "label-mail-kind-plan-social-identity",
        })
    }

    /// The start of its messages' keys: `mail-password-reset-subject`,
    /// `-body`, and a label per link.
    fn key_prefix(self) -> String {
        format!("mail-{}", self.code().replace('_', "-"))
    }
}

/// A value put into a message.
pub enum Value<'a> {
    /// A count: the message chooses its words by the number's plural form.
    Number(f64),
    /// Text anyone may have typed: shown literally.
    Text(&'a str),
    /// An address this service built (http or https), shown as a button
    /// (or, in the text part, after its label): the message
    /// `<kind's prefix>-<name>` is its label.
    Link(&'a str),
    /// Text a subscriber wrote, shown literally; blank lines part its
    /// paragraphs.
    Paragraphs(&'a str),
}

/// The tenant a message speaks for.
pub struct Sender<'a> {
    pub tenant_name: &'a str,
    /// The absolute address of the tenant's logo, when it has one.
    pub logo_url: Option<&'a str>,
}

/// The two parts of a message, sealed together in the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailBody {
    pub text: String,
    pub html: String,
    /// Mail sent to a list (survey invitations) names the address that
    /// unsubscribes its recipient in one click (RFC 8058), which mail
    /// programs offer as their own "Unsubscribe" button. Sealed with the
    /// bodies: it holds a personal token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_unsubscribe: Option<String>,
}

impl MailBody {
    /// Sealed with the server key, bound to the tenant: the body may hold a
    /// single-use link, and a copy of the database alone must not reveal it.
    pub fn seal(&self, key: &ServerKey, tenant: TenantId) -> Result<String, AppError> {
        let json = serde_json::to_string(self).map_err(|e| AppError::internal("mail body", e))?;
        key.seal(tenant, &json)
    }

    pub fn open(key: &ServerKey, tenant: TenantId, sealed: &str) -> Result<MailBody, AppError> {
        let json = key.open(tenant, sealed)?;
        serde_json::from_str(&json).map_err(|e| AppError::internal("mail body", e))
    }
}

/// A message in its recipient's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub body: MailBody,
}

/// Formats `kind` in `language`. Every placeholder of its messages must
/// be given.
pub fn compose(
    kind: MailKind,
    language: Language,
    sender: &Sender<'_>,
    values: &[(&str, Value<'_>)],
) -> Result<Composed, AppError> {
    for (_, value) in values {
        if let Value::Link(url) = value
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            return Err(AppError::internal(
                "mail link",
                format!("not http(s): {url}"),
            ));
        }
    }
    let prefix = kind.key_prefix();
    let format = |key: &str, args: &[(&str, Arg)]| {
        CATALOGUE
            .format_strict(language, key, args)
            .map_err(|e| AppError::internal("mail message", e))
    };
    // A name set inside right-to-left words keeps its own direction (its
    // punctuation stays where it was written).
    let isolate = |text: String| {
        if language.direction() == "rtl" {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text
        }
    };
    // The text part shows values as they are; the Markdown that becomes
    // HTML gets them escaped.
    let plain_values = arguments(values, |value| match value {
        Value::Text(text) => isolate(text.replace(['\n', '\r'], " ")),
        Value::Paragraphs(text) => paragraphs(text).join("\n\n"),
        Value::Number(_) | Value::Link(_) => String::new(),
    });
    let markdown_values = arguments(values, |value| match value {
        Value::Text(text) => isolate(escape_markdown(text)),
        Value::Paragraphs(text) => paragraphs(text)
            .iter()
            .map(|paragraph| escape_markdown(paragraph))
            .collect::<Vec<_>>()
            .join("\n\n"),
        Value::Number(_) | Value::Link(_) => String::new(),
    });
    let mut plain_args = plain_values.clone();
    let mut markdown_args = markdown_values.clone();
    for (name, value) in values {
        if let Value::Link(url) = value {
            let key = format!("{prefix}-{name}");
            let label = format(&key, &plain_values)?;
            plain_args.push((name, Arg::Text(format!("{label}: {url}"))));
            let label = format(&key, &markdown_values)?;
            let url = url.replace(['<', '>', ' ', '(', ')'], "");
            markdown_args.push((name, Arg::Text(format!("[{label}]({url})"))));
        }
    }
    let subject = format(&format!("{prefix}-subject"), &plain_args)?
        .replace(['\n', '\r'], " ")
        .trim()
        .to_owned();
    let body = format!("{prefix}-body");
    let text = format!(
        "{}\n\n{}\n\n-- \n{}\n",
        subject,
        format(&body, &plain_args)?.trim(),
        sender.tenant_name
    );
    let links: Vec<&str> = values
        .iter()
        .filter_map(|(_, value)| match value {
            Value::Link(url) => Some(*url),
            Value::Text(_) | Value::Paragraphs(_) | Value::Number(_) => None,
        })
        .collect();
    let html = html_part(
        language,
        sender,
        &subject,
        &format(&body, &markdown_args)?,
        &links,
    );
    Ok(Composed {
        subject,
        body: MailBody {
            text,
            html,
            list_unsubscribe: None,
        },
    })
}

/// The values as the catalogue's arguments, texts shown by `show`; links
/// are left to the caller.
fn arguments<'v>(
    values: &'v [(&str, Value<'_>)],
    show: impl Fn(&Value<'_>) -> String,
) -> Vec<(&'v str, Arg)> {
    values
        .iter()
        .filter_map(|(name, value)| match value {
            Value::Number(n) => Some((*name, Arg::Number(*n))),
            Value::Link(_) => None,
            other => Some((*name, Arg::Text(show(other)))),
        })
        .collect()
}

/// The inline style of a link in the HTML part: a button (mail clients
/// ignore style sheets).
const BUTTON_STYLE: &str = "display:inline-block;padding:0.6em 1.2em;background:#1a56db;\
     color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold";

fn html_part(
    language: Language,
    sender: &Sender<'_>,
    subject: &str,
    markdown: &str,
    links: &[&str],
) -> String {
    let mut content = String::new();
    pulldown_cmark::html::push_html(&mut content, pulldown_cmark::Parser::new(markdown));
    let tags: HashSet<&str> = ["p", "br", "strong", "em", "a", "ul", "ol", "li", "h1", "h2"]
        .into_iter()
        .collect();
    let content = ammonia::Builder::default()
        .tags(tags)
        .tag_attributes(Default::default())
        .generic_attributes(HashSet::new())
        .add_tag_attributes("a", ["href"])
        .url_schemes(["http", "https"].into_iter().collect())
        .link_rel(None)
        .clean(&content)
        .to_string()
        // ammonia wrote every attribute; a link becomes a button.
        .replace("<a href=", &format!("<a style=\"{BUTTON_STYLE}\" href="));
    // Each address once more as text, for a client that shows no button.
    let fallback_words = escape_html(&CATALOGUE.format(language, "mail-button-fallback", &[]));
    let fallback: String = links
        .iter()
        .map(|url| {
            let url = escape_html(url);
            format!(
                "<p style=\"font-size:0.9em\">{fallback_words}<br>\
                 <a href=\"{url}\" style=\"word-break:break-all\">{url}</a></p>\n"
            )
        })
        .collect();
    let name = escape_html(sender.tenant_name);
    let logo = sender
        .logo_url
        .map(|url| {
            format!(
                "<p><img src=\"{}\" alt=\"{name}\" style=\"max-height:48px\"></p>\n",
                escape_html(url)
            )
        })
        .unwrap_or_default();
    format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\n\
         <body style=\"font-family:sans-serif;line-height:1.5;max-width:36em\">\n{logo}\
         <h1 style=\"font-size:1.3em\">{}</h1>\n{content}{fallback}<hr>\n<p dir=\"auto\">{name}</p>\n</body></html>\n",
        language.code(),
        language.direction(),
        escape_html(subject),
        escape_html(subject),
    )
}

/// The paragraphs of `text`: runs of lines between blank lines, each
/// joined into one line.
fn paragraphs(text: &str) -> Vec<String> {
    text.replace('\r', "")
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|paragraph| !paragraph.is_empty())
        .collect()
}

/// Backslash before every ASCII punctuation mark (CommonMark lets any of
/// them be escaped), and line breaks folded: the text stays literal.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reset(tenant_name: &str, email: &str) -> Composed {
        reset_in(Language::English, tenant_name, email)
    }

    fn reset_in(language: Language, tenant_name: &str, email: &str) -> Composed {
        compose(
            MailKind::PasswordReset,
            language,
            &Sender {
                tenant_name,
                logo_url: None,
            },
            &[
                ("tenant_name", Value::Text(tenant_name)),
                ("email", Value::Text(email)),
                (
                    "link",
                    Value::Link("https://surveys.example/t/adatum/password-reset/new?token=abc"),
                ),
                ("valid_for", Value::Text("1 hour")),
            ],
        )
        .unwrap()
    }

    #[test]
    fn a_message_has_a_subject_a_text_part_and_an_html_part_with_the_link() {
        let mail = reset("Fabrikam, Inc.", "ada@adatum.example");
        assert_eq!(mail.subject, "Reset your Fabrikam, Inc. password");
        assert!(
            mail.body.text.contains("your Fabrikam, Inc. account"),
            "{}",
            mail.body.text
        );
        assert!(
            mail.body.html.contains("your Fabrikam, Inc. account"),
            "{}",
            mail.body.html
        );
        assert!(
            mail.body
                .text
                .contains("https://surveys.example/t/adatum/password-reset/new?token=abc")
        );
        assert!(mail.body.html.contains(
            "href=\"https://surveys.example/t/adatum/password-reset/new?token=abc\">Choose a new password</a>"
        ), "{}", mail.body.html);
        assert_eq!(
            mail.body
                .text
                .matches("https://surveys.example/t/adatum/password-reset/new?token=abc")
                .count(),
            1,
            "the address once in the text part: {}",
            mail.body.text
        );
        assert!(mail.body.text.ends_with("-- \nFabrikam, Inc.\n"));
        assert!(
            mail.body.text.contains(
                "\nChoose a new password: https://surveys.example/t/adatum/password-reset/new?token=abc\n"
            ),
            "a plain link in the text part: {}",
            mail.body.text
        );
    }

    #[test]
    fn a_hostile_tenant_name_stays_text() {
        let name = "<script>alert(1)</script> [click](https://evil.example) **bold**";
        let mail = reset(name, "x@y.example");
        assert!(!mail.body.html.contains("<script"), "{}", mail.body.html);
        assert!(
            !mail.body.html.contains("href=\"https://evil.example"),
            "{}",
            mail.body.html
        );
        assert!(!mail.body.html.contains("<strong>"), "{}", mail.body.html);
        assert!(
            mail.body.html.contains("&lt;script&gt;"),
            "{}",
            mail.body.html
        );
    }

    #[test]
    fn every_placeholder_must_be_filled() {
        let refused = compose(
            MailKind::PasswordReset,
            Language::English,
            &Sender {
                tenant_name: "A",
                logo_url: None,
            },
            &[("tenant_name", Value::Text("A"))],
        );
        assert!(refused.is_err());
    }

    #[test]
    fn a_message_speaks_its_recipients_language_in_paragraphs() {
        let mail = reset_in(Language::German, "Adatum", "ada@adatum.example");
        assert_eq!(mail.subject, "Setzen Sie Ihr Passwort für Adatum zurück");
        assert!(
            mail.body.text.contains(
                "(ada@adatum.example) zurückzusetzen.\n\nNeues Passwort wählen: https://"
            ),
            "paragraphs stay apart: {}",
            mail.body.text
        );
        assert!(
            mail.body.html.contains("<html lang=\"de\" dir=\"ltr\">"),
            "{}",
            mail.body.html
        );
        assert!(
            mail.body
                .html
                .contains("Falls die Schaltfläche nicht funktioniert"),
            "{}",
            mail.body.html
        );
        // The body's three paragraphs (the signature takes its own direction).
        assert_eq!(
            mail.body.html.matches("<p>").count(),
            3,
            "{}",
            mail.body.html
        );
    }

    #[test]
    fn every_kind_has_its_messages_in_every_language_it_is_sent_in() {
        for kind in MailKind::ALL {
            // Respondents read invitations in any language a survey is
            // translated to; a tenant's people choose among those that
            // cover every page.
            let languages = Language::offered(kind.at_most_once());
            for language in languages {
                for part in ["subject", "body", "link"] {
                    let key = format!("{}-{part}", kind.key_prefix());
                    assert!(
                        CATALOGUE.has_own_message(language, &key),
                        "{} lacks {key}",
                        language.code()
                    );
                }
            }
        }
    }

    #[test]
    fn an_arabic_invitation_reads_right_to_left() {
        let mail = compose(
            MailKind::SurveyInvitation,
            Language::Arabic,
            &Sender {
                tenant_name: "Adatum",
                logo_url: None,
            },
            &[
                ("subject", Value::Text("استطلاع")),
                ("tenant_name", Value::Text("Adatum")),
                ("link", Value::Link("https://surveys.example/s/adatum/x")),
                (
                    "unsubscribe",
                    Value::Link("https://surveys.example/unsubscribe/adatum"),
                ),
                ("message", Value::Paragraphs("مرحبًا")),
            ],
        )
        .unwrap();
        assert!(
            mail.body.html.contains("<html lang=\"ar\" dir=\"rtl\">"),
            "{}",
            mail.body.html
        );
        assert!(
            mail.body
                .text
                .contains("أجب عن الاستطلاع: https://surveys.example/s/adatum/x")
        );
        assert!(
            mail.body
                .text
                .contains("إلغاء الاشتراك: https://surveys.example/unsubscribe/adatum")
        );
    }

    #[test]
    fn a_sealed_body_opens_only_for_its_tenant() {
        let key = ServerKey::generate();
        let body = reset("Adatum", "a@b.example").body;
        let sealed = body.seal(&key, TenantId(1)).unwrap();
        assert!(!sealed.contains("token=abc"));
        assert_eq!(MailBody::open(&key, TenantId(1), &sealed).unwrap(), body);
        assert!(MailBody::open(&key, TenantId(2), &sealed).is_err());
    }
}
