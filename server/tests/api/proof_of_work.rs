//! The proof-of-work challenge of a survey's public link: off until its
//! owner turns it on; required, answers without the page's solution are
//! refused with the answers kept (without and with JavaScript), a solution
//! of another page's key is refused, and the page's own is taken; allowed
//! without JavaScript, unsolved answers are taken too.

use app::domain::field_name;
use reqwest::Method;
use sha2::{Digest, Sha256};

use crate::helpers::{DEMO_PASSWORD, TestApp, encode, page_key, send, signed_in_as};

const SURVEY: &str = "/s/adatum/customer-satisfaction";
const BITS: u8 = 12;

/// The browser's search, written here independently of the server's check.
fn solve(key: &str) -> String {
    let text = format!("tailspin-challenge-1/adatum/customer-satisfaction/{key}/");
    (0u64..)
        .map(|n| n.to_string())
        .find(|n| {
            let digest = Sha256::digest(format!("{text}{n}"));
            u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]).leading_zeros()
                >= u32::from(BITS)
        })
        .unwrap()
}

async fn choose(app: &TestApp, client: &reqwest::Client, choice: &str) -> (u16, serde_json::Value) {
    app.call_as(
        client,
        "save_proof_of_work",
        &[
            ("tenant", "adatum"),
            ("slug", "customer-satisfaction"),
            ("choice", choice),
        ],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_required_challenge_takes_only_answers_with_the_pages_solution() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = crate::helpers::spawn_app_with(url, dir, |settings| {
        settings.challenge_bits = BITS;
    })
    .await;
    let (_, questions) = app.demo_survey().await;
    let (first, second) = (field_name(questions[0].id), field_name(questions[1].id));
    let answers = |key: &str, solution: Option<&str>| {
        let mut fields = vec![
            ("idempotency_key", key),
            (first.as_str(), "4"),
            (second.as_str(), "1"),
        ];
        if let Some(solution) = solution {
            fields.push(("challenge", solution));
        }
        encode(&fields)
    };

    // Off until the owner turns it on.
    let page = app.get(SURVEY).await.text().await.unwrap();
    assert!(!page.contains("challenge-note"), "{page}");
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let share = "/t/adatum/surveys/customer-satisfaction/share";
    let shown = app.get_as(&creator, share).await.text().await.unwrap();
    assert!(
        shown.contains(r#"type="radio" name="choice" value="off" checked"#),
        "{shown}"
    );

    // An unknown choice changes nothing; a survey creator may require it.
    let (status, error) = choose(&app, &creator, "maybe").await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(error["Invalid"][0]["field"], "proof_of_work");
    let (status, body) = choose(&app, &creator, "required").await;
    assert_eq!(status, 200, "{body}");
    let shown = app.get_as(&creator, share).await.text().await.unwrap();
    assert!(
        shown.contains(r#"type="radio" name="choice" value="required" checked"#),
        "{shown}"
    );

    // The page says so (a browser without JavaScript cannot answer).
    let page = app.get(SURVEY).await.text().await.unwrap();
    assert!(
        page.contains("Answering this survey needs JavaScript"),
        "{page}"
    );
    let key = page_key(&page);

    // Without a solution: refused, the answers kept, nothing stored.
    let refused = app.post_form(SURVEY, answers(&key, None)).await;
    assert_eq!(refused.status(), 422);
    let text = refused.text().await.unwrap();
    assert!(
        text.contains("needs JavaScript. Please turn JavaScript on"),
        "{text}"
    );
    assert!(text.contains(&key), "the same key, to send again");
    assert!(app.stored_submissions().await.is_empty());

    // Another page's solution, or a made-up one: refused.
    let other = page_key(&app.get(SURVEY).await.text().await.unwrap());
    for wrong in [solve(&other), "12345".to_owned(), "0x10".to_owned()] {
        let refused = app.post_form(SURVEY, answers(&key, Some(&wrong))).await;
        assert_eq!(refused.status(), 422, "{wrong}");
        let text = refused.text().await.unwrap();
        assert!(
            text.contains("check against automated spam did not pass"),
            "{text}"
        );
    }
    assert!(app.stored_submissions().await.is_empty());

    // The page's own solution: taken.
    let taken = app
        .post_form(SURVEY, answers(&key, Some(&solve(&key))))
        .await;
    assert_eq!(taken.status(), 303);
    assert_eq!(app.stored_submissions().await.len(), 1);

    // After hydration: the form says what to solve, and the server function
    // checks the same.
    let (_, form) = app
        .call(
            "load_survey_form",
            &[("tenant", "adatum"), ("slug", "customer-satisfaction")],
        )
        .await;
    assert_eq!(
        form["challenge"],
        serde_json::json!({ "bits": BITS, "required": true })
    );
    let js_key = form["idempotency_key"].as_str().unwrap().to_owned();
    let submit = |solution: Option<String>| {
        let mut fields = vec![
            serde_json::json!(["idempotency_key", js_key]),
            serde_json::json!([field_name(questions[0].id), "2"]),
            serde_json::json!([field_name(questions[1].id), "0"]),
        ];
        if let Some(solution) = solution {
            fields.push(serde_json::json!(["challenge", solution]));
        }
        let request = app
            .request(Method::POST, "/api/submit_answers")
            .json(&serde_json::json!({
                "tenant": "adatum",
                "slug": "customer-satisfaction",
                "fields": fields,
            }));
        async move { send(request).await.text().await.unwrap() }
    };
    let reply = submit(None).await;
    // The reply names the catalogue's message; the page puts it into words.
    assert!(
        reply.contains(app::services::proof_of_work::NEEDS_SCRIPT),
        "{reply}"
    );
    assert_eq!(app.stored_submissions().await.len(), 1);
    let reply = submit(Some(solve(&js_key))).await;
    assert!(reply.contains("Accepted"), "{reply}");
    assert_eq!(app.stored_submissions().await.len(), 2);

    // Allowed without JavaScript: unsolved answers are taken, wrong
    // solutions still are not.
    let (status, _) = choose(&app, &creator, "allow_without_script").await;
    assert_eq!(status, 200);
    let page = app.get(SURVEY).await.text().await.unwrap();
    assert!(!page.contains("challenge-note"));
    let key = page_key(&page);
    let wrong = app.post_form(SURVEY, answers(&key, Some("7"))).await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(
        app.post_form(SURVEY, answers(&key, None)).await.status(),
        303
    );
    assert_eq!(app.stored_submissions().await.len(), 3);

    // Off again: nothing asked.
    let (status, _) = choose(&app, &creator, "off").await;
    assert_eq!(status, 200);
    let (_, form) = app
        .call(
            "load_survey_form",
            &[("tenant", "adatum"), ("slug", "customer-satisfaction")],
        )
        .await;
    assert_eq!(form["challenge"], serde_json::Value::Null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tenants_survey_cannot_be_changed() {
    let app = crate::helpers::spawn_app().await;
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, _) = app
        .call_as(
            &creator,
            "save_proof_of_work",
            &[
                ("tenant", "adatum"),
                ("slug", "no-such-survey"),
                ("choice", "required"),
            ],
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = app
        .call(
            "save_proof_of_work",
            &[
                ("tenant", "adatum"),
                ("slug", "customer-satisfaction"),
                ("choice", "required"),
            ],
        )
        .await;
    assert_eq!(status, 401, "signed out");
}
