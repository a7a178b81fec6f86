use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::ErrorPage;
use super::tenant_nav::TenantNav;
use crate::api::tenant::{Dashboard, load_dashboard};
use crate::error::AppError;

/// `/t/{tenant}`: the signed-in home of a tenant's users.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let dashboard = Resource::new_blocking(tenant, load_dashboard);
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Ok(dashboard) => view! { <DashboardView dashboard /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        let login = format!("/t/{}/login", tenant());
                        view! {
                            <section class="page">
                                <h1>"Please sign in"</h1>
                                <p><a href=login>"Sign in to continue"</a></p>
                            </section>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    super::mark_hydrated();
    let Dashboard {
        tenant_alias,
        tenant_name,
        user_name,
        role,
    } = dashboard;
    view! {
        <Title text=tenant_name.clone() />
        <section class="page dashboard">
            <TenantNav tenant=tenant_alias.clone() tenant_name=tenant_name.clone() current="dashboard"
                admin=role.can_administer_tenant() />
            <h1>{tenant_name.clone()}</h1>
            <p class="signed-in">
                "Signed in as " <strong>{user_name}</strong> {format!(" ({})", role.label())}
            </p>
            <h2>"Surveys"</h2>
            <p>
                "The survey designer comes next. Your published surveys are listed on "
                <a href=format!("/s/{tenant_alias}")>"your public survey page"</a> "."
            </p>
        </section>
    }
}
