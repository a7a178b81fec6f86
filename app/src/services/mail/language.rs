//! Which language a message is written in: each recipient's own choice,
//! else their tenant's (`language_preferences` keeps both); respondents
//! read their survey's (`survey_invitations::contact_language`).

use crate::auth::TenantScope;
use crate::error::AppError;
use crate::i18n::Language;
use crate::storage::{Database, tenants};

/// The language of mail to one of a tenant's people, whose own choice or
/// their tenant's is `chosen` (`storage::users::mail_language`); without
/// one, that of the request that sends it (an inviter's page, a sign-up),
/// and English in the background.
pub fn mail_language(chosen: Option<Language>) -> Language {
    chosen.unwrap_or_else(|| crate::i18n::texts().language())
}

/// `mail_language` for a tenant's contact address, whose language a
/// background query read as a code: English when none was chosen.
pub fn contact_mail_language(code: Option<&str>) -> Language {
    code.and_then(Language::from_code).unwrap_or_default()
}

/// `mail_language` for one of `scope`'s people whose own choice is `own`:
/// else the tenant's.
pub async fn tenant_mail_language(
    db: &Database,
    scope: &TenantScope,
    own: Option<Language>,
) -> Result<Language, AppError> {
    if own.is_some() {
        return Ok(mail_language(own));
    }
    let tenant = tenants::find_tenant_by_alias(db, scope.alias()).await?;
    Ok(mail_language(tenant.and_then(|t| t.default_language)))
}
