//! The areas of the site. Each area's pages are hydrated by a WebAssembly
//! bundle of its own (frontend/<bundle>), which holds only that area's
//! routes, so a page loads the code of its area and not the whole
//! application. The address alone says which area a page is in: the server
//! renders the area's route tree and links its bundle (see `shell`).

use super::page_kind::PREVIEW_DOCUMENT;

/// A group of pages hydrated by one bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    /// The home page, sign-up, and the sign-in pages of tenants and of
    /// Tailspin administration.
    Public,
    /// A respondent's pages under `/s/`.
    Respondent,
    /// A tenant's dashboard, and each survey's results and responses.
    Dashboard,
    /// Designing a survey: the editor and the preview around its frame.
    Designer,
    /// A tenant's settings: users, sign-in, metadata, export.
    TenantSettings,
    /// A tenant's branding, with its style-sheet checks and the sample
    /// survey it previews (each more than the other settings together).
    Branding,
    /// Tailspin administration: home, usage, restore, dead letters (its
    /// sign-in page is public).
    Administration,
    /// Tailspin administration of subscribers: the list, a new one, one.
    Subscribers,
    /// The document inside the survey preview's frame: hydrated by the
    /// designer's bundle, so that the preview turns pages and follows its
    /// conditions as respondents will see them.
    PreviewDocument,
}

impl Area {
    /// Every area with a bundle of its own.
    pub const BUNDLED: [Area; 8] = [
        Area::Public,
        Area::Respondent,
        Area::Dashboard,
        Area::Designer,
        Area::TenantSettings,
        Area::Branding,
        Area::Administration,
        Area::Subscribers,
    ];

    /// The area whose bundle hydrates this one's pages.
    pub fn hydrated_by(self) -> Area {
        match self {
            Area::PreviewDocument => Area::Designer,
            area => area,
        }
    }

    /// A respondent's page or its preview: the pages every shipped
    /// language (Arabic too) has the texts of.
    pub fn is_respondents(self) -> bool {
        matches!(self, Area::Respondent | Area::PreviewDocument)
    }

    /// The message files (`app/locales/<language>/<file>.ftl`) the area's
    /// pages use, which its pages carry for the browser.
    pub fn catalogue_files(self) -> &'static [&'static str] {
        // What the services and the domain say (errors, states), which
        // pages show and the browser's checks may say again.
        const MESSAGES: [&str; 4] = [
            "messages-accounts",
            "messages-design",
            "messages-delivery",
            "messages-results",
        ];
        macro_rules! with_messages {
            ($($file:literal),*) => {
                &[$($file,)* MESSAGES[0], MESSAGES[1], MESSAGES[2], MESSAGES[3]]
            };
        }
        match self {
            Area::Respondent => &["common", "respondent"],
            Area::PreviewDocument => &["common", "respondent", "designer", "questions"],
            Area::Public => with_messages!("common", "shared", "public", "reference"),
            Area::Dashboard => with_messages!("common", "shared", "dashboard"),
            Area::Designer => {
                with_messages!("common", "respondent", "shared", "designer", "questions")
            }
            Area::TenantSettings => {
                with_messages!("common", "shared", "settings", "webhooks", "preferences")
            }
            Area::Branding => with_messages!("common", "respondent", "shared", "branding"),
            Area::Administration => with_messages!("common", "shared", "administration"),
            // The sign-in move page shows the provider form of the settings.
            Area::Subscribers => {
                with_messages!(
                    "common",
                    "shared",
                    "administration",
                    "subscribers",
                    "settings"
                )
            }
        }
    }

    /// The area of the page at `path`.
    pub fn of(path: &str) -> Area {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        match segments.as_slice() {
            ["s", ..] => Area::Respondent,
            ["t", _, "surveys", _, "preview", PREVIEW_DOCUMENT] => Area::PreviewDocument,
            ["t", _, "login" | "password-reset"]
            | ["t", _, "password-reset", "new"]
            | ["admin", "login"]
            | ["signup", ..] => Area::Public,
            ["t", _]
            | [
                "t",
                _,
                "surveys",
                _,
                "results" | "responses" | "share" | "invitations",
            ] => Area::Dashboard,
            ["t", _, "surveys", ..] => Area::Designer,
            ["t", _, "branding", ..] => Area::Branding,
            ["t", ..] => Area::TenantSettings,
            ["admin", "subscribers", ..] => Area::Subscribers,
            ["admin", ..] => Area::Administration,
            _ => Area::Public,
        }
    }

    /// The stem of the area's bundle (`/pkg/{stem}.js`, `/pkg/{stem}.wasm`),
    /// which is also the name of its crate under frontend/.
    pub fn bundle(self) -> Option<&'static str> {
        match self {
            Area::Public => Some("public"),
            Area::Respondent => Some("respondent"),
            Area::Dashboard => Some("dashboard"),
            Area::Designer => Some("designer"),
            Area::TenantSettings => Some("settings"),
            Area::Branding => Some("branding"),
            Area::Administration => Some("administration"),
            Area::Subscribers => Some("subscribers"),
            Area::PreviewDocument => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Area;

    #[test]
    fn each_address_belongs_to_one_area() {
        for (path, area) in [
            ("/", Area::Public),
            ("/signup", Area::Public),
            ("/signup/welcome/adatum", Area::Public),
            ("/t/adatum/login", Area::Public),
            ("/t/adatum/password-reset", Area::Public),
            ("/t/adatum/password-reset/new", Area::Public),
            ("/admin/login", Area::Public),
            ("/sales", Area::Public),
            ("/s", Area::Respondent),
            ("/s/adatum/survey/thanks", Area::Respondent),
            ("/s-x", Area::Public),
            ("/t/adatum", Area::Dashboard),
            ("/t/adatum/", Area::Dashboard),
            ("/t/adatum/surveys/x/results", Area::Dashboard),
            ("/t/adatum/surveys/x/responses", Area::Dashboard),
            ("/t/adatum/surveys/x/edit", Area::Designer),
            ("/t/adatum/surveys/x/preview", Area::Designer),
            (
                "/t/adatum/surveys/x/preview/document",
                Area::PreviewDocument,
            ),
            ("/t/adatum/users", Area::TenantSettings),
            ("/t/adatum/settings/sign-in", Area::TenantSettings),
            ("/t/adatum/settings/plan", Area::TenantSettings),
            ("/t/adatum/settings/api", Area::TenantSettings),
            ("/t/adatum/settings/webhooks", Area::TenantSettings),
            ("/t/adatum/settings/webhooks/3", Area::TenantSettings),
            ("/developers/api", Area::Public),
            ("/t/adatum/export", Area::TenantSettings),
            ("/t/adatum/branding", Area::Branding),
            ("/admin", Area::Administration),
            ("/admin/usage", Area::Administration),
            ("/admin/subscribers", Area::Subscribers),
            ("/admin/subscribers/adatum", Area::Subscribers),
        ] {
            assert_eq!(Area::of(path), area, "{path}");
        }
    }

    #[test]
    fn bundles_have_distinct_plain_names() {
        let stems: Vec<&str> = Area::BUNDLED.iter().filter_map(|a| a.bundle()).collect();
        assert_eq!(stems.len(), Area::BUNDLED.len());
        for stem in &stems {
            assert!(stem.bytes().all(|b| b.is_ascii_lowercase()), "{stem}");
            assert_eq!(stems.iter().filter(|s| s == &stem).count(), 1, "{stem}");
        }
        assert_eq!(Area::PreviewDocument.bundle(), None);
        assert_eq!(Area::PreviewDocument.hydrated_by(), Area::Designer);
    }
}
