//! `/t/{tenant}/password-reset`: asking for a link to choose a new password,
//! and `/t/{tenant}/password-reset/new?token=…`: choosing it. Plain forms
//! that post to the same address, so they work without JavaScript; after a
//! post the server renders the page again with what happened.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error_page::ErrorPage;
use super::raw_text::PageTitle;
use crate::api::password_reset::{
    NewPasswordPage, NewPasswordRefused, ResetRequestAnswer, load_new_password_page,
};
use crate::api::tenant::{LoginPage, SignInMethod, load_login_page};
use crate::domain::PASSWORD_MIN_CHARS;

#[component]
pub fn PasswordResetPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    // Only on the server, after a post; the browser gets it through the
    // resource's serialized value.
    let answer = use_context::<ResetRequestAnswer>();
    let page = Resource::new_blocking(tenant, move |tenant| {
        let answer = answer.clone();
        async move { load_login_page(tenant).await.map(|page| (page, answer)) }
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok((page, answer)) => view! { <ResetRequestForm tenant=tenant() page answer /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ResetRequestForm(
    tenant: String,
    page: LoginPage,
    answer: Option<ResetRequestAnswer>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let heading = crate::i18n::tr!("password-reset-heading", tenant = &page.tenant_name);
    let login = format!("/t/{tenant}/login");
    if page.method != SignInMethod::Password {
        return view! {
            <PageTitle text=heading.clone() />
            <section class="page sign-in">
                <h1>{heading}</h1>
                <p>{crate::i18n::tr!("password-reset-provider")}</p>
                <p><a href=login>{crate::i18n::tr!("password-reset-back")}</a></p>
            </section>
        }
        .into_any();
    }
    let (email, sent, error) = answer
        .map(|a| (a.email, a.sent, a.error))
        .unwrap_or_default();
    if sent {
        return view! { <CheckYourEmail tenant email login /> }.into_any();
    }
    let title = if error.is_some() {
        crate::i18n::tr!("password-reset-error-title", title = &heading)
    } else {
        heading.clone()
    };
    let invalid = error.is_some().then_some("true");
    let error_class = error_slot(&error);
    view! {
        <PageTitle text=title />
        <section class="page sign-in">
            <h1>{heading}</h1>
            <p class="lead">{crate::i18n::tr!("password-reset-lead")}</p>
            <form method="post" action=format!("/t/{tenant}/password-reset") class="stacked">
                <label for="email">{crate::i18n::tr!("password-reset-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required value=email
                    autofocus=invalid.is_some() aria-invalid=invalid aria-describedby="email-error" />
                <p class=error_class id="email-error">{error}</p>
                <button type="submit" class="primary">{crate::i18n::tr!("password-reset-send")}</button>
            </form>
            <p><a href=login>{crate::i18n::tr!("password-reset-back")}</a></p>
        </section>
    }
    .into_any()
}

/// After asking: what happens next, and a way to ask again.
#[component]
fn CheckYourEmail(tenant: String, email: String, login: String) -> impl IntoView {
    let (sent_before, sent_after) =
        crate::i18n::texts().around("password-reset-sent", "email", &[]);
    view! {
        <PageTitle text=crate::i18n::tr!("password-reset-check-email") />
        <section class="page sign-in">
            <h1>{crate::i18n::tr!("password-reset-check-email")}</h1>
            <p class="lead">{sent_before}<strong>{email.clone()}</strong>{sent_after}</p>
            <p>{crate::i18n::tr!("password-reset-nothing")}</p>
            <p><a class="button primary" href=login autofocus>{crate::i18n::tr!("password-reset-back")}</a></p>
            <form method="post" action=format!("/t/{tenant}/password-reset") class="inline">
                <input type="hidden" name="email" value=email />
                <button type="submit" class="secondary">{crate::i18n::tr!("password-reset-send-again")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let token = move || query.read().get("token").unwrap_or_default();
    // Only on the server, after a refused post (see `PasswordResetPage`).
    let refused = use_context::<NewPasswordRefused>();
    let page = Resource::new_blocking(
        move || (tenant(), token()),
        move |(tenant, token)| {
            let refused = refused.clone();
            async move {
                load_new_password_page(tenant, token)
                    .await
                    .map(|page| (page, refused))
            }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok((page, refused)) => view! { <NewPasswordForm tenant=tenant() token=token() page refused /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NewPasswordForm(
    tenant: String,
    token: String,
    page: NewPasswordPage,
    refused: Option<NewPasswordRefused>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let heading = if page.invitation {
        crate::i18n::tr!("password-reset-welcome", tenant = &page.tenant_name)
    } else {
        crate::i18n::tr!("password-reset-choose-new", tenant = &page.tenant_name)
    };
    let ask_again = format!("/t/{tenant}/password-reset");
    let invitation = page.invitation;
    let submit = if invitation {
        crate::i18n::tr!("password-reset-set-mine")
    } else {
        crate::i18n::tr!("password-reset-set-new")
    };
    let Some(email) = page.email else {
        let why = page.refusal.unwrap_or_default();
        let login = format!("/t/{tenant}/login");
        return view! {
            <PageTitle text=crate::i18n::tr!("password-reset-unusable") />
            <section class="page sign-in">
                <h1>{crate::i18n::tr!("password-reset-unusable")}</h1>
                <p class="lead">{why}</p>
                <p><a class="button primary" href=login>{crate::i18n::tr!("password-reset-sign-in")}</a></p>
                <p><a href=ask_again>{crate::i18n::tr!("password-reset-ask-again")}</a></p>
            </section>
        }
        .into_any();
    };
    let problem = |field: &str| {
        refused.as_ref().and_then(|r| {
            let found: Vec<&str> = r
                .problems
                .iter()
                .filter(|p| p.field == field)
                .map(|p| p.message.as_str())
                .collect();
            (!found.is_empty()).then(|| found.join(" "))
        })
    };
    let password_error = problem("password");
    let confirmation_error = problem("confirmation");
    let title = if refused.is_some() {
        crate::i18n::tr!("password-reset-error-title", title = &heading)
    } else {
        heading.clone()
    };
    let action = format!(
        "/t/{tenant}/password-reset/new?token={}",
        super::query::urlencode(&token)
    );
    let message = refused
        .as_ref()
        .filter(|r| r.problems.is_empty())
        .map(|r| r.message.clone());
    view! {
        <PageTitle text=title />
        <section class="page sign-in">
            <h1>{heading}</h1>
            <div class="error-summary" role="alert">{message.map(|m| view! { <p>{m}</p> })}</div>
            {if invitation {
                let (before, after) =
                    crate::i18n::texts().around("password-reset-invitation-lead", "email", &[]);
                view! { <p class="lead">{before}<strong>{email.clone()}</strong>{after}</p> }.into_any()
            } else {
                let (before, after) = crate::i18n::texts().around("password-reset-for", "email", &[]);
                view! { <p class="lead">{before}<strong>{email.clone()}</strong>{after}</p> }.into_any()
            }}
            <form method="post" action=action class="stacked">
                <input type="hidden" name="token" value=token />
                // For password managers: which account the new password is for.
                <input type="email" name="email" value=email autocomplete="username" hidden />
                <label for="password">{crate::i18n::tr!("password-reset-new-password")}</label>
                <p class="hint" id="password-hint">{crate::i18n::tr!("password-reset-password-hint", min = PASSWORD_MIN_CHARS)}</p>
                <input id="password" name="password" type="password" autocomplete="new-password" required
                    autofocus=password_error.is_some()
                    aria-invalid=password_error.is_some().then_some("true")
                    aria-describedby="password-hint password-error" />
                <p class=error_slot(&password_error) id="password-error">{password_error.clone()}</p>
                <label for="confirmation">{crate::i18n::tr!("password-reset-new-password-again")}</label>
                <input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required
                    autofocus=password_error.is_none() && confirmation_error.is_some()
                    aria-invalid=confirmation_error.is_some().then_some("true")
                    aria-describedby="confirmation-error" />
                <p class=error_slot(&confirmation_error) id="confirmation-error">{confirmation_error.clone()}</p>
                <button type="submit" class="primary">{submit}</button>
            </form>
        </section>
    }
    .into_any()
}

/// The class of a field's error line: styled only when there is an error
/// (the line is always there for the field's `aria-describedby`).
fn error_slot(error: &Option<String>) -> &'static str {
    if error.is_some() {
        "field-error"
    } else {
        "field-error-slot"
    }
}
