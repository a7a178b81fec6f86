//! Notices about a subscription, sent to its contact address: the sign-up
//! was received (a paid plan, pending activation) and the subscription is
//! active (a Trial at once, the others when a Tailspin administrator
//! activates them). Each is keyed by its kind and the tenant, so a tenant
//! gets each notice at most once, however often it is activated.

use super::mail::{MailKind, Mailer, Recipient, Sender, Value};
use crate::domain::TenantStatus;
use crate::error::AppError;
use crate::i18n::Texts;
use crate::storage::outgoing_mail::NewMail;
use crate::storage::tenants::TenantRecord;

/// The notice `tenant`'s present status calls for; `None` when it has no
/// contact address or its status calls for none.
pub fn status_notice(mailer: &Mailer, tenant: &TenantRecord) -> Result<Option<NewMail>, AppError> {
    let kind = match tenant.status {
        TenantStatus::Active => MailKind::SubscriptionActive,
        TenantStatus::PendingActivation => MailKind::SignupReceived,
        TenantStatus::Suspended | TenantStatus::Deleting => return Ok(None),
    };
    if tenant.contact_email.is_empty() {
        return Ok(None);
    }
    // Its sign-up's language (`signup_language`), else English.
    let language = tenant.default_language.unwrap_or_default();
    let plan = Texts::new(language).get(tenant.plan.label_key());
    let public_link = mailer.link(&format!("/s/{}", tenant.alias));
    let link = mailer.link(&format!("/t/{}", tenant.alias));
    // A tenant being created has no logo yet; an activated one may, but a
    // notice from Tailspin Surveys itself goes without it.
    let sender = Sender {
        tenant_name: &tenant.name,
        logo_url: None,
    };
    mailer
        .seal_message(
            tenant.id,
            &sender,
            kind,
            format!("{}:{}", kind.code(), tenant.id.0),
            Recipient::new(&tenant.contact_email, language),
            &[
                ("tenant_name", Value::Text(&tenant.name)),
                ("plan", Value::Text(&plan)),
                ("email", Value::Text(&tenant.contact_email)),
                ("public_link", Value::Text(&public_link)),
                ("link", Value::Link(&link)),
            ],
        )
        .map(Some)
}

/// The notice of a first activation: `tenant` as it was, moving to active.
/// Only a tenant pending activation gets one (a suspension's end is not news).
pub fn activation_notice(
    mailer: &Mailer,
    tenant: &TenantRecord,
) -> Result<Option<NewMail>, AppError> {
    if tenant.status != TenantStatus::PendingActivation {
        return Ok(None);
    }
    let active = TenantRecord {
        status: TenantStatus::Active,
        ..tenant.clone()
    };
    status_notice(mailer, &active)
}
