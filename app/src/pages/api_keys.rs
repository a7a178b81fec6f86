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
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
            <div class="table-scroll" role="region" aria-label="API keys" tabindex="0">
                <table class="data api-keys">
                    <thead>
                        <tr>
                            <th scope="col">"Name"</th>
                            <th scope="col">"Starts with"</th>
                            <th scope="col">"May"</th>
                            <th scope="col">"Created"</th>
                            <th scope="col">"Expires"</th>
                            <th scope="col">"Last used"</th>
                            <th scope="col">"State"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <PageTitle text=format!("API keys · {tenant_name}") />
        <section class="page api-keys-settings">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="api" admin=true premium=plan_is_premium />
            <h1>"API keys"</h1>
            <p class="lead">
                "A key lets your own systems read your surveys and responses through the Tailspin Surveys API. "
                "Give each system its own key, with only what it needs. "
                <a href="/developers/api">"API reference"</a>
            </p>
            {created.map(|created| view! { <NewKey created /> })}
            <h2>"Your keys"</h2>
            <FormAlert error=revoke_error />
            {if listed.is_some() {
                listed.into_any()
            } else {
                view! { <p>"No keys yet."</p> }.into_any()
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
            <h2>{format!("Your new key “{name}”")}</h2>
            <p id="new-key-hint">
                "Copy it now and keep it in your system's secret store: this is the only time it is shown. "
                "If you lose it, revoke it and create another."
            </p>
            <div class="copy-row">
                <input id="new-key" type="text" readonly value=key.clone() aria-label="New API key"
                    aria-describedby="new-key-hint" autofocus=true spellcheck="false" autocomplete="off" />
                <CopyButton text=key label="Copy key" described="new-key".to_owned() />
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
        "Never".to_owned()
    } else {
        format!("{} from {}", key.last_used, key.last_used_from)
    };
    let state = match key.state.as_str() {
        "active" => {
            let name = key.name.clone();
            view! {
                <span>"Active"</span>
                <details class="revoke">
                    <summary>{format!("Revoke {name}")}</summary>
                    <ActionForm action=revoke attr:class="stacked">
                        <input type="hidden" name="tenant" value=tenant />
                        <input type="hidden" name="key" value=key.id.to_string() />
                        <p>"Programs using it are refused from their next request. This cannot be undone."</p>
                        <button type="submit" class="danger">{format!("Yes, revoke {name}")}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        }
        "expired" => view! { <span>"Expired"</span> }.into_any(),
        _ => view! { <span>"Revoked"</span> }.into_any(),
    };
    view! {
        <tr data-key=key.prefix.clone()>
            <th scope="row">{key.name}</th>
            <td data-label="Starts with"><code>{format!("{}…", key.prefix)}</code></td>
            <td data-label="May"><ul class="plain-list">{scopes}</ul></td>
            <td data-label="Created">{key.created}</td>
            <td data-label="Expires">{if key.expires.is_empty() { "Never".to_owned() } else { key.expires }}</td>
            <td data-label="Last used">{last_used}</td>
            <td data-label="State" class="key-state">{state}</td>
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
                    <span><code>{scope.code()}</code>" · "{scope.description()}</span>
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
        ("30", "In 30 days"),
        ("90", "In 90 days"),
        ("365", "In a year"),
        ("never", "Never"),
    ]
    .into_iter()
    .map(|(value, label)| {
        view! { <option value=value selected=days == value>{label}</option> }
    })
    .collect_view();
    view! {
        <h2 id="create-key">"Create a key"</h2>
        <FormAlert error />
        <form method="post" action=format!("/t/{tenant}/settings/api") class="stacked" aria-labelledby="create-key">
            <label for="key-name">"Name"</label>
            <input id="key-name" name="name" type="text" required maxlength="60" value=typed.name.clone()
                aria-invalid=invalid(error, "name") aria-describedby="key-name-hint key-name-error" />
            <p id="key-name-hint" class="hint">"What uses it, for example “CRM sync”."</p>
            <FieldError error field="name" id="key-name-error".to_owned() />
            <fieldset class="choices" aria-describedby="key-scopes-error">
                <legend>"It may"</legend>
                {scopes}
            </fieldset>
            <FieldError error field="scopes" id="key-scopes-error".to_owned() />
            <label for="key-days">"Expires"</label>
            <select id="key-days" name="days" aria-invalid=invalid(error, "days") aria-describedby="key-days-error">
                {lifetimes}
            </select>
            <FieldError error field="days" id="key-days-error".to_owned() />
            <button type="submit" class="primary">"Create key"</button>
        </form>
    }
}
