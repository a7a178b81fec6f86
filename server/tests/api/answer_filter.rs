//! Results and responses filtered by an answer, on both engines: the
//! filtered summary is computed from the stored answers, and a filtered
//! page of responses pages both ways over responses the filter keeps.

use app::auth::{PublicSiteGrant, public_scope};
use app::domain::{AnswerValue, IdempotencyKey, UnixMillis, ValidAnswer};
use app::storage::submissions::store_submission;
use serde_json::Value;

use crate::helpers::{DEMO_PASSWORD, TestApp, signed_in_as, spawn_app, spawn_postgres_app};

/// More than two of the service's scan batches. Response `i` rates
/// `i % 5 + 1`, and came by Email when `i % 40 == 0` (28 of them, each
/// rating 1), else by Phone.
const RESPONSES: usize = 1_100;
const BY_EMAIL: usize = 28;

async fn store_responses(app: &TestApp) {
    let (survey, questions) = app.demo_survey().await;
    let scope = public_scope(&app.db, "adatum", PublicSiteGrant::for_tests())
        .await
        .unwrap();
    for i in 0..RESPONSES {
        let answers = [
            ValidAnswer {
                question: questions[0].id,
                value: AnswerValue::Rating((i % 5 + 1) as u8),
            },
            ValidAnswer {
                question: questions[1].id,
                value: AnswerValue::Choice(if i % 40 == 0 { 1 } else { 0 }),
            },
        ];
        let key = IdempotencyKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap();
        store_submission(
            &app.db,
            &scope,
            survey,
            false,
            &key,
            &answers,
            UnixMillis::now(),
        )
        .await
        .unwrap();
    }
}

async fn call(
    app: &TestApp,
    client: &reqwest::Client,
    name: &str,
    extra: &[(&str, &str)],
) -> Value {
    let mut form = vec![("tenant", "adatum"), ("slug", "customer-satisfaction")];
    form.extend_from_slice(extra);
    let (status, body) = app.call_as(client, name, &form).await;
    assert_eq!(status, 200, "{name}: {body}");
    body
}

fn ids(page: &Value) -> Vec<i64> {
    page["responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

async fn filters_results_and_responses(app: TestApp) {
    store_responses(&app).await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let by_email = [
        ("filter[answers][test1]", "1:equals"),
        ("filter[answers][value1]", "email"),
    ];

    // The summary of the responses that came by email only.
    let results = call(&app, &client, "load_results", &by_email).await;
    assert_eq!(results["responses"], BY_EMAIL);
    assert_eq!(results["all_responses"], RESPONSES);
    assert_eq!(
        results["filter"]["applied"],
        "question 2 (\u{201c}Which channel did you use to contact us?\u{201d}) is \u{201c}Email\u{201d}"
    );
    assert!(results["filter"]["refused"].is_null());
    for question in 0..2 {
        assert_eq!(results["questions"][question]["answered"], BY_EMAIL);
    }
    let rating = results["questions"][0]["chart"].to_string();
    assert!(rating.contains("28"), "every one rated 1: {rating}");

    // "Any": by email, or rated 5 (i % 5 == 4: 220, none of them by email).
    let either = [
        ("filter[answers][combine]", "any"),
        ("filter[answers][test1]", "1:equals"),
        ("filter[answers][value1]", "Email"),
        ("filter[answers][test2]", "0:equals"),
        ("filter[answers][value2]", "5"),
    ];
    let results = call(&app, &client, "load_results", &either).await;
    assert_eq!(results["responses"], BY_EMAIL + 220);

    // A filter that cannot apply says why and filters nothing.
    let refused = [
        ("filter[answers][test1]", "1:greater"),
        ("filter[answers][value1]", "Email"),
    ];
    let results = call(&app, &client, "load_results", &refused).await;
    let why = results["filter"]["refused"].as_str().unwrap();
    assert!(why.contains("cannot be tested with"), "{why}");
    assert!(results["filter"]["applied"].is_null());
    let page = call(&app, &client, "load_responses", &refused).await;
    assert_eq!(ids(&page).len(), 25, "unfiltered");

    // Responses by email, 25 a page, both ways.
    let first = call(&app, &client, "load_responses", &by_email).await;
    let first_ids = ids(&first);
    assert_eq!(first_ids.len(), 25);
    for row in first["responses"].as_array().unwrap() {
        assert_eq!(row["answers"][1][1], "Email");
    }
    assert!(first["previous_before"].is_null());
    let after = first["next_after"].to_string();
    let mut next_form = by_email.to_vec();
    next_form.push(("after", &after));
    let second = call(&app, &client, "load_responses", &next_form).await;
    let second_ids = ids(&second);
    assert_eq!(second_ids.len(), BY_EMAIL - 25);
    assert!(second["next_after"].is_null());
    assert_eq!(second["previous_before"].as_i64(), Some(second_ids[0]));

    let mut last_form = by_email.to_vec();
    last_form.push(("last", "true"));
    let last = call(&app, &client, "load_responses", &last_form).await;
    let last_ids = ids(&last);
    assert_eq!(last_ids.len(), 25);
    assert_eq!(last_ids.last(), second_ids.last());
    let before = last["previous_before"].to_string();
    let mut back_form = by_email.to_vec();
    back_form.push(("before", &before));
    let back = call(&app, &client, "load_responses", &back_form).await;
    assert_eq!(ids(&back), first_ids[..BY_EMAIL - 25].to_vec());
    assert!(back["previous_before"].is_null());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_and_responses_filter_by_an_answer_on_sqlite() {
    filters_results_and_responses(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_and_responses_filter_by_an_answer_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        filters_results_and_responses(app).await;
    }
}
