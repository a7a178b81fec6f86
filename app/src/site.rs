//! The document, the frame around every page and the two route trees.
//!
//! The server renders every page from [`App`]. The browser hydrates with
//! one of two WebAssembly bundles: `tailspin` (the whole application) or,
//! on the respondent's pages under `/s/`, `respondent` (frontend/respondent),
//! which holds [`RespondentApp`] alone. Respondents, often on phones, load a
//! small fraction of the code; subscribers' pages keep the full bundle.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{SsrMode, path};

use crate::error::AppError;
use crate::pages::{
    AdminDeadLettersPage, AdminHomePage, AdminLoginPage, AdminNewTenantPage, AdminRestorePage,
    AdminTenantPage, AdminTenantsPage, AdminUsagePage, BrandingPage, DashboardPage, ErrorPage,
    HomePage, MetadataSettingsPage, ResponsesPage, ResultsPage, SignInSettingsPage, SignupPage,
    SqlExportPage, SurveyEditorPage, SurveyPage, SurveyPreviewDocument, SurveyPreviewPage,
    TenantLoginPage, TenantSurveysPage, ThanksPage, UsersPage, WelcomePage,
};
use crate::site_assets::SiteAssets;

mod page_kind;
use page_kind::{PageKind, tenant_stylesheet};

/// The HTML document around the application.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    content_security_policy();
    let assets = use_context::<SiteAssets>().unwrap_or_default();
    #[cfg(feature = "ssr")]
    let options = bundle_for_request(options, &assets);
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                // Browsers that do not read SVG icons ask for /favicon.ico.
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                // Before the tenant's style sheet (in MetaTags), which may override it.
                <link rel="stylesheet" href=assets.stylesheet_href.to_string() />
                // The preview's document runs nothing: it only shows.
                {(!preview_document()).then(|| view! {
                    <AutoReload options=options.clone() />
                    <HydrationScripts options />
                })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Pages under `/s/` hydrate with the respondent's bundle. A path there that
/// [`RespondentApp`] does not know renders the same "not found" page in
/// both trees, so the choice never breaks hydration.
#[cfg(feature = "ssr")]
fn bundle_for_request(mut options: LeptosOptions, assets: &SiteAssets) -> LeptosOptions {
    options.output_name = if respondent_document() {
        assets.respondent_bundle.clone()
    } else {
        assets.full_bundle.clone()
    };
    options
}

/// Whether this document is a respondent's page (hydrated by the
/// respondent bundle); the full bundle only ever hydrates the others.
fn respondent_document() -> bool {
    #[cfg(feature = "ssr")]
    return use_context::<axum::http::request::Parts>()
        .is_some_and(|parts| is_respondent_path(parts.uri.path()));
    #[cfg(not(feature = "ssr"))]
    false
}

#[cfg(feature = "ssr")]
fn is_respondent_path(path: &str) -> bool {
    path == "/s" || path.starts_with("/s/")
}

/// Whether this document is the one inside the survey preview's frame.
fn preview_document() -> bool {
    #[cfg(feature = "ssr")]
    return use_context::<axum::http::request::Parts>()
        .is_some_and(|parts| PageKind::of(parts.uri.path()) == PageKind::PreviewDocument);
    #[cfg(not(feature = "ssr"))]
    false
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
    let ancestors = if preview_document() {
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

/// Everything a subscriber, an administrator or a respondent can open.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Frame leaves_bundle=respondent_document()>
            <Routes fallback=|| view! { <ErrorPage error=AppError::NotFound /> }>
                <Route path=path!("/") view=HomePage />
                // The respondent's pages: the same three routes as in RespondentApp.
                <Route path=path!("/s/:tenant") view=TenantSurveysPage ssr=SsrMode::Async />
                <Route path=path!("/s/:tenant/:slug") view=SurveyPage ssr=SsrMode::Async />
                <Route path=path!("/s/:tenant/:slug/thanks") view=ThanksPage />
                <Route path=path!("/t/:tenant") view=DashboardPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/login") view=TenantLoginPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/users") view=UsersPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/metadata") view=MetadataSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/export") view=SqlExportPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/branding") view=BrandingPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/edit") view=SurveyEditorPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/preview") view=SurveyPreviewPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/preview/document") view=SurveyPreviewDocument ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/results") view=ResultsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/responses") view=ResponsesPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/sign-in") view=SignInSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/admin") view=AdminHomePage ssr=SsrMode::Async />
                <Route path=path!("/admin/login") view=AdminLoginPage ssr=SsrMode::Async />
                <Route path=path!("/admin/subscribers") view=AdminTenantsPage ssr=SsrMode::Async />
                <Route path=path!("/admin/subscribers/new") view=AdminNewTenantPage ssr=SsrMode::Async />
                <Route path=path!("/admin/subscribers/:alias") view=AdminTenantPage ssr=SsrMode::Async />
                <Route path=path!("/admin/usage") view=AdminUsagePage ssr=SsrMode::Async />
                <Route path=path!("/admin/restore") view=AdminRestorePage ssr=SsrMode::Async />
                <Route path=path!("/admin/dead-letters") view=AdminDeadLettersPage ssr=SsrMode::Async />
                <Route path=path!("/signup") view=SignupPage ssr=SsrMode::Async />
                <Route path=path!("/signup/welcome/:tenant") view=WelcomePage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// The respondent's pages alone: what the `respondent` bundle hydrates.
