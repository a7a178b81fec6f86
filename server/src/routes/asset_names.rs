//! Content-addressed names for the site's files under `/pkg`.
//!
//! At start-up each bundle (`{stem}.js` with `{stem}.wasm`) and the style
//! sheet get a digest of their content, and pages ask for
//! `{stem}.{digest}.{ext}`. Such a name always means the same bytes, so it is
//! served `immutable` for a year; a new build is a new name. The plain names
//! stay reachable (the federated sign-in's error page links the style sheet),
//! revalidated on every use. A versioned name of another build answers 404
//! rather than other bytes under a name browsers keep for a year.

use std::collections::HashMap;
use std::path::Path;

use app::site_assets::{FULL_BUNDLE, STYLESHEET};
use app::{Area, SiteAssets};
use axum::body::Body;
use axum::http::{HeaderValue, Request, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use tower_http::services::ServeDir;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";
/// Hex digits of the digest in a name: 64 bits tell builds apart.
const DIGEST_LEN: usize = 16;

/// Versioned file name → the file on disk.
#[derive(Clone, Debug, Default)]
pub struct AssetNames {
    files: HashMap<String, String>,
}

enum Resolved<'a> {
    Versioned(&'a str),
    OtherBuild,
    Plain,
}

impl AssetNames {
    /// Digests what `pkg_dir` holds now; a missing file keeps its plain name.
    pub fn of_dir(pkg_dir: &Path) -> (SiteAssets, AssetNames) {
        let mut names = AssetNames::default();
        let mut digests = HashMap::new();
        for stem in bundle_stems() {
            let (js, wasm) = (format!("{stem}.js"), format!("{stem}.wasm"));
            let Some(digest) = digest_of(pkg_dir, &[&js, &wasm]) else {
                continue;
            };
            for ext in ["js", "wasm"] {
                names
                    .files
                    .insert(format!("{stem}.{digest}.{ext}"), format!("{stem}.{ext}"));
            }
            // The name Leptos asks for when it was not compiled by cargo-leptos.
            names
                .files
                .insert(format!("{stem}.{digest}_bg.wasm"), format!("{stem}.wasm"));
            digests.insert(stem, digest);
        }
        let css_file = format!("{STYLESHEET}.css");
        let css = digest_of(pkg_dir, &[&css_file]);
        if let Some(digest) = &css {
            names
                .files
                .insert(format!("{STYLESHEET}.{digest}.css"), css_file);
        }
        let assets = SiteAssets::named(|stem| digests.get(stem).cloned(), css.as_deref());
        (assets, names)
    }

    fn resolve<'a>(&'a self, file: &str) -> Resolved<'a> {
        if let Some(real) = self.files.get(file) {
            return Resolved::Versioned(real);
        }
        let mut parts = file.split('.');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(stem), Some(digest), Some(_ext), None)
                if (stem == STYLESHEET || bundle_stems().any(|bundle| bundle == stem))
                    && digest.len() == DIGEST_LEN
                    && digest.bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                Resolved::OtherBuild
            }
            _ => Resolved::Plain,
        }
    }
}

/// The whole application's bundle and each area's.
fn bundle_stems() -> impl Iterator<Item = &'static str> {
    std::iter::once(FULL_BUNDLE).chain(Area::BUNDLED.into_iter().filter_map(Area::bundle))
}

fn digest_of(dir: &Path, files: &[&str]) -> Option<String> {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(std::fs::read(dir.join(file)).ok()?);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Some(hex[..DIGEST_LEN].to_owned())
}

/// Serves `pkg_dir` (precompressed where possible) under both kinds of name.
pub async fn serve(files: ServeDir, names: &AssetNames, mut request: Request<Body>) -> Response {
    let file = request.uri().path().trim_start_matches('/').to_owned();
    let cache_control = match names.resolve(&file) {
        Resolved::Versioned(real) => {
            match Uri::builder().path_and_query(format!("/{real}")).build() {
                Ok(uri) => *request.uri_mut() = uri,
                Err(_) => return StatusCode::NOT_FOUND.into_response(),
            }
            IMMUTABLE
        }
        Resolved::OtherBuild => return StatusCode::NOT_FOUND.into_response(),
        Resolved::Plain => REVALIDATE,
    };
    let mut response = match files.oneshot(request).await {
        Ok(response) => response.into_response(),
        Err(never) => match never {},
    };
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_content_and_fall_back_when_files_are_missing() {
        let dir = tempfile::tempdir().unwrap();
        let (assets, _) = AssetNames::of_dir(dir.path());
        assert_eq!(assets, SiteAssets::default(), "nothing built: plain names");
        assert_eq!(&*assets.bundle_for(Area::Dashboard), "dashboard");
        assert_eq!(&*assets.stylesheet_href, "/pkg/tailspin.css");

        // What `cargo leptos watch` builds: the whole application alone.
        std::fs::write(dir.path().join("tailspin.js"), "js").unwrap();
        std::fs::write(dir.path().join("tailspin.wasm"), "wasm").unwrap();
        std::fs::write(dir.path().join("tailspin.css"), "body{}").unwrap();
        let (first, names) = AssetNames::of_dir(dir.path());
        let full = first.bundle_for(Area::Dashboard);
        let digest = full.strip_prefix("tailspin.").unwrap();
        assert_eq!(digest.len(), DIGEST_LEN);
        for area in Area::BUNDLED {
            assert_eq!(first.bundle_for(area), full, "{area:?}: not built");
        }
        assert!(matches!(
            names.resolve(&format!("tailspin.{digest}.wasm")),
            Resolved::Versioned("tailspin.wasm")
        ));
        assert!(matches!(
            names.resolve(&format!("tailspin.{digest}.js")),
            Resolved::Versioned("tailspin.js")
        ));
        assert!(matches!(names.resolve("tailspin.js"), Resolved::Plain));

        std::fs::write(dir.path().join("tailspin.wasm"), "rebuilt").unwrap();
        std::fs::write(dir.path().join("dashboard.js"), "js").unwrap();
        std::fs::write(dir.path().join("dashboard.wasm"), "dashboard").unwrap();
        let (second, names) = AssetNames::of_dir(dir.path());
        assert_ne!(
            second.bundle_for(Area::Designer),
            full,
            "new content, new name"
        );
        let dashboard = second.bundle_for(Area::Dashboard);
        assert!(dashboard.starts_with("dashboard."), "{dashboard}");
        assert!(matches!(
            names.resolve(&format!("{dashboard}.wasm")),
            Resolved::Versioned("dashboard.wasm")
        ));
        assert_eq!(
            first.stylesheet_href, second.stylesheet_href,
            "the style sheet did not change"
        );
        assert!(matches!(
            names.resolve(&format!("{full}.wasm")),
            Resolved::OtherBuild
        ));
        assert!(matches!(
            names.resolve("dashboard.0123456789abcdef.js"),
            Resolved::OtherBuild
        ));
    }
}
