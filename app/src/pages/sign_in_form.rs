use super::raw_text::PageTitle;
use leptos::prelude::*;

use crate::api::tenant::SignInRefused;
use crate::i18n::tr;

/// Email and password, posted as a plain form to `action`; after a refused
/// attempt it shows why and keeps the email. `forgot_url`: where to ask for
/// a password reset link; `notice`: news from the step before (a password
/// just changed).
#[component]
pub fn SignInForm(
    heading: String,
    action: String,
    refused: Option<SignInRefused>,
    #[prop(default = None)] forgot_url: Option<String>,
    #[prop(default = None)] notice: Option<String>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let email = refused
        .as_ref()
        .map(|r| r.email.clone())
        .unwrap_or_default();
    let message = refused.map(|r| r.message);
    view! {
        <PageTitle text=heading.clone() />
        <section class="page sign-in">
            <h1>{heading}</h1>
            <div role="status">{notice.map(|n| view! { <p class="success">{n}</p> })}</div>
            <div class="error-summary" role="alert">
                {message.map(|m| view! { <p>{m}</p> })}
            </div>
            <form method="post" action=action class="stacked">
                <label for="email">{tr!("sign-in-form-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required value=email />
                <label for="password">{tr!("sign-in-form-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required />
                <button type="submit" class="primary">{tr!("sign-in-form-submit")}</button>
            </form>
            {forgot_url.map(|href| view! { <p class="forgot-password"><a href=href>{tr!("sign-in-form-forgot")}</a></p> })}
        </section>
    }
}
