//! Operations: readiness, the Prometheus endpoint behind its token, request
//! ids, and logs that never hold answers, passwords or session ids.

use std::io::Write;
use std::sync::{Arc, Mutex};

use app::domain::field_name;
use reqwest::Method;

use crate::helpers::{DEMO_PASSWORD, DEMO_PATH, KEY_A, encode, send, spawn_app, spawn_app_with};

const TOKEN: &str = "a-long-metrics-token-for-tests";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_follows_the_database() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), "ready");
    app.db.close().await;
    let down = app.get("/readyz").await;
    assert_eq!(down.status(), 503);
    assert!(down.text().await.unwrap().contains("database unreachable"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_need_the_token_and_count_requests_and_submissions() {
    let plain = spawn_app().await;
    assert_eq!(
        plain.get("/metrics").await.status(),
        404,
        "off without a token"
    );

    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |s| s.metrics_token = Some(TOKEN.into())).await;
    assert_eq!(app.get("/metrics").await.status(), 401);
    let wrong = send(
        app.request(Method::GET, "/metrics")
            .bearer_auth("a-long-but-wrong-token-xx"),
    )
    .await;
    assert_eq!(wrong.status(), 401);

    let (_, questions) = app.demo_survey().await;
    let body = encode(&[
        ("idempotency_key", KEY_A),
        (&field_name(questions[0].id), "4"),
        (&field_name(questions[1].id), "1"),
        (&field_name(questions[2].id), "fine"),
    ]);
    assert_eq!(app.post_form(DEMO_PATH, body).await.status(), 303);
    assert_eq!(
        app.post_form(DEMO_PATH, "idempotency_key=x").await.status(),
        422
    );

    let metrics = send(app.request(Method::GET, "/metrics").bearer_auth(TOKEN)).await;
    assert_eq!(metrics.status(), 200);
    let text = metrics.text().await.unwrap();
    for expected in [
        r#"http_requests_total{route="/s/{tenant}/{slug}",method="POST",status="303"} 1"#,
        r#"tailspin_submissions_total{outcome="accepted"} 1"#,
        r#"tailspin_submissions_total{outcome="invalid"} 1"#,
        r#"tailspin_responses_total{tenant="adatum"} 1"#,
        "tailspin_statistics_queue_depth 1",
        "http_request_duration_seconds_bucket",
    ] {
        assert!(text.contains(expected), "missing {expected} in\n{text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_a_request_id() {
    let app = spawn_app().await;
    let response = app.get("/s/adatum").await;
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(id.len(), 32);
    let echoed = send(
        app.request(Method::GET, "/s/adatum")
            .header("x-request-id", "from-the-proxy-42"),
    )
    .await;
    assert_eq!(echoed.headers()["x-request-id"], "from-the-proxy-42");
    let refused = send(
        app.request(Method::GET, "/s/adatum")
            .header("x-request-id", "bad id\twith <tags>"),
    )
    .await;
    assert_eq!(
        refused.headers()["x-request-id"].len(),
        32,
        "a new id replaces a bad one"
    );
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_of_a_submission_and_a_sign_in_hold_no_answers_passwords_or_session_ids() {
    // Everything at the most talkative level, as JSON like production;
    // only the test's own HTTP client (which keeps the cookies) is quiet.
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .json()
        .with_current_span(true)
        .with_env_filter("trace,cookie_store=off,reqwest=off")
        .with_writer(move || writer.clone())
        .init();

    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let answer = "my-secret-free-text-answer-zebra";
    let body = encode(&[
        ("idempotency_key", KEY_A),
        (&field_name(questions[0].id), "4"),
        (&field_name(questions[1].id), "1"),
        (&field_name(questions[2].id), answer),
    ]);
    assert_eq!(app.post_form(DEMO_PATH, body).await.status(), 303);

    let browser = crate::helpers::browser();
    let response = app
        .post_form_as(
            &browser,
            "/t/adatum/login",
            &[
                ("email", "admin@adatum.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    let session_id = cookie
        .split(';')
        .next()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .to_owned();
    let wrong = app
        .post_form_as(
            &browser,
            "/t/adatum/login",
            &[
                ("email", "admin@adatum.example"),
                ("password", "a-wrong-password-kiwi"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 401);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("submission stored"),
        "the submission was logged"
    );
    assert!(logs.contains(r#""request_id""#), "with its request span");
    for secret in [
        answer,
        DEMO_PASSWORD,
        "a-wrong-password-kiwi",
        session_id.as_str(),
    ] {
        let leak = logs.lines().find(|l| l.contains(secret));
        assert!(
            leak.is_none(),
            "the logs hold {secret:?}: {}",
            leak.unwrap_or_default()
        );
    }
    for line in logs.lines().filter(|l| !l.trim().is_empty()) {
        serde_json::from_str::<serde_json::Value>(line).unwrap_or_else(|e| panic!("{e}: {line}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_are_compressed_for_clients_that_accept_it() {
    let app = spawn_app().await;
    for encoding in ["gzip", "br"] {
        let response = send(
            app.request(Method::GET, "/s/adatum")
                .header("accept-encoding", encoding),
        )
        .await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-encoding"], encoding);
    }
    let plain = app.get("/s/adatum").await;
    assert!(plain.headers().get("content-encoding").is_none());
    assert!(
        plain
            .text()
            .await
            .unwrap()
            .contains("Customer satisfaction")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn downloads_are_sent_uncompressed() {
    let app = spawn_app().await;
    let admin = crate::helpers::signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let response = send(
        app.request_as(&admin, Method::GET, "/t/adatum/backup.tar.gz")
            .header("accept-encoding", "gzip, br"),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().get("content-encoding").is_none());
    let bytes = response.bytes().await.unwrap();
    assert_eq!(
        &bytes[..2],
        &[0x1f, 0x8b],
        "the archive itself, gzip as it was made"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn site_files_are_served_from_their_precompressed_forms() {
    let dir = tempfile::tempdir().unwrap();
    let pkg = dir.path().join("site/pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    let script = "export function hydrate() { return 'tailspin'; }\n".repeat(500);
    std::fs::write(pkg.join("tailspin.js"), &script).unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |_| {}).await;

    // Compressed once at start-up, off the request path.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !(pkg.join("tailspin.js.br").exists() && pkg.join("tailspin.js.gz").exists()) {
        assert!(std::time::Instant::now() < deadline, "not precompressed");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for (encoding, file) in [("br", "tailspin.js.br"), ("gzip", "tailspin.js.gz")] {
        let response = send(
            app.request(Method::GET, "/pkg/tailspin.js")
                .header("accept-encoding", encoding),
        )
        .await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-encoding"], encoding);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .contains("javascript")
        );
        assert_eq!(
            response.bytes().await.unwrap(),
            std::fs::read(pkg.join(file)).unwrap(),
            "the file written ahead, byte for byte"
        );
    }
    let plain = app.get("/pkg/tailspin.js").await;
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.text().await.unwrap(), script);
    assert_eq!(app.get("/pkg/missing.js").await.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_link_site_files_by_content_which_are_kept_for_a_year() {
    let dir = tempfile::tempdir().unwrap();
    let pkg = dir.path().join("site/pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    for (file, content) in [
        ("tailspin.js", "export function hydrate() {}"),
        ("tailspin.wasm", "full"),
        ("tailspin.css", "body { margin: 0 }"),
        ("respondent.js", "export function hydrate() {}"),
        ("respondent.wasm", "small"),
    ] {
        std::fs::write(pkg.join(file), content).unwrap();
    }
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |_| {}).await;

    let linked = |html: &str, stem: &str, ext: &str| -> String {
        html.match_indices("/pkg/")
            .map(|(start, _)| &html[start..start + html[start..].find('"').unwrap()])
            .find(|path| path.starts_with(&format!("/pkg/{stem}.")) && path.ends_with(ext))
            .unwrap_or_else(|| panic!("{stem}.{ext} linked"))
            .to_owned()
    };
    let home = app.get("/").await.text().await.unwrap();
    let survey = app
        .get("/s/adatum/customer-satisfaction")
        .await
        .text()
        .await
        .unwrap();
    let full_js = linked(&home, "tailspin", "js");
    let full_wasm = linked(&home, "tailspin", "wasm");
    let css = linked(&home, "tailspin", "css");
    let respondent_wasm = linked(&survey, "respondent", "wasm");
    assert_eq!(css, linked(&survey, "tailspin", "css"), "one style sheet");
    for path in [&full_js, &full_wasm, &css, &respondent_wasm] {
        // `_bg` when Leptos was not compiled by cargo-leptos, as here.
        let digest = path.split('.').nth(1).unwrap().trim_end_matches("_bg");
        assert_eq!(digest.len(), 16, "{path}");
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=31536000, immutable",
            "{path}"
        );
    }
    assert_eq!(app.get(&full_wasm).await.text().await.unwrap(), "full");
    assert_eq!(
        app.get(&respondent_wasm).await.text().await.unwrap(),
        "small"
    );

    let plain = app.get("/pkg/tailspin.css").await;
    assert_eq!(plain.status(), 200);
    assert_eq!(plain.headers()["cache-control"], "no-cache");
    let other_build = app.get("/pkg/tailspin.0123456789abcdef.wasm").await;
    assert_eq!(other_build.status(), 404, "never another build's bytes");
    assert!(other_build.headers().get("cache-control").is_none());
}
