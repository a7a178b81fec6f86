//! Deleting a response through the API: gone from the list and from the
//! live statistics at once, whether the statistics task had merged it yet
//! or not, on both engines.

use app::domain::{QuestionSummary, SurveySummary};
use app::services::statistics::{TaskMetrics, run_cycle};
use app::storage::statistics::find_summary;
use app::storage::{Database, Pool};
use reqwest::Method;

use crate::helpers::{TestApp, send, spawn_app, spawn_postgres_app};
use crate::rest_api::{answer, call, key_of};

const RESPONSES: &str = "/api/v1/surveys/customer-satisfaction/responses";

async fn summary(app: &TestApp) -> SurveySummary {
    let (survey, _) = app.demo_survey().await;
    run_cycle(&app.db, &TaskMetrics::default()).await.unwrap();
    find_summary(&app.db, &app.system_scope_of("adatum").await, survey)
        .await
        .unwrap()
        .expect("merged")
        .summary
}

async fn word_count(db: &Database, word: &str) -> i64 {
    let sql =
        "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM summary_word_counts WHERE word = $1";
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).bind(word).fetch_one(pool).await,
        Pool::Postgres(pool) => {
            sqlx::query_scalar::<_, i64>(sql)
                .bind(word)
                .fetch_one(pool)
                .await
        }
    }
    .unwrap()
}

async fn delete(app: &TestApp, key: &str, id: i64) -> u16 {
    let request = app
        .client
        .request(Method::DELETE, app.url(&format!("{RESPONSES}/{id}")))
        .bearer_auth(key);
    send(request).await.status().as_u16()
}

async fn deleted_responses_leave_the_statistics(app: TestApp) {
    let key = key_of(&app, "adatum", &["surveys:write", "responses:read"]).await;
    answer(&app, 3).await;
    let before = summary(&app).await;
    assert_eq!(before.responses, 3);
    assert_eq!(word_count(&app.db, "comment").await, 3);
    let ids: Vec<i64> = app
        .stored_submissions()
        .await
        .iter()
        .map(|s| s.id.0)
        .collect();

    // A merged response: the summary is rebuilt from the other two.
    assert_eq!(delete(&app, &key, ids[0]).await, 204);
    let after = summary(&app).await;
    assert_eq!(after.responses, 2);
    let (_, questions) = app.demo_survey().await;
    match &after.questions[&questions[2].id.0] {
        QuestionSummary::FreeText { count, words } => {
            assert_eq!(*count, 2);
            assert_eq!(words.get("comment"), Some(&2));
        }
        other => panic!("a free-text summary, not {other:?}"),
    }
    match &after.questions[&questions[0].id.0] {
        QuestionSummary::Range { count, sum, .. } => assert_eq!((*count, *sum), (2, 8)),
        other => panic!("a star rating's summary, not {other:?}"),
    }
    assert_eq!(word_count(&app.db, "comment").await, 2);
    let response = call(&app, Some(&key), &format!("{RESPONSES}/{}", ids[0])).await;
    assert_eq!(response.status(), 404);
    let listed: serde_json::Value = call(&app, Some(&key), RESPONSES)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["data"].as_array().unwrap().len(), 2);

    // Gone is gone; and no response of another id or survey is touched.
    assert_eq!(delete(&app, &key, ids[0]).await, 404);
    assert_eq!(delete(&app, &key, 999_999).await, 404);
    let reader = key_of(&app, "adatum", &["responses:read"]).await;
    assert_eq!(delete(&app, &reader, ids[1]).await, 403);
    assert_eq!(summary(&app).await.responses, 2);

    // One not merged yet takes its queue message along: never counted.
    answer(&app, 1).await;
    let newest = app.stored_submissions().await.last().unwrap().id.0;
    assert_eq!(delete(&app, &key, newest).await, 204);
    let last = summary(&app).await;
    assert_eq!(last.responses, 2);
    assert_eq!(last, after);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_responses_leave_the_statistics_on_sqlite() {
    deleted_responses_leave_the_statistics(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_responses_leave_the_statistics_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        deleted_responses_leave_the_statistics(app).await;
    }
}
