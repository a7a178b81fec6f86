use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::ErrorPage;
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
    super::mark_hydrated();
    let LoginPage {
        tenant_name,
        password_sign_in,
        refused,
    } = page;
    let heading = format!("Sign in to {tenant_name}");
    let email = refused
        .as_ref()
        .map(|r| r.email.clone())
        .unwrap_or_default();
    let message = refused.map(|r| r.message);
    view! {
        <Title text=heading.clone() />
        <section class="page sign-in">
            <h1>{heading}</h1>
            {if password_sign_in {
                view! {
                    <div class="error-summary" role="alert">
                        {message.map(|m| view! { <p>{m}</p> })}
                    </div>
                    <form method="post" action=format!("/t/{tenant}/login") class="stacked">
                        <label for="email">"Email"</label>
                        <input id="email" name="email" type="email" autocomplete="username" required value=email />
                        <label for="password">"Password"</label>
                        <input id="password" name="password" type="password" autocomplete="current-password" required />
                        <button type="submit" class="primary">"Sign in"</button>
                    </form>
                }
                    .into_any()
            } else {
                view! {
                    <p>"This organization signs in with its own identity provider, which is not available yet."</p>
                }
                    .into_any()
            }}
        </section>
    }
}
