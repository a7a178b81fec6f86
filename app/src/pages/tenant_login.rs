use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::ErrorPage;
use super::sign_in_form::SignInForm;
use crate::api::tenant::{LoginPage, SignInRefused, load_login_page};

/// `/t/{tenant}/login`: a plain form that posts to the same address, so it
/// works before (and without) the WebAssembly.
#[component]
pub fn TenantLoginPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    // Only on the server, after a refused attempt; the browser gets it
    // through the resource's serialized value.
    let refused = use_context::<SignInRefused>();
    let page = Resource::new_blocking(tenant, move |tenant| {
        let refused = refused.clone();
        async move {
            let mut page = load_login_page(tenant).await?;
            page.refused = refused;
            Ok(page)
        }
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <LoginForm tenant=tenant() page /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LoginForm(tenant: String, page: LoginPage) -> impl IntoView {
    let LoginPage {
        tenant_name,
        password_sign_in,
        refused,
    } = page;
    if password_sign_in {
        let heading = format!("Sign in to {tenant_name}");
        let action = format!("/t/{tenant}/login");
        view! { <SignInForm heading action refused /> }.into_any()
    } else {
        super::mark_hydrated();
        view! {
            <section class="page sign-in">
                <h1>{format!("Sign in to {tenant_name}")}</h1>
                <p>"This organization signs in with its own identity provider, which is not available yet."</p>
            </section>
        }
            .into_any()
    }
}