#[component]
pub fn RespondentApp() -> impl IntoView {
    // Effects run once the page has hydrated.
    #[cfg(feature = "hydrate")]
    Effect::new(|_| hydration::finish());
    view! {
        <Frame leaves_bundle=true>
            <Routes fallback=LeaveForServer>
                // Exactly as in App, so that both trees render the same markup.
                <Route path=path!("/s/:tenant") view=TenantSurveysPage ssr=SsrMode::Async />
                <Route path=path!("/s/:tenant/:slug") view=SurveyPage ssr=SsrMode::Async />
                <Route path=path!("/s/:tenant/:slug/thanks") view=ThanksPage />
            </Routes>
        </Frame>
    }
}

/// The frame of every page: skip link, site header, main region, footer.
/// `leaves_bundle`: the respondent bundle does not know the home page, so
/// its link is followed by the browser itself (`rel="external"`: the router
/// leaves it alone), and Back returns to the survey.
#[component]
fn Frame(#[prop(optional)] leaves_bundle: bool, children: Children) -> impl IntoView {
    let home_rel = leaves_bundle.then_some("external");
    provide_meta_context();
    view! {
        <Title formatter=|text: String| format!("{text} · Tailspin Surveys") />
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="site-header">
                <a class="brand" href="/" rel=home_rel>"Tailspin Surveys"</a>
            </header>
            <PageLayout>{children()}</PageLayout>
            <footer class="site-footer">
                <p>"Tailspin Surveys — surveys for every team."</p>
            </footer>
        </Router>
    }
}

/// The main region, as wide as the kind of page needs, and the tenant's
/// style sheet where it applies (see [`page_kind`]).
#[component]
fn PageLayout(children: Children) -> impl IntoView {
    let location = use_location();
    let kind = Memo::new(move |_| PageKind::of(&location.pathname.get()));
    let tenant_style = move || {
        tenant_stylesheet(&location.pathname.get())
            .map(|href| view! { <Stylesheet id="tenant-style" href /> })
    };
    view! {
        {tenant_style}
        <main id="main" tabindex="-1" class=move || kind.get().main_class()>
            {children()}
        </main>
    }
}

/// The respondent bundle's answer to a path it does not know. While the
/// page hydrates, that is a path under `/s/` that the server answered with
/// its "not found" page, rendered here the same. After a link was followed
/// in the browser (the site's home page, say), the page is loaded from the
/// server instead, with the bundle that knows it.
#[component]
fn LeaveForServer() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    if hydration::finished() {
        let location = leptos_router::hooks::use_location();
        let mut target = location.pathname.get_untracked();
        let search = location.search.get_untracked();
        if !search.is_empty() {
            target = format!("{target}?{search}");
        }
        hydration::load_from_server(&target);
        // Nothing to show for the moment before the page is replaced.
        return ().into_any();
    }
    view! { <ErrorPage error=AppError::NotFound /> }.into_any()
}

#[cfg(feature = "hydrate")]
mod hydration {
    use std::sync::atomic::{AtomicBool, Ordering};

    static FINISHED: AtomicBool = AtomicBool::new(false);

    pub fn finished() -> bool {
        FINISHED.load(Ordering::Relaxed)
    }

    pub fn finish() {
        FINISHED.store(true, Ordering::Relaxed);
    }

    /// Replaces the entry the router pushed, so Back returns to the page
    /// the respondent came from. The router pushes that entry only after
    /// the new route has rendered, so the replacement waits a turn: done
    /// at once, it replaced the respondent's page instead.
    pub fn load_from_server(target: &str) {
        let target = target.to_owned();
        leptos::prelude::set_timeout(
            move || {
                let _ = leptos::prelude::window().location().replace(&target);
            },
            std::time::Duration::ZERO,
        );
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::is_respondent_path;

    #[test]
    fn only_paths_under_s_are_the_respondents() {
        for path in [
            "/s",
            "/s/adatum",
            "/s/adatum/survey",
            "/s/a/b/thanks",
            "/s/a/b/c/d",
        ] {
            assert!(is_respondent_path(path), "{path}");
        }
        for path in [
            "/",
            "/signup",
            "/sales",
            "/s-x",
            "/t/adatum",
            "/admin",
            "/api/submit_answers",
        ] {
            assert!(!is_respondent_path(path), "{path}");
        }
    }
}
