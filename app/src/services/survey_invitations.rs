//! Inviting a survey's contacts by email, each with a personal link that
//! answers once: the list (CSV, all or nothing), the message with its
//! `{{column}}` placeholders, invitations and reminders (queued by the
//! background runner at a per-tenant rate, resumable: what waits is in the
//! database), each contact's status, and unsubscribing.
//!
//! Only a token's SHA-256 is stored, so each message carries a new token;
//! every link of a contact is theirs, and a contact answers once whichever
//! link they use. Answers are linked to the contact only when the survey
//! is not anonymous; an anonymous survey keeps only that they answered.

use crate::auth::{TenantAccess, TenantScope, public_scope};
use crate::domain::contacts::{
    check_placeholders, contacts_from_fields, fill_placeholders, parse_contacts,
};
use crate::domain::survey_languages::SurveyLanguages;
use crate::domain::{SurveyId, SurveyStatus, TenantId, UnixMillis};
use crate::error::{AppError, FieldProblem};
use crate::i18n::{Arg, LANGUAGE_PARAMETER, Language, Message, Texts, texts};
use crate::services::grants::PublicSiteGrant;
use crate::services::job_wakeup::jobs_requested;
use crate::services::link_tokens::{new_token, token_hash};
use crate::services::mail::{MailKind, Mailer, Recipient, Sender, Value};
use crate::storage::Database;
pub use crate::storage::survey_contacts::Round;
use crate::storage::survey_contacts::{
    self, ContactRecord, ContactStatus, DueMessage, InvitationSettingsRow, InvitedContact,
    SettledMessage,
};

/// Contacts shown on one page of the list.
pub const CONTACTS_PER_PAGE: i64 = 50;
const MAX_SUBJECT_CHARS: usize = 150;
const MAX_MESSAGE_CHARS: usize = 5_000;
/// Most messages the runner composes for one tenant in one go.
const MESSAGES_PER_RUN: i64 = 200;
const MESSAGE_KINDS: [&str; 2] = ["survey_invitation", "survey_reminder"];

/// What the invitations page shows.
pub struct InvitationsOverview {
    pub survey_id: SurveyId,
    pub title: String,
    pub status: SurveyStatus,
    pub settings: InvitationSettingsRow,
    pub counts: Vec<(ContactStatus, i64)>,
    pub contacts: Vec<ContactRecord>,
    pub page: i64,
}

impl InvitationsOverview {
    pub fn count(&self, status: ContactStatus) -> i64 {
        self.counts
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, count)| *count)
    }

    /// Messages wait to be sent.
    pub fn sending(&self) -> bool {
        self.count(ContactStatus::Queued) > 0
    }

    pub fn total(&self) -> i64 {
        self.counts.iter().map(|(_, count)| count).sum()
    }
}

/// The message an invitation carries until its survey's creator writes
/// one, in `language`: a greeting to the contact's `{{name}}` (put in by
/// `fill`), and the request, kept apart so that a tenant's name is never
/// read as a placeholder.
fn default_message(language: Language, tenant_name: &str, fill: impl Fn(&str) -> String) -> String {
    let texts = Texts::new(language);
    let greeting = texts.format(
        "mail-survey-default-greeting",
        &[("name", Arg::Text("{{name}}".to_owned()))],
    );
    let request = texts.format(
        "mail-survey-default-request",
        &[("tenant_name", Arg::Text(tenant_name.to_owned()))],
    );
    format!("{}\n\n{request}", fill(&greeting))
}

/// What the page shows, and invitations send, until the creator saves a
/// message of their own.
fn default_settings(scope: &TenantScope, title: &str) -> InvitationSettingsRow {
    InvitationSettingsRow {
        subject: title.to_owned(),
        message: default_message(texts().language(), scope.tenant_name(), str::to_owned),
        anonymous: true,
    }
}

