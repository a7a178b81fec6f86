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
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                let refused = page.await;
                view! {
                    <SignInForm
                        heading=crate::i18n::tr!("admin-login-heading")
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
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(home) => view! { <AdminHomeView home /> }.into_any(),
                    Err(AppError::Unauthorized) => view! {
                        <section class="page">
                            <h1>{crate::i18n::tr!("admin-sign-in-heading")}</h1>
                            <p><a href="/admin/login">{crate::i18n::tr!("admin-sign-in-link")}</a></p>
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
    let (signed_in_before, signed_in_after) =
        crate::i18n::texts().around("admin-signed-in-as", "email", &[]);
    view! {
        <PageTitle text=crate::i18n::tr!("admin-heading") />
        <section class="page dashboard">
            <super::admin_nav::AdminNav current="home" />
            <h1>{crate::i18n::tr!("admin-heading")}</h1>
            <p class="signed-in">{signed_in_before}<strong>{home.email}</strong>{signed_in_after}</p>
            <StatisticsPanel status=home.statistics />
        </section>
    }
}

#[component]
fn StatisticsPanel(status: StatisticsStatus) -> impl IntoView {
    view! {
        <h2>{crate::i18n::tr!("admin-statistics-heading")}</h2>
        <dl class="connection">
            <dt>{crate::i18n::tr!("admin-statistics-queued")}</dt>
            <dd>{status.queued}</dd>
            <dt>{crate::i18n::tr!("admin-statistics-oldest")}</dt>
            <dd>{status.oldest_queued.unwrap_or_else(|| "—".to_owned())}</dd>
            <dt>{crate::i18n::tr!("admin-statistics-dead-letters")}</dt>
            <dd>{status.dead_letters}</dd>
        </dl>
        {if status.runs_here {
            view! {
                <p class="hint">{crate::i18n::tr!("admin-statistics-here")}</p>
                <dl class="connection task-counters">
                    <dt>{crate::i18n::tr!("admin-statistics-merged")}</dt>
                    <dd>{status.merged_messages}</dd>
                    <dt>{crate::i18n::tr!("admin-statistics-conflicts")}</dt>
                    <dd>{status.version_conflicts}</dd>
                    <dt>{crate::i18n::tr!("admin-statistics-failed")}</dt>
                    <dd>{status.failed_attempts}</dd>
                </dl>
            }
            .into_any()
        } else {
            view! { <p class="hint">{crate::i18n::tr!("admin-statistics-elsewhere")}</p> }
                .into_any()
        }}
    }
}
