//! `/t/{tenant}/settings/webhooks`: an Administrator's webhook endpoints,
//! and the form that adds one (it then opens the endpoint's page, where
//! its secret and deliveries are).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::raw_text::PageTitle;
use super::tenant_nav::TenantNav;
use crate::api::webhooks::{
    CreateWebhookEndpoint, WebhookEndpointRow, WebhooksPage, event_field, load_webhooks,
};
use crate::domain::WebhookEvent;
use crate::error::AppError;

#[component]
pub fn WebhooksSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let create = ServerAction::<CreateWebhookEndpoint>::new();
    let page = Resource::new_blocking(tenant, load_webhooks);
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <WebhooksView page create /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WebhooksView(page: WebhooksPage, create: ServerAction<CreateWebhookEndpoint>) -> impl IntoView {
    super::hydration::mark_hydrated();
    let WebhooksPage {
        tenant_alias,
        tenant_name,
        plan_is_premium,
        endpoints,
    } = page;
    let error = Signal::derive(move || create.value().get().and_then(Result::err));
    let listed = (!endpoints.is_empty()).then(|| {
        let rows = endpoints
            .into_iter()
            .map(|endpoint| view! { <EndpointRow endpoint tenant=tenant_alias.clone() /> })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("webhooks-table-label") tabindex="0">
                <table class="data webhook-endpoints">
                    <thead>
                        <tr>
                            <th scope="col">{crate::i18n::tr!("webhooks-column-address")}</th>
                            <th scope="col">{crate::i18n::tr!("webhooks-column-events")}</th>
                            <th scope="col">{crate::i18n::tr!("webhooks-column-state")}</th>
                            <th scope="col">{crate::i18n::tr!("webhooks-column-waiting")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let title = crate::i18n::tr!("webhooks-title", tenant = &tenant_name);
    let (lead, lead_after) = crate::i18n::texts().around("webhooks-lead", "link", &[]);
    view! {
        <PageTitle text=title />
        <section class="page webhooks-settings">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="webhooks" admin=true premium=plan_is_premium />
            <h1>{crate::i18n::tr!("webhooks-heading")}</h1>
            <p class="lead">
                {lead}
                <a href="/developers/api#webhooks">{crate::i18n::tr!("webhooks-lead-link")}</a>
                {lead_after}
            </p>
            <h2>{crate::i18n::tr!("webhooks-endpoints-heading")}</h2>
            {if listed.is_some() {
                listed.into_any()
            } else {
                view! { <p>{crate::i18n::tr!("webhooks-none")}</p> }.into_any()
            }}
            <h2 id="add-endpoint">{crate::i18n::tr!("webhooks-add-heading")}</h2>
            <FormAlert error />
            <ActionForm action=create attr:class="stacked" attr:aria-labelledby="add-endpoint">
                <input type="hidden" name="tenant" value=tenant_alias.clone() />
                <EndpointFields error url=String::new() description=String::new()
                    events=vec![WebhookEvent::ResponseCreated.code().to_owned()] />
                <button type="submit" class="primary">{crate::i18n::tr!("webhooks-add-button")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn EndpointRow(endpoint: WebhookEndpointRow, tenant: String) -> impl IntoView {
    let events = endpoint
        .events
        .iter()
        .map(|code| view! { <li><code>{code.clone()}</code></li> })
        .collect_view();
    let label = if endpoint.description.is_empty() {
        endpoint.url.clone()
    } else {
        format!("{} ({})", endpoint.url, endpoint.description)
    };
    view! {
        <tr>
            <th scope="row" class="webhook-url">
                <a href=format!("/t/{tenant}/settings/webhooks/{}", endpoint.id)>{label}</a>
            </th>
            <td data-label=crate::i18n::tr!("webhooks-column-events")><ul class="plain-list">{events}</ul></td>
            <td data-label=crate::i18n::tr!("webhooks-column-state")>{if endpoint.enabled {
                crate::i18n::tr!("webhooks-enabled")
            } else {
                crate::i18n::tr!("webhooks-disabled")
            }}</td>
            <td data-label=crate::i18n::tr!("webhooks-column-waiting")>{endpoint.pending}</td>
        </tr>
    }
}

/// The address, description and events of an endpoint, shared by the
/// form that adds one and the form that changes one.
#[component]
pub fn EndpointFields(
    error: Signal<Option<AppError>>,
    url: String,
    description: String,
    events: Vec<String>,
) -> impl IntoView {
    let choices = WebhookEvent::SUBSCRIBABLE
        .into_iter()
        .map(|event| {
            let checked = events.iter().any(|code| code == event.code());
            view! {
                <label class="choice">
                    <input type="checkbox" name=event_field(event.code()) value="on" checked=checked />
                    <span><code>{event.code()}</code>" · "{event.localized_description()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <label for="webhook-url">{crate::i18n::tr!("webhooks-field-address")}</label>
        <input id="webhook-url" name="url" type="url" required maxlength="2000" value=url
            placeholder="https://example.com/webhooks/tailspin" spellcheck="false" autocomplete="off"
            aria-invalid=invalid(error, "url") aria-describedby="webhook-url-hint webhook-url-error" />
        <p id="webhook-url-hint" class="hint">{crate::i18n::tr!("webhooks-field-address-hint")}</p>
        <FieldError error field="url" id="webhook-url-error".to_owned() />
        <label for="webhook-description">{crate::i18n::tr!("webhooks-field-description")}</label>
        <input id="webhook-description" name="description" type="text" maxlength="120" value=description
            aria-invalid=invalid(error, "description") aria-describedby="webhook-description-error" />
        <FieldError error field="description" id="webhook-description-error".to_owned() />
        <fieldset class="choices" aria-describedby="webhook-events-error">
            <legend>{crate::i18n::tr!("webhooks-field-events")}</legend>
            {choices}
        </fieldset>
        <FieldError error field="events" id="webhook-events-error".to_owned() />
    }
}
