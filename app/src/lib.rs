//! Tailspin Surveys: the Leptos application (pages, server functions and the
//! domain shared by server and browser). Server-only parts — storage,
//! authorization, the respondent service — are compiled with `ssr`.

// The release WebAssembly build computes the layout of deeply nested view
// types (the dashboard's table) past the default limit of 128.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod backup;
#[cfg(feature = "ssr")]
pub mod branding;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod jobs;
#[cfg(feature = "ssr")]
pub mod lifecycle;
/// Logo checks and re-encoding; also built alone (`logo-decoder`) for the
/// fuzz target, without the server side.
#[cfg(any(feature = "ssr", feature = "logo-decoder"))]
pub mod logo;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod onboarding;
#[cfg(feature = "ssr")]
pub mod passwords;
#[cfg(feature = "ssr")]
pub mod respond;
#[cfg(feature = "ssr")]
pub mod secrets;
#[cfg(feature = "ssr")]
pub mod signup;
#[cfg(feature = "ssr")]
pub mod statistics;
#[cfg(feature = "ssr")]
pub mod storage;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::error::AppError;
use crate::pages::{
    AdminDeadLettersPage, AdminHomePage, AdminLoginPage, AdminNewSubscriberPage, AdminRestorePage,
    AdminSubscriberPage, AdminSubscribersPage, AdminUsagePage, BrandingPage, DashboardPage,
    ErrorPage, HomePage, MetadataSettingsPage, ResponsesPage, ResultsPage, SignInSettingsPage,
    SignupPage, SqlExportPage, SurveyEditorPage, SurveyPage, SurveyPreviewPage, TenantLoginPage,
    TenantSurveysPage, ThanksPage, UsersPage, WelcomePage,
};

/// The HTML document around the application.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="leptos" href="/pkg/tailspin.css" />
        <Title formatter=|text: String| format!("{text} · Tailspin Surveys") />
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="site-header">
                <a class="brand" href="/">"Tailspin Surveys"</a>
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <ErrorPage error=AppError::NotFound /> }>
                    <Route path=path!("/") view=HomePage />
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
                    <Route path=path!("/t/:tenant/surveys/:slug/results") view=ResultsPage ssr=SsrMode::Async />
                    <Route path=path!("/t/:tenant/surveys/:slug/responses") view=ResponsesPage ssr=SsrMode::Async />
                    <Route path=path!("/t/:tenant/settings/sign-in") view=SignInSettingsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=AdminHomePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/login") view=AdminLoginPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/subscribers") view=AdminSubscribersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/subscribers/new") view=AdminNewSubscriberPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/subscribers/:alias") view=AdminSubscriberPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/usage") view=AdminUsagePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/restore") view=AdminRestorePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/dead-letters") view=AdminDeadLettersPage ssr=SsrMode::Async />
                    <Route path=path!("/signup") view=SignupPage ssr=SsrMode::Async />
                    <Route path=path!("/signup/welcome/:tenant") view=WelcomePage ssr=SsrMode::Async />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"Tailspin Surveys — surveys for every team."</p>
            </footer>
        </Router>
    }
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
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    );
    if let Ok(value) = axum::http::HeaderValue::from_str(&policy) {
        response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
    }
}
