//! The invitations page of a survey and the unsubscribe page (rules:
//! `services::survey_invitations`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::SurveyStatus;
use crate::error::AppError;

/// The survey and its invitation text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationsPage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    pub status: SurveyStatus,
    pub subject: String,
    pub message: String,
    pub anonymous: bool,
}

/// Where the contacts stand: counts and one page of the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationProgress {
    /// (status code, label, count) in the order the page shows them.
    pub counts: Vec<(String, String, i64)>,
    pub total: i64,
    pub contacts: Vec<ContactLine>,
    pub page: i64,
    pub pages: i64,
    /// Messages are waiting to be sent: the page keeps itself up to date.
    pub sending: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactLine {
    pub email: String,
    pub name: String,
    pub status: String,
    pub status_label: String,
    pub messages: i64,
    /// The contact's other columns, `name: value`.
    pub attributes: String,
}

#[server(prefix = "/api", endpoint = "load_invitations_page")]
pub async fn load_invitations_page(
    tenant: String,
    slug: String,
) -> Result<InvitationsPage, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let (title, status, settings) =
        crate::services::survey_invitations::message(&db, &access, &slug).await?;
    Ok(InvitationsPage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        slug,
        title,
        status,
        subject: settings.subject,
        message: settings.message,
        anonymous: settings.anonymous,
    })
}

#[server(prefix = "/api", endpoint = "load_invitation_progress")]
pub async fn load_invitation_progress(
    tenant: String,
    slug: String,
    page: i64,
) -> Result<InvitationProgress, AppError> {
    use crate::services::survey_invitations::{CONTACTS_PER_PAGE, overview};
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let overview = overview(&db, &access.scope, &slug, page).await?;
    let total = overview.total();
    let sending = overview.sending();
    Ok(InvitationProgress {
        counts: overview
            .counts
            .iter()
            .map(|(status, count)| {
                (
                    status.code().to_owned(),
                    status_label(status.code()),
                    *count,
                )
            })
            .collect(),
        total,
        contacts: overview
            .contacts
            .into_iter()
            .map(|contact| ContactLine {
                status: contact.status.code().to_owned(),
                status_label: status_label(contact.status.code()),
                attributes: contact
                    .attributes
                    .iter()
                    .map(|(name, value)| format!("{name}: {value}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                email: contact.email,
                name: contact.name,
                messages: contact.messages,
            })
            .collect(),
        page: overview.page,
        pages: ((total + CONTACTS_PER_PAGE - 1) / CONTACTS_PER_PAGE).max(1),
        sending,
    })
}

/// What the page calls a contact's status, in its language.
pub fn status_label(code: &str) -> String {
    crate::i18n::Message::new(match code {
        "queued" => "msg-survey-invitations-status-queued",
        "sent" => "msg-survey-invitations-status-sent",
        "failed" => "msg-survey-invitations-status-failed",
        "answered" => "msg-survey-invitations-status-answered",
        "unsubscribed" => "msg-survey-invitations-status-unsubscribed",
        _ => "msg-survey-invitations-status-not-invited",
    })
    .in_page_language()
}

/// Adds the contacts of a CSV text (or one a line, typed); a list with a
/// bad line adds nothing.
#[server(prefix = "/api", endpoint = "add_survey_contacts")]
pub async fn add_survey_contacts(
    tenant: String,
    slug: String,
    contacts: String,
) -> Result<(u64, u64), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let now = crate::domain::UnixMillis::now();
    crate::services::survey_invitations::add_contacts(&db, &access.scope, &slug, &contacts, now)
        .await
}

#[server(prefix = "/api", endpoint = "save_invitation_message")]
pub async fn save_invitation_message(
    tenant: String,
    slug: String,
    subject: String,
    message: String,
    anonymous: String,
) -> Result<(), AppError> {
    use crate::services::survey_invitations::{MessageInput, save_message};
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let input = MessageInput {
        subject,
        message,
        anonymous: anonymous != "no",
    };
    save_message(&db, &access, &slug, input).await
}

/// `round`: `invitation` (contacts never invited) or `reminder` (invited
/// contacts who have not answered).
#[server(prefix = "/api", endpoint = "send_survey_invitations")]
pub async fn send_survey_invitations(
    tenant: String,
    slug: String,
    round: String,
) -> Result<u64, AppError> {
    use crate::services::survey_invitations::Round;
    let round = match round.as_str() {
        "invitation" => Round::Invitation,
        "reminder" => Round::Reminder,
        _ => {
            return Err(AppError::BadRequest(
                crate::i18n::Message::new("msg-survey-invitations-round-unknown")
                    .in_page_language(),
            ));
        }
    };
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let now = crate::domain::UnixMillis::now();
    crate::services::survey_invitations::request_messages(&db, &access.scope, &slug, round, now)
        .await
}

/// What the unsubscribe page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsubscribePage {
    pub tenant_name: String,
    pub email: String,
    pub unsubscribed: bool,
}

#[server(prefix = "/api", endpoint = "load_unsubscribe_page")]
pub async fn load_unsubscribe_page(
    tenant: String,
    token: String,
) -> Result<UnsubscribePage, AppError> {
    let db = super::database()?;
    let found = crate::services::survey_invitations::unsubscription(&db, &tenant, &token).await?;
    Ok(UnsubscribePage {
        tenant_name: found.tenant_name,
        email: found.email,
        unsubscribed: found.unsubscribed,
    })
}

#[server(prefix = "/api", endpoint = "unsubscribe_contact")]
pub async fn unsubscribe_contact(
    tenant: String,
    token: String,
) -> Result<UnsubscribePage, AppError> {
    let db = super::database()?;
    let now = crate::domain::UnixMillis::now();
    let done = crate::services::survey_invitations::unsubscribe(&db, &tenant, &token, now).await?;
    Ok(UnsubscribePage {
        tenant_name: done.tenant_name,
        email: done.email,
        unsubscribed: true,
    })
}
