use leptos::prelude::*;

/// The navigation of a tenant's private pages, with signing out. Users and sign-in settings
/// are offered to Administrators only (the server refuses everyone else).
#[component]
pub fn TenantNav(
    tenant: String,
    tenant_name: String,
    /// `dashboard`, `plan`, `users`, `sign-in`, `metadata`, `branding`, `export`,
    /// `api` or `webhooks`.
    current: &'static str,
    admin: bool,
    /// Premium tenants also define metadata fields.
    #[prop(optional)]
    premium: bool,
) -> impl IntoView {
    let link = move |key: &'static str, href: String, label: &'static str| {
        let here = (key == current).then_some("page");
        view! { <li><a href=href aria-current=here>{label}</a></li> }
    };
    let admin_links = admin.then({
        let tenant = tenant.clone();
        move || {
            view! {
                {link("plan", format!("/t/{tenant}/settings/plan"), "Plan")}
                {link("users", format!("/t/{tenant}/users"), "Users")}
                {link("sign-in", format!("/t/{tenant}/settings/sign-in"), "Sign-in settings")}
                {premium.then(|| link("metadata", format!("/t/{tenant}/settings/metadata"), "Metadata fields"))}
                {link("branding", format!("/t/{tenant}/branding"), "Branding")}
                {link("export", format!("/t/{tenant}/export"), "Export to a database")}
                {link("api", format!("/t/{tenant}/settings/api"), "API keys")}
                {link("webhooks", format!("/t/{tenant}/settings/webhooks"), "Webhooks")}
            }
        }
    });
    view! {
        <nav class="tenant-nav" aria-label=format!("{tenant_name} pages")>
            <ul>
                {link("dashboard", format!("/t/{tenant}"), "Dashboard")}
                {admin_links}
            </ul>
            <form method="post" action=format!("/t/{tenant}/logout")>
                <button type="submit" class="secondary">"Sign out"</button>
            </form>
        </nav>
    }
}
