//! The webhooks part of `/developers/api`: the events, what a delivery
//! looks like, how to verify it, and how retries work.

use leptos::prelude::*;

use crate::domain::WebhookEvent;

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
        .map(|event| view! { <li><code>{event.code()}</code>" · "{event.description()}</li> })
        .collect_view();
    view! {
        <h2 id="webhooks">"Webhooks"</h2>
        <p>
            "An Administrator registers an https address under Webhooks in the subscriber's settings and chooses its events. "
            "Each event is posted to it as JSON, signed as the "
            <a href="https://www.standardwebhooks.com/">"Standard Webhooks"</a>" specification says."
        </p>
        <h3>"Events"</h3>
        <ul>{events}</ul>
        <h3>"A delivery"</h3>
        <pre class="code"><code>{EXAMPLE}</code></pre>
        <p>
            <code>"webhook-id"</code>" is the same on every attempt of one event: keep the ids you have handled, and a repeat is safe to ignore. "
            "A response's answers have the shape of "<code>"GET /api/v1/surveys/{slug}/responses/{id}"</code>"."
        </p>
        <h3>"Verifying"</h3>
        <p>
            "Check the signature with the endpoint's secret ("<code>"whsec_…"</code>") and a Standard Webhooks library before trusting a delivery. "
            "After a rotation, deliveries carry two signatures for a day: the new secret's and the old one's."
        </p>
        <pre class="code"><code>{VERIFY}</code></pre>
        <h3>"Delivery and retries"</h3>
        <p>
            "Answer with any 2xx status within 10 seconds. Events reach each endpoint in the order they happened, at least once. "
            "A delivery that fails is tried again after 5 seconds, then waiting twice as long each time, up to two hours; "
            "events after it wait their turn. After a day of failures the endpoint is disabled and the Administrator is told by email; "
            "the events are kept, and sent in order once it is enabled again. Every attempt is listed on the endpoint's page, where any delivery can be sent again."
        </p>
    }
}
