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
        .env("TAILSPIN_LISTEN_ADDR", format!("127.0.0.1:{port}"))
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
    let db = Database::connect(&db_url).await.unwrap();
    let scope = public_scope(&db, "adatum").await.unwrap();
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

    let db = Database::connect(&db_url).await.unwrap();
    let scope = public_scope(&db, "adatum").await.unwrap();
    let stored = list_submissions(&db, &scope, survey.id, None, 10)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].answers.len(), 3);
}
