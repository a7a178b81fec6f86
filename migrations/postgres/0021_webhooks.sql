-- Webhooks: endpoints an Administrator registers, an outbox of deliveries
-- written in the same transaction as the event that causes them, and a log
-- of every attempt.
--
-- `events` is a space-separated list (response.created, survey.published,
-- survey.closed, export.finished). The signing secret is sealed with the
-- server key: it must be readable to sign. After a rotation the previous
-- secret also signs until `previous_secret_until`, so receivers can switch
-- without losing a delivery. One runner at a time holds an endpoint
-- (`lease_until`), which keeps its deliveries in order across instances.
CREATE TABLE webhook_endpoints (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id               BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    url                     TEXT    NOT NULL,
    description             TEXT    NOT NULL DEFAULT '',
    events                  TEXT    NOT NULL,
    sealed_secret           TEXT    NOT NULL,
    sealed_previous_secret  TEXT,
    previous_secret_until   BIGINT,
    state                   TEXT    NOT NULL CHECK (state IN ('active', 'disabled')),
    disabled_reason         TEXT    NOT NULL DEFAULT '',
    created_by              BIGINT,
    created_at              BIGINT NOT NULL,
    lease_until             BIGINT NOT NULL DEFAULT 0,
    -- The last event of the tenant's outbox turned into this endpoint's
    -- deliveries (it starts at the newest event when it is registered).
    event_cursor            BIGINT NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE INDEX webhook_endpoints_by_tenant ON webhook_endpoints (tenant_id, state);

-- The outbox: one row per event, written in the same transaction as what
-- caused it (a submission's batch, a publish, a close, an export's end),
-- and only when the tenant has an endpoint for its type. The runner turns
-- it into deliveries per endpoint, so the cost on the respondent's path
-- does not grow with the number of endpoints. `message_id` is the
-- `webhook-id` header.
CREATE TABLE webhook_events (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    message_id        TEXT    NOT NULL,
    event_type        TEXT    NOT NULL,
    survey_id         BIGINT,
    submission_id     BIGINT,
    detail            TEXT    NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL
);
CREATE INDEX webhook_events_by_tenant ON webhook_events (tenant_id, id);

-- One event for one endpoint. `message_id` is the `webhook-id` header: the
-- same on every endpoint and on every attempt of the event. The payload is
-- rendered from the survey and response at delivery time; `detail` holds
-- what they cannot tell (a ping's text, an export's id). The runner finds
-- work by each endpoint's first pending delivery (`in_order`), so no other
-- index slows the writers that queue deliveries.
CREATE TABLE webhook_deliveries (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         BIGINT NOT NULL,
    endpoint_id       BIGINT NOT NULL,
    message_id        TEXT    NOT NULL,
    event_type        TEXT    NOT NULL,
    survey_id         BIGINT,
    submission_id     BIGINT,
    detail            TEXT    NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    next_attempt_at   BIGINT NOT NULL,
    attempts          BIGINT NOT NULL DEFAULT 0,
    first_attempt_at  BIGINT,
    last_attempt_at   BIGINT,
    last_status       BIGINT,
    delivered_at      BIGINT,
    FOREIGN KEY (tenant_id, endpoint_id) REFERENCES webhook_endpoints (tenant_id, id) ON DELETE CASCADE,
    UNIQUE (endpoint_id, message_id)
);
CREATE INDEX webhook_deliveries_in_order ON webhook_deliveries (endpoint_id, status, id);

-- Every attempt: when, how long, the receiver's status and the start of
-- its answer (or why there was none).
CREATE TABLE webhook_attempts (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         BIGINT NOT NULL,
    delivery_id       BIGINT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempted_at      BIGINT NOT NULL,
    duration_ms       BIGINT NOT NULL,
    status            BIGINT,
    response_excerpt  TEXT    NOT NULL DEFAULT '',
    error             TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, id);
