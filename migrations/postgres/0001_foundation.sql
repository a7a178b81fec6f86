-- The data model of the whole product. Times are Unix milliseconds (UTC).
-- Every tenant-owned table carries tenant_id, and composite foreign keys make
-- a row that points into another tenant's data impossible to store.

CREATE TABLE tenants (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alias       TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    plan        TEXT    NOT NULL CHECK (plan IN ('trial', 'individual', 'standard', 'premium')),
    status      TEXT    NOT NULL CHECK (status IN ('pending_activation', 'active', 'suspended', 'deleting')),
    region      TEXT    NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE surveys (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    slug         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
    created_at   BIGINT NOT NULL,
    published_at BIGINT ,
    expires_at   BIGINT ,
    closed_at    BIGINT ,
    UNIQUE (tenant_id, slug),
    UNIQUE (tenant_id, id)
);
CREATE INDEX surveys_by_tenant_status ON surveys (tenant_id, status);

CREATE TABLE questions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   BIGINT NOT NULL,
    survey_id   BIGINT NOT NULL,
    position    BIGINT NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('free_text', 'range', 'choice')),
    text        TEXT    NOT NULL,
    required    BOOLEAN NOT NULL,
    max_length  BIGINT ,
    low_label   TEXT,
    high_label  TEXT,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX questions_by_survey ON questions (survey_id, position);

CREATE TABLE question_options (
    tenant_id   BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    position    BIGINT NOT NULL,
    label       TEXT    NOT NULL,
    PRIMARY KEY (question_id, position),
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);

-- One row per acknowledged submission, ids ascending in the order received.
CREATE TABLE submissions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       BIGINT NOT NULL,
    survey_id       BIGINT NOT NULL,
    idempotency_key TEXT    NOT NULL,
    received_at     BIGINT NOT NULL,
    UNIQUE (survey_id, idempotency_key),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX submissions_by_survey ON submissions (survey_id, id);

-- number_value: stars (1-5) or the chosen option's position; text_value: free text.
CREATE TABLE answers (
    tenant_id     BIGINT NOT NULL,
    submission_id BIGINT NOT NULL,
    question_id   BIGINT NOT NULL,
    number_value  BIGINT ,
    text_value    TEXT,
    PRIMARY KEY (submission_id, question_id),
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);

-- Work for the statistics task, written in the same transaction as the
-- submission. A claimed message is invisible until visible_at passes, so a
-- task that dies mid-batch only delays it.
CREATE TABLE statistics_queue (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     BIGINT NOT NULL,
    survey_id     BIGINT NOT NULL,
    submission_id BIGINT NOT NULL UNIQUE,
    enqueued_at   BIGINT NOT NULL,
    visible_at    BIGINT NOT NULL,
    attempts      BIGINT NOT NULL DEFAULT 0,
    last_error    TEXT,
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX statistics_queue_ready ON statistics_queue (visible_at, id);

CREATE TABLE dead_letters (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     BIGINT NOT NULL,
    survey_id     BIGINT NOT NULL,
    submission_id BIGINT NOT NULL,
    attempts      BIGINT NOT NULL,
    last_error    TEXT    NOT NULL,
    enqueued_at   BIGINT NOT NULL,
    failed_at     BIGINT NOT NULL,
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id) ON DELETE CASCADE
);

-- The merged statistics of a survey; `version` guards concurrent merges.
CREATE TABLE survey_summaries (
    survey_id       BIGINT PRIMARY KEY,
    tenant_id       BIGINT NOT NULL,
    version         BIGINT NOT NULL,
    total_responses BIGINT NOT NULL,
    summary         TEXT    NOT NULL,
    updated_at      BIGINT NOT NULL,
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);

-- Word counts behind the "most frequent words" of free-text questions, so the
-- top words can be kept up to date without re-reading old answers.
CREATE TABLE summary_word_counts (
    tenant_id   BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    word        TEXT    NOT NULL,
    count       BIGINT NOT NULL,
    PRIMARY KEY (question_id, word),
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);
