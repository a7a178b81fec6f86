//! A server whose region has a database of its own: the demo tenant's
//! surveys and answers are stored there, answered, merged and reported,
//! and the directory holds none of them.

use app::storage::statistics::find_summary;
use app::storage::{Database, Pool};
use tailspin_server::region_settings::RegionSetting;

use crate::helpers::{DEMO_PATH, KEY_A, encode, fresh_postgres_url, spawn_postgres_app_with};

async fn count(db: &Database, sql: &str) -> i64 {
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_tenant_in_a_region_of_its_own_answers_and_merges_there() {
    let Some(europe_url) = fresh_postgres_url().await else {
        return;
    };
    let europe = europe_url.clone();
    let Some(app) = spawn_postgres_app_with(move |s| {
        s.regions = vec![
            RegionSetting {
                id: "europe".into(),
                database_url: Some(europe),
                blob_store_url: None,
            },
            RegionSetting::label("north-america"),
        ];
        s.statistics_in_process = true;
    })
    .await
    else {
        return;
    };
    let (survey, questions) = app.demo_survey().await;
    assert_eq!(app.get(DEMO_PATH).await.status(), 200);
    let stars = format!("q-{}", questions[0].id);
    let channel = format!("q-{}", questions[1].id);
    let form = [
        ("idempotency_key", KEY_A),
        (stars.as_str(), "4"),
        (channel.as_str(), "2"),
    ];
    assert_eq!(app.post_form(DEMO_PATH, encode(&form)).await.status(), 303);

    let scope = app.system_scope_of("adatum").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(stored) = find_summary(&app.db, &scope, survey).await.unwrap() {
            assert_eq!(stored.summary.responses, 1);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not merged within 10 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    let region = Database::connect(&europe_url).await.unwrap();
    for table in ["surveys", "submissions", "answers", "survey_summaries"] {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        assert_eq!(count(&app.db, &sql).await, 0, "{table} in the directory");
        assert!(count(&region, &sql).await > 0, "{table} in the region");
    }
    // Users and sessions stay in the directory.
    assert_eq!(count(&region, "SELECT COUNT(*) FROM users").await, 0);
    assert!(count(&app.db, "SELECT COUNT(*) FROM users").await > 0);

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    region.close().await;
}
