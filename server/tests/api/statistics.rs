//! The statistics task inside the server: an answer is merged into the
//! survey's summary moments after it is stored.

use app::storage::statistics::find_summary;

use crate::helpers::{DEMO_PATH, KEY_A, encode, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stored_answer_reaches_the_summary_without_waiting_for_the_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |s| {
        s.statistics_in_process = true;
        // Long enough that only the wake-up on new answers can explain a
        // quick merge.
        s.statistics_interval_ms = 600_000;
    })
    .await;
    let (survey, questions) = app.demo_survey().await;
    let stars = format!("q-{}", questions[0].id);
    let channel = format!("q-{}", questions[1].id);
    let form = [
        ("idempotency_key", KEY_A),
        (stars.as_str(), "5"),
        (channel.as_str(), "2"),
    ];
    assert_eq!(app.post_form(DEMO_PATH, encode(&form)).await.status(), 303);

    let scope = app::auth::public_scope(&app.db, "adatum").await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(stored) = find_summary(&app.db, &scope, survey).await.unwrap() {
            assert_eq!(stored.summary.responses, 1);
            assert_eq!(app.queued().await, 0);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not merged within 10 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// On PostgreSQL a `server worker` in another process hears about new
/// answers at once (LISTEN/NOTIFY), long before its schedule would run.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_process_on_postgresql_is_woken_by_new_answers() {
    use app::domain::{AnswerValue, IdempotencyKey, UnixMillis, ValidAnswer};
    use app::storage::Database;
    use app::storage::submissions::store_submission;

    let Some(url) = crate::helpers::fresh_postgres_url().await else {
        return;
    };
    let db = Database::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    app::demo::load_demo_data(&db, "a demo password", UnixMillis::now())
        .await
        .unwrap();
    let mut worker = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("worker")
        .env("DATABASE_URL", &url)
        .env("TAILSPIN_STATISTICS_INTERVAL_MS", "3600000")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Its first cycle runs at start; give it time to start listening.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;

    let scope = app::auth::public_scope(&db, "adatum").await.unwrap();
    let slug = app::domain::Slug::parse("customer-satisfaction").unwrap();
    let survey = app::storage::surveys::find_survey_by_slug(&db, &scope, &slug)
        .await
        .unwrap()
        .unwrap();
    let answers = [ValidAnswer {
        question: survey.survey.questions[0].id,
        value: AnswerValue::Rating(3),
    }];
    let key = IdempotencyKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap();
    store_submission(&db, &scope, survey.id, &key, &answers, UnixMillis::now())
        .await
        .unwrap();

    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let merged = loop {
        if let Some(stored) = find_summary(&db, &scope, survey.id).await.unwrap() {
            break stored.summary.responses;
        }
        if std::time::Instant::now() > deadline {
            break 0;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let _ = worker.kill();
    let _ = worker.wait();
    assert_eq!(merged, 1, "the worker was not woken by the notification");
}
