//! The benchmark's baseline (`make bench`): a bare axum handler that stores
//! a posted survey form as the same rows (submission, answers, statistics
//! queue message) in one transaction on the same database with the same
//! durability, without anything else the product does (tenant and survey
//! checks, validation, idempotency handling, metrics, sessions, logging).
//!
//!   DATABASE_URL=... submit_baseline ADDRESS TENANT_ID SURVEY_ID QUESTION_ID...

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use app::storage::{Database, Pool};
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;

#[derive(Clone)]
struct Target {
    db: Database,
    tenant: i64,
    survey: i64,
    questions: Vec<i64>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    anyhow::ensure!(
        args.len() >= 4,
        "usage: submit_baseline ADDRESS TENANT_ID SURVEY_ID QUESTION_ID..."
    );
    let db = Database::connect(&std::env::var("DATABASE_URL")?).await?;
    let target = Target {
        db,
        tenant: args[1].parse()?,
        survey: args[2].parse()?,
        questions: args[3..]
            .iter()
            .map(|q| q.parse())
            .collect::<Result<_, _>>()?,
    };
    let app = axum::Router::new()
        .route("/submit", post(submit))
        .with_state(target);
    let listener = tokio::net::TcpListener::bind(&args[0]).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

async fn submit(State(t): State<Target>, Form(form): Form<HashMap<String, String>>) -> Response {
    match store(&t, &form).await {
        Ok(()) => Redirect::to("/thanks").into_response(),
        Err(error) => (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response(),
    }
}

async fn store(t: &Target, form: &HashMap<String, String>) -> Result<(), sqlx::Error> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis() as i64;
    let key = form.get("idempotency_key").cloned().unwrap_or_default();
    let answers: Vec<(i64, i64)> = t
        .questions
        .iter()
        .filter_map(|q| {
            let value = form.get(&format!("q-{q}"))?.parse().ok()?;
            Some((*q, value))
        })
        .collect();
    macro_rules! store_on {
        ($pool:expr) => {{
            let mut tx = $pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(t.tenant)
            .bind(t.survey)
            .bind(&key)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            for (question, value) in &answers {
                sqlx::query(
                    "INSERT INTO answers (tenant_id, submission_id, question_id, number_value) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(t.tenant)
                .bind(id)
                .bind(question)
                .bind(value)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "INSERT INTO statistics_queue (tenant_id, survey_id, submission_id, enqueued_at, visible_at) \
                 VALUES ($1, $2, $3, $4, $4)",
            )
            .bind(t.tenant)
            .bind(t.survey)
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await
        }};
    }
    match t.db.pool() {
        Pool::Sqlite(pool) => store_on!(pool),
        Pool::Postgres(pool) => store_on!(pool),
    }
}
