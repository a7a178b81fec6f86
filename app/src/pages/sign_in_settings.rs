//! `/t/{tenant}/settings/sign-in`: how the tenant's users sign in. A
//! Premium tenant's Administrator configures its own OpenID Connect provider
//! here; the client secret can be replaced but is never shown.

use super::raw_text::PageTitle;
use super::raw_text::raw_text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::tenant_nav::TenantNav;
use crate::api::sign_in_settings::{
    SaveSignInSettings, SignInSettingsPage as Settings, load_sign_in_settings,
};
use crate::domain::SignInKind;

#[component]
pub fn SignInSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let save = ServerAction::<SaveSignInSettings>::new();
    let page = Resource::new_blocking(
        move || (tenant(), save.version().get()),
        |(t, _)| load_sign_in_settings(t),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <SettingsView page save /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SettingsView(page: Settings, save: ServerAction<SaveSignInSettings>) -> impl IntoView {
    super::hydration::mark_hydrated();
    let Settings {
        tenant_alias,
        tenant_name,
        plan_label,
        sign_in,
        redirect_uri,
        settings,
        secret_stored,
    } = page;
    let body = match sign_in {
        SignInKind::OwnIdentityProvider => view! {
            <ProviderForm tenant=tenant_alias.clone() redirect_uri settings secret_stored save />
        }
        .into_any(),
        SignInKind::LocalAccounts => view! {
            <p>{crate::i18n::tr!("sign-in-settings-local", plan = &plan_label)}</p>
            <p><a href=format!("/t/{tenant_alias}/users")>{crate::i18n::tr!("sign-in-settings-manage-users")}</a></p>
        }
        .into_any(),
        SignInKind::SocialIdentity => view! {
            <p>{crate::i18n::tr!("sign-in-settings-social", plan = &plan_label)}</p>
        }
        .into_any(),
    };
    view! {
        <PageTitle text=crate::i18n::tr!("sign-in-settings-title", tenant = &tenant_name) />
        <section class="page sign-in-settings">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="sign-in" admin=true
                premium=sign_in == SignInKind::OwnIdentityProvider />
            <h1>{crate::i18n::tr!("sign-in-settings-heading")}</h1>
            {body}
        </section>
    }
}

#[component]
fn ProviderForm(
    tenant: String,
    redirect_uri: String,
    settings: crate::domain::ProviderSettingsInput,
    secret_stored: bool,
    save: ServerAction<SaveSignInSettings>,
) -> impl IntoView {
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    let secret_hint = if secret_stored {
        crate::i18n::tr!("sign-in-settings-secret-stored")
    } else {
        crate::i18n::tr!("sign-in-settings-secret-new")
    };
    view! {
        <p>{crate::i18n::tr!("sign-in-settings-provider-lead")}</p>
        <p><code class="redirect-uri">{redirect_uri}</code></p>
        <div role="status">
            {move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("sign-in-settings-saved")}</p> })}
        </div>
        <FormAlert error />
        <ActionForm action=save attr:class="stacked wide">
            <input type="hidden" name="tenant" value=tenant />
            <ProviderFields settings secret_hint secret_required=!secret_stored error />
            <button type="submit" class="primary">{crate::i18n::tr!("sign-in-settings-save")}</button>
        </ActionForm>
    }
}

/// The fields of a provider's settings, named `settings[…]` (the wire type
/// `SignInSettingsForm`), with their errors.
#[component]
pub(super) fn ProviderFields(
    settings: crate::domain::ProviderSettingsInput,
    #[prop(into)] secret_hint: String,
    secret_required: bool,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    // The claim-mapping hint is one sentence around two code samples.
    let (rules_before, rules_rest) = crate::i18n::texts().around(
        "sign-in-settings-claim-rules-hint",
        "syntax",
        &[("example", crate::i18n::Arg::from(EXAMPLE_MARK))],
    );
    let (rules_middle, rules_after) = match rules_rest.split_once(EXAMPLE_MARK) {
        Some((middle, after)) => (middle.to_owned(), after.to_owned()),
        None => (rules_rest.clone(), String::new()),
    };
    view! {
            <label for="issuer">{crate::i18n::tr!("sign-in-settings-issuer")}</label>
            <input id="issuer" name="settings[issuer]" type="url" required value=settings.issuer
                aria-invalid=invalid(error, "issuer") aria-describedby="issuer-error" />
            <FieldError error field="issuer" id="issuer-error".to_owned() />
            <label for="client-id">{crate::i18n::tr!("sign-in-settings-client-id")}</label>
            <input id="client-id" name="settings[client_id]" type="text" required autocomplete="off" value=settings.client_id
                aria-invalid=invalid(error, "client_id") aria-describedby="client-id-error" />
            <FieldError error field="client_id" id="client-id-error".to_owned() />
            <label for="client-secret">{crate::i18n::tr!("sign-in-settings-client-secret")}</label>
            <p class="hint" id="client-secret-hint">{secret_hint}</p>
            <input id="client-secret" name="settings[client_secret]" type="password" autocomplete="off"
                aria-describedby="client-secret-hint client-secret-error" required=secret_required
                aria-invalid=invalid(error, "client_secret") />
            <FieldError error field="client_secret" id="client-secret-error".to_owned() />
            <label for="identifying-claim">{crate::i18n::tr!("sign-in-settings-identifying-claim")}</label>
            <p class="hint" id="identifying-claim-hint">{crate::i18n::tr!("sign-in-settings-identifying-claim-hint")}</p>
            <input id="identifying-claim" name="settings[identifying_claim]" type="text" autocomplete="off"
                aria-describedby="identifying-claim-hint identifying-claim-error" value=settings.identifying_claim
                aria-invalid=invalid(error, "identifying_claim") />
            <FieldError error field="identifying_claim" id="identifying-claim-error".to_owned() />
            <label for="administrator">{crate::i18n::tr!("sign-in-settings-administrator")}</label>
            <p class="hint" id="administrator-hint">{crate::i18n::tr!("sign-in-settings-administrator-hint")}</p>
            <input id="administrator" name="settings[administrator]" type="text" required autocomplete="off"
                aria-describedby="administrator-hint administrator-error" value=settings.administrator
                aria-invalid=invalid(error, "administrator") />
            <FieldError error field="administrator" id="administrator-error".to_owned() />
            <label for="claim-rules">{crate::i18n::tr!("sign-in-settings-claim-rules")}</label>
            <p class="hint" id="claim-rules-hint">
                {rules_before} <code>"claim type = value => role"</code>
                {rules_middle} <code>"groups = Domain Users => Survey Creator"</code>
                {rules_after} " " {crate::i18n::tr!("sign-in-settings-claim-rules-roles")}
            </p>
            <textarea id="claim-rules" name="settings[claim_rules]" rows="6" aria-describedby="claim-rules-hint claim-rules-error"
                aria-invalid=invalid(error, "claim_rules")>
                {raw_text(settings.claim_rules)}
            </textarea>
            <FieldError error field="claim_rules" id="claim-rules-error".to_owned() />
    }
}

/// Where the second code sample goes in the claim-mapping hint.
const EXAMPLE_MARK: &str = "\u{E001}";
