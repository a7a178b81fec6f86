//! Tailspin administration: sign-in and the administrators' home.

use leptos::prelude::*;
use leptos_meta::Title;

use super::ErrorPage;
use super::sign_in_form::SignInForm;
use crate::api::admin::{AdminHome, load_admin_home};
use crate::api::tenant::SignInRefused;
use crate::error::AppError;

/// `/admin/login`.
#[component]
pub fn AdminLoginPage() -> impl IntoView {
    // Only on the server after a refused attempt; serialized to the browser.
    let refused = use_context::<SignInRefused>();
    let page = Resource::new_blocking(
        || (),
        move |_| {
            let refused = refused.clone();
            async move { refused }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                let refused = page.await;
                view! {
                    <SignInForm
                        heading="Tailspin administration".to_owned()
                        action="/admin/login".to_owned()
                        refused
                    />
                }
            })}
        </Suspense>
    }
}

/// `/admin`: the home of Tailspin administrators.
#[component]
pub fn AdminHomePage() -> impl IntoView {
    let home = Resource::new_blocking(|| (), |_| load_admin_home());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(home) => view! { <AdminHomeView home /> }.into_any(),
                    Err(AppError::Unauthorized) => view! {
                        <section class="page">
                            <h1>"Please sign in"</h1>
                            <p><a href="/admin/login">"Sign in to Tailspin administration"</a></p>
                        </section>
                    }
                        .into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AdminHomeView(home: AdminHome) -> impl IntoView {
    super::mark_hydrated();
    view! {
        <Title text="Tailspin administration" />
        <section class="page dashboard">
            <h1>"Tailspin administration"</h1>
            <p class="signed-in">"Signed in as " <strong>{home.email}</strong></p>
            <form method="post" action="/admin/logout">
                <button type="submit" class="secondary">"Sign out"</button>
            </form>
            <h2>"Subscribers"</h2>
            <p>"Onboarding and managing subscribers comes with the subscriber lifecycle work."</p>
        </section>
    }
}
