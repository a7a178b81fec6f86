//! What kind of page an address shows. Two things follow from it and from
//! nothing else: how wide the page is, and whether the tenant's style sheet
//! applies. A tenant styles what its respondents see (and its preview of
//! that), never the pages its own people work in.

/// The kind of page at an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    /// A respondent's page under `/s/{tenant}`: narrow, in the tenant's style.
    Respondent,
    /// The document inside the survey preview's frame: a respondent's page
    /// as the designer sees it, in the tenant's style.
    PreviewDocument,
    /// A tenant's or Tailspin's private pages: wide, never in a tenant's style.
    BackOffice,
    /// The home page, sign-up and sign-in pages: narrow, unstyled.
    Public,
}

/// The path of the page being rendered or hydrated.
pub fn current_path() -> String {
    #[cfg(feature = "ssr")]
    return leptos::prelude::use_context::<axum::http::request::Parts>()
        .map(|parts| parts.uri.path().to_owned())
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    leptos::prelude::window()
        .location()
        .pathname()
        .unwrap_or_default()
}

/// The last segment of the preview document's address,
/// `/t/{tenant}/surveys/{slug}/preview/document`.
pub const PREVIEW_DOCUMENT: &str = "document";

impl PageKind {
    pub fn of(path: &str) -> PageKind {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match segments.as_slice() {
            ["s", ..] => PageKind::Respondent,
            ["t", _, "surveys", _, "preview", PREVIEW_DOCUMENT] => PageKind::PreviewDocument,
            ["t", _, "login" | "password-reset"]
            | ["t", _, "password-reset", "new"]
            | ["admin", "login"] => PageKind::Public,
            ["t", _, ..] | ["admin", ..] => PageKind::BackOffice,
            _ => PageKind::Public,
        }
    }

    /// The class of the `main` element, which sets the page's width.
    pub fn main_class(self) -> &'static str {
        match self {
            PageKind::BackOffice => "back-office",
            _ => "reading",
        }
    }

    /// Whether the tenant's style sheet applies to this kind of page.
    pub fn tenant_styled(self) -> bool {
        matches!(self, PageKind::Respondent | PageKind::PreviewDocument)
    }
}

/// The tenant's style sheet for the page at `path`, if it wears one: the
/// one rule for where that style sheet is linked.
pub fn tenant_stylesheet(path: &str) -> Option<String> {
    if !PageKind::of(path).tenant_styled() {
        return None;
    }
    let tenant = path.trim_matches('/').split('/').nth(1)?;
    // An alias is letters, digits and hyphens; anything else is not a
    // tenant's page (and must not reach an attribute unchecked).
    let plausible = !tenant.is_empty()
        && tenant
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    plausible.then(|| format!("/branding/{tenant}/style.css"))
}

#[cfg(test)]
mod tests {
    use super::{PageKind, tenant_stylesheet};

    #[test]
    fn private_pages_are_the_back_office() {
        for path in [
            "/t/adatum",
            "/t/adatum/",
            "/t/adatum/users",
            "/t/adatum/settings/sign-in",
            "/t/adatum/branding",
            "/t/adatum/export",
            "/t/adatum/surveys/x/edit",
            "/t/adatum/surveys/x/preview",
            "/t/adatum/surveys/x/results",
            "/t/adatum/surveys/x/responses",
            "/admin",
            "/admin/subscribers",
            "/admin/subscribers/new",
            "/admin/usage",
            "/admin/restore",
        ] {
            assert_eq!(PageKind::of(path), PageKind::BackOffice, "{path}");
            assert_eq!(tenant_stylesheet(path), None, "{path}");
        }
    }

    #[test]
    fn respondents_and_the_preview_document_wear_the_tenants_style() {
        for path in [
            "/s/adatum",
            "/s/adatum/survey",
            "/s/adatum/survey/thanks",
            "/t/adatum/surveys/survey/preview/document",
        ] {
            assert!(PageKind::of(path).tenant_styled(), "{path}");
            assert_eq!(
                tenant_stylesheet(path).as_deref(),
                Some("/branding/adatum/style.css"),
                "{path}"
            );
        }
        assert_eq!(tenant_stylesheet("/s/a%22b/x"), None);
        assert_eq!(tenant_stylesheet("/s"), None);
    }

    #[test]
    fn sign_in_and_public_pages_stay_narrow_and_unstyled() {
        for path in [
            "/",
            "/signup",
            "/t/adatum/login",
            "/t/adatum/password-reset/new",
            "/admin/login",
            "/sales",
        ] {
            assert_eq!(PageKind::of(path), PageKind::Public, "{path}");
            assert_eq!(PageKind::of(path).main_class(), "reading", "{path}");
            assert_eq!(tenant_stylesheet(path), None, "{path}");
        }
    }
}
