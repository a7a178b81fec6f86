//! A tenant's logo on its pages. Its style sheet is linked by the page
//! frame, on respondents' pages only (`site::page_kind`).

use leptos::prelude::*;

use crate::api::branding::TenantBranding;

#[component]
pub fn TenantLogo(branding: TenantBranding) -> impl IntoView {
    let texts = crate::i18n::texts();
    let name = texts.isolate(&branding.tenant_name);
    let alt = texts.format("tenant-logo", &[("name", name.into())]);
    branding
        .logo_url
        .map(|src| view! { <img class="tenant-logo" src=src alt=alt /> })
}
