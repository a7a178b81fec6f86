//! A page asked for with `?lang=` (the language switcher's links) is
//! answered in that language (`app::i18n::language_of_request`), and the
//! choice is remembered in a cookie, so the pages that follow (the
//! thank-you page, the next private page) speak it too.

use app::i18n::{LANGUAGE_COOKIE, asked_in};
use app::services::Database;
use axum::extract::{Request, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;

/// A year: the choice lasts until the switcher changes it.
const MAX_AGE_SECONDS: u32 = 365 * 24 * 60 * 60;

pub async fn remember_language(request: Request, next: Next) -> Response {
    // Only a language the page offers (Arabic on a back-office page is
    // neither shown nor kept).
    let asked = (request.method() == Method::GET)
        .then(|| asked_in(request.uri()))
        .flatten();
    let mut response = next.run(request).await;
    if let Some(language) = asked
        && let Ok(cookie) = HeaderValue::from_str(&format!(
            "{LANGUAGE_COOKIE}={}; Path=/; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax",
            language.code()
        ))
    {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// Puts the languages chosen in settings for a tenant's pages (its own,
/// and on private pages its signed-in user's) in the request, where
/// `app::i18n::language_of_request` finds them; a plain handler's messages
/// then speak the language it chose.
pub async fn find_chosen_languages(
    State(db): State<Database>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let path = app::i18n::page_path(&parts);
    // A private page in the language the visitor picked reads no setting.
    let settings_matter = path.starts_with("/s/")
        || (path.starts_with("/t/") && !app::i18n::decided_by_visitor(&parts));
    let mut request = Request::from_parts(parts, body);
    if settings_matter {
        // Respondents' pages need no session; a signed-in user's choice
        // is for the private pages.
        let principal = match request.extensions().get::<tower_sessions::Session>() {
            Some(session) if path.starts_with("/t/") => {
                app::auth::session_principal(session).await.ok().flatten()
            }
            _ => None,
        };
        match app::services::language_preferences::preferences_for(&db, principal.as_ref(), &path)
            .await
        {
            Ok(chosen) => {
                request.extensions_mut().insert(chosen);
            }
            Err(error) => tracing::warn!(%error, "the chosen languages could not be read"),
        }
    }
    let (parts, body) = request.into_parts();
    let language = app::i18n::language_of_request(&parts);
    let request = Request::from_parts(parts, body);
    app::i18n::with_request_language(language, next.run(request)).await
}
