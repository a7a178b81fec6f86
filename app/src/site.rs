//! The document, the frame around every page, and which area's route tree
//! and bundle a page gets.
//!
//! The server renders every page from [`App`], which renders the route tree
//! of the page's area (`area_apps`). The browser hydrates with that area's
//! own WebAssembly bundle (frontend/<bundle>), which holds the area's tree
//! alone, so a subscriber's page loads the code of its area only. The whole
//! application's bundle, `tailspin` (frontend/, what `cargo leptos watch`
//! builds), hydrates [`App`] itself and serves where an area's bundle was
//! not built.

use leptos::prelude::*;
use leptos_meta::MetaTags;

use crate::site_assets::SiteAssets;
use page_kind::current_path;

pub(crate) mod area;
mod area_apps;
mod frame;
mod language_switcher;
mod leave;
mod page_kind;
pub use area::Area;
#[cfg(feature = "ssr")]
pub use area_apps::page_routes;
pub use area_apps::{
    AdministrationApp, BrandingApp, DashboardApp, DesignerApp, PreviewDocumentApp, PublicApp,
    RespondentApp, SubscribersApp, TenantSettingsApp,
};

/// The HTML document around the application.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    content_security_policy();
    let assets = use_context::<SiteAssets>().unwrap_or_default();
    #[cfg(feature = "ssr")]
    let options = bundle_for_request(options, &assets);
    #[cfg(feature = "ssr")]
    let texts = crate::i18n::provide_request_texts();
    #[cfg(not(feature = "ssr"))]
    let texts = crate::i18n::texts();
    let language = texts.language();
    view! {
        <!DOCTYPE html>
        <html lang=language.code() dir=language.direction()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name=crate::i18n::TEXTS_META content=page_texts(&texts) />
                // Browsers that do not read SVG icons ask for /favicon.ico.
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                // Before the tenant's style sheet (in MetaTags), which may override it.
                <link rel="stylesheet" href=assets.stylesheet_href.to_string() />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                // Framed by a website the tenant lists, the survey reports its height.
                {(Area::of(&current_path()) == Area::Respondent).then(|| view! {
                    <script src="/frame-height.js" defer></script>
                })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The chosen language's patterns the page's bundle may need, as JSON
/// (the renderer escapes the attribute): those of the page's area.
fn page_texts(texts: &crate::i18n::Texts) -> String {
    #[cfg(feature = "ssr")]
    {
        let files = Area::of(&current_path()).catalogue_files();
        let mut carried = crate::i18n::catalogue::CATALOGUE.browser_texts(texts.language(), files);
        carried.offered = texts.offered().to_vec();
        serde_json::to_string(&carried).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = texts;
        String::new()
    }
}

/// The bundle of the page's area.
#[cfg(feature = "ssr")]
fn bundle_for_request(mut options: LeptosOptions, assets: &SiteAssets) -> LeptosOptions {
    options.output_name = assets.bundle_for(Area::of(&current_path()).hydrated_by());
    options
}

/// A fresh nonce for this page's inline scripts (Leptos' hydration and
/// resource scripts carry it) and the strict policy that names it: no other
/// inline script or style, and everything else from this site only.
#[cfg(feature = "ssr")]
fn content_security_policy() {
    leptos::nonce::provide_nonce();
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    // Forms post to this site only. Signing up for a social plan without
    // JavaScript posts here and is redirected to the social provider, which
    // form-action also governs, so those providers' origins are named too.
    let provider_origins: String = use_context::<crate::auth::Federation>()
        .map(|federation| {
            federation
                .social_providers
                .iter()
                .filter_map(|p| url::Url::parse(&p.issuer).ok())
                .map(|issuer| format!(" {}", issuer.origin().ascii_serialization()))
                .collect()
        })
        .unwrap_or_default();
    // Only the preview's document may be framed, and only by this site.
    let ancestors = if Area::of(&current_path()) == Area::PreviewDocument {
        response.insert_header(
            axum::http::header::X_FRAME_OPTIONS,
            axum::http::HeaderValue::from_static("SAMEORIGIN"),
        );
        "'self'"
    } else {
        "'none'"
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors {ancestors}; \
         form-action 'self'{provider_origins}"
    );
    if let Ok(value) = axum::http::HeaderValue::from_str(&policy) {
        response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Every page: the route tree of the page's area. The area bundles hydrate
/// their tree directly; the whole application's bundle hydrates this.
#[component]
pub fn App() -> impl IntoView {
    area_apps::area_app(Area::of(&current_path()))
}
