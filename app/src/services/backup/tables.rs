//! What a tenant backup holds, table by table. Rows are written without
//! database ids: a row that has an id gets its 1-based position in id order
//! (`ref`), and a reference to such a row is written as that position. So a
//! backup says the same whatever ids the data had, and a restore gives the
//! rows new ids in the new tenant.
//!
//! Left out: secrets (password hashes, client secrets), what is rebuilt
//! (statistics summaries and word counts, queues, dead letters), what
//! belongs to the running service (jobs, export databases, sign-in
//! failures).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    OptInt,
    Bool,
    Text,
    OptText,
    /// An answer's text: sealed with the tenant's key in the database
    /// (`text_sealed`, or plain `text_value` from before sealing), plain in
    /// the archive, sealed again with the new tenant's key on restore.
    AnswerText,
    /// The position of a row of the named table (which has an id).
    Ref(&'static str),
}

pub struct TableSpec {
    pub name: &'static str,
    /// Whether rows have their own `id` (and so a position others refer to).
    pub has_id: bool,
    pub order_by: &'static str,
    pub columns: &'static [(&'static str, Kind)],
}

use Kind::*;

/// In restore order: every table after the tables it refers to.
pub const TABLES: &[TableSpec] = &[
    TableSpec {
        name: "metadata_fields",
        has_id: true,
        order_by: "id",
        columns: &[("name", Text), ("kind", Text), ("created_at", Int)],
    },
    TableSpec {
        name: "surveys",
        has_id: true,
        order_by: "id",
        columns: &[
            ("slug", Text),
            ("title", Text),
            ("description", Text),
            ("status", Text),
            ("created_at", Int),
            ("published_at", OptInt),
            ("expires_at", OptInt),
            ("closed_at", OptInt),
            // Absent from archives made before surveys had schedules and
            // limits: none.
            ("opens_at", OptInt),
            ("response_limit", OptInt),
            // Absent from archives made before the challenge: off.
            ("proof_of_work", OptText),
            // Absent from archives made before pages and branching: one
            // page without conditions. Questions are named by place, so
            // the logic needs no renumbering.
            ("logic", OptText),
            // Absent from archives made before surveys had languages:
            // English only.
            ("languages", OptText),
        ],
    },
    TableSpec {
        name: "questions",
        has_id: true,
        order_by: "id",
        columns: &[
            ("survey_id", Ref("surveys")),
            ("position", Int),
            ("kind", Text),
            ("text", Text),
            ("required", Bool),
            ("max_length", OptInt),
            ("low_label", OptText),
            ("high_label", OptText),
            // The kind's other settings (JSON). An archive made before
            // issue 22 has none: a restore takes `{}`, what the migration
            // gave those questions (`fill_tenant`).
            ("settings", Text),
        ],
    },
    TableSpec {
        name: "question_options",
        has_id: false,
        order_by: "question_id, position",
        columns: &[
            ("question_id", Ref("questions")),
            ("position", Int),
            ("label", Text),
        ],
    },
    TableSpec {
        name: "survey_metadata",
        has_id: false,
        order_by: "survey_id, field_id",
        columns: &[
            ("survey_id", Ref("surveys")),
            ("field_id", Ref("metadata_fields")),
            ("value", Text),
        ],
    },
    TableSpec {
        name: "submissions",
        has_id: true,
        order_by: "id",
        columns: &[
            ("survey_id", Ref("surveys")),
            ("idempotency_key", Text),
            ("received_at", Int),
            ("language", Text),
        ],
    },
    TableSpec {
        name: "answers",
        has_id: false,
        order_by: "submission_id, question_id",
        columns: &[
            ("submission_id", Ref("submissions")),
            ("question_id", Ref("questions")),
            ("number_value", OptInt),
            ("text_value", AnswerText),
            // Parts of checkbox, ranking and matrix answers; absent (null)
            // in an archive made before issue 22.
            ("items", OptText),
        ],
    },
    TableSpec {
        name: "users",
        has_id: true,
        order_by: "id",
        columns: &[
            ("email", OptText),
            ("issuer", OptText),
            ("subject", OptText),
            ("social_provider", OptText),
            ("display_name", Text),
            ("role", Text),
            ("created_at", Int),
            // Absent (null) in an archive made before issue 28.
            ("language", OptText),
        ],
    },
    TableSpec {
        name: "tenant_identity_providers",
        has_id: false,
        order_by: "tenant_id",
        columns: &[
            ("issuer", Text),
            ("client_id", Text),
            ("identifying_claim", Text),
            ("administrator", Text),
            ("claim_rules", Text),
            ("updated_at", Int),
        ],
    },
    TableSpec {
        name: "tenant_branding",
        has_id: false,
        order_by: "tenant_id",
        // The logo travels as a file of the archive and is checked again;
        // `updated_at` is the restore's own time.
        columns: &[("stylesheet", Text), ("stylesheet_version", Text)],
    },
];

pub fn spec(name: &str) -> Option<&'static TableSpec> {
    TABLES.iter().find(|t| t.name == name)
}
