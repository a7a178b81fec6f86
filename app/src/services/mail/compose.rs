//! What a message says: one Markdown template per kind of message, filled
//! in and turned into a plain-text part (the Markdown itself) and an HTML
//! part (rendered, then sanitized), with the tenant's name and logo.
//!
//! Values a user can set (a tenant's name, an email) are escaped for
//! Markdown before they are put into a template, so they can add no link,
//! emphasis or markup of their own; ammonia then cleans the HTML anyway.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::domain::TenantId;
use crate::error::AppError;
use crate::markdown::escape_html;
use crate::secrets::ServerKey;

/// A kind of message and its template.
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

    pub fn from_code(code: &str) -> Option<MailKind> {
        [
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
        ]
        .into_iter()
        .find(|kind| kind.code() == code)
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

    fn template(self) -> &'static str {
        match self {
            MailKind::PasswordReset => include_str!("templates/password_reset.md"),
            MailKind::Invitation => include_str!("templates/invitation.md"),
            MailKind::SignupReceived => include_str!("templates/signup_received.md"),
            MailKind::SubscriptionActive => include_str!("templates/subscription_active.md"),
            MailKind::SurveyQuotaReached => include_str!("templates/survey_quota.md"),
            MailKind::MonthlyLimitWarning => include_str!("templates/monthly_limit.md"),
            MailKind::SurveyInvitation => include_str!("templates/survey_invitation.md"),
            MailKind::SurveyReminder => include_str!("templates/survey_reminder.md"),
            MailKind::WebhookDisabled => include_str!("templates/webhook_disabled.md"),
            MailKind::PlanPassword => include_str!("templates/plan_password.md"),
            MailKind::PlanSocialIdentity => include_str!("templates/plan_social_identity.md"),
        }
    }
}

/// A value put into a template.
pub enum Value<'a> {
    /// Text anyone may have typed: shown literally.
    Text(&'a str),
    /// An address this service built (http or https).
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

/// A filled-in message: the subject is the template's first heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub body: MailBody,
}

/// Fills in `kind`'s template. Every `{name}` of the template must be given.
pub fn compose(
    kind: MailKind,
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
    // The text part shows values as they are; the Markdown that becomes
    // HTML gets them escaped.
    let plain = fill(kind, values, |value| match value {
        Value::Text(text) => text.replace(['\n', '\r'], " "),
        Value::Link(url) => (*url).to_owned(),
        Value::Paragraphs(text) => paragraphs(text).join("\n\n"),
    })?;
    let markdown = fill(kind, values, |value| match value {
        Value::Text(text) => escape_markdown(text),
        Value::Link(url) => url.replace(['<', '>', ' ', '(', ')'], ""),
        Value::Paragraphs(text) => paragraphs(text)
            .iter()
            .map(|paragraph| escape_markdown(paragraph))
            .collect::<Vec<_>>()
            .join("\n\n"),
    })?;
    let (heading, rest) = plain.split_once('\n').unwrap_or((&plain, ""));
    let subject = heading.trim_start_matches('#').trim().to_owned();
    let text = format!(
        "{}\n\n{}\n\n-- \n{}\n",
        subject,
        links_as_text(rest.trim()),
        sender.tenant_name
    );
    let (_, html_rest) = markdown.split_once('\n').unwrap_or((&markdown, ""));
    let links: Vec<&str> = values
        .iter()
        .filter_map(|(_, value)| match value {
            Value::Link(url) => Some(*url),
            Value::Text(_) | Value::Paragraphs(_) => None,
        })
        .collect();
    let html = html_part(sender, &subject, html_rest, &links);
    Ok(Composed {
        subject,
        body: MailBody {
            text,
            html,
            list_unsubscribe: None,
        },
    })
}

fn fill(
    kind: MailKind,
    values: &[(&str, Value<'_>)],
    show: impl Fn(&Value<'_>) -> String,
) -> Result<String, AppError> {
    let mut filled = kind.template().to_owned();
    for (name, value) in values {
        filled = filled.replace(&format!("{{{name}}}"), &show(value));
    }
    let template = kind.template();
    let unfilled = template.match_indices('{').any(|(start, _)| {
        let name: String = template[start + 1..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        template[start + 1 + name.len()..].starts_with('}')
            && !values.iter().any(|(given, _)| *given == name)
    });
    if unfilled {
        return Err(AppError::internal(
            "mail template",
            format!("{} left a placeholder unfilled", kind.code()),
        ));
    }
    Ok(filled)
}

/// The inline style of a link in the HTML part: a button (mail clients
/// ignore style sheets).
const BUTTON_STYLE: &str = "display:inline-block;padding:0.6em 1.2em;background:#1a56db;\
     color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold";

fn html_part(sender: &Sender<'_>, subject: &str, markdown: &str, links: &[&str]) -> String {
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
    let fallback: String = links
        .iter()
        .map(|url| {
            let url = escape_html(url);
            format!(
                "<p style=\"font-size:0.9em\">If the button does not work, copy this address \
                 into your browser:<br><a href=\"{url}\" style=\"word-break:break-all\">{url}</a></p>\n"
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
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title></head>\n\
         <body style=\"font-family:sans-serif;line-height:1.5;max-width:36em\">\n{logo}\
         <h1 style=\"font-size:1.3em\">{}</h1>\n{content}{fallback}<hr>\n<p>{name}</p>\n</body></html>\n",
        escape_html(subject),
        escape_html(subject),
    )
}

/// `[label](address)` written out as `label: address`, for the text part.
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

fn links_as_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(open) = rest.find('[') {
        let Some((label, after)) = rest[open + 1..].split_once("](") else {
            break;
        };
        let Some((address, tail)) = after.split_once(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&format!("{label}: {address}"));
        rest = tail;
    }
    out.push_str(rest);
    out
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
        compose(
            MailKind::PasswordReset,
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
            &Sender {
                tenant_name: "A",
                logo_url: None,
            },
            &[("tenant_name", Value::Text("A"))],
        );
        assert!(refused.is_err());
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
