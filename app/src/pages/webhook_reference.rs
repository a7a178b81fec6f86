//! The webhooks part of `/developers/api`: the events, what a delivery
//! looks like, how to verify it, and how retries work.

use leptos::prelude::*;

use super::inline_code::{code_at, with_codes};
use crate::domain::WebhookEvent;
use crate::i18n::tr;

const EXAMPLE: &str = r#"POST /hooks/tailspin HTTP/1.1
content-type: application/json
webhook-id: msg_response_1842
webhook-timestamp: 1796380800
webhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=

{"type":"response.created","timestamp":"2026-12-04T09:20:00.000Z",
 "data":{"tenant":"adatum",
         "survey":{"slug":"customer-satisfaction","title":"Customer satisfaction"},
         "response":{"id":1842,"number":57,"received_at":"2026-12-04T09:20:00.000Z","language":"en",
                     "answers":[{"question":1,"text":"How satisfied are you?","answer":"4"}]}}}"#;

const VERIFY: &str = r#"// npm install standardwebhooks
import { Webhook } from "standardwebhooks";
const event = new Webhook(process.env.TAILSPIN_WEBHOOK_SECRET)
  .verify(rawBody, request.headers); // throws unless signed by us, recently"#;

#[component]
pub fn WebhookReference() -> impl IntoView {
    let events = WebhookEvent::SUBSCRIBABLE
        .into_iter()
        .chain([WebhookEvent::Ping])
        .map(|event| view! { <li><code>{event.code()}</code>" · "{event.localized_description()}</li> })
        .collect_view();
    let (signed_before, signed_after) =
        crate::i18n::texts().around("webhook-reference-intro", "specification", &[]);
    let delivery = with_codes(
        tr!(
            "webhook-reference-delivery-text",
            id = code_at(0),
            shape = code_at(1)
        ),
        &["webhook-id", "GET /api/v1/surveys/{slug}/responses/{id}"],
    );
    let verifying = with_codes(
        tr!("webhook-reference-verifying-text", secret = code_at(0)),
        &["whsec_…"],
    );
    view! {
        <h2 id="webhooks">{tr!("webhook-reference-heading")}</h2>
        <p>
            {signed_before}
            <a href="https://www.standardwebhooks.com/">"Standard Webhooks"</a>
            {signed_after}
        </p>
        <h3>{tr!("webhook-reference-events")}</h3>
        <ul>{events}</ul>
        <h3>{tr!("webhook-reference-delivery")}</h3>
        <pre class="code"><code>{EXAMPLE}</code></pre>
        <p>{delivery}</p>
        <h3>{tr!("webhook-reference-verifying")}</h3>
        <p>{verifying}</p>
        <pre class="code"><code>{VERIFY}</code></pre>
        <h3>{tr!("webhook-reference-retries")}</h3>
        <p>{tr!("webhook-reference-retries-text")}</p>
    }
}