async fn survey_of(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<(SurveyId, String, SurveyStatus), AppError> {
    let survey = crate::services::designer::survey_by_slug(db, scope, slug).await?;
    Ok((survey.id, survey.survey.title, survey.survey.status))
}

async fn settings_of(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    title: &str,
) -> Result<InvitationSettingsRow, AppError> {
    Ok(survey_contacts::invitation_settings(db, scope, survey)
        .await?
        .unwrap_or_else(|| default_settings(scope, title)))
}

/// The survey's invitations: its message, counts and a page of contacts.
pub async fn overview(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    page: i64,
) -> Result<InvitationsOverview, AppError> {
    let (survey_id, title, status) = survey_of(db, scope, slug).await?;
    let page = page.max(1);
    let contacts = survey_contacts::list_contacts(
        db,
        scope,
        survey_id,
        (page - 1) * CONTACTS_PER_PAGE,
        CONTACTS_PER_PAGE,
    )
    .await?;
    Ok(InvitationsOverview {
        survey_id,
        settings: settings_of(db, scope, survey_id, &title).await?,
        title,
        status,
        counts: survey_contacts::status_counts(db, scope, survey_id).await?,
        contacts,
        page,
    })
}

/// The survey's title, status and invitation text: what the page's forms
/// show, without the contacts.
pub async fn message(
    db: &Database,
    access: &TenantAccess,
    slug: &str,
) -> Result<(String, SurveyStatus, InvitationSettingsRow), AppError> {
    let scope = &access.scope;
    let (survey_id, title, status) = survey_of(db, scope, slug).await?;
    let settings = settings_of(db, scope, survey_id, &title).await?;
    Ok((title, status, settings))
}

/// Adds the contacts of a CSV text; a list with a bad line adds nothing
/// and says which lines. Returns (added, already listed).
pub async fn add_contacts(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    csv: &str,
    now: UnixMillis,
) -> Result<(u64, u64), AppError> {
    let contacts = parse_contacts(csv).map_err(|errors| {
        AppError::Invalid(vec![FieldProblem::new("contacts", errors.summary())])
    })?;
    add_checked_contacts(db, scope, slug, &contacts, now).await
}

/// Adds contacts given one by one (the API), checked as a list's lines
/// are: all or nothing. Returns (added, already listed).
pub async fn add_contact_fields(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    items: Vec<(String, String, std::collections::BTreeMap<String, String>)>,
    now: UnixMillis,
) -> Result<(u64, u64), AppError> {
    let contacts = contacts_from_fields(items).map_err(|errors| {
        AppError::Invalid(vec![FieldProblem::new(
            "contacts",
            errors.summary_of("Contact"),
        )])
    })?;
    add_checked_contacts(db, scope, slug, &contacts, now).await
}

async fn add_checked_contacts(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    contacts: &[crate::domain::contacts::ContactInput],
    now: UnixMillis,
) -> Result<(u64, u64), AppError> {
    let (survey_id, _, _) = survey_of(db, scope, slug).await?;
    let added = survey_contacts::add_contacts(db, scope, survey_id, contacts, now).await?;
    let listed = contacts.len() as u64 - added;
    tracing::info!(tenant = %scope.alias(), survey = %survey_id, added, listed, "contacts added");
    Ok((added, listed))
}

/// The invitation text as a subscriber typed it.
pub struct MessageInput {
    pub subject: String,
    pub message: String,
    pub anonymous: bool,
}

/// Saves the invitation text and the survey's anonymity. Anonymity cannot
/// change once a contact has answered: those answers were given under it.
pub async fn save_message(
    db: &Database,
    access: &TenantAccess,
    slug: &str,
    input: MessageInput,
) -> Result<(), AppError> {
    let scope = &access.scope;
    let (survey_id, title, _) = survey_of(db, scope, slug).await?;
    let subject = input.subject.trim().to_owned();
    let message = input.message.trim().to_owned();
    let said = |key: &str| Message::new(key).in_page_language();
    let mut problems = Vec::new();
    if subject.is_empty() {
        problems.push(FieldProblem::new(
            "subject",
            said("msg-survey-invitations-subject-missing"),
        ));
    } else if subject.chars().count() > MAX_SUBJECT_CHARS {
        problems.push(FieldProblem::new(
            "subject",
            Message::new("msg-survey-invitations-subject-too-long")
                .typed("max", MAX_SUBJECT_CHARS)
                .in_page_language(),
        ));
    } else if let Err(problem) = check_placeholders(&subject) {
        problems.push(FieldProblem::new("subject", problem));
    }
    if message.is_empty() {
        problems.push(FieldProblem::new(
            "message",
            said("msg-survey-invitations-message-missing"),
        ));
    } else if message.chars().count() > MAX_MESSAGE_CHARS {
        problems.push(FieldProblem::new(
            "message",
            Message::new("msg-survey-invitations-message-too-long")
                .typed("max", MAX_MESSAGE_CHARS)
                .in_page_language(),
        ));
    } else if let Err(problem) = check_placeholders(&message) {
        problems.push(FieldProblem::new("message", problem));
    }
    let before = settings_of(db, scope, survey_id, &title).await?;
    if before.anonymous != input.anonymous {
        let counts = survey_contacts::status_counts(db, scope, survey_id).await?;
        let answered = counts
            .iter()
            .any(|(status, count)| *status == ContactStatus::Answered && *count > 0);
        if answered {
            problems.push(FieldProblem::new(
                "anonymous",
                said("msg-survey-invitations-anonymity-fixed"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let settings = InvitationSettingsRow {
        subject,
        message,
        anonymous: input.anonymous,
    };
    survey_contacts::save_invitation_settings(db, scope, survey_id, &settings).await?;
    Ok(())
}

/// Asks for the invitation (or a reminder) of every contact it applies
/// to; the background runner sends them. Returns how many.
pub async fn request_messages(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    round: Round,
    now: UnixMillis,
) -> Result<u64, AppError> {
    let stored = crate::services::designer::survey_by_slug(db, scope, slug).await?;
    let (survey_id, survey) = (stored.id, stored.survey);
    // A link must lead to a survey that takes answers.
    if survey.status == SurveyStatus::Draft {
        return Err(AppError::BadRequest(
            Message::new("msg-survey-invitations-draft").in_page_language(),
        ));
    }
    if let Some(at) = survey.opens_later(now) {
        return Err(AppError::BadRequest(
            Message::new("msg-survey-invitations-opens-later")
                .text("at", at.localized_minute_string())
                .in_page_language(),
        ));
    }
    if !survey.accepts_answers(now) {
        return Err(AppError::BadRequest(
            Message::new("msg-survey-invitations-closed").in_page_language(),
        ));
    }
    let requested = survey_contacts::request_round(db, scope, survey_id, round).await?;
    if requested == 0 {
        return Err(AppError::BadRequest(
            Message::new(match round {
                Round::Invitation => "msg-survey-invitations-nobody-to-invite",
                Round::Reminder => "msg-survey-invitations-nobody-to-remind",
            })
            .in_page_language(),
        ));
    }
    tracing::info!(tenant = %scope.alias(), survey = %survey_id, requested, ?round, "invitations requested");
    jobs_requested();
    Ok(requested)
}

/// Composes and queues the messages that wait, at most `per_minute` a
/// tenant in any minute; returns how many it queued. Messages are queued
/// with their tokens in one transaction, so a crash neither loses nor
/// repeats one.
pub async fn queue_due_messages(
    db: &Database,
    mailer: &Mailer,
    per_minute: i64,
    now: UnixMillis,
) -> Result<usize, AppError> {
    let mut queued = 0;
    for tenant in survey_contacts::tenants_with_due_messages(db).await? {
        let tenant = TenantId(tenant);
        let recent =
            survey_contacts::queued_since(db, tenant, &MESSAGE_KINDS, UnixMillis(now.0 - 60_000))
                .await?;
        let room = (per_minute - recent).min(MESSAGES_PER_RUN);
        if room <= 0 {
            continue;
        }
        let due = survey_contacts::due_messages(db, tenant, room).await?;
        let mut composed = Vec::with_capacity(due.len());
        for due in &due {
            let (token, token_hash) = new_token();
            let mail = message_for(mailer, due, &token)?;
            composed.push(SettledMessage {
                due,
                token_hash,
                mail,
            });
        }
        queued += survey_contacts::settle_messages(db, &composed).await?;
    }
    if queued > 0 {
        tracing::info!(queued, "invitations queued");
        // More may wait; the runner comes back at once.
        jobs_requested();
    }
    Ok(queued)
}

/// The subject and message of `due` with the contact's placeholders filled
/// in: the saved ones, or those the page shows before anything is saved.
/// The language a contact reads their invitation in: the `language`
/// column of their row when the survey is translated to it, else the
/// survey's own.
fn contact_language(
    attributes: &std::collections::BTreeMap<String, String>,
    languages: &SurveyLanguages,
) -> Language {
    attributes
        .get("language")
        .and_then(|tag| Language::parse(tag))
        .filter(|language| languages.offered().contains(language))
        .unwrap_or_else(|| languages.written_in())
}

fn subject_and_message(due: &DueMessage) -> (Language, String, String) {
    let attributes = serde_json::from_str(&due.attributes).unwrap_or_default();
    let languages = SurveyLanguages::from_json(due.languages.as_deref())
        .unwrap_or_else(|_| SurveyLanguages::default_english());
    let language = contact_language(&attributes, &languages);
    let fill = |text: &str| fill_placeholders(text, &due.email, &due.name, &attributes);
    let subject = match &due.subject {
        Some(subject) => fill(subject),
        None => languages.text_in(language, "title", &due.title),
    };
    let message = match &due.message {
        Some(message) => fill(message),
        None => default_message(language, &due.tenant_name, fill),
    };
    (language, subject, message)
}

fn message_for(
    mailer: &Mailer,
    due: &DueMessage,
    token: &str,
) -> Result<crate::storage::outgoing_mail::NewMail, AppError> {
    let (language, subject, message) = subject_and_message(due);
    let link = mailer.link(&format!(
        "/s/{}/{}?invitation={token}&{LANGUAGE_PARAMETER}={}",
        due.alias,
        due.slug,
        language.code()
    ));
    let unsubscribe = mailer.link(&format!("/unsubscribe/{}?token={token}", due.alias));
    let kind = if due.round > 1 {
        MailKind::SurveyReminder
    } else {
        MailKind::SurveyInvitation
    };
    let to = Recipient {
        address: &due.email,
        language,
        // The page's own address: mail programs POST to it (RFC 8058).
        list_unsubscribe: Some(&unsubscribe),
    };
    mailer.seal_message(
        TenantId(due.tenant_id),
        &Sender {
            tenant_name: &due.tenant_name,
            logo_url: None,
        },
        kind,
        format!("survey_invitation:{}:{}", due.contact_id, due.round),
        to,
        &[
            ("subject", Value::Text(&subject)),
            ("tenant_name", Value::Text(&due.tenant_name)),
            ("link", Value::Link(&link)),
            ("unsubscribe", Value::Link(&unsubscribe)),
            // Last: what a subscriber wrote is never read as a placeholder.
            ("message", Value::Paragraphs(&message)),
        ],
    )
}

/// A respondent's personal link to a survey: whose it is, and whether the
/// survey links answers to them.
pub struct PersonalLink {
    pub contact: InvitedContact,
    pub anonymous: bool,
}

/// The contact whose link `token` is, for the survey `survey` (answered or
/// not: a repeated submission must still reach the writer, which tells a
/// retry from a second answer); another survey's or an unknown token is
/// not found.
pub async fn personal_link(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    token: &str,
) -> Result<PersonalLink, AppError> {
    let found = survey_contacts::contact_by_token(db, scope, &token_hash(token)).await?;
    match found {
        Some((of, contact)) if of == survey => {
            let anonymous = survey_contacts::invitation_settings(db, scope, survey)
                .await?
                .is_none_or(|settings| settings.anonymous);
            Ok(PersonalLink { contact, anonymous })
        }
        _ => Err(AppError::NotFound),
    }
}

/// What the unsubscribe page says: the tenant's name and the address.
pub struct Unsubscription {
    pub tenant_name: String,
    pub email: String,
    pub unsubscribed: bool,
}

/// The tenant and the contact a personal link belongs to.
async fn link_owner(
    db: &Database,
    tenant: &str,
    token: &str,
) -> Result<(TenantScope, InvitedContact), AppError> {
    let scope = public_scope(db, tenant, PublicSiteGrant::new()).await?;
    let (_, contact) = survey_contacts::contact_by_token(db, &scope, &token_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((scope, contact))
}

/// The address a personal link was sent to, for the unsubscribe page.
pub async fn unsubscription(
    db: &Database,
    tenant: &str,
    token: &str,
) -> Result<Unsubscription, AppError> {
    let (scope, contact) = link_owner(db, tenant, token).await?;
    let unsubscribed = survey_contacts::is_unsubscribed(db, &scope, &contact.email).await?;
    Ok(Unsubscription {
        tenant_name: scope.tenant_name().to_owned(),
        email: contact.email,
        unsubscribed,
    })
}

/// Stops every later invitation of the tenant to the address the link was
/// sent to.
pub async fn unsubscribe(
    db: &Database,
    tenant: &str,
    token: &str,
    now: UnixMillis,
) -> Result<Unsubscription, AppError> {
    let (scope, contact) = link_owner(db, tenant, token).await?;
    survey_contacts::unsubscribe(db, &scope, &contact.email, now).await?;
    tracing::info!(tenant = %scope.alias(), contact = contact.id, "contact unsubscribed");
    Ok(Unsubscription {
        tenant_name: scope.tenant_name().to_owned(),
        email: contact.email,
        unsubscribed: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(subject: Option<&str>, message: Option<&str>) -> DueMessage {
        DueMessage {
            contact_id: 1,
            tenant_id: 1,
            email: "ana@contacts.example".into(),
            name: "Ana Lima".into(),
            attributes: r#"{"team":"Blue"}"#.into(),
            round: 1,
            alias: "adatum".into(),
            tenant_name: "Adatum {{email}}".into(),
            slug: "pulse".into(),
            title: "Pulse".into(),
            subject: subject.map(str::to_owned),
            message: message.map(str::to_owned),
            languages: None,
        }
    }

    #[test]
    fn unsaved_invitations_send_what_the_page_shows() {
        let (language, subject, message) = subject_and_message(&due(None, None));
        assert_eq!(language, Language::English);
        assert_eq!(subject, "Pulse");
        // The page's default, filled in; the tenant name stays as written.
        assert_eq!(
            message,
            "Hello Ana Lima,\n\nAdatum {{email}} would like to hear from you. \
             The survey takes a few minutes."
        );
        let (_, subject, message) =
            subject_and_message(&due(Some("For {{team}}"), Some("Hi {{name}}")));
        assert_eq!(
            (subject.as_str(), message.as_str()),
            ("For Blue", "Hi Ana Lima")
        );
    }

    /// A German survey translated to Spanish: a contact whose row says
    /// `es` reads Spanish, one whose row says a language it is not
    /// translated to reads German.
    #[test]
    fn a_contact_reads_their_invitation_in_their_language_if_the_survey_speaks_it() {
        let mut languages = SurveyLanguages {
            written_in: "de".into(),
            ..SurveyLanguages::default_english()
        };
        languages.translations.insert(
            "es".into(),
            [(
                "title".to_owned(),
                crate::domain::survey_languages::TranslatedText {
                    source: "Puls".into(),
                    text: "Pulso".into(),
                },
            )]
            .into(),
        );
        let mut message = due(None, None);
        message.title = "Puls".into();
        message.languages = Some(languages.to_json());
        message.attributes = r#"{"language":"es-MX"}"#.into();
        let (language, subject, text) = subject_and_message(&message);
        assert_eq!((language, subject.as_str()), (Language::Spanish, "Pulso"));
        assert!(text.starts_with("Hola, Ana Lima:\n\nA Adatum"), "{text}");
        message.attributes = r#"{"language":"ar"}"#.into();
        let (language, subject, text) = subject_and_message(&message);
        assert_eq!((language, subject.as_str()), (Language::German, "Puls"));
        assert!(text.starts_with("Hallo Ana Lima,"), "{text}");
    }
}
