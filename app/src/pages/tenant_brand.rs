//! A tenant's branding on its pages: its style sheet after the base one (so
//! its rules win) and its logo.

use leptos::prelude::*;
use leptos_meta::Stylesheet;

use crate::api::branding::TenantBranding;

#[component]
pub fn TenantStyle(branding: TenantBranding) -> impl IntoView {
    branding
        .stylesheet_url
        .map(|href| view! { <Stylesheet id="tenant-style" href=href /> })
}

#[component]
pub fn TenantLogo(branding: TenantBranding) -> impl IntoView {
    let alt = format!("{} logo", branding.tenant_name);
    branding
        .logo_url
        .map(|src| view! { <img class="tenant-logo" src=src alt=alt /> })
}
