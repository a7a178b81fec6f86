//! Export to SQL through the server: an Administrator asks for a transfer,
//! the in-process runner copies the tenant's data into its own database,
//! the page reports progress, and the result is downloadable (SQLite) or
//! reachable with the tenant's own credentials (PostgreSQL).

use std::time::Duration;

use app::auth::{SystemTask, system_scope};
use app::domain::UnixMillis;
use app::storage::jobs::{JobKind, request_job};
use app::storage::{Database, Pool};

use crate::helpers::{
    DEMO_PASSWORD, DEMO_PATH, TestApp, add_tenant, encode, fresh_postgres_url, signed_in_as,
    spawn_app_with,
};

async fn answer(app: &TestApp, n: usize) {
    let (_, questions) = app.demo_survey().await;
    let names: Vec<String> = questions.iter().map(|q| format!("q-{}", q.id)).collect();
    for i in 0..n {
        let key = uuid::Uuid::new_v4().to_string();
        let comment = format!("Export comment {i}");
        let body = encode(&[
            ("idempotency_key", key.as_str()),
            (names[0].as_str(), "5"),
            (names[1].as_str(), "2"),
            (names[2].as_str(), comment.as_str()),
        ]);
        assert_eq!(app.post_form(DEMO_PATH, body).await.status(), 303);
    }
}

async fn export_app(database_url: Option<String>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url =
        database_url.unwrap_or_else(|| format!("sqlite://{}/tailspin.db", dir.path().display()));
    spawn_app_with(url, dir, |settings| {
        settings.statistics_in_process = true;
        settings.statistics_interval_ms = 200;
    })
    .await
}

/// Asks for a transfer and follows it as the page does until it ends.
async fn transfer(client: &reqwest::Client, app: &TestApp) -> serde_json::Value {
    let (status, job) = app
        .call_as(client, "request_sql_export", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200, "{job}");
    for _ in 0..300 {
        let (status, job) = app
            .call_as(client, "sql_export_progress", &[("tenant", "adatum")])
            .await;
        assert_eq!(status, 200, "{job}");
        if matches!(job["status"].as_str(), Some("succeeded" | "failed")) {
            return job;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the transfer did not finish in 30 s");
}

async fn count(target: &Database, sql: &str) -> i64 {
    match target.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

async fn exports_then_copies_only_new_responses(app: &TestApp) -> reqwest::Client {
    let admin = signed_in_as(
        app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    answer(app, 3).await;
    let stored = app.stored_submissions().await.len() as i64;

    let job = transfer(&admin, app).await;
    assert_eq!(job["status"], "succeeded", "{job}");
    assert_eq!(job["done"].as_i64(), Some(stored));
    assert_eq!(job["total"].as_i64(), Some(stored));

    let job = transfer(&admin, app).await;
    assert_eq!(job["done"].as_i64(), Some(0), "nothing new: {job}");
    answer(app, 2).await;
    let job = transfer(&admin, app).await;
    assert_eq!(
        job["done"].as_i64(),
        Some(2),
        "only the two new ones: {job}"
    );

    let (status, page) = app
        .call_as(&admin, "load_export_page", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200);
    assert_eq!(page["jobs"].as_array().unwrap().len(), 3);
    admin
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_export_is_downloadable_by_administrators_only() {
    let app = export_app(None).await;
    let anonymous = crate::helpers::browser();
    let download = "/t/adatum/export/database.sqlite";
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(app.get_as(&admin, download).await.status(), 404, "none yet");

    let admin = exports_then_copies_only_new_responses(&app).await;
    let response = app.get_as(&admin, download).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.sqlite3"
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("download.sqlite");
    std::fs::write(&file, &bytes).unwrap();
    let copy = Database::connect(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    let stored = app.stored_submissions().await.len() as i64;
    assert_eq!(count(&copy, "SELECT COUNT(*) FROM responses").await, stored);
    // Each response says the language it was answered in.
    assert_eq!(
        count(
            &copy,
            "SELECT COUNT(*) FROM responses WHERE language = 'en'"
        )
        .await,
        stored
    );
    assert_eq!(
        count(
            &copy,
            "SELECT COUNT(*) FROM answers WHERE text LIKE 'Export comment %'"
        )
        .await,
        5
    );

    assert_eq!(app.get_as(&anonymous, download).await.status(), 303);
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(app.get_as(&creator, download).await.status(), 403);
    let (status, _) = app
        .call_as(&creator, "request_sql_export", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 403, "Survey Creators cannot export the tenant");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_export_is_a_database_only_its_tenant_can_open() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = export_app(Some(url)).await;
    let admin = exports_then_copies_only_new_responses(&app).await;
    let (_, page) = app
        .call_as(&admin, "load_export_page", &[("tenant", "adatum")])
        .await;
    let details = &page["database"]["Postgres"];
    let credentials = |d: &serde_json::Value| {
        format!(
            "postgres://{}:{}@{}:{}/",
            d["username"].as_str().unwrap(),
            d["password"].as_str().unwrap(),
            d["host"].as_str().unwrap(),
            d["port"]
        )
    };
    let database = details["database"].as_str().unwrap();
    let target = Database::connect(&format!("{}{database}", credentials(details)))
        .await
        .expect("the tenant's credentials open its export database");
    let stored = app.stored_submissions().await.len() as i64;
    assert_eq!(
        count(&target, "SELECT COUNT(*) FROM responses").await,
        stored
    );
    target.close().await;

    // Nor the main database, where every tenant's answers are.
    let app::storage::Pool::Postgres(main_pool) = app.db.pool() else {
        unreachable!()
    };
    let main = main_pool
        .connect_options()
        .get_database()
        .unwrap()
        .to_owned();
    let into_main = <sqlx::postgres::PgConnection as sqlx::Connection>::connect(&format!(
        "{}{main}",
        credentials(details)
    ))
    .await;
    let Err(error) = into_main else {
        panic!("the export login must not open the main database");
    };
    assert!(error.to_string().contains("permission denied"), "{error}");

    // Another tenant's export role cannot open adatum's database.
    let fabrikam = add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let scope = system_scope(
        &fabrikam,
        app::auth::SystemGrant::for_tests(SystemTask::BackgroundJob),
    );
    request_job(&app.db, &scope, JobKind::SqlExport, UnixMillis::now())
        .await
        .unwrap();
    app::services::jobs::jobs_requested();
    let record = loop {
        if let Some(record) = app::storage::exports::find_export_database(&app.db, &scope)
            .await
            .unwrap()
        {
            break record;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let other = app
        .key
        .open(fabrikam.id, record.password_sealed.as_deref().unwrap())
        .unwrap();
    let intruder = format!(
        "postgres://{}:{other}@{}:{}/{database}",
        record.database_name,
        details["host"].as_str().unwrap(),
        details["port"]
    );
    let refused = Database::connect(&intruder).await;
    assert!(
        refused.is_err(),
        "fabrikam's role must not connect to adatum's export"
    );
}
