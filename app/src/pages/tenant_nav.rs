use leptos::prelude::*;

use crate::i18n::tr;

/// The navigation of a tenant's private pages, with signing out. Users and sign-in settings
/// are offered to Administrators only (the server refuses everyone else).
#[component]
pub fn TenantNav(
    tenant: String,
    tenant_name: String,
    /// `dashboard`, `plan`, `users`, `sign-in`, `metadata`, `branding`, `export`,
    /// `api`, `webhooks` or `language`.
    current: &'static str,
    admin: bool,
    /// Premium tenants also define metadata fields.
    #[prop(optional)]
    premium: bool,
) -> impl IntoView {
    let link = move |key: &'static str, href: String, label: String| {
        let here = (key == current).then_some("page");
        view! { <li><a href=href aria-current=here>{label}</a></li> }
    };
    let admin_links = admin.then({
        let tenant = tenant.clone();
        move || {
            view! {
                {link("plan", format!("/t/{tenant}/settings/plan"), tr!("tenant-nav-plan"))}
                {link("users", format!("/t/{tenant}/users"), tr!("tenant-nav-users"))}
                {link("sign-in", format!("/t/{tenant}/settings/sign-in"), tr!("tenant-nav-sign-in"))}
                {premium.then(|| link("metadata", format!("/t/{tenant}/settings/metadata"), tr!("tenant-nav-metadata")))}
                {link("branding", format!("/t/{tenant}/branding"), tr!("tenant-nav-branding"))}
                {link("export", format!("/t/{tenant}/export"), tr!("tenant-nav-export"))}
                {link("api", format!("/t/{tenant}/settings/api"), tr!("tenant-nav-api"))}
                {link("webhooks", format!("/t/{tenant}/settings/webhooks"), tr!("tenant-nav-webhooks"))}
            }
        }
    });
    view! {
        <nav class="tenant-nav" aria-label=tr!("tenant-nav-label", tenant = tenant_name)>
            <ul>
                {link("dashboard", format!("/t/{tenant}"), tr!("tenant-nav-dashboard"))}
                {admin_links}
                {link("language", format!("/t/{tenant}/settings/language"), tr!("tenant-nav-language"))}
            </ul>
            <form method="post" action=format!("/t/{tenant}/logout")>
                <button type="submit" class="secondary">{tr!("tenant-nav-sign-out")}</button>
            </form>
        </nav>
    }
}
