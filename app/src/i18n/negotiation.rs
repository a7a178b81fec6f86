//! Which language a request gets: `?lang=`, then the language chosen with
//! the switcher (its cookie), then the signed-in user's setting, then
//! `Accept-Language`, then the tenant's language, then English.

use axum::http::Uri;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
use axum::http::request::Parts;

use super::language::{LANGUAGE_COOKIE, LANGUAGE_PARAMETER, Language};

/// The languages chosen in settings for the request's tenant and its
/// signed-in user (`services::language_preferences`), which the server
/// puts in the request's extensions; absent, neither was chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChosenLanguages {
    pub user: Option<Language>,
    pub tenant: Option<Language>,
    /// On a survey's pages, the languages it is in, its own first: only
    /// those are offered, and its own is the last resort.
    pub survey: Option<Vec<Language>>,
}

/// The path of the page a request is for: a server function's is the
/// page that called it (its `Referer`), so that its messages speak the
/// page's language.
pub fn page_path(parts: &Parts) -> String {
    let path = parts.uri.path();
    if !path.starts_with("/api/") {
        return path.to_owned();
    }
    parts
        .headers
        .get(axum::http::header::REFERER)
        .and_then(|value| value.to_str().ok())
        .and_then(|referer| url::Url::parse(referer).ok())
        .map_or_else(|| path.to_owned(), |url| url.path().to_owned())
}

pub fn language_of_request(parts: &Parts) -> Language {
    let chosen = parts
        .extensions
        .get::<ChosenLanguages>()
        .cloned()
        .unwrap_or_default();
    if let Some(survey) = &chosen.survey {
        let offered = |language: &Language| survey.contains(language);
        return asked_in(&parts.uri)
            .filter(offered)
            .or_else(|| chosen_before(parts).filter(offered))
            .or_else(|| {
                let header = parts.headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
                Language::from_accept_language(header).filter(offered)
            })
            .or_else(|| survey.first().copied())
            .unwrap_or_default();
    }
    let offered = offered_at(&page_path(parts));
    let offered = |language: &Language| offered.contains(language);
    asked_in_query(parts)
        .or_else(|| chosen_before(parts).filter(offered))
        .or_else(|| chosen.user.filter(offered))
        .or_else(|| {
            let header = parts.headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
            Language::from_accept_language(header).filter(offered)
        })
        .or_else(|| chosen.tenant.filter(offered))
        .unwrap_or_default()
}

/// Whether the visitor's own choice (`?lang=`, the switcher's cookie)
/// decides the language of a page that is not a survey's, so that the
/// choices kept in settings need not be read.
pub fn decided_by_visitor(parts: &Parts) -> bool {
    let offered = offered_at(&page_path(parts));
    asked_in_query(parts).is_some() || chosen_before(parts).is_some_and(|l| offered.contains(&l))
}

/// `?lang=de` in the address, when the page offers that language.
pub fn asked_in_query(parts: &Parts) -> Option<Language> {
    asked_in(&parts.uri)
}

/// [`asked_in_query`] of a bare address.
pub fn asked_in(uri: &Uri) -> Option<Language> {
    let query = uri.query()?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == LANGUAGE_PARAMETER)
        .and_then(|(_, value)| Language::parse(&value))
        .filter(|language| offered_at(uri.path()).contains(language))
}

/// The languages the request's page offers: its survey's, or those that
/// cover its area.
pub fn offered_for_request(parts: &Parts) -> Vec<Language> {
    match parts
        .extensions
        .get::<ChosenLanguages>()
        .and_then(|chosen| chosen.survey.clone())
    {
        Some(survey) => survey,
        None => offered_at(&page_path(parts)),
    }
}

fn offered_at(path: &str) -> Vec<Language> {
    Language::offered(crate::site::area::Area::of(path).is_respondents())
}

/// The switcher's cookie.
fn chosen_before(parts: &Parts) -> Option<Language> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == LANGUAGE_COOKIE).then(|| Language::parse(value))?
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;

    fn parts(uri: &str, headers: &[(&str, &str)]) -> Parts {
        let mut request = Request::builder().uri(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.body(()).unwrap().into_parts().0
    }

    #[test]
    fn the_address_comes_before_the_cookie_and_the_browser() {
        let cookie = ("cookie", "a=1; tailspin_lang=es");
        let browser = ("accept-language", "de-DE,de;q=0.9");
        assert_eq!(
            language_of_request(&parts("/s/adatum/x?lang=ar", &[cookie, browser])),
            Language::Arabic
        );
        assert_eq!(
            language_of_request(&parts("/s/adatum/x", &[cookie, browser])),
            Language::Spanish
        );
        assert_eq!(
            language_of_request(&parts("/s/adatum/x", &[browser])),
            Language::German
        );
        assert_eq!(
            language_of_request(&parts("/s/adatum/x?lang=xx", &[])),
            Language::English
        );
        // Arabic is offered to respondents only.
        assert_eq!(
            language_of_request(&parts("/t/adatum?lang=ar", &[browser])),
            Language::German
        );
        assert_eq!(
            language_of_request(&parts("/t/adatum", &[cookie])),
            Language::Spanish
        );
        assert_eq!(
            language_of_request(&parts("/", &[("cookie", "tailspin_lang=klingon")])),
            Language::English
        );
    }

    #[test]
    fn settings_come_between_the_switcher_and_the_browser_and_after_it() {
        let mut request = parts("/t/adatum", &[("accept-language", "de")]);
        request.extensions.insert(ChosenLanguages {
            user: Some(Language::Spanish),
            tenant: Some(Language::German),
            survey: None,
        });
        assert_eq!(language_of_request(&request), Language::Spanish);
        request.extensions.insert(ChosenLanguages {
            user: None,
            tenant: Some(Language::Spanish),
            survey: None,
        });
        assert_eq!(language_of_request(&request), Language::German);
        request.headers.remove("accept-language");
        assert_eq!(language_of_request(&request), Language::Spanish);
        request
            .headers
            .insert("cookie", "tailspin_lang=de".parse().unwrap());
        assert_eq!(language_of_request(&request), Language::German);
        // Arabic is not offered on a private page, whoever chose it.
        request.headers.remove("cookie");
        request.extensions.insert(ChosenLanguages {
            user: Some(Language::Arabic),
            tenant: Some(Language::Arabic),
            survey: None,
        });
        assert_eq!(language_of_request(&request), Language::English);
    }
}
