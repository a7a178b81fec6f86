//! Per-address rate limits: beyond them 429 with Retry-After, nothing done;
//! other routes and the other limit are unaffected.

use crate::helpers::{DEMO_PATH, KEY_A, encode, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_ins_and_submissions_beyond_the_limit_get_429_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |s| {
        s.sign_ins_per_minute = 3;
        s.submissions_per_minute = 2;
    })
    .await;
    for _ in 0..3 {
        let response = app
            .post_form(
                "/t/adatum/login",
                "email=nobody%40adatum.example&password=wrong-password-here",
            )
            .await;
        assert_ne!(response.status(), 429);
    }
    let limited = app
        .post_form(
            "/t/adatum/login",
            "email=nobody%40adatum.example&password=wrong-password-here",
        )
        .await;
    assert_eq!(limited.status(), 429);
    let wait: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(
        app.post_form("/admin/login", "email=a%40b.example&password=x")
            .await
            .status(),
        429,
        "per address, across sign-in routes"
    );

    // Submissions have their own limit; the refused one stores nothing.
    let (_, questions) = app.demo_survey().await;
    let body = |key: &str| {
        encode(&[
            ("idempotency_key", key),
            (&app::domain::field_name(questions[0].id), "4"),
            (&app::domain::field_name(questions[1].id), "1"),
        ])
    };
    assert_eq!(app.post_form(DEMO_PATH, body(KEY_A)).await.status(), 303);
    assert_eq!(
        app.post_form(DEMO_PATH, body(KEY_A)).await.status(),
        303,
        "a repeat is one submission"
    );
    let refused = app
        .post_form(DEMO_PATH, body("2d9f4e3a-5f6c-4d7e-8fb0-2b3c4d5e6f70"))
        .await;
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().contains_key("retry-after"));
    assert_eq!(app.stored_submissions().await.len(), 1);
    assert_eq!(
        app.get("/s/adatum").await.status(),
        200,
        "reading is not limited"
    );
}
