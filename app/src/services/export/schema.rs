//! The export database's tables, made for the subscriber's own queries:
//! one row per survey, question, option, response and answer, with typed
//! columns so that every kind of answer can be counted, averaged and
//! joined without decoding anything.
//!
//! - `questions`: the kind's code and its other settings (`settings`, the
//!   JSON object Tailspin stores: format, min/max/step/unit, earliest/latest,
//!   points, min/max_selected, rows, columns, other, shuffle);
//!   `question_options` the options (choice, checkboxes, dropdown,
//!   ranking); `matrix_rows` and `matrix_columns` a matrix's statements and
//!   scale.
//! - `answers`, one per answered question: `rating` (1–5 stars), `score`
//!   (rating scale, NPS), `choice_position` + `choice_label` (choice,
//!   dropdown), `number_value` (NUMERIC on PostgreSQL, REAL on SQLite),
//!   `date_value` (DATE; `YYYY-MM-DD` text on SQLite), `text` (long and
//!   short text), `other_text` ("Other (please specify)" of a choice,
//!   dropdown or checkboxes).
//! - `answer_items`, the parts of multi-part answers, keyed by response,
//!   question and `position` (the option's or the matrix row's index):
//!   a ticked checkbox (`label` the option); a ranking's option with its
//!   `place` (1 = first); a matrix row with the chosen `column_position`
//!   and `column_label`.
//!
//! - `responses.language`: the code of the language the respondent
//!   answered in (`en`, `de`, `es`, `ar`).
//!
//! Times are timestamps (PostgreSQL) or ISO 8601 text (SQLite). An export
//! database made by an earlier version gains the new columns and tables in
//! place; its copied responses stay.

use crate::storage::{Database, Pool};

pub(super) async fn create_schema(target: &Database) -> Result<(), sqlx::Error> {
    let time = time_type(target);
    let number = number_type(target);
    let date = date_type(target);
    let statements = [
        format!(
            "CREATE TABLE IF NOT EXISTS surveys (id BIGINT PRIMARY KEY, slug TEXT NOT NULL UNIQUE, \
             title TEXT NOT NULL, description TEXT NOT NULL, status TEXT NOT NULL, \
             created_at {time} NOT NULL, published_at {time}, expires_at {time}, closed_at {time})"
        ),
        "CREATE TABLE IF NOT EXISTS questions (id BIGINT PRIMARY KEY, \
         survey_id BIGINT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE, \
         position BIGINT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, \
         required BOOLEAN NOT NULL, max_length BIGINT, low_label TEXT, high_label TEXT, \
         settings TEXT NOT NULL DEFAULT '{}')"
            .to_owned(),
        "CREATE TABLE IF NOT EXISTS question_options (\
         question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE, \
         position BIGINT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (question_id, position))"
            .to_owned(),
        "CREATE TABLE IF NOT EXISTS matrix_rows (\
         question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE, \
         position BIGINT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (question_id, position))"
            .to_owned(),
        "CREATE TABLE IF NOT EXISTS matrix_columns (\
         question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE, \
         position BIGINT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (question_id, position))"
            .to_owned(),
        format!(
            "CREATE TABLE IF NOT EXISTS responses (id BIGINT PRIMARY KEY, \
             survey_id BIGINT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE, \
             received_at {time} NOT NULL)"
        ),
        "CREATE INDEX IF NOT EXISTS responses_by_survey ON responses (survey_id, id)".to_owned(),
        format!(
            "CREATE TABLE IF NOT EXISTS answers (\
             response_id BIGINT NOT NULL REFERENCES responses (id) ON DELETE CASCADE, \
             question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE, \
             rating BIGINT, choice_position BIGINT, choice_label TEXT, text TEXT, \
             score BIGINT, number_value {number}, date_value {date}, other_text TEXT, \
             PRIMARY KEY (response_id, question_id))"
        ),
        "CREATE TABLE IF NOT EXISTS answer_items (\
         response_id BIGINT NOT NULL, question_id BIGINT NOT NULL, \
         position BIGINT NOT NULL, label TEXT NOT NULL, place BIGINT, \
         column_position BIGINT, column_label TEXT, \
         PRIMARY KEY (response_id, question_id, position), \
         FOREIGN KEY (response_id, question_id) REFERENCES answers (response_id, question_id) \
         ON DELETE CASCADE)"
            .to_owned(),
    ];
    // Columns an export database made before issue 22 (or 28: the
    // response's language) lacks.
    let added = [
        ("responses", "language", "TEXT NOT NULL DEFAULT 'en'"),
        ("questions", "settings", "TEXT NOT NULL DEFAULT '{}'"),
        ("answers", "score", "BIGINT"),
        ("answers", "number_value", number),
        ("answers", "date_value", date),
        ("answers", "other_text", "TEXT"),
    ];
    match target.pool() {
        Pool::Sqlite(pool) => {
            for statement in &statements {
                sqlx::query(statement).execute(pool).await?;
            }
            for (table, column, kind) in added {
                let present: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM pragma_table_info($1) WHERE name = $2",
                )
                .bind(table)
                .bind(column)
                .fetch_one(pool)
                .await?;
                if present == 0 {
                    sqlx::query(&format!("ALTER TABLE {table} ADD COLUMN {column} {kind}"))
                        .execute(pool)
                        .await?;
                }
            }
        }
        Pool::Postgres(pool) => {
            for statement in &statements {
                sqlx::query(statement).execute(pool).await?;
            }
            for (table, column, kind) in added {
                sqlx::query(&format!(
                    "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}"
                ))
                .execute(pool)
                .await?;
            }
        }
    }
    Ok(())
}

/// The column type of the export's times on `target`'s engine.
pub(super) fn time_type(target: &Database) -> &'static str {
    match target.pool() {
        Pool::Sqlite(_) => "TEXT",
        Pool::Postgres(_) => "TIMESTAMPTZ",
    }
}

/// Number answers: exact on PostgreSQL (six decimal places, as entered);
/// SQLite's REAL is a double, which holds them to their sixth place.
pub(super) fn number_type(target: &Database) -> &'static str {
    match target.pool() {
        Pool::Sqlite(_) => "REAL",
        Pool::Postgres(_) => "NUMERIC",
    }
}

/// Date answers: a DATE on PostgreSQL, `YYYY-MM-DD` text on SQLite (which
/// its date functions read).
pub(super) fn date_type(target: &Database) -> &'static str {
    match target.pool() {
        Pool::Sqlite(_) => "TEXT",
        Pool::Postgres(_) => "DATE",
    }
}
