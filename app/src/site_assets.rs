//! The names under which the page asks for the site's scripts, WebAssembly
//! and style sheet. The server names each file after a digest of its
//! content (`/pkg/dashboard.3f9a….js`), so browsers may keep it for a year:
//! a new build is a new name. Provided as context; a server without a built
//! site (the Rust tests) falls back to the plain names.

use std::sync::Arc;

use crate::site::area::Area;

/// The whole application's bundle and the style sheet's stem, as
/// cargo-leptos names them. Each area's bundle is named by [`Area::bundle`].
pub const FULL_BUNDLE: &str = "tailspin";
pub const STYLESHEET: &str = "tailspin";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteAssets {
    /// Output name (`{name}.js` and `{name}.wasm`) of each area's bundle.
    bundles: Arc<[(Area, Arc<str>)]>,
    /// Output name of the whole application's bundle.
    full_bundle: Arc<str>,
    /// Path of the style sheet every page links.
    pub stylesheet_href: Arc<str>,
}

impl Default for SiteAssets {
    fn default() -> Self {
        Self::named(|_| None, None)
    }
}

impl SiteAssets {
    /// Names carrying content digests. `bundle_digest(stem)` is the digest
    /// of a bundle that was built. An area whose bundle was not built (a
    /// `cargo leptos watch` site) is hydrated by the whole application's
    /// bundle if that was built; with neither, names stay plain.
    pub fn named(
        bundle_digest: impl Fn(&str) -> Option<String>,
        stylesheet_digest: Option<&str>,
    ) -> Self {
        let versioned = |stem: &str, digest: Option<&str>| match digest {
            Some(digest) => format!("{stem}.{digest}"),
            None => stem.to_owned(),
        };
        let full_digest = bundle_digest(FULL_BUNDLE);
        let full_bundle: Arc<str> = versioned(FULL_BUNDLE, full_digest.as_deref()).into();
        let bundles = Area::BUNDLED
            .into_iter()
            .filter_map(|area| Some((area, area.bundle()?)))
            .map(|(area, stem)| {
                let name: Arc<str> = match (bundle_digest(stem), &full_digest) {
                    (Some(digest), _) => versioned(stem, Some(digest.as_str())).into(),
                    (None, Some(_)) => full_bundle.clone(),
                    (None, None) => stem.into(),
                };
                (area, name)
            })
            .collect();
        Self {
            bundles,
            full_bundle,
            stylesheet_href: format!("/pkg/{}.css", versioned(STYLESHEET, stylesheet_digest))
                .into(),
        }
    }

    /// The output name of the bundle that hydrates a page of `area`.
    pub fn bundle_for(&self, area: Area) -> Arc<str> {
        self.bundles
            .iter()
            .find(|(bundled, _)| *bundled == area)
            .map_or_else(|| self.full_bundle.clone(), |(_, name)| name.clone())
    }
}
