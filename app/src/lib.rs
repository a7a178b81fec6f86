//! Tailspin Surveys: the Leptos application (pages, server functions and the
//! domain shared by server and browser). Server-only parts — storage,
//! authorization, the respondent service — are compiled with `ssr`.

// The release WebAssembly build computes the layout of deeply nested view
// types (the dashboard's table) past the default limit of 128.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod pages;
mod site;
pub mod site_assets;

#[cfg(feature = "ssr")]
pub mod auth;
/// Logo checks and re-encoding; also built alone (`logo-decoder`) for the
/// fuzz target, without the server side.
#[cfg(any(feature = "ssr", feature = "logo-decoder"))]
pub mod logo;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod outbound;
#[cfg(feature = "ssr")]
pub mod passwords;
#[cfg(feature = "ssr")]
pub mod secrets;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod storage;

#[cfg(feature = "ssr")]
pub use site::page_routes;
pub use site::{
    AdministrationApp, App, Area, BrandingApp, DashboardApp, DesignerApp, PreviewDocumentApp,
    PublicApp, RespondentApp, SubscribersApp, TenantSettingsApp, shell,
};
pub use site_assets::SiteAssets;
