//! Which language a tenant's pages speak: each user's own choice, and the
//! tenant's fallback for visitors whose browser asks for none Tailspin
//! offers. The order of all the sources is `i18n::negotiation`'s.

use crate::auth::{Principal, TenantAccess, tenant_access};
use crate::domain::TenantAlias;
use crate::error::{AppError, FieldProblem};
use crate::i18n::{ChosenLanguages, Language, Message};
use crate::storage::{Database, tenants, users};

/// A choice of language as a form sends it: a language's code, or empty
/// for none (the browser's, or English).
pub fn parse_choice(field: &str, code: &str) -> Result<Option<Language>, AppError> {
    if code.trim().is_empty() {
        return Ok(None);
    }
    Language::from_code(code.trim())
        .filter(|language| Language::offered(false).contains(language))
        .map(Some)
        .ok_or_else(|| {
            let message = Message::new("language-settings-unknown").in_page_language();
            AppError::Invalid(vec![FieldProblem::new(field, message)])
        })
}

/// The signed-in user's own language and the tenant's.
pub async fn choices_of(db: &Database, access: &TenantAccess) -> Result<ChosenLanguages, AppError> {
    let tenant = tenants::find_tenant_by_alias(db, access.scope.alias())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ChosenLanguages {
        user: access.user.language,
        tenant: tenant.default_language,
        survey: None,
    })
}

/// Any user chooses the language they read the pages in.
pub async fn choose_own_language(
    db: &Database,
    access: &TenantAccess,
    code: &str,
) -> Result<(), AppError> {
    let language = parse_choice("language", code)?;
    users::set_language(db, &access.scope, access.user.id, language).await?;
    Ok(())
}

/// An administrator chooses the tenant's language (`access` was checked
/// with `needs_admin`).
pub async fn choose_tenant_language(
    db: &Database,
    access: &TenantAccess,
    code: &str,
) -> Result<(), AppError> {
    let language = parse_choice("default_language", code)?;
    tenants::set_default_language(db, &access.scope, language).await?;
    Ok(())
}

/// What a request to `/t/{alias}/…` or `/s/{alias}/…` prefers before and
/// after the browser's languages: the signed-in user's choice, and the
/// tenant's. Neither when the path names no tenant or nothing is chosen.
pub async fn preferences_for(
    db: &Database,
    principal: Option<&Principal>,
    path: &str,
) -> Result<ChosenLanguages, AppError> {
    let mut segments = path.trim_start_matches('/').split('/');
    let area = segments.next();
    let alias = match (area, segments.next()) {
        (Some("t" | "s"), Some(alias)) if !alias.is_empty() => alias,
        _ => return Ok(ChosenLanguages::default()),
    };
    // The survey's page itself: its thank-you page is the tenant's, the
    // same for every survey (and kept once for all in the page cache).
    let survey = match (area, segments.next(), segments.next()) {
        (Some("s"), Some(slug), None) if !slug.is_empty() => {
            crate::services::respondent::survey_languages(db, alias, slug).await
        }
        _ => None,
    };
    let Ok(alias) = TenantAlias::parse(alias) else {
        return Ok(ChosenLanguages::default());
    };
    let tenant = tenants::find_tenant_by_alias(db, &alias)
        .await?
        .and_then(|tenant| tenant.default_language);
    let user = match principal {
        Some(Principal::TenantUser { .. }) => {
            match tenant_access(db, principal, alias.as_str(), false).await {
                Ok(access) => access.user.language,
                Err(_) => None,
            }
        }
        _ => None,
    };
    Ok(ChosenLanguages {
        user,
        tenant,
        survey,
    })
}
