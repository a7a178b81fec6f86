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
