//! `/api/v1` with tenant API keys: created on the settings page and shown
//! once, scoped, revoked at once, never opening pages; sessions never open
//! the API. Reads page by cursor, carry ETags and rate-limit headers, and
//! errors are problem details.

use app::auth::{SystemGrant, SystemTask, system_scope};
use app::domain::{TenantAlias, UserId};
use app::services::api_keys::{KeyRequest, create_key};
use app::storage::tenants::find_tenant_by_alias;
use reqwest::{Method, Response};
use serde_json::Value;

use crate::helpers::{
    DEMO_PASSWORD, DEMO_PATH, TestApp, encode, send, signed_in_as, spawn_app, spawn_app_with,
    spawn_postgres_app,
};

const SURVEY: &str = "/api/v1/surveys/customer-satisfaction";

/// A key of `alias` with `scopes`, made by the service as the page would.
pub(crate) async fn key_of(app: &TestApp, alias: &str, scopes: &[&str]) -> String {
    let tenant = find_tenant_by_alias(&app.db, &TenantAlias::parse(alias).unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(
        &tenant,
        SystemGrant::for_tests(SystemTask::PlatformAdministration),
    );
    let scopes: Vec<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
    let request = KeyRequest {
        name: "test",
        scopes: &scopes,
        days: "",
    };
    create_key(&app.db, &scope, UserId(1), &request)
        .await
        .unwrap()
        .key
}

pub(crate) async fn call(app: &TestApp, key: Option<&str>, path: &str) -> Response {
    let mut request = app.client.get(app.url(path));
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    send(request).await
}

/// Sends `n` responses, and waits until readers in commit order see them.
pub(crate) async fn answer(app: &TestApp, n: usize) {
    answer_unsettled(app, n).await;
    app.settled().await;
}

/// Sends `n` responses (Comment 0, 1 …).
pub(crate) async fn answer_unsettled(app: &TestApp, n: usize) {
    let (_, questions) = app.demo_survey().await;
    for i in 0..n {
        let key = uuid::Uuid::new_v4().to_string();
        let comment = format!("Comment {i}");
        let body = encode(&[
            ("idempotency_key", key.as_str()),
            (format!("q-{}", questions[0].id).as_str(), "4"),
            (format!("q-{}", questions[1].id).as_str(), "1"),
            (format!("q-{}", questions[2].id).as_str(), comment.as_str()),
        ]);
        assert_eq!(app.post_form(DEMO_PATH, body).await.status(), 303);
    }
}

/// The key shown on the page a creating post answers with.
fn shown_key(page: &str) -> String {
    let html = scraper::Html::parse_document(page);
    let input = scraper::Selector::parse("input#new-key").unwrap();
    html.select(&input)
        .next()
        .expect("the new key is shown")
        .value()
        .attr("value")
        .unwrap()
        .to_owned()
}

async fn problem(response: Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status(), status);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["type"], format!("/developers/api#problem-{code}"));
    assert_eq!(body["status"], status);
    body
}

