//! The database going away and coming back (PostgreSQL): while it refuses
//! connections, requests fail fast with 503 and store nothing; once it
//! accepts them again, the same server serves and stores without a restart.

use std::time::{Duration, Instant};

use app::domain::field_name;
use app::storage::{Database, Pool};

use crate::helpers::{DEMO_PATH, KEY_A, encode, fresh_postgres_url, spawn_app_on};

async fn set_connections(admin_url: &str, database: &str, allowed: bool) {
    let admin = Database::connect(admin_url).await.unwrap();
    let Pool::Postgres(pool) = admin.pool() else {
        unreachable!()
    };
    sqlx::query(&format!(
        "ALTER DATABASE {database} ALLOW_CONNECTIONS {allowed}"
    ))
    .execute(pool)
    .await
    .unwrap();
    if !allowed {
        // Drop the server's open connections, as a restart of the database would.
        sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
            .bind(database)
            .execute(pool)
            .await
            .unwrap();
    }
    admin.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_fail_fast_while_the_database_is_down_and_recover_when_it_returns() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let admin_url = std::env::var("TEST_POSTGRES_URL").unwrap();
    let database = url.rsplit('/').next().unwrap().to_owned();
    let app = spawn_app_on(url, tempfile::tempdir().unwrap()).await;
    let (_, questions) = app.demo_survey().await;
    let answers = encode(&[
        ("idempotency_key", KEY_A),
        (&field_name(questions[0].id), "5"),
        (&field_name(questions[1].id), "2"),
    ]);
    assert_eq!(app.get(DEMO_PATH).await.status(), 200);

    set_connections(&admin_url, &database, false).await;
    let started = Instant::now();
    let down = app.post_form(DEMO_PATH, answers.clone()).await;
    assert_eq!(
        down.status(),
        503,
        "{}",
        down.text().await.unwrap_or_default()
    );
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "failed fast: {:?}",
        started.elapsed()
    );
    assert_eq!(app.get("/readyz").await.status(), 503);
    let page = app.get("/s/adatum").await;
    assert_eq!(page.status(), 503, "a page needing the database says so");
    assert!(
        page.text().await.unwrap().contains("try again shortly"),
        "and tells the person what to do"
    );
    let (status, error) = app
        .call(
            "load_survey_form",
            &[("tenant", "adatum"), ("slug", "customer-satisfaction")],
        )
        .await;
    assert_eq!(
        (status, error),
        (503, serde_json::json!("Unavailable")),
        "a server function answers with the status of its error"
    );

    set_connections(&admin_url, &database, true).await;
    let started = Instant::now();
    loop {
        let status = app.get(DEMO_PATH).await.status();
        if status == 200 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "not recovered: {status}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(app.post_form(DEMO_PATH, answers).await.status(), 303);
    assert_eq!(
        app.stored_submissions().await.len(),
        1,
        "stored once, after the database returned"
    );
    assert_eq!(app.get("/readyz").await.status(), 200);
}
