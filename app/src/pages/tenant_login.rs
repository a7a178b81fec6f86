use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::sign_in_form::SignInForm;
use leptos_meta::Stylesheet;

use super::raw_text::PageTitle;

use crate::api::tenant::{LoginPage, SignInMethod, SignInRefused, load_login_page};

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
        method,
        refused,
    } = page;
    let heading = format!("Sign in to {tenant_name}");
    let style =
        view! { <Stylesheet id="tenant-style" href=format!("/branding/{tenant}/style.css") /> };
    let form = match method {
        SignInMethod::Password => {
            let action = format!("/t/{tenant}/login");
            view! { <SignInForm heading action refused /> }.into_any()
        }
        SignInMethod::Provider { label, start_url } => {
            super::hydration::mark_hydrated();
            let message = refused.map(|r| r.message);
            view! {
                <PageTitle text=heading.clone() />
                <section class="page sign-in">
                    <h1>{heading}</h1>
                    <div class="error-summary" role="alert">
                        {message.map(|m| view! { <p>{m}</p> })}
                    </div>
                    <p>"You will be taken to your identity provider to sign in, then brought back here."</p>
                    // A plain link: the sign-in starts with a full page load
                    // whether or not the WebAssembly is running.
                    <a class="button primary" href=start_url rel="external">{label}</a>
                </section>
            }
                .into_any()
        }
        SignInMethod::NotConfigured => {
            super::hydration::mark_hydrated();
            view! {
                <PageTitle text=heading.clone() />
                <section class="page sign-in">
                    <h1>{heading}</h1>
                    <p>"Sign-in for this organization is not set up yet. Please contact its administrator or Tailspin support."</p>
                </section>
            }
                .into_any()
        }
    };
    view! {
        {style}
        {form}
    }
}
