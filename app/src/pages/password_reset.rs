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
use crate::domain::PASSWORD_HINT;

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
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    let heading = format!("Reset your {} password", page.tenant_name);
    let login = format!("/t/{tenant}/login");
    if page.method != SignInMethod::Password {
        return view! {
            <PageTitle text=heading.clone() />
            <section class="page sign-in">
                <h1>{heading}</h1>
                <p>"This organization signs in with its identity provider, so its passwords are kept there. Reset yours with that provider, or ask your administrator."</p>
                <p><a href=login>"Back to sign in"</a></p>
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
        format!("Error: {heading}")
    } else {
        heading.clone()
    };
    let invalid = error.is_some().then_some("true");
    let error_class = error_slot(&error);
    view! {
        <PageTitle text=title />
        <section class="page sign-in">
            <h1>{heading}</h1>
            <p class="lead">"Enter the email you sign in with. We will send you a link to choose a new password."</p>
            <form method="post" action=format!("/t/{tenant}/password-reset") class="stacked">
                <label for="email">"Email"</label>
                <input id="email" name="email" type="email" autocomplete="username" required value=email
                    autofocus=invalid.is_some() aria-invalid=invalid aria-describedby="email-error" />
                <p class=error_class id="email-error">{error}</p>
                <button type="submit" class="primary">"Send me a link"</button>
            </form>
            <p><a href=login>"Back to sign in"</a></p>
        </section>
    }
    .into_any()
}

/// After asking: what happens next, and a way to ask again.
#[component]
fn CheckYourEmail(tenant: String, email: String, login: String) -> impl IntoView {
    view! {
        <PageTitle text="Check your email".to_owned() />
        <section class="page sign-in">
            <h1>"Check your email"</h1>
            <p class="lead">
                "If " <strong>{email.clone()}</strong> " has an account here, we have sent it a link to choose a new password. The link works for one hour."
            </p>
            <p>"Nothing after a few minutes? Check your spam folder, and that the address is the one you sign in with. We send at most one link a minute."</p>
            <p><a class="button primary" href=login autofocus>"Back to sign in"</a></p>
            <form method="post" action=format!("/t/{tenant}/password-reset") class="inline">
                <input type="hidden" name="email" value=email />
                <button type="submit" class="secondary">"Send the link again"</button>
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
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        format!("Welcome to {}: choose your password", page.tenant_name)
    } else {
        format!("Choose a new {} password", page.tenant_name)
    };
    let ask_again = format!("/t/{tenant}/password-reset");
    let invitation = page.invitation;
    let submit = if invitation {
        "Set my password"
    } else {
        "Set the new password"
    };
    let Some(email) = page.email else {
        let why = page.refusal.unwrap_or_default();
        let login = format!("/t/{tenant}/login");
        return view! {
            <PageTitle text="This link cannot be used".to_owned() />
            <section class="page sign-in">
                <h1>"This link cannot be used"</h1>
                <p class="lead">{why}</p>
                <p><a class="button primary" href=login>"Sign in"</a></p>
                <p><a href=ask_again>"Ask for a new link"</a></p>
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
        format!("Error: {heading}")
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
                view! { <p class="lead">"You will sign in with " <strong>{email.clone()}</strong> " and this password."</p> }.into_any()
            } else {
                view! { <p class="lead">"For " <strong>{email.clone()}</strong> ". Setting it signs this account out everywhere it is signed in."</p> }.into_any()
            }}
            <form method="post" action=action class="stacked">
                <input type="hidden" name="token" value=token />
                // For password managers: which account the new password is for.
                <input type="email" name="email" value=email autocomplete="username" hidden />
                <label for="password">"New password"</label>
                <p class="hint" id="password-hint">{PASSWORD_HINT}</p>
                <input id="password" name="password" type="password" autocomplete="new-password" required
                    autofocus=password_error.is_some()
                    aria-invalid=password_error.is_some().then_some("true")
                    aria-describedby="password-hint password-error" />
                <p class=error_slot(&password_error) id="password-error">{password_error.clone()}</p>
                <label for="confirmation">"New password again"</label>
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