async fn a_key_opens_the_api_until_it_is_revoked(app: TestApp) {
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let page = app.get_as(&admin, "/t/adatum/settings/api").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("No keys yet."));

    let created = app
        .post_form_as(
            &admin,
            "/t/adatum/settings/api",
            &[
                ("name", "CRM sync"),
                ("surveys_read", "on"),
                ("responses_read", "on"),
                ("days", "90"),
            ],
        )
        .await;
    assert_eq!(created.status(), 201);
    assert_eq!(created.headers()["cache-control"], "no-store");
    let key = shown_key(&created.text().await.unwrap());
    assert!(key.starts_with("tsk_"), "{key}");
    // Only a hash is stored.
    let stored: Vec<(String, String)> = crate::helpers::api_key_rows(&app).await;
    assert_eq!(stored.len(), 1);
    assert!(key.starts_with(&stored[0].0));
    assert!(!stored[0].1.contains(&key[4..]));

    let surveys = call(&app, Some(&key), "/api/v1/surveys").await;
    assert_eq!(surveys.status(), 200);
    assert!(
        surveys.headers()["ratelimit"]
            .to_str()
            .unwrap()
            .contains("r=")
    );
    assert!(surveys.headers().contains_key("ratelimit-policy"));
    let etag = surveys.headers()["etag"].to_str().unwrap().to_owned();
    let listed: Value = surveys.json().await.unwrap();
    let demo = listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "customer-satisfaction")
        .expect("the demo survey is listed");
    assert_eq!(demo["state"], "published");
    assert_eq!(demo["answer_path"], "/s/adatum/customer-satisfaction");
    let again = send(
        app.client
            .get(app.url("/api/v1/surveys"))
            .bearer_auth(&key)
            .header("if-none-match", &etag),
    )
    .await;
    assert_eq!(again.status(), 304);

    let survey: Value = call(&app, Some(&key), SURVEY).await.json().await.unwrap();
    assert_eq!(survey["slug"], "customer-satisfaction");
    assert_eq!(survey["questions"][0]["number"], 1);
    assert!(survey["questions"][0]["kind"].is_string());

    // Every response, two at a time; then the cursor waits for new ones.
    answer(&app, 3).await;
    let path = format!("{SURVEY}/responses?limit=2");
    let first: Value = call(&app, Some(&key), &path).await.json().await.unwrap();
    assert_eq!(first["data"].as_array().unwrap().len(), 2);
    assert_eq!(first["has_more"], true);
    assert_eq!(first["data"][0]["answers"][2]["answer"], "Comment 0");
    let cursor = first["cursor"].as_str().unwrap();
    let path = format!("{SURVEY}/responses?limit=2&after={cursor}");
    let second: Value = call(&app, Some(&key), &path).await.json().await.unwrap();
    assert_eq!(second["data"].as_array().unwrap().len(), 1);
    assert_eq!(second["data"][0]["number"], 3);
    assert_eq!(second["has_more"], false);
    let cursor = second["cursor"].as_str().unwrap();
    let path = format!("{SURVEY}/responses?after={cursor}");
    let caught_up: Value = call(&app, Some(&key), &path).await.json().await.unwrap();
    assert_eq!(caught_up["data"].as_array().unwrap().len(), 0);
    assert_eq!(caught_up["cursor"], cursor);
    answer(&app, 1).await;
    let new: Value = call(&app, Some(&key), &path).await.json().await.unwrap();
    assert_eq!(new["data"][0]["number"], 4);

    // One response by its id; another id of no response of it is not found.
    let id = first["data"][1]["id"].as_i64().unwrap();
    let one: Value = call(&app, Some(&key), &format!("{SURVEY}/responses/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["answers"][2]["answer"], "Comment 1");
    for missing in ["999999", "0", "x"] {
        let path = format!("{SURVEY}/responses/{missing}");
        problem(call(&app, Some(&key), &path).await, 404, "not-found").await;
    }
    // By time received: none before the first, all four since then.
    let received = first["data"][0]["received_at"].as_str().unwrap().to_owned();
    let path = format!("{SURVEY}/responses?until={received}");
    let before: Value = call(&app, Some(&key), &path).await.json().await.unwrap();
    assert_eq!(before["data"].as_array().unwrap().len(), 0);
    let path = format!("{SURVEY}/responses?since={received}");
    let since: Value = call(&app, Some(&key), &path).await.json().await.unwrap();
    assert_eq!(since["data"].as_array().unwrap().len(), 4);
    let path = format!("{SURVEY}/responses?since=yesterday");
    problem(call(&app, Some(&key), &path).await, 400, "bad-request").await;

    let summary = call(&app, Some(&key), &format!("{SURVEY}/summary")).await;
    assert_eq!(summary.status(), 200);
    let summary: Value = summary.json().await.unwrap();
    assert!(summary["questions"].as_array().unwrap().len() >= 3);

    // The page lists it with its use, never its secret.
    let listing = app
        .get_as(&admin, "/t/adatum/settings/api")
        .await
        .text()
        .await
        .unwrap();
    assert!(listing.contains("CRM sync"));
    assert!(listing.contains(&stored[0].0));
    assert!(!listing.contains(&key));
    assert!(listing.contains("from 127.0.0.1"), "its last use is shown");

    // A session never opens the API, and a key never opens a page.
    let with_session = send(app.request_as(&admin, Method::GET, "/api/v1/surveys")).await;
    let body = problem(with_session, 401, "unauthorized").await;
    assert!(body["detail"].is_string());
    let page_with_key = send(
        app.client
            .get(app.url("/t/adatum"))
            .bearer_auth(&key)
            .header("accept", "text/html"),
    )
    .await;
    assert_eq!(page_with_key.status(), 302);

    // Revoked: refused at the next request.
    let id = crate::helpers::api_key_ids(&app).await[0];
    let (status, _) = app
        .call_as(
            &admin,
            "revoke_api_key",
            &[("tenant", "adatum"), ("key", &id.to_string())],
        )
        .await;
    assert_eq!(status, 200);
    problem(
        call(&app, Some(&key), "/api/v1/surveys").await,
        401,
        "unauthorized",
    )
    .await;
    let (status, _) = app
        .call_as(
            &admin,
            "revoke_api_key",
            &[("tenant", "adatum"), ("key", &id.to_string())],
        )
        .await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_opens_the_api_until_it_is_revoked_on_sqlite() {
    a_key_opens_the_api_until_it_is_revoked(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_opens_the_api_until_it_is_revoked_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        a_key_opens_the_api_until_it_is_revoked(app).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_may_do_only_what_its_scopes_say_for_its_own_tenant() {
    let app = spawn_app().await;
    crate::helpers::add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let surveys_only = key_of(&app, "adatum", &["surveys:read"]).await;
    let fabrikam = key_of(&app, "fabrikam", &["surveys:read", "responses:read"]).await;

    assert_eq!(call(&app, Some(&surveys_only), SURVEY).await.status(), 200);
    problem(
        call(&app, Some(&surveys_only), &format!("{SURVEY}/responses")).await,
        403,
        "forbidden",
    )
    .await;
    problem(call(&app, Some(&fabrikam), SURVEY).await, 404, "not-found").await;
    problem(
        call(&app, Some(&fabrikam), &format!("{SURVEY}/responses")).await,
        404,
        "not-found",
    )
    .await;
    let theirs: Value = call(&app, Some(&fabrikam), "/api/v1/surveys")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        theirs["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["slug"] != "customer-satisfaction")
    );
    // Unknown, malformed and missing keys alike.
    let forged = format!("{}x", &surveys_only[..surveys_only.len() - 1]);
    for key in [Some(forged.as_str()), Some("tsk_nope"), None] {
        let refused = call(&app, key, "/api/v1/surveys").await;
        assert_eq!(
            refused.headers()["www-authenticate"],
            "Bearer realm=\"tailspin-api\""
        );
        problem(refused, 401, "unauthorized").await;
    }
    // Bad parameters are named, and nothing else happens.
    let adatum = key_of(&app, "adatum", &["responses:read"]).await;
    for query in ["limit=0", "limit=5000", "after=abc"] {
        let body = problem(
            call(&app, Some(&adatum), &format!("{SURVEY}/responses?{query}")).await,
            400,
            "bad-request",
        )
        .await;
        assert!(body["detail"].as_str().unwrap().contains('`'), "{body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_key_form_says_why_and_stores_nothing() {
    let app = spawn_app().await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let refused = app
        .post_form_as(
            &admin,
            "/t/adatum/settings/api",
            &[("name", " "), ("days", "5000")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Give the key a name"));
    assert!(page.contains("Choose at least one thing the key may do."));
    assert!(page.contains("Choose when the key expires"));
    assert!(!page.contains("id=\"new-key\""));
    assert!(crate::helpers::api_key_ids(&app).await.is_empty());

    // Webhooks' scope alone is enough for a key.
    let made = app
        .post_form_as(
            &admin,
            "/t/adatum/settings/api",
            &[("name", "Hooks"), ("days", "30"), ("webhooks_write", "on")],
        )
        .await;
    assert_eq!(made.status(), 201);
    assert!(made.text().await.unwrap().contains("id=\"new-key\""));

    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let forbidden = app
        .post_form_as(
            &creator,
            "/t/adatum/settings/api",
            &[("name", "Mine"), ("surveys_read", "on")],
        )
        .await;
    assert_eq!(forbidden.status(), 403);
    assert_eq!(
        crate::helpers::api_key_ids(&app).await.len(),
        1,
        "only the Hooks key"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_key_has_its_own_rate_limit() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |settings| settings.api_requests_per_minute = 2).await;
    let key = key_of(&app, "adatum", &["surveys:read"]).await;
    let other = key_of(&app, "adatum", &["surveys:read"]).await;
    let first = call(&app, Some(&key), "/api/v1/surveys").await;
    assert_eq!(first.headers()["ratelimit-policy"], "\"per-key\";q=2;w=60");
    assert_eq!(
        first.headers()["ratelimit"]
            .to_str()
            .unwrap()
            .split(';')
            .nth(1),
        Some("r=1")
    );
    assert_eq!(
        call(&app, Some(&key), "/api/v1/surveys").await.status(),
        200
    );
    let limited = call(&app, Some(&key), "/api/v1/surveys").await;
    let retry: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    assert!(
        limited.headers()["ratelimit"]
            .to_str()
            .unwrap()
            .contains("r=0")
    );
    problem(limited, 429, "rate-limited").await;
    assert_eq!(
        call(&app, Some(&other), "/api/v1/surveys").await.status(),
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_describes_every_route() {
    let app = spawn_app().await;
    let response = call(&app, None, "/api/v1/openapi.json").await;
    assert_eq!(response.status(), 200);
    let document: Value = response.json().await.unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/surveys",
        "/api/v1/surveys/{slug}",
        "/api/v1/surveys/{slug}/responses",
        "/api/v1/surveys/{slug}/summary",
    ] {
        assert!(document["paths"][path]["get"].is_object(), "{path}");
    }
    assert_eq!(
        document["components"]["securitySchemes"]["api_key"]["scheme"],
        "bearer"
    );
    let reference = app.get("/developers/api").await;
    assert_eq!(reference.status(), 200);
    let page = reference.text().await.unwrap();
    assert!(page.contains("GET /api/v1/surveys/{slug}/responses"));
    assert!(page.contains("problem-rate-limited"));
}

pub(crate) async fn post(
    app: &TestApp,
    key: &str,
    path: &str,
    body: &str,
    idempotency: Option<&str>,
) -> Response {
    let mut request = app
        .client
        .post(app.url(path))
        .bearer_auth(key)
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(idempotency) = idempotency {
        request = request.header("idempotency-key", idempotency);
    }
    send(request).await
}

async fn survey_count(app: &TestApp, key: &str) -> usize {
    let listed: Value = call(app, Some(key), "/api/v1/surveys")
        .await
        .json()
        .await
        .unwrap();
    listed["data"].as_array().unwrap().len()
}

const DEFINITION: &str = r#"{
    "title": "Onboarding check-in",
    "description": "How was your **first week**?",
    "questions": [
        {"text": "Which team?", "kind": "choice", "required": true, "options": ["Sales", "Support"]},
        {"text": "How clear were your first tasks?", "kind": "scale", "points": 5,
         "low_label": "Unclear", "high_label": "Very clear"},
        {"text": "Anything else?", "kind": "free_text", "max_length": 500}
    ]
}"#;

async fn a_survey_is_made_published_and_closed_through_the_api(app: TestApp) {
    let key = key_of(&app, "adatum", &["surveys:read", "surveys:write"]).await;
    let before = survey_count(&app, &key).await;

    // A definition with mistakes: every one named, nothing stored.
    let wrong = r#"{"title": "", "questions": [
        {"text": "Pick one", "kind": "choice", "options": []},
        {"text": "What?", "kind": "telepathy"}
    ]}"#;
    let body = problem(
        post(&app, &key, "/api/v1/surveys", wrong, None).await,
        422,
        "invalid-input",
    )
    .await;
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"title"), "{fields:?}");
    assert!(fields.contains(&"questions[0].options"), "{fields:?}");
    assert!(fields.contains(&"questions[1].kind"), "{fields:?}");
    problem(
        post(
            &app,
            &key,
            "/api/v1/surveys",
            r#"{"title": "x", "colour": "red"}"#,
            None,
        )
        .await,
        400,
        "bad-request",
    )
    .await;
    assert_eq!(survey_count(&app, &key).await, before);

    // Made once, however often the same request is repeated.
    let made = post(
        &app,
        &key,
        "/api/v1/surveys",
        DEFINITION,
        Some("onboarding-1"),
    )
    .await;
    assert_eq!(made.status(), 201);
    assert_eq!(
        made.headers()["location"],
        "/api/v1/surveys/onboarding-check-in"
    );
    let first: Value = made.json().await.unwrap();
    assert_eq!(first["state"], "draft");
    assert_eq!(first["questions"].as_array().unwrap().len(), 3);
    assert_eq!(first["questions"][1]["kind"], "scale");
    let repeat = post(
        &app,
        &key,
        "/api/v1/surveys",
        DEFINITION,
        Some("onboarding-1"),
    )
    .await;
    assert_eq!(repeat.status(), 201);
    assert_eq!(repeat.headers()["idempotent-replayed"], "true");
    assert_eq!(repeat.json::<Value>().await.unwrap(), first);
    assert_eq!(survey_count(&app, &key).await, before + 1);
    problem(
        post(
            &app,
            &key,
            "/api/v1/surveys",
            r#"{"title": "Other"}"#,
            Some("onboarding-1"),
        )
        .await,
        422,
        "idempotency-key-reused",
    )
    .await;
    assert_eq!(survey_count(&app, &key).await, before + 1);
    let blank = post(
        &app,
        &key,
        "/api/v1/surveys",
        r#"{"title": "Other"}"#,
        Some("  "),
    )
    .await;
    problem(blank, 400, "bad-request").await;
    assert_eq!(survey_count(&app, &key).await, before + 1);

    // The draft changed only from the version read.
    let survey = "/api/v1/surveys/onboarding-check-in";
    let read = call(&app, Some(&key), survey).await;
    let etag = read.headers()["etag"].to_str().unwrap().to_owned();
    let change = |if_match: &str| {
        send(
            app.client
                .patch(app.url(survey))
                .bearer_auth(&key)
                .header("if-match", if_match)
                .body(r#"{"title": "Onboarding check-in (week 1)"}"#),
        )
    };
    problem(change("\"stale\"").await, 412, "precondition-failed").await;
    let changed = change(&etag).await;
    assert_eq!(changed.status(), 200);
    assert_eq!(
        changed.json::<Value>().await.unwrap()["title"],
        "Onboarding check-in (week 1)"
    );
    // The check and the change are one statement: details changed by
    // someone else after the read are not overwritten.
    let tenant = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(
        &tenant,
        SystemGrant::for_tests(SystemTask::PlatformAdministration),
    );
    let draft = app::services::designer::survey_by_slug(&app.db, &scope, "onboarding-check-in")
        .await
        .unwrap();
    let read = app::storage::drafts::DetailsAsRead {
        title: "Onboarding check-in",
        slug: "onboarding-check-in",
        description: "How was your **first week**?",
    };
    let stale = app::services::designer::save_details(
        &app.db,
        &scope,
        draft.id,
        ("Overwritten", "onboarding-check-in", ""),
        Some(read),
    )
    .await;
    assert_eq!(stale, Err(app::error::AppError::ChangedSinceRead));
    let now: Value = call(&app, Some(&key), survey).await.json().await.unwrap();
    assert_eq!(now["title"], "Onboarding check-in (week 1)");

    let question = r#"{"text": "Your email?", "kind": "short_text", "format": "email"}"#;
    let added = post(&app, &key, &format!("{survey}/questions"), question, None).await;
    assert_eq!(added.status(), 201);
    let added: Value = added.json().await.unwrap();
    assert_eq!(added["questions"][3]["kind"], "short_text");
    let body = problem(
        post(
            &app,
            &key,
            &format!("{survey}/questions"),
            r#"{"text": "?", "kind": "x"}"#,
            None,
        )
        .await,
        422,
        "invalid-input",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "kind");

    let settings = r#"{"response_limit": 50}"#;
    let published = post(&app, &key, &format!("{survey}/publish"), settings, None).await;
    assert_eq!(published.status(), 200);
    let published: Value = published.json().await.unwrap();
    assert_eq!(published["state"], "published");
    assert_eq!(published["response_limit"], 50);
    let page = app.get("/s/adatum/onboarding-check-in").await;
    assert_eq!(page.status(), 200);
    problem(
        post(&app, &key, &format!("{survey}/publish"), "", None).await,
        400,
        "bad-request",
    )
    .await;

    let copy = post(&app, &key, &format!("{survey}/duplicate"), "", None).await;
    assert_eq!(copy.status(), 201);
    let copy: Value = copy.json().await.unwrap();
    assert_eq!(copy["title"], "Copy of Onboarding check-in (week 1)");
    assert_eq!(copy["state"], "draft");

    let closed = post(&app, &key, &format!("{survey}/close"), "", None).await;
    assert_eq!(closed.status(), 200);
    assert_eq!(closed.json::<Value>().await.unwrap()["state"], "closed");
    problem(
        post(&app, &key, &format!("{survey}/close"), "", None).await,
        400,
        "bad-request",
    )
    .await;

    let body = problem(
        send(
            app.client
                .patch(app.url(survey))
                .bearer_auth(&key)
                .body(r#"{"title": "Late"}"#),
        )
        .await,
        400,
        "bad-request",
    )
    .await;
    assert!(
        body["detail"].as_str().unwrap().contains("frozen"),
        "{body}"
    );

    let reader = key_of(&app, "adatum", &["surveys:read"]).await;
    problem(
        post(&app, &reader, "/api/v1/surveys", DEFINITION, None).await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_is_made_published_and_closed_through_the_api_on_sqlite() {
    a_survey_is_made_published_and_closed_through_the_api(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_is_made_published_and_closed_through_the_api_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        a_survey_is_made_published_and_closed_through_the_api(app).await;
    }
}

/// On PostgreSQL several writers commit side by side and ids are taken
/// before commit: a response whose transaction ends after later ones is
/// not left behind a cursor. Nothing past a transaction still running is
/// shown; once it ends, its response comes first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_committed_late_is_not_left_behind_the_cursor_on_postgres() {
    let Some(app) = spawn_postgres_app().await else {
        return;
    };
    let key = key_of(&app, "adatum", &["responses:read"]).await;
    let responses = format!("{SURVEY}/responses");
    let (survey, _) = app.demo_survey().await;
    let tenant = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let app::storage::Pool::Postgres(pool) = app.db.pool() else {
        unreachable!("a PostgreSQL app")
    };
    let mut late = pool.begin().await.unwrap();
    let late_id: i64 = sqlx::query_scalar(
        "INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at, \
         response_number) VALUES ($1, $2, 'late', $3, 999999) RETURNING id",
    )
    .bind(tenant.id.0)
    .bind(survey.0)
    .bind(app::domain::UnixMillis::now().0)
    .fetch_one(&mut *late)
    .await
    .unwrap();
    answer_unsettled(&app, 2).await;
    let early: Value = call(&app, Some(&key), &responses)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(early["data"].as_array().unwrap().len(), 0, "{early}");

    late.commit().await.unwrap();
    app.settled().await;
    let page: Value = call(&app, Some(&key), &responses)
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<i64> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "{page}");
    assert_eq!(ids[0], late_id);
    let cursor = page["cursor"].as_str().unwrap();
    let path = format!("{responses}?after={cursor}");
    let caught_up: Value = call(&app, Some(&key), &path).await.json().await.unwrap();
    assert_eq!(caught_up["data"].as_array().unwrap().len(), 0);
}
