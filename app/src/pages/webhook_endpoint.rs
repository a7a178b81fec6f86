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
use crate::i18n::Arg;

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
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
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
            <p>{crate::i18n::tr!("webhook-endpoint-enabled")}</p>
            <ActionForm action=actions.enable>
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <input type="hidden" name="enabled" value="false" />
                <button type="submit" class="secondary">{crate::i18n::tr!("webhook-endpoint-disable")}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! {
            <div class="notice warning">
                <p><strong>{crate::i18n::tr!("webhook-endpoint-disabled")}" "</strong>{endpoint.disabled_reason.clone()}</p>
                <p>{crate::i18n::tr!("webhook-endpoint-disabled-kept")}</p>
            </div>
            <ActionForm action=actions.enable>
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <input type="hidden" name="enabled" value="true" />
                <button type="submit" class="primary">{crate::i18n::tr!("webhook-endpoint-enable")}</button>
            </ActionForm>
        }
        .into_any()
    };
    let overlap = (!previous_secret_until.is_empty()).then(|| {
        view! {
            <p class="hint">{crate::i18n::tr!(
                "webhook-endpoint-overlap",
                until = previous_secret_until
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
                {crate::i18n::tr!("webhook-endpoint-older")}
            </a>
        }
    });
    let title = crate::i18n::tr!("webhook-endpoint-title", tenant = &tenant_name);
    let headers = sentence_around_headers();
    view! {
        <PageTitle text=title />
        <section class="page webhook-endpoint">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="webhooks" admin=true premium=plan_is_premium />
            <p><a href=format!("/t/{tenant_alias}/settings/webhooks")>{crate::i18n::tr!("webhook-endpoint-all")}</a></p>
            <h1>{crate::i18n::tr!("webhook-endpoint-heading")}</h1>
            <p class="lead webhook-url"><code>{endpoint.url.clone()}</code></p>
            {(!endpoint.description.is_empty()).then(|| view! { <p>{endpoint.description.clone()}</p> })}
            <FormAlert error />
            {state}

            <h2>{crate::i18n::tr!("webhook-endpoint-secret-heading")}</h2>
            <p>
                {headers[0].clone()}<code>"webhook-id"</code>{headers[1].clone()}<code>"webhook-timestamp"</code>{headers[2].clone()}
                <code>"webhook-signature"</code>{headers[3].clone()}
            </p>
            <details class="secret">
                <summary>{crate::i18n::tr!("webhook-endpoint-show-secret")}</summary>
                <div class="copy-row">
                    <input id="webhook-secret" type="text" readonly value=secret.clone() aria-label=crate::i18n::tr!("webhook-endpoint-secret-field")
                        spellcheck="false" autocomplete="off" />
                    <CopyButton text=secret label=crate::i18n::tr!("webhook-endpoint-copy-secret") described="webhook-secret".to_owned() />
                </div>
            </details>
            {overlap}
            <details class="revoke">
                <summary>{crate::i18n::tr!("webhook-endpoint-rotate-summary")}</summary>
                <ActionForm action=actions.rotate attr:class="stacked">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="endpoint" value=id.get_value() />
                    <p>{crate::i18n::tr!("webhook-endpoint-rotate-explained")}</p>
                    <button type="submit" class="danger">{crate::i18n::tr!("webhook-endpoint-rotate-confirm")}</button>
                </ActionForm>
            </details>

            <h2>{crate::i18n::tr!("webhook-endpoint-test-heading")}</h2>
            <ActionForm action=actions.ping>
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <button type="submit" class="secondary">{crate::i18n::tr!("webhook-endpoint-ping")}</button>
            </ActionForm>
            <div role="status">{ping_result}</div>

            <h2 id="deliveries">{crate::i18n::tr!("webhook-endpoint-deliveries-heading")}</h2>
            <p class="hint">{crate::i18n::tr!("webhook-endpoint-deliveries-hint")}</p>
            <button type="button" class="secondary small" on:click=move |_| refresh.update(|n| *n += 1)>
                {crate::i18n::tr!("webhook-endpoint-refresh")}
            </button>
            {if has_rows {
                view! {
                    <div class="table-scroll" role="region" aria-labelledby="deliveries" tabindex="0">
                        <table class="data webhook-deliveries">
                            <thead>
                                <tr>
                                    <th scope="col">{crate::i18n::tr!("webhook-endpoint-column-event")}</th>
                                    <th scope="col">{crate::i18n::tr!("webhook-endpoint-column-created")}</th>
                                    <th scope="col">{crate::i18n::tr!("webhook-endpoint-column-status")}</th>
                                    <th scope="col">{crate::i18n::tr!("webhook-endpoint-column-attempts")}</th>
                                    <th scope="col"><span class="visually-hidden">{crate::i18n::tr!("webhook-endpoint-column-actions")}</span></th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {older}
                }
                .into_any()
            } else {
                view! { <p>{crate::i18n::tr!("webhook-endpoint-no-deliveries")}</p> }.into_any()
            }}

            <h2 id="endpoint-settings">{crate::i18n::tr!("webhook-endpoint-settings-heading")}</h2>
            <FormAlert error=update_error />
            <ActionForm action=actions.update attr:class="stacked" attr:aria-labelledby="endpoint-settings">
                <input type="hidden" name="tenant" value=tenant.get_value() />
                <input type="hidden" name="endpoint" value=id.get_value() />
                <EndpointFields error=update_error url=endpoint.url.clone()
                    description=endpoint.description.clone() events=endpoint.events.clone() />
                <button type="submit" class="primary">{crate::i18n::tr!("webhook-endpoint-save")}</button>
            </ActionForm>
            <details class="revoke">
                <summary>{crate::i18n::tr!("webhook-endpoint-delete-summary")}</summary>
                <ActionForm action=actions.delete attr:class="stacked">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="endpoint" value=id.get_value() />
                    <p>{crate::i18n::tr!("webhook-endpoint-delete-explained")}</p>
                    <button type="submit" class="danger">{crate::i18n::tr!("webhook-endpoint-delete-confirm")}</button>
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
        "delivered" => crate::i18n::tr!("webhook-endpoint-delivered"),
        "failed" => crate::i18n::tr!("webhook-endpoint-failed"),
        _ if delivery.next_attempt.is_empty() => crate::i18n::tr!("webhook-endpoint-waiting-turn"),
        _ => crate::i18n::tr!("webhook-endpoint-retrying-at", at = &delivery.next_attempt),
    };
    let count = delivery.attempts.len();
    let attempts = delivery
        .attempts
        .into_iter()
        .map(|attempt| {
            // Written without digit grouping, as they always were
            // (`1234 ms`, `HTTP 200`).
            let duration = Arg::Typed(attempt.duration_ms as f64);
            let answer = match attempt.status {
                Some(status) => crate::i18n::texts().format(
                    "webhook-endpoint-answer",
                    &[
                        ("status", Arg::Typed(status as f64)),
                        ("duration", duration),
                    ],
                ),
                None => crate::i18n::texts().format(
                    "webhook-endpoint-no-answer",
                    &[("duration", duration), ("error", Arg::from(&attempt.error))],
                ),
            };
            let response = (!attempt.response.is_empty())
                .then(|| view! { <pre class="webhook-response">{attempt.response}</pre> });
            view! { <li><span>{attempt.at}" · "{answer}</span>{response}</li> }
        })
        .collect_view();
    let log = if count == 0 {
        view! { <span>{crate::i18n::tr!("webhook-endpoint-no-attempts")}</span> }.into_any()
    } else {
        view! {
            <details>
                <summary>{crate::i18n::tr!("webhook-endpoint-attempts", count = count)}</summary>
                <ol class="plain-list attempts">{attempts}</ol>
            </details>
        }
        .into_any()
    };
    // Sent or given up: send again. Failing now: try again at once rather
    // than at its backoff. Not tried yet: nothing to do. The button's
    // text, and its name with the event and message.
    let action = match delivery.status.as_str() {
        _ if delivery.event == "ping" => None,
        "delivered" | "failed" => Some((
            crate::i18n::tr!("webhook-endpoint-redeliver"),
            crate::i18n::tr!(
                "webhook-endpoint-redeliver-label",
                event = &delivery.event,
                message = &delivery.message_id
            ),
        )),
        _ if count > 0 => Some((
            crate::i18n::tr!("webhook-endpoint-retry-now"),
            crate::i18n::tr!(
                "webhook-endpoint-retry-now-label",
                event = &delivery.event,
                message = &delivery.message_id
            ),
        )),
        _ => None,
    };
    let again = action.map(|(action, label)| {
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
            <td data-label=crate::i18n::tr!("webhook-endpoint-column-created")>{delivery.created}</td>
            <td data-label=crate::i18n::tr!("webhook-endpoint-column-status") class="delivery-status">{status}</td>
            <td data-label=crate::i18n::tr!("webhook-endpoint-column-attempts")>{log}</td>
            {match again {
                Some(again) => view! { <td data-label=crate::i18n::tr!("webhook-endpoint-column-actions")>{again}</td> }.into_any(),
                None => view! { <td></td> }.into_any(),
            }}
        </tr>
    }
}

/// The sentence on the signature headers, cut where its three
/// `<code>` header names go: the four runs of text around them.
fn sentence_around_headers() -> [String; 4] {
    const MARKS: [char; 3] = ['\u{E001}', '\u{E002}', '\u{E003}'];
    let text = crate::i18n::tr!(
        "webhook-endpoint-headers",
        id = MARKS[0].to_string(),
        timestamp = MARKS[1].to_string(),
        signature = MARKS[2].to_string()
    );
    let mut runs: [String; 4] = Default::default();
    for (run, piece) in runs
        .iter_mut()
        .zip(text.split(|c: char| MARKS.contains(&c)))
    {
        *run = piece.to_owned();
    }
    runs
}
