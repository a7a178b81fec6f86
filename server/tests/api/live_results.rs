//! The results page's event stream: members of the tenant only, the
//! current version at once, and a new one when the statistics task merges
//! an answer (told in this process on SQLite, through NOTIFY on
//! PostgreSQL); an open stream does not hold up shutdown.

use std::time::Duration;

use crate::helpers::{
    DEMO_PASSWORD, DEMO_PATH, TestApp, encode, fresh_postgres_url, signed_in_as, spawn_app_until,
};

const EVENTS: &str = "/t/adatum/surveys/customer-satisfaction/results/events";

async fn start(
    database_url: String,
    stop: tokio::sync::oneshot::Receiver<()>,
) -> (TestApp, tokio::task::JoinHandle<std::io::Result<()>>) {
    spawn_app_until(
        database_url,
        tempfile::tempdir().unwrap(),
        |s| {
            s.statistics_in_process = true;
            // Only the wake-up on new answers can explain a quick merge.
            s.statistics_interval_ms = 600_000;
        },
        async move {
            let _ = stop.await;
        },
    )
    .await
}

async fn answer(app: &TestApp) {
    let (_, questions) = app.demo_survey().await;
    let key = uuid::Uuid::new_v4().to_string();
    let stars = format!("q-{}", questions[0].id);
    let channel = format!("q-{}", questions[1].id);
    let form = [
        ("idempotency_key", key.as_str()),
        (stars.as_str(), "5"),
        (channel.as_str(), "2"),
    ];
    assert_eq!(app.post_form(DEMO_PATH, encode(&form)).await.status(), 303);
}

/// Reads the stream until it holds `wanted`; fails after 20 s.
async fn read_until(stream: &mut reqwest::Response, seen: &mut String, wanted: &str) {
    let read = async {
        while !seen.contains(wanted) {
            let chunk = stream.chunk().await.unwrap().expect("the stream ended");
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
    };
    tokio::time::timeout(Duration::from_secs(20), read)
        .await
        .unwrap_or_else(|_| panic!("no {wanted:?} in {seen:?}"));
}

async fn a_merged_answer_is_pushed_to_the_open_page(database_url: String) {
    let (stop, stopped) = tokio::sync::oneshot::channel();
    let (app, running) = start(database_url, stopped).await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;

    // Nobody else hears it: anonymous visitors are sent to sign in, other
    // tenants' members and unknown surveys find nothing.
    assert_eq!(app.get(EVENTS).await.status(), 303);
    let missing = app
        .get_as(&client, "/t/adatum/surveys/no-such-survey/results/events")
        .await;
    assert_eq!(missing.status(), 404);
    crate::helpers::add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let elsewhere = app
        .get_as(
            &client,
            "/t/fabrikam/surveys/customer-satisfaction/results/events",
        )
        .await;
    assert_eq!(elsewhere.status(), 404);

    let mut stream = app.get_as(&client, EVENTS).await;
    assert_eq!(stream.status(), 200);
    assert_eq!(stream.headers()["content-type"], "text/event-stream");
    let mut seen = String::new();
    // The current version at once (nothing merged yet).
    read_until(&mut stream, &mut seen, "event: version\ndata: 0\n").await;

    answer(&app).await;
    read_until(&mut stream, &mut seen, "event: version\ndata: 1\n").await;
    answer(&app).await;
    read_until(&mut stream, &mut seen, "event: version\ndata: 2\n").await;

    // Shutting down ends the open stream instead of waiting for it.
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(20), running)
        .await
        .expect("shutdown waited for the open stream")
        .unwrap()
        .unwrap();
    drop(stream);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_event_stream_pushes_merged_versions_to_members_only() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    a_merged_answer_is_pushed_to_the_open_page(url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgres_the_event_stream_hears_merges_through_notify() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    a_merged_answer_is_pushed_to_the_open_page(url).await;
}
