use app::domain::{AnswerValue, field_name};
use reqwest::Method;

use crate::helpers::{DEMO_PATH, KEY_A, KEY_B, encode, page_key, send, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_check_answers() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_survey_renders_on_the_server() {
    let app = spawn_app().await;
    let response = app.get(DEMO_PATH).await;
    assert_eq!(response.status(), 200);
    // Its own idempotency key: never shown again from the browser's cache.
    assert_eq!(response.headers()["cache-control"], "no-store");
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"id="surveyTitle""#));
    assert!(html.contains("Customer satisfaction"));
    assert!(html.contains(r#"id="surveyForm""#));
    assert!(html.contains(r#"class="stars""#));
    assert!(html.contains(r#"class="option""#));
    assert!(html.contains("<textarea"));
    assert!(html.contains(r#"name="idempotency_key""#));

    let list = app.get("/s/adatum").await;
    assert_eq!(list.status(), 200);
    assert!(
        list.text()
            .await
            .unwrap()
            .contains(r#"href="/s/adatum/customer-satisfaction""#)
    );
}

/// Each page hydrates with the bundle of its area (app/src/site/area.rs),
/// and a "not found" page with the bundle of the area its path names.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_page_loads_the_bundle_of_its_area_alone() {
    const BUNDLES: [&str; 9] = [
        "public",
        "respondent",
        "dashboard",
        "designer",
        "settings",
        "branding",
        "administration",
        "subscribers",
        "tailspin",
    ];
    let app = spawn_app().await;
    for (path, status, bundle) in [
        (DEMO_PATH, 200, "respondent"),
        ("/s/adatum", 200, "respondent"),
        ("/s/adatum/customer-satisfaction/thanks", 200, "respondent"),
        (
            "/s/adatum/customer-satisfaction/no-such-page",
            404,
            "respondent",
        ),
        ("/", 200, "public"),
        ("/t/adatum/login", 200, "public"),
        ("/admin/login", 200, "public"),
        ("/signup", 200, "public"),
        ("/sales", 404, "public"),
        // Signed out, private pages ask to sign in, with their area's bundle.
        ("/t/adatum", 200, "dashboard"),
        (
            "/t/adatum/surveys/customer-satisfaction/results",
            200,
            "dashboard",
        ),
        (
            "/t/adatum/surveys/customer-satisfaction/edit",
            200,
            "designer",
        ),
        ("/t/adatum/users", 200, "settings"),
        ("/t/adatum/branding", 200, "branding"),
        ("/admin", 200, "administration"),
        ("/admin/subscribers", 200, "subscribers"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), status, "{path}");
        let html = response.text().await.unwrap();
        // Named `_bg.wasm` when leptos is compiled without cargo-leptos, as here.
        let wasm = |name: &str| {
            html.contains(&format!(r#"href="/pkg/{name}.wasm""#))
                || html.contains(&format!(r#"href="/pkg/{name}_bg.wasm""#))
        };
        for other in BUNDLES {
            let linked = html.contains(&format!(r#"href="/pkg/{other}.js""#));
            assert_eq!(linked, other == bundle, "{path}: {other}.js");
            assert_eq!(wasm(other), other == bundle, "{path}: {other}.wasm");
        }
        // One style sheet for all.
        assert!(
            html.contains(r#"href="/pkg/tailspin.css""#),
            "{path}: style sheet"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_tenants_and_surveys_are_not_found() {
    let app = spawn_app().await;
    for path in [
        "/s/nobody",
        "/s/nobody/customer-satisfaction",
        "/s/adatum/no-such-survey",
        "/s/ADATUM/x",
        "/nowhere",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            response.text().await.unwrap().contains("Page not found"),
            "{path}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_valid_submission_is_stored_with_its_queue_message() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let body = encode(&[
        ("idempotency_key", KEY_A),
        (&field_name(questions[0].id), "4"),
        (&field_name(questions[1].id), "1"),
        (&field_name(questions[2].id), "Answer the phone faster"),
    ]);
    let response = app.post_form(DEMO_PATH, body).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("{DEMO_PATH}/thanks")
    );

    let stored = app.stored_submissions().await;
    assert_eq!(stored.len(), 1);
    let values: Vec<_> = stored[0].answers.iter().map(|a| a.value.clone()).collect();
    assert_eq!(
        values,
        [
            AnswerValue::Rating(4),
            AnswerValue::Choice(1),
            AnswerValue::Text("Answer the phone faster".into())
        ]
    );
    assert_eq!(app.queued().await, 1);

    let thanks = app.get(&format!("{DEMO_PATH}/thanks")).await;
    assert_eq!(thanks.status(), 200);
    assert!(thanks.text().await.unwrap().contains("Thank you!"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_form_sent_twice_is_stored_once() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let fields = |key| {
        encode(&[
            ("idempotency_key", key),
            (&field_name(questions[0].id), "5"),
            (&field_name(questions[1].id), "0"),
        ])
    };
    for _ in 0..2 {
        assert_eq!(app.post_form(DEMO_PATH, fields(KEY_A)).await.status(), 303);
    }
    assert_eq!(app.stored_submissions().await.len(), 1);
    assert_eq!(app.post_form(DEMO_PATH, fields(KEY_B)).await.status(), 303);
    assert_eq!(app.stored_submissions().await.len(), 2);
    assert_eq!(app.queued().await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_answers_are_shown_with_the_answers_kept_and_store_nothing() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let body = encode(&[
        ("idempotency_key", KEY_A),
        (
            &field_name(questions[2].id),
            "Kept </textarea><script>alert(1)</script> & more",
        ),
    ]);
    let response = app.post_form(DEMO_PATH, body).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Some answers need your attention"));
    assert!(html.contains("Question 1: Please answer this question."));
    assert!(html.contains("Question 2: Please answer this question."));
    assert!(!html.contains("Question 3:"));
    assert_eq!(html.matches(r#"class="field-error""#).count(), 2);
    assert!(
        html.contains("Kept &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
    );
    assert!(
        !html.contains("<script>alert(1)"),
        "the answer cannot inject markup"
    );
    assert!(html.contains(KEY_A), "the same idempotency key is kept");
    assert!(app.stored_submissions().await.is_empty());
    assert_eq!(app.queued().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_range_unknown_and_malformed_input_is_refused() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let rating = field_name(questions[0].id);
    let choice = field_name(questions[1].id);
    let text = field_name(questions[2].id);
    let cases: Vec<(String, &str)> = vec![
        (
            encode(&[("idempotency_key", KEY_A), (&rating, "6"), (&choice, "0")]),
            "1 to 5 stars",
        ),
        (
            encode(&[("idempotency_key", KEY_A), (&rating, "3"), (&choice, "9")]),
            "one of the options",
        ),
        (
            encode(&[
                ("idempotency_key", KEY_A),
                (&rating, "3"),
                (&choice, "0"),
                ("admin", "1"),
            ]),
            "unknown field",
        ),
        (
            encode(&[
                ("idempotency_key", KEY_A),
                (&rating, "3"),
                (&choice, "0"),
                (&text, &"x".repeat(2001)),
            ]),
            "at most 2,000 characters",
        ),
        (encode(&[(&rating, "3"), (&choice, "0")]), "out of date"),
        (
            format!("idempotency_key={KEY_A}&{rating}=3&{choice}=0&{text}=%FF%FE"),
            "not valid text",
        ),
    ];
    for (body, expected) in cases {
        let response = app.post_form(DEMO_PATH, body).await;
        assert_eq!(response.status(), 422, "{expected}");
        assert!(
            response.text().await.unwrap().contains(expected),
            "{expected}"
        );
    }
    assert!(app.stored_submissions().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_are_refused() {
    let app = spawn_app().await;
    // Over the limit of every route: refused on its declared length alone,
    // before any of the body is read.
    let response = app
        .send_headers_only("POST", DEMO_PATH, 3 * 1024 * 1024)
        .await;
    assert!(response.starts_with("HTTP/1.1 413"), "{response}");
    // Over the survey form's own limit, read and refused.
    let response = app
        .post_form(DEMO_PATH, format!("q-1={}", "x".repeat(600 * 1024)))
        .await;
    assert_eq!(response.status(), 413);
    assert!(app.stored_submissions().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_survey_no_longer_accepts_answers() {
    let app = spawn_app().await;
    let (survey, questions) = app.demo_survey().await;
    let scope = app::auth::public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    assert!(
        app::storage::surveys::close(&app.db, &scope, survey, app::domain::UnixMillis::now())
            .await
            .unwrap()
    );

    let page = app.get(DEMO_PATH).await;
    assert_eq!(page.status(), 410);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("no longer accepting answers")
    );

    let body = encode(&[
        ("idempotency_key", KEY_A),
        (&field_name(questions[0].id), "4"),
        (&field_name(questions[1].id), "1"),
    ]);
    let response = app.post_form(DEMO_PATH, body).await;
    assert_eq!(response.status(), 410);
    assert!(app.stored_submissions().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_function_stores_answers_too() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let payload = serde_json::json!({
        "tenant": "adatum",
        "slug": "customer-satisfaction",
        "fields": [
            ["idempotency_key", KEY_A],
            [field_name(questions[0].id), "2"],
            [field_name(questions[1].id), "3"]
        ]
    });
    let response = send(
        app.request(Method::POST, "/api/submit_answers")
            .json(&payload),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), r#""Accepted""#);
    let response = send(
        app.request(Method::POST, "/api/submit_answers")
            .json(&serde_json::json!({"tenant": "adatum", "slug": "customer-satisfaction", "fields": [["idempotency_key", KEY_B]]})),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("Invalid"));
    assert_eq!(app.stored_submissions().await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submissions_from_another_site_are_refused() {
    let app = spawn_app().await;
    let (_, questions) = app.demo_survey().await;
    let body = || {
        encode(&[
            ("idempotency_key", KEY_A),
            (&field_name(questions[0].id), "4"),
            (&field_name(questions[1].id), "1"),
        ])
    };
    let post = |origin: &str, fetch_site: Option<&'static str>| {
        let mut request = app
            .request(Method::POST, DEMO_PATH)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", origin)
            .body(body());
        if let Some(site) = fetch_site {
            request = request.header("sec-fetch-site", site);
        }
        send(request)
    };
    assert_eq!(post("http://evil.example", None).await.status(), 403);
    assert_eq!(
        post("http://evil.example", Some("cross-site"))
            .await
            .status(),
        403
    );
    let server_fn = send(
        app.request(Method::POST, "/api/submit_answers")
            .header("origin", "http://evil.example")
            .json(
                &serde_json::json!({"tenant": "adatum", "slug": "customer-satisfaction", "fields": []}),
            ),
    )
    .await;
    assert_eq!(server_fn.status(), 403);
    assert!(app.stored_submissions().await.is_empty());

    // The same form from the site itself is accepted.
    let same_site: &'static str = Box::leak(app.address.clone().into_boxed_str());
    assert_eq!(post(same_site, Some("same-origin")).await.status(), 303);
    assert_eq!(app.stored_submissions().await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_that_fills_the_honeypot_is_thanked_and_nothing_is_stored() {
    let app = spawn_app().await;
    let page = app.get(DEMO_PATH).await.text().await.unwrap();
    // Off screen, out of the tab order, hidden from screen readers.
    assert!(
        page.contains(r#"<div aria-hidden="true" class="hp-field">"#),
        "{page}"
    );
    assert!(
        page.contains(r#"name="website" value="" tabindex="-1""#),
        "{page}"
    );

    let (_, questions) = app.demo_survey().await;
    let fields = |key, website| {
        encode(&[
            ("idempotency_key", key),
            ("website", website),
            (&field_name(questions[0].id), "5"),
            (&field_name(questions[1].id), "0"),
        ])
    };
    let bot = app
        .post_form(DEMO_PATH, fields(KEY_A, "https://cheap-pills.example"))
        .await;
    assert_eq!(bot.status(), 303, "answered like anyone");
    assert_eq!(
        bot.headers()["location"].to_str().unwrap(),
        format!("{DEMO_PATH}/thanks")
    );
    assert!(app.stored_submissions().await.is_empty(), "nothing stored");
    assert_eq!(app.queued().await, 0);

    // A person leaves it empty: stored as always, the field itself not.
    assert_eq!(
        app.post_form(DEMO_PATH, fields(KEY_B, "")).await.status(),
        303
    );
    let stored = app.stored_submissions().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].answers.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_sent_moments_after_the_page_are_held_back_until_sent_again() {
    // Long enough that a busy machine serves the page and posts it within.
    const MINIMUM_SECONDS: u64 = 5;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = crate::helpers::spawn_app_with(url, dir, |settings| {
        settings.min_fill_seconds = MINIMUM_SECONDS;
    })
    .await;
    let (_, questions) = app.demo_survey().await;
    let answers = |key: &str| {
        encode(&[
            ("idempotency_key", key),
            (&field_name(questions[0].id), "4"),
            (&field_name(questions[1].id), "1"),
        ])
    };

    // Without JavaScript: sent at once, the form comes back with the answers
    // and the reason, and nothing is stored.
    let key = page_key(&app.get(DEMO_PATH).await.text().await.unwrap());
    let quick = app.post_form(DEMO_PATH, answers(&key)).await;
    assert_eq!(quick.status(), 422);
    let page = quick.text().await.unwrap();
    assert!(page.contains("sent within moments of opening it"), "{page}");
    assert!(page.contains(&key), "the same key, to send again");
    assert!(app.stored_submissions().await.is_empty());

    // With JavaScript (the server function), the same.
    let (_, form) = app
        .call(
            "load_survey_form",
            &[("tenant", "adatum"), ("slug", "customer-satisfaction")],
        )
        .await;
    let js_key = form["idempotency_key"].as_str().unwrap().to_owned();
    // Both keys were issued before this instant.
    let issued = std::time::Instant::now();
    let payload = |key: &str| {
        serde_json::json!({
            "tenant": "adatum",
            "slug": "customer-satisfaction",
            "fields": [
                ["idempotency_key", key],
                [field_name(questions[0].id), "2"],
                [field_name(questions[1].id), "0"]
            ]
        })
    };
    let submit = |key: String| {
        let request = app
            .request(Method::POST, "/api/submit_answers")
            .json(&payload(&key));
        async move { send(request).await.text().await.unwrap() }
    };
    let reply = submit(js_key.clone()).await;
    assert!(
        reply.contains(app::services::fill_time::TOO_SOON),
        "{reply}"
    );
    assert!(app.stored_submissions().await.is_empty());

    // A key the server did not stamp, or a stamp backdated by hand, cannot
    // skip the minimum: the form is out of date, and nothing is stored.
    let mut backdated: Vec<char> = key.chars().collect();
    backdated[2] = if backdated[2] == '0' { '1' } else { '0' };
    let backdated: String = backdated.into_iter().collect();
    for forged in [backdated.as_str(), KEY_A] {
        let refused = app.post_form(DEMO_PATH, answers(forged)).await;
        assert_eq!(refused.status(), 422, "{forged}");
        let page = refused.text().await.unwrap();
        assert!(page.contains("This form is out of date"), "{page}");
        assert_ne!(page_key(&page), forged, "a fresh key to send again");
    }
    assert!(app.stored_submissions().await.is_empty());

    // Sent again once the minimum has passed: taken, each once.
    let minimum = std::time::Duration::from_secs(MINIMUM_SECONDS);
    tokio::time::sleep(minimum.saturating_sub(issued.elapsed())).await;
    assert_eq!(app.post_form(DEMO_PATH, answers(&key)).await.status(), 303);
    assert_eq!(submit(js_key).await, r#""Accepted""#);
    assert_eq!(app.stored_submissions().await.len(), 2);
}
