//! An acknowledged answer survives the server being killed outright.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use app::auth::public_scope;
use app::domain::{Slug, field_name};
use app::storage::Database;
use app::storage::submissions::list_submissions;
use app::storage::surveys::find_survey_by_slug;

use crate::helpers::{DEMO_PATH, KEY_A, encode};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start(dir: &std::path::Path, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_server"))
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/tailspin.db", dir.display()),
        )
        .env("TAILSPIN_BLOB_DIR", dir.join("blobs"))
        .env("TAILSPIN_SECRET_KEY_FILE", dir.join("secret.key"))
        .env("TAILSPIN_LISTEN_ADDR", format!("127.0.0.1:{port}"))
        // It posts a fixed key at machine speed.
        .env("TAILSPIN_MIN_FILL_SECONDS", "0")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server binary starts");
    let server = Server(child);
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
            .is_ok()
        {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server did not come up");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_acknowledged_submission_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = start(dir.path(), port).await;

    let db_url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let db = crate::helpers::connect_keyed(&db_url, dir.path()).await;
    let scope = public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let slug = Slug::parse("customer-satisfaction").unwrap();
    let survey = find_survey_by_slug(&db, &scope, &slug)
        .await
        .unwrap()
        .unwrap();
    let questions = &survey.survey.questions;
    db.close().await;

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let body = encode(&[
        ("idempotency_key", KEY_A),
        (&field_name(questions[0].id), "5"),
        (&field_name(questions[1].id), "2"),
        (&field_name(questions[2].id), "Kept after a crash"),
    ]);
    let response = client
        .post(format!("http://127.0.0.1:{port}{DEMO_PATH}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "acknowledged");

    // SIGKILL: no shutdown code runs, nothing is flushed by the process.
    server.0.kill().unwrap();
    server.0.wait().unwrap();

    let db = crate::helpers::connect_keyed(&db_url, dir.path()).await;
    let scope = public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let stored = list_submissions(&db, &scope, survey.id, None, 10)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].answers.len(), 3);
}

/// The statistics task is killed in the middle of its work and started
/// again: once the queue is empty, the summary counts every stored answer
/// exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_statistics_task_killed_mid_batch_neither_loses_nor_double_counts() {
    use app::domain::{AnswerValue, IdempotencyKey, UnixMillis, ValidAnswer};
    use app::storage::statistics::find_summary;
    use app::storage::submissions::store_submission;

    const ANSWERS: usize = 3000;
    let dir = tempfile::tempdir().unwrap();
    let db_url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let db = crate::helpers::connect_keyed(&db_url, dir.path()).await;
    db.migrate().await.unwrap();
    app::services::demo::load_demo_data(&db, "a demo password", UnixMillis::now())
        .await
        .unwrap();
    let scope = public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let slug = Slug::parse("customer-satisfaction").unwrap();
    let survey = find_survey_by_slug(&db, &scope, &slug)
        .await
        .unwrap()
        .unwrap();
    let rating = survey.survey.questions[0].id;
    for n in 0..ANSWERS {
        let key = IdempotencyKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap();
        let answers = [ValidAnswer {
            question: rating,
            value: AnswerValue::Rating(1 + (n % 5) as u8),
        }];
        store_submission(
            &db,
            &scope,
            survey.id,
            false,
            &key,
            &answers,
            UnixMillis::now(),
        )
        .await
        .unwrap();
    }

    let worker = |lease: &str| {
        let child = Command::new(env!("CARGO_BIN_EXE_server"))
            .arg("worker")
            .env("DATABASE_URL", &db_url)
            .env("TAILSPIN_STATISTICS_INTERVAL_MS", "20")
            .env("TAILSPIN_STATISTICS_LEASE_MS", lease)
            .env("TAILSPIN_SECRET_KEY_FILE", dir.path().join("secret.key"))
            .env("TAILSPIN_BLOB_DIR", dir.path().join("blobs"))
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("worker starts");
        Server(child)
    };
    let total = |db: Database, scope: app::auth::TenantScope, id| async move {
        find_summary(&db, &scope, id)
            .await
            .unwrap()
            .map_or(0, |s| s.summary.responses)
    };

    let mut first = worker("1000");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let merged = total(db.clone(), scope.clone(), survey.id).await;
        if merged > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the worker merged nothing"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    first.0.kill().unwrap(); // SIGKILL: no chance to finish the batch
    first.0.wait().unwrap();
    let at_kill = total(db.clone(), scope.clone(), survey.id).await;
    assert!(
        at_kill < ANSWERS as u64,
        "killed before the queue was drained ({at_kill})"
    );

    let _second = worker("1000");
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    loop {
        let queued = app::storage::submissions::queued_messages(&db, &scope, survey.id)
            .await
            .unwrap();
        if queued == 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{queued} messages still queued"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let stored = find_summary(&db, &scope, survey.id).await.unwrap().unwrap();
    assert_eq!(stored.summary.responses, ANSWERS as u64);
    let app::domain::QuestionSummary::Range {
        count, histogram, ..
    } = &stored.summary.questions[&rating.0]
    else {
        panic!("range summary")
    };
    assert_eq!(*count, ANSWERS as u64);
    assert_eq!(*histogram, [ANSWERS as u64 / 5; 5]);
    db.close().await;
}
