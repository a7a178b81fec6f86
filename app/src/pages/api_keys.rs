//! `/t/{tenant}/settings/api`: an Administrator's API keys. Creating one is
//! a plain form post answered with this page (`ApiKeyPosted`), the only
//! time the key is shown; revoking is a server function.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::copy_button::CopyButton;
use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::raw_text::PageTitle;
use super::tenant_nav::TenantNav;
use crate::api::api_keys::{
    ApiKeyRow, ApiKeysPage, CreatedApiKey, NewApiKeyForm, RevokeApiKey, load_api_keys,
};
use crate::domain::ApiScope;

#[component]
pub fn ApiKeysSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let revoke = ServerAction::<RevokeApiKey>::new();
    let page = Resource::new_blocking(
        move || (tenant(), revoke.version().get()),
        |(tenant, _)| load_api_keys(tenant),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <ApiKeysView page revoke /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ApiKeysView(page: ApiKeysPage, revoke: ServerAction<RevokeApiKey>) -> impl IntoView {
    super::hydration::mark_hydrated();
    let ApiKeysPage {
        tenant_alias,
        tenant_name,
        plan_is_premium,
        keys,
        created,
        refused,
    } = page;
    let (error, typed) = match refused {
        Some((error, typed)) => (Some(error), typed),
        None => (None, NewApiKeyForm::default()),
    };
    let error = Signal::derive(move || error.clone());
    let revoke_error = Signal::derive(move || revoke.value().get().and_then(Result::err));
    let tenant = StoredValue::new(tenant_alias.clone());
    let listed = (!keys.is_empty()).then(|| {
        let rows = keys
            .into_iter()
            .map(|key| view! { <KeyRow key tenant=tenant.get_value() revoke /> })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("api-keys-heading") tabindex="0">
                <table class="data api-keys">
                    <thead>
                        <tr>
                            <th scope="col">{crate::i18n::tr!("api-keys-column-name")}</th>
                            <th scope="col">{crate::i18n::tr!("api-keys-column-starts-with")}</th>
                            <th scope="col">{crate::i18n::tr!("api-keys-column-may")}</th>
                            <th scope="col">{crate::i18n::tr!("api-keys-column-created")}</th>
                            <th scope="col">{crate::i18n::tr!("api-keys-column-expires")}</th>
                            <th scope="col">{crate::i18n::tr!("api-keys-column-last-used")}</th>
                            <th scope="col">{crate::i18n::tr!("api-keys-column-state")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <PageTitle text=crate::i18n::tr!("api-keys-title", tenant = &tenant_name) />
        <section class="page api-keys-settings">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="api" admin=true premium=plan_is_premium />
            <h1>{crate::i18n::tr!("api-keys-heading")}</h1>
            <p class="lead">
                {crate::i18n::tr!("api-keys-lead")}
                " "
                <a href="/developers/api">{crate::i18n::tr!("api-keys-reference")}</a>
            </p>
            {created.map(|created| view! { <NewKey created /> })}
            <h2>{crate::i18n::tr!("api-keys-your-keys")}</h2>
            <FormAlert error=revoke_error />
            {if listed.is_some() {
                listed.into_any()
            } else {
                view! { <p>{crate::i18n::tr!("api-keys-none")}</p> }.into_any()
            }}
            <CreateKeyForm tenant=tenant_alias error typed />
        </section>
    }
}

/// The key just created, shown this once.
#[component]
fn NewKey(created: CreatedApiKey) -> impl IntoView {
    let CreatedApiKey { name, key } = created;
    view! {
        <div class="notice new-key" role="status">
            <h2>{crate::i18n::tr!("api-keys-new-heading", name = name)}</h2>
            <p id="new-key-hint">{crate::i18n::tr!("api-keys-new-hint")}</p>
            <div class="copy-row">
                <input id="new-key" type="text" readonly value=key.clone() aria-label=crate::i18n::tr!("api-keys-new-key")
                    aria-describedby="new-key-hint" autofocus=true spellcheck="false" autocomplete="off" />
                <CopyButton text=key label=crate::i18n::tr!("api-keys-copy-key") described="new-key".to_owned() />
            </div>
        </div>
    }
}

#[component]
fn KeyRow(key: ApiKeyRow, tenant: String, revoke: ServerAction<RevokeApiKey>) -> impl IntoView {
    let scopes = key
        .scopes
        .iter()
        .map(|scope| view! { <li><code>{scope.code()}</code></li> })
        .collect_view();
    let last_used = if key.last_used.is_empty() {
        crate::i18n::tr!("api-keys-never")
    } else {
        crate::i18n::tr!(
            "api-keys-last-used",
            time = &key.last_used,
            address = &key.last_used_from,
        )
    };
    let created = crate::i18n::texts().long_date_of(&key.created);
    let expires = if key.expires.is_empty() {
        crate::i18n::tr!("api-keys-never")
    } else {
        crate::i18n::texts().long_date_of(&key.expires)
    };
    let state = match key.state.as_str() {
        "active" => {
            let name = key.name.clone();
            view! {
                <span>{crate::i18n::tr!("api-keys-active")}</span>
                <details class="revoke">
                    <summary>{crate::i18n::tr!("api-keys-revoke", name = &name)}</summary>
                    <ActionForm action=revoke attr:class="stacked">
                        <input type="hidden" name="tenant" value=tenant />
                        <input type="hidden" name="key" value=key.id.to_string() />
                        <p>{crate::i18n::tr!("api-keys-revoke-warning")}</p>
                        <button type="submit" class="danger">{crate::i18n::tr!("api-keys-revoke-confirm", name = &name)}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        }
        "expired" => view! { <span>{crate::i18n::tr!("api-keys-expired")}</span> }.into_any(),
        _ => view! { <span>{crate::i18n::tr!("api-keys-revoked")}</span> }.into_any(),
    };
    view! {
        <tr data-key=key.prefix.clone()>
            <th scope="row">{key.name}</th>
            <td data-label=crate::i18n::tr!("api-keys-column-starts-with")><code>{format!("{}…", key.prefix)}</code></td>
            <td data-label=crate::i18n::tr!("api-keys-column-may")><ul class="plain-list">{scopes}</ul></td>
            <td data-label=crate::i18n::tr!("api-keys-column-created")>{created}</td>
            <td data-label=crate::i18n::tr!("api-keys-column-expires")>{expires}</td>
            <td data-label=crate::i18n::tr!("api-keys-column-last-used")>{last_used}</td>
            <td data-label=crate::i18n::tr!("api-keys-column-state") class="key-state">{state}</td>
        </tr>
    }
}

#[component]
fn CreateKeyForm(
    tenant: String,
    error: Signal<Option<crate::error::AppError>>,
    typed: NewApiKeyForm,
) -> impl IntoView {
    let first_time = typed == NewApiKeyForm::default();
    let scopes = ApiScope::OFFERED
        .into_iter()
        .map(|scope| {
            let field = NewApiKeyForm::field_of(scope);
            let checked = typed.is_checked(scope) || (first_time && scope == ApiScope::SurveysRead);
            view! {
                <label class="choice">
                    <input type="checkbox" name=field value="on" checked=checked />
                    <span><code>{scope.code()}</code>" · "{scope.localized_description()}</span>
                </label>
            }
        })
        .collect_view();
    let days = if first_time {
        "90".to_owned()
    } else {
        typed.days.clone()
    };
    let lifetimes = [
        ("30", crate::i18n::tr!("api-keys-in-days", days = 30_u32)),
        ("90", crate::i18n::tr!("api-keys-in-days", days = 90_u32)),
        ("365", crate::i18n::tr!("api-keys-in-a-year")),
        ("never", crate::i18n::tr!("api-keys-never")),
    ]
    .into_iter()
    .map(|(value, label)| {
        view! { <option value=value selected=days == value>{label}</option> }
    })
    .collect_view();
    view! {
        <h2 id="create-key">{crate::i18n::tr!("api-keys-create-heading")}</h2>
        <FormAlert error />
        <form method="post" action=format!("/t/{tenant}/settings/api") class="stacked" aria-labelledby="create-key">
            <label for="key-name">{crate::i18n::tr!("api-keys-name")}</label>
            <input id="key-name" name="name" type="text" required maxlength="60" value=typed.name.clone()
                aria-invalid=invalid(error, "name") aria-describedby="key-name-hint key-name-error" />
            <p id="key-name-hint" class="hint">{crate::i18n::tr!("api-keys-name-hint")}</p>
            <FieldError error field="name" id="key-name-error".to_owned() />
            <fieldset class="choices" aria-describedby="key-scopes-error">
                <legend>{crate::i18n::tr!("api-keys-may-legend")}</legend>
                {scopes}
            </fieldset>
            <FieldError error field="scopes" id="key-scopes-error".to_owned() />
            <label for="key-days">{crate::i18n::tr!("api-keys-expires")}</label>
            <select id="key-days" name="days" aria-invalid=invalid(error, "days") aria-describedby="key-days-error">
                {lifetimes}
            </select>
            <FieldError error field="days" id="key-days-error".to_owned() />
            <button type="submit" class="primary">{crate::i18n::tr!("api-keys-create-button")}</button>
        </form>
    }
}
