//! `/t/{tenant}/settings/webhooks/{endpoint}`: one endpoint, its signing
//! secret, the test ping, its deliveries with every attempt and
//! "redeliver", and its settings.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::copy_button::CopyButton;
use super::error_page::ErrorPage;
use super::form_feedback::FormAlert;
use super::raw_text::PageTitle;
use super::tenant_nav::TenantNav;
use super::webhooks::EndpointFields;
use crate::api::webhooks::{
    DeleteWebhookEndpoint, PingWebhookEndpoint, RedeliverWebhook, RotateWebhookSecret,
    SetWebhookEndpointEnabled, UpdateWebhookEndpoint, WebhookDeliveryRow, WebhookEndpointPage,
    load_webhook_endpoint,
};

/// The page's actions; each one done reloads the page's data.
#[derive(Clone, Copy)]
struct EndpointActions {
    ping: ServerAction<PingWebhookEndpoint>,
    rotate: ServerAction<RotateWebhookSecret>,
    enable: ServerAction<SetWebhookEndpointEnabled>,
    update: ServerAction<UpdateWebhookEndpoint>,
    delete: ServerAction<DeleteWebhookEndpoint>,
    redeliver: ServerAction<RedeliverWebhook>,
}

#[component]
pub fn WebhookEndpointSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let actions = EndpointActions {
        ping: ServerAction::new(),
        rotate: ServerAction::new(),
        enable: ServerAction::new(),
        update: ServerAction::new(),
        delete: ServerAction::new(),
        redeliver: ServerAction::new(),
    };
    let refresh = RwSignal::new(0_u32);
    let page = Resource::new_blocking(
        move || {
            let versions = (
                actions.ping.version().get(),
                actions.rotate.version().get(),
                actions.enable.version().get(),
                actions.update.version().get(),
                actions.redeliver.version().get(),
                refresh.get(),
            );
            (
                params.read().get("tenant").unwrap_or_default(),
                params.read().get("endpoint").unwrap_or_default(),
                query.read().get("before"),
                versions,
            )
        },
        |(tenant, endpoint, before, _)| async move {
            let endpoint = endpoint
                .parse::<i64>()
                .map_err(|_| crate::error::AppError::NotFound)?;
            let before = before.and_then(|b| b.parse::<i64>().ok());
            load_webhook_endpoint(tenant, endpoint, before).await
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <EndpointView page actions refresh /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EndpointView(
    page: WebhookEndpointPage,
    actions: EndpointActions,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let WebhookEndpointPage {
        tenant_alias,
        tenant_name,
        plan_is_premium,
        endpoint,
        secret,
        previous_secret_until,
        deliveries,
        older_before,
    } = page;
    // Copied into each form's hidden fields.
    let tenant = StoredValue::new(tenant_alias.clone());
    let id = StoredValue::new(endpoint.id.to_string());
    let error = Signal::derive(move || {
        [
            actions.rotate.value().get().and_then(Result::err),
            actions.enable.value().get().and_then(Result::err),
            actions.delete.value().get().and_then(Result::err),
            actions.redeliver.value().get().and_then(Result::err),
            actions.ping.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
    });
    let update_error = Signal::derive(move || actions.update.value().get().and_then(Result::err));
    let ping_result = move || {
        actions
            .ping
            .value()
            .get()
            .and_then(Result::ok)
            .map(|outcome| {
                let class = if outcome.delivered {
                    "notice"
                } else {
                    "notice warning"
                };
                view! { <p class=class>{outcome.summary}</p> }
            })
    };
    let state = if endpoint.enabled {
        view! {
            <p>"Enabled: events are sent as they happen."</p>
            <ActionForm action=actions.enable>
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <input type="hidden" name="enabled" value="false" />
                <button type="submit" class="secondary">"Disable endpoint"</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! {
            <div class="notice warning">
                <p><strong>"Disabled. "</strong>{endpoint.disabled_reason.clone()}</p>
                <p>"Events are kept while it is disabled, and sent in order once it is enabled."</p>
            </div>
            <ActionForm action=actions.enable>
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <input type="hidden" name="enabled" value="true" />
                <button type="submit" class="primary">"Enable endpoint"</button>
            </ActionForm>
        }
        .into_any()
    };
    let overlap = (!previous_secret_until.is_empty()).then(|| {
        view! {
            <p class="hint">{format!(
                "The secret before the last rotation also signs until {previous_secret_until}, so both work meanwhile."
            )}</p>
        }
    });
    let rows = deliveries
        .into_iter()
        .map(|delivery| {
            view! { <DeliveryRow delivery tenant=tenant.get_value() endpoint=id.get_value() redeliver=actions.redeliver /> }
        })
        .collect_view();
    let has_rows = older_before.is_some() || !rows.is_empty();
    let older = older_before.map(|before| {
        view! {
            <a href=format!("/t/{tenant_alias}/settings/webhooks/{}?before={before}", endpoint.id)>
                "Older deliveries"
            </a>
        }
    });
    view! {
        <PageTitle text=format!("Webhook endpoint · {tenant_name}") />
        <section class="page webhook-endpoint">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="webhooks" admin=true premium=plan_is_premium />
            <p><a href=format!("/t/{tenant_alias}/settings/webhooks")>"All endpoints"</a></p>
            <h1>"Webhook endpoint"</h1>
            <p class="lead webhook-url"><code>{endpoint.url.clone()}</code></p>
            {(!endpoint.description.is_empty()).then(|| view! { <p>{endpoint.description.clone()}</p> })}
            <FormAlert error />
            {state}

            <h2>"Signing secret"</h2>
            <p>
                "Every delivery carries the headers "<code>"webhook-id"</code>", "<code>"webhook-timestamp"</code>" and "
                <code>"webhook-signature"</code>". Verify them with this secret and a Standard Webhooks library before you trust a delivery."
            </p>
            <details class="secret">
                <summary>"Show the signing secret"</summary>
                <div class="copy-row">
                    <input id="webhook-secret" type="text" readonly value=secret.clone() aria-label="Signing secret"
                        spellcheck="false" autocomplete="off" />
                    <CopyButton text=secret label="Copy secret" described="webhook-secret".to_owned() />
                </div>
            </details>
            {overlap}
            <details class="revoke">
                <summary>"Rotate the secret"</summary>
                <ActionForm action=actions.rotate attr:class="stacked">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="endpoint" value=id.get_value() />
                    <p>"A new secret signs from now on. The current one also signs for 24 hours, so your receiver can change over without missing an event."</p>
                    <button type="submit" class="danger">"Yes, rotate the secret"</button>
                </ActionForm>
            </details>

            <h2>"Test"</h2>
            <ActionForm action=actions.ping>
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <button type="submit" class="secondary">"Send a test ping"</button>
            </ActionForm>
            <div role="status">{ping_result}</div>

            <h2 id="deliveries">"Deliveries"</h2>
            <p class="hint">"Newest first. A delivery that fails is tried again, waiting longer each time, for up to a day; then the endpoint is disabled and you are told by email."</p>
            <button type="button" class="secondary small" on:click=move |_| refresh.update(|n| *n += 1)>
                "Refresh"
            </button>
            {if has_rows {
                view! {
                    <div class="table-scroll" role="region" aria-labelledby="deliveries" tabindex="0">
                        <table class="data webhook-deliveries">
                            <thead>
                                <tr>
                                    <th scope="col">"Event"</th>
                                    <th scope="col">"Created"</th>
                                    <th scope="col">"Status"</th>
                                    <th scope="col">"Attempts"</th>
                                    <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {older}
                }
                .into_any()
            } else {
                view! { <p>"No deliveries yet. Send a test ping, or wait for an event."</p> }.into_any()
            }}

            <h2 id="endpoint-settings">"Settings"</h2>
            <FormAlert error=update_error />
            <ActionForm action=actions.update attr:class="stacked" attr:aria-labelledby="endpoint-settings">
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <EndpointFields error=update_error url=endpoint.url.clone()
                    description=endpoint.description.clone() events=endpoint.events.clone() />
                <button type="submit" class="primary">"Save changes"</button>
            </ActionForm>
            <details class="revoke">
                <summary>"Delete this endpoint"</summary>
                <ActionForm action=actions.delete attr:class="stacked">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="endpoint" value=id.get_value() />
                    <p>"Its waiting events and its delivery log go with it. This cannot be undone."</p>
                    <button type="submit" class="danger">"Yes, delete the endpoint"</button>
                </ActionForm>
            </details>
        </section>
    }
}

#[component]
fn DeliveryRow(
    delivery: WebhookDeliveryRow,
    tenant: String,
    endpoint: String,
    redeliver: ServerAction<RedeliverWebhook>,
) -> impl IntoView {
    let status = match delivery.status.as_str() {
        "delivered" => "Delivered".to_owned(),
        "failed" => "Failed".to_owned(),
        _ if delivery.next_attempt.is_empty() => "Waiting its turn".to_owned(),
        _ => format!("Retrying at {}", delivery.next_attempt),
    };
    let count = delivery.attempts.len();
    let attempts = delivery
        .attempts
        .into_iter()
        .map(|attempt| {
            let answer = match attempt.status {
                Some(status) => format!("HTTP {status} in {} ms", attempt.duration_ms),
                None => format!(
                    "No answer after {} ms: {}",
                    attempt.duration_ms, attempt.error
                ),
            };
            let response = (!attempt.response.is_empty())
                .then(|| view! { <pre class="webhook-response">{attempt.response}</pre> });
            view! { <li><span>{attempt.at}" · "{answer}</span>{response}</li> }
        })
        .collect_view();
    let log = if count == 0 {
        view! { <span>"None yet"</span> }.into_any()
    } else {
        view! {
            <details>
                <summary>{if count == 1 { "1 attempt".to_owned() } else { format!("{count} attempts") }}</summary>
                <ol class="plain-list attempts">{attempts}</ol>
            </details>
        }
        .into_any()
    };
    // Sent or given up: send again. Failing now: try again at once rather
    // than at its backoff. Not tried yet: nothing to do.
    let action = match delivery.status.as_str() {
        _ if delivery.event == "ping" => None,
        "delivered" | "failed" => Some("Redeliver"),
        _ if count > 0 => Some("Retry now"),
        _ => None,
    };
    let label = action.map(|action| format!("{action} {} {}", delivery.event, delivery.message_id));
    let again = action.zip(label).map(|(action, label)| {
        view! {
            <ActionForm action=redeliver>
                <input type="hidden" name="tenant" value=tenant />
                <input type="hidden" name="endpoint" value=endpoint />
                <input type="hidden" name="delivery" value=delivery.id.to_string() />
                <button type="submit" class="secondary small"
                    aria-label=label>
                    {action}
                </button>
            </ActionForm>
        }
    });
    view! {
        <tr data-message=delivery.message_id.clone()>
            <th scope="row"><code>{delivery.event.clone()}</code><br /><span class="hint">{delivery.message_id.clone()}</span></th>
            <td data-label="Created">{delivery.created}</td>
            <td data-label="Status" class="delivery-status">{status}</td>
            <td data-label="Attempts">{log}</td>
            {match again {
                Some(again) => view! { <td data-label="Actions">{again}</td> }.into_any(),
                None => view! { <td></td> }.into_any(),
            }}
        </tr>
    }
}
