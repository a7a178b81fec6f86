//! Graceful shutdown: once asked to stop, the server accepts no new
//! connections, still answers the request it is reading, lets the
//! statistics task commit its batch, and loses nothing it acknowledged.

use std::time::Duration;

use app::auth::public_scope;
use app::domain::field_name;
use app::storage::statistics::find_summary;
use app::storage::submissions::queued_messages;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{DEMO_PATH, encode, spawn_app_until};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_answers_the_request_in_flight_and_keeps_every_acknowledged_answer() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_owned();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (app, running) = spawn_app_until(
        url.clone(),
        dir,
        |settings| {
            settings.statistics_in_process = true;
            settings.statistics_interval_ms = 20;
        },
        async move {
            let _ = stopped.await;
        },
    )
    .await;
    let (survey, questions) = app.demo_survey().await;
    let form = |n: usize| {
        encode(&[
            ("idempotency_key", &uuid::Uuid::new_v4().to_string()),
            (&field_name(questions[0].id), &(1 + n % 5).to_string()),
            (&field_name(questions[1].id), "1"),
        ])
    };
    for n in 0..30 {
        assert_eq!(app.post_form(DEMO_PATH, form(n)).await.status(), 303);
    }

    // A submission whose body is still on its way when the stop comes.
    let host = app.host().to_owned();
    let body = form(30);
    let (first, rest) = body.split_at(body.len() / 2);
    let mut in_flight = tokio::net::TcpStream::connect(&host).await.unwrap();
    let head = format!(
        "POST {DEMO_PATH} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
        body.len()
    );
    in_flight.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.send(()).unwrap();

    // New connections are refused once the listener has closed.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while tokio::net::TcpStream::connect(&host).await.is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "still accepting connections after the stop"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(!running.is_finished(), "waits for the request in flight");

    in_flight.write_all(rest.as_bytes()).await.unwrap();
    let mut answer = String::new();
    tokio::time::timeout(
        Duration::from_secs(10),
        in_flight.read_to_string(&mut answer),
    )
    .await
    .expect("the request in flight is answered")
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");

    tokio::time::timeout(Duration::from_secs(40), running)
        .await
        .expect("shutdown finishes")
        .unwrap()
        .unwrap();

    // Everything acknowledged is stored, and each stored answer is either
    // merged or still queued: no batch was left half done.
    let db = crate::helpers::connect_keyed(&url, &data).await;
    let scope = public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let stored = app::storage::submissions::list_submissions(&db, &scope, survey, None, 100)
        .await
        .unwrap()
        .len() as u64;
    assert_eq!(stored, 31);
    let merged = find_summary(&db, &scope, survey)
        .await
        .unwrap()
        .map_or(0, |s| s.summary.responses);
    let queued = queued_messages(&db, &scope, survey).await.unwrap() as u64;
    assert_eq!(merged + queued, stored, "merged {merged}, queued {queued}");
    assert!(merged > 0, "the task was merging before the stop");
    db.close().await;
}

/// A supervisor (systemd, a container runtime, a test) may send SIGTERM the
/// moment the server says it listens. The handler must already be in place
/// then, or the default action ends the process at once: no "stopped", no
/// drained batch, and a failed exit status.
#[test]
fn a_sigterm_sent_as_soon_as_it_says_listening_is_a_graceful_stop() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = crate::processes::sqlite_server_env(dir.path());
    env.push(("TAILSPIN_DEMO_DATA", "false".to_owned()));
    for attempt in 0..10 {
        let server = crate::processes::ServerProcess::start(&env);
        let (status, log) = server.terminate();
        assert!(status.success(), "attempt {attempt}: {status:?} {log:?}");
        assert!(
            log.iter().any(|line| line.contains("stopped")),
            "attempt {attempt}: {log:?}"
        );
    }
}

/// A log read from a file or a pipe (a supervisor, `journald`, the bench)
/// holds plain text: no terminal colour codes around names and levels.
#[test]
fn a_log_written_to_a_pipe_has_no_terminal_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = crate::processes::sqlite_server_env(dir.path());
    env.push(("TAILSPIN_DEMO_DATA", "false".to_owned()));
    // Colours not switched off by a NO_COLOR the test run may inherit.
    env.push(("NO_COLOR", String::new()));
    let server = crate::processes::ServerProcess::start(&env);
    let (status, log) = server.terminate();
    assert!(status.success(), "{status:?} {log:?}");
    assert!(log.iter().any(|line| line.contains("listening")), "{log:?}");
    assert!(log.iter().all(|line| !line.contains('\u{1b}')), "{log:?}");
}
