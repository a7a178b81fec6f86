//! The names under which the page asks for the site's scripts, WebAssembly
//! and style sheet. The server names each file after a digest of its
//! content (`/pkg/tailspin.3f9a….js`), so browsers may keep it for a year:
//! a new build is a new name. Provided as context; a server without a built
//! site (the Rust tests) falls back to the plain names.

use std::sync::Arc;

/// The full application's bundle, its style sheet's stem, and the
/// respondent's bundle, as cargo-leptos and `.ci/build-site.sh` name them.
pub const FULL_BUNDLE: &str = "tailspin";
pub const RESPONDENT_BUNDLE: &str = "respondent";
pub const STYLESHEET: &str = "tailspin";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteAssets {
    /// Output name of the full bundle: `{name}.js` and `{name}.wasm`.
    pub full_bundle: Arc<str>,
    /// Output name of the respondent's bundle.
    pub respondent_bundle: Arc<str>,
    /// Path of the style sheet every page links.
    pub stylesheet_href: Arc<str>,
}

impl Default for SiteAssets {
    fn default() -> Self {
        Self::named(None, None, None)
    }
}

impl SiteAssets {
    /// Names carrying the given content digests; a missing digest keeps the
    /// plain name.
    pub fn named(full: Option<&str>, respondent: Option<&str>, stylesheet: Option<&str>) -> Self {
        let versioned = |stem: &str, digest: Option<&str>| match digest {
            Some(digest) => format!("{stem}.{digest}"),
            None => stem.to_owned(),
        };
        Self {
            full_bundle: versioned(FULL_BUNDLE, full).into(),
            respondent_bundle: versioned(RESPONDENT_BUNDLE, respondent).into(),
            stylesheet_href: format!("/pkg/{}.css", versioned(STYLESHEET, stylesheet)).into(),
        }
    }
}
