//! Tailspin administration: sign-in and the administrators' home.

use super::raw_text::PageTitle;
use leptos::prelude::*;

use super::error_page::ErrorPage;
use super::sign_in_form::SignInForm;
use crate::api::admin::{AdminHome, StatisticsStatus, load_admin_home};
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
    super::hydration::mark_hydrated();
    view! {
        <PageTitle text="Tailspin administration" />
        <section class="page dashboard">
            <super::admin_nav::AdminNav current="home" />
            <h1>"Tailspin administration"</h1>
            <p class="signed-in">"Signed in as " <strong>{home.email}</strong></p>
            <StatisticsPanel status=home.statistics />
        </section>
    }
}

#[component]
fn StatisticsPanel(status: StatisticsStatus) -> impl IntoView {
    view! {
        <h2>"Statistics task"</h2>
        <dl class="connection">
            <dt>"Answers waiting to be merged"</dt>
            <dd>{status.queued}</dd>
            <dt>"Oldest waiting since"</dt>
            <dd>{status.oldest_queued.unwrap_or_else(|| "—".to_owned())}</dd>
            <dt>"Dead letters"</dt>
            <dd>{status.dead_letters}</dd>
        </dl>
        {if status.runs_here {
            view! {
                <p class="hint">"This server's task since it started:"</p>
                <dl class="connection task-counters">
                    <dt>"Answers merged"</dt>
                    <dd>{status.merged_messages}</dd>
                    <dt>"Version conflicts (retried)"</dt>
                    <dd>{status.version_conflicts}</dd>
                    <dt>"Failed attempts"</dt>
                    <dd>{status.failed_attempts}</dd>
                </dl>
            }
            .into_any()
        } else {
            view! { <p class="hint">"The task runs in separate worker processes; their counters are in their logs."</p> }
                .into_any()
        }}
    }
}
