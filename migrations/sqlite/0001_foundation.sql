-- The data model of the whole product. Times are Unix milliseconds (UTC).
-- Every tenant-owned table carries tenant_id, and composite foreign keys make
-- a row that points into another tenant's data impossible to store.

CREATE TABLE tenants (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    alias       TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    plan        TEXT    NOT NULL CHECK (plan IN ('trial', 'individual', 'standard', 'premium')),
    status      TEXT    NOT NULL CHECK (status IN ('pending_activation', 'active', 'suspended', 'deleting')),
    region      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE surveys (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    slug         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
    created_at   INTEGER NOT NULL,
    published_at INTEGER,
    expires_at   INTEGER,
    closed_at    INTEGER,
    UNIQUE (tenant_id, slug),
    UNIQUE (tenant_id, id)
);
CREATE INDEX surveys_by_tenant_status ON surveys (tenant_id, status);

CREATE TABLE questions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   INTEGER NOT NULL,
    survey_id   INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('free_text', 'range', 'choice')),
    text        TEXT    NOT NULL,
    required    INTEGER NOT NULL CHECK (required IN (0, 1)),
    max_length  INTEGER,
    low_label   TEXT,
    high_label  TEXT,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX questions_by_survey ON questions (survey_id, position);

CREATE TABLE question_options (
    tenant_id   INTEGER NOT NULL,
    question_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    label       TEXT    NOT NULL,
    PRIMARY KEY (question_id, position),
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);

-- One row per acknowledged submission, ids ascending in the order received.
CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id       INTEGER NOT NULL,
    survey_id       INTEGER NOT NULL,
    idempotency_key TEXT    NOT NULL,
    received_at     INTEGER NOT NULL,
    UNIQUE (survey_id, idempotency_key),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX submissions_by_survey ON submissions (survey_id, id);

-- number_value: stars (1-5) or the chosen option's position; text_value: free text.
CREATE TABLE answers (
    tenant_id     INTEGER NOT NULL,
    submission_id INTEGER NOT NULL,
    question_id   INTEGER NOT NULL,
    number_value  INTEGER,
    text_value    TEXT,
    PRIMARY KEY (submission_id, question_id),
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);

-- Work for the statistics task, written in the same transaction as the
-- submission. A claimed message is invisible until visible_at passes, so a
-- task that dies mid-batch only delays it.
CREATE TABLE statistics_queue (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     INTEGER NOT NULL,
    survey_id     INTEGER NOT NULL,
    submission_id INTEGER NOT NULL UNIQUE,
    enqueued_at   INTEGER NOT NULL,
    visible_at    INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX statistics_queue_ready ON statistics_queue (visible_at, id);

CREATE TABLE dead_letters (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     INTEGER NOT NULL,
    survey_id     INTEGER NOT NULL,
    submission_id INTEGER NOT NULL,
    attempts      INTEGER NOT NULL,
    last_error    TEXT    NOT NULL,
    enqueued_at   INTEGER NOT NULL,
    failed_at     INTEGER NOT NULL,
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id) ON DELETE CASCADE
);

-- The merged statistics of a survey; `version` guards concurrent merges.
CREATE TABLE survey_summaries (
    survey_id       INTEGER PRIMARY KEY,
    tenant_id       INTEGER NOT NULL,
    version         INTEGER NOT NULL,
    total_responses INTEGER NOT NULL,
    summary         TEXT    NOT NULL,
    updated_at      INTEGER NOT NULL,
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);

-- Word counts behind the "most frequent words" of free-text questions, so the
-- top words can be kept up to date without re-reading old answers.
CREATE TABLE summary_word_counts (
    tenant_id   INTEGER NOT NULL,
    question_id INTEGER NOT NULL,
    word        TEXT    NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (question_id, word),
    FOREIGN KEY (tenant_id, question_id) REFERENCES questions (tenant_id, id) ON DELETE CASCADE
);
