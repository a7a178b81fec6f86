use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::sign_in_form::SignInForm;

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
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(LoginPage { method: SignInMethod::AwaitingActivation, .. }) => {
                        view! { <AwaitingActivation alias=tenant() /> }.into_any()
                    }
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
    let heading = crate::i18n::tr!("tenant-login-heading", tenant = &tenant_name);
    match method {
        SignInMethod::Password => {
            let action = format!("/t/{tenant}/login");
            let forgot_url = format!("/t/{tenant}/password-reset");
            let query = leptos_router::hooks::use_query_map();
            let notice = (query.read_untracked().get("reset").as_deref() == Some("done"))
                .then(|| crate::i18n::tr!("tenant-login-password-changed"));
            view! { <SignInForm heading action refused forgot_url=Some(forgot_url) notice /> }
                .into_any()
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
                    <p>{crate::i18n::tr!("tenant-login-provider")}</p>
                    // A plain link: the sign-in starts with a full page load
                    // whether or not the WebAssembly is running.
                    <a class="button primary" href=start_url rel="external">{label}</a>
                </section>
            }
            .into_any()
        }
        SignInMethod::NotConfigured | SignInMethod::AwaitingActivation => {
            super::hydration::mark_hydrated();
            view! {
                <PageTitle text=heading.clone() />
                <section class="page sign-in">
                    <h1>{heading}</h1>
                    <p>{crate::i18n::tr!("tenant-login-not-set-up")}</p>
                </section>
            }
            .into_any()
        }
    }
}

/// A subscriber that signed up and waits for a Tailspin administrator: shown
/// on its sign-in page (where its private pages send a visitor) and on its
/// welcome page in any other browser. It says only what the address already
/// does; the tenant's own style sheet is not served yet.
#[component]
pub(super) fn AwaitingActivation(alias: String) -> impl IntoView {
    super::hydration::mark_hydrated();
    let texts = crate::i18n::texts();
    let (lead_before, lead_after) = texts.around("tenant-login-awaiting-lead", "alias", &[]);
    let (hear_before, hear_after) = texts.around("tenant-login-awaiting-hear", "address", &[]);
    view! {
        <PageTitle text=crate::i18n::tr!("tenant-login-awaiting-title") />
        <section class="page awaiting-activation">
            <h1>{crate::i18n::tr!("tenant-login-awaiting-heading")}</h1>
            <p class="lead">{lead_before}<strong>{alias.clone()}</strong>{lead_after}</p>
            <p>{crate::i18n::tr!("tenant-login-awaiting-payment")}</p>
            <p>{hear_before}<code>{format!("/t/{alias}/login")}</code>{hear_after}</p>
            <p><a href="/">{crate::i18n::tr!("tenant-login-home")}</a></p>
        </section>
    }
}
