# webhooks
# The webhook endpoints (webhooks.rs) and one endpoint's page
# (webhook_endpoint.rs).

webhooks-title = Webhooks · { $tenant }
webhooks-heading = Webhooks
# { $link } is the link webhooks-lead-link.
webhooks-lead = Webhooks tell your own systems the moment something happens: a response arrives, a survey is published or closed. Each event is signed as the Standard Webhooks specification says, so your receiver can check it came from us. { $link }
webhooks-lead-link = How to receive them
webhooks-endpoints-heading = Endpoints
webhooks-table-label = Webhook endpoints
webhooks-column-address = Address
webhooks-column-events = Events
webhooks-column-state = State
webhooks-column-waiting = Waiting
webhooks-enabled = Enabled
webhooks-disabled = Disabled
webhooks-none = No endpoints yet.
webhooks-add-heading = Add an endpoint
webhooks-add-button = Add endpoint
webhooks-field-address = Address
webhooks-field-address-hint = An https address of your system that accepts POST requests with JSON.
webhooks-field-description = Description (optional)
webhooks-field-events = Send these events

webhook-endpoint-title = Webhook endpoint · { $tenant }
webhook-endpoint-heading = Webhook endpoint
webhook-endpoint-all = All endpoints
webhook-endpoint-enabled = Enabled: events are sent as they happen.
webhook-endpoint-disable = Disable endpoint
# Followed by the reason the server gives.
webhook-endpoint-disabled = Disabled.
webhook-endpoint-disabled-kept = Events are kept while it is disabled, and sent in order once it is enabled.
webhook-endpoint-enable = Enable endpoint
webhook-endpoint-secret-heading = Signing secret
# { $id }, { $timestamp } and { $signature } are the header names, as code.
webhook-endpoint-headers = Every delivery carries the headers { $id }, { $timestamp } and { $signature }. Verify them with this secret and a Standard Webhooks library before you trust a delivery.
webhook-endpoint-show-secret = Show the signing secret
webhook-endpoint-secret-field = Signing secret
# { $until } is a time such as 2026-03-31 14:05 UTC.
webhook-endpoint-overlap = The secret before the last rotation also signs until { $until }, so both work meanwhile.
webhook-endpoint-rotate-summary = Rotate the secret
webhook-endpoint-rotate-explained = A new secret signs from now on. The current one also signs for 24 hours, so your receiver can change over without missing an event.
webhook-endpoint-rotate-confirm = Yes, rotate the secret
webhook-endpoint-test-heading = Test
webhook-endpoint-ping = Send a test ping
webhook-endpoint-deliveries-heading = Deliveries
webhook-endpoint-deliveries-hint = Newest first. A delivery that fails is tried again, waiting longer each time, for up to a day; then the endpoint is disabled and you are told by email.
webhook-endpoint-refresh = Refresh
webhook-endpoint-column-event = Event
webhook-endpoint-column-created = Created
webhook-endpoint-column-status = Status
webhook-endpoint-column-attempts = Attempts
webhook-endpoint-column-actions = Actions
webhook-endpoint-no-deliveries = No deliveries yet. Send a test ping, or wait for an event.
webhook-endpoint-older = Older deliveries
webhook-endpoint-settings-heading = Settings
webhook-endpoint-save = Save changes
webhook-endpoint-delete-summary = Delete this endpoint
webhook-endpoint-delete-explained = Its waiting events and its delivery log go with it. This cannot be undone.
webhook-endpoint-delete-confirm = Yes, delete the endpoint
webhook-endpoint-delivered = Delivered
webhook-endpoint-failed = Failed
webhook-endpoint-waiting-turn = Waiting its turn
# { $at } is a time such as 2026-03-31 14:05:09 UTC.
webhook-endpoint-retrying-at = Retrying at { $at }
webhook-endpoint-no-attempts = None yet
webhook-endpoint-attempts = { $count ->
    [one] 1 attempt
   *[other] { $count } attempts
  }
# The receiver's HTTP status code and how long it took.
webhook-endpoint-answer = HTTP { $status } in { $duration } ms
# { $error } is why there was no answer, in English.
webhook-endpoint-no-answer = No answer after { $duration } ms: { $error }
webhook-endpoint-redeliver = Redeliver
webhook-endpoint-retry-now = Retry now
# The buttons' names for screen readers: the event code and message id.
webhook-endpoint-redeliver-label = Redeliver { $event } { $message }
webhook-endpoint-retry-now-label = Retry now { $event } { $message }
webhook-endpoint-copy-secret = Copy secret
webhook-disabled-by-administrator = Disabled by an Administrator.
webhook-disabled-after-failures = Failed for a day; the last attempt said: { $error }
