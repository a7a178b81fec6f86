//! `/t/{tenant}/settings/language`: the language a user reads the pages in
//! and, for an Administrator, the language the organisation's pages fall
//! back to. Both forms work without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::raw_text::PageTitle;
use super::tenant_nav::TenantNav;
use crate::api::language_settings::{
    LanguageSettings, SaveOwnLanguage, SaveTenantLanguage, load_language_settings,
};
use crate::i18n::{Language, tr};

#[component]
pub fn LanguageSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let own = ServerAction::<SaveOwnLanguage>::new();
    let organisation = ServerAction::<SaveTenantLanguage>::new();
    let settings = Resource::new_blocking(
        move || (tenant(), own.version().get(), organisation.version().get()),
        |(tenant, ..)| load_language_settings(tenant),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match settings.await {
                    Ok(settings) => view! { <SettingsView settings own organisation /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SettingsView(
    settings: LanguageSettings,
    own: ServerAction<SaveOwnLanguage>,
    organisation: ServerAction<SaveTenantLanguage>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let own_error = Signal::derive(move || own.value().get().and_then(Result::err));
    let organisation_error =
        Signal::derive(move || organisation.value().get().and_then(Result::err));
    // A saved choice of one's own language shows from the next page on;
    // the page itself was rendered in the language it was asked in.
    let own_saved = move || matches!(own.value().get(), Some(Ok(())));
    let organisation_saved = move || matches!(organisation.value().get(), Some(Ok(())));
    let LanguageSettings {
        tenant_alias,
        tenant_name,
        is_admin,
        premium,
        own: own_choice,
        tenant: tenant_choice,
        choices,
    } = settings;
    let choices = StoredValue::new(choices);
    let options = move |chosen: Option<Language>, none_key: &'static str| {
        view! {
            <option value="" selected=chosen.is_none()>{crate::i18n::texts().get(none_key)}</option>
            {choices
                .get_value()
                .into_iter()
                .map(|language| view! {
                    <option value=language.code() selected=chosen == Some(language) lang=language.code()>
                        {language.own_name()}
                    </option>
                })
                .collect_view()}
        }
    };
    let tenant = StoredValue::new(tenant_alias.clone());
    view! {
        <PageTitle text=tr!("language-settings-title", tenant = tenant_name.clone()) />
        <section class="page language-settings">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="language" admin=is_admin premium />
            <h1>{tr!("language-settings-heading")}</h1>
            <ActionForm action=own attr:class="stacked" attr:id="own-language">
                <h2>{tr!("language-settings-own-heading")}</h2>
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <label for="language">{tr!("language-settings-own-label")}</label>
                <p id="language-hint" class="hint">{tr!("language-settings-own-hint")}</p>
                <select id="language" name="language" aria-invalid=invalid(own_error, "language")
                    aria-describedby="language-hint field-language-error">
                    {options(own_choice, "language-settings-browser")}
                </select>
                <FieldError error=own_error field="language" id="field-language-error".to_owned() />
                <FormAlert error=own_error />
                <Show when=own_saved>
                    <p role="status" class="saved">{tr!("language-settings-own-saved")}</p>
                </Show>
                <button type="submit" class="primary">{tr!("language-settings-own-save")}</button>
            </ActionForm>
            <Show when=move || is_admin>
                <ActionForm action=organisation attr:class="stacked" attr:id="tenant-language">
                    <h2>{tr!("language-settings-tenant-heading")}</h2>
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <label for="default-language">{tr!("language-settings-tenant-label")}</label>
                    <p id="default-language-hint" class="hint">{tr!("language-settings-tenant-hint")}</p>
                    <select id="default-language" name="default_language"
                        aria-invalid=invalid(organisation_error, "default_language")
                        aria-describedby="default-language-hint field-default-language-error">
                        {options(tenant_choice, "language-settings-english")}
                    </select>
                    <FieldError error=organisation_error field="default_language"
                        id="field-default-language-error".to_owned() />
                    <FormAlert error=organisation_error />
                    <Show when=organisation_saved>
                        <p role="status" class="saved">{tr!("language-settings-tenant-saved")}</p>
                    </Show>
                    <button type="submit" class="primary">{tr!("language-settings-tenant-save")}</button>
                </ActionForm>
            </Show>
        </section>
    }
}
