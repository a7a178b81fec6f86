//! Webhooks end to end: an endpoint registered through the page's server
//! functions, events written with what caused them, delivered in order,
//! signed so that the Standard Webhooks reference library verifies them,
//! retried, disabled after a day of failures and redelivered.

use app::domain::UnixMillis;
use app::services::mail::{MailTransport, Mailer};
use app::services::webhooks::{WebhookSender, deliver_due};
use app::storage::{Database, Pool};

use crate::helpers::{TestApp, signed_in_as, spawn_app, spawn_app_with, spawn_postgres_app};
use crate::webhook_receiver::{Receiver, verify_with_reference};

const PASSWORD: &str = tailspin_server::config::DEFAULT_DEMO_PASSWORD;

/// What the server's runner uses, for tests that drive delivery themselves.
fn sender(app: &TestApp) -> WebhookSender {
    let outbox = app.dir().join("test-outbox");
    WebhookSender {
        client: app::outbound::OutboundClient::new(
            app::outbound::OutboundPolicy::parse("127.0.0.1/32").unwrap(),
        ),
        mailer: Mailer::new(
            MailTransport::Outbox(outbox),
            None,
            &app.address,
            app.key.clone(),
        )
        .unwrap(),
    }
}

async fn admin(app: &TestApp) -> reqwest::Client {
    signed_in_as(app, "/t/adatum/login", "admin@adatum.example", PASSWORD).await
}

/// Registers an endpoint for `events` through the page's server function
/// and returns its id.
async fn register(app: &TestApp, admin: &reqwest::Client, url: &str, events: &[&str]) -> i64 {
    let mut form = vec![
        ("tenant", "adatum".to_owned()),
        ("url", url.to_owned()),
        ("description", "CRM".to_owned()),
    ];
    for event in events {
        form.push((app::api::webhooks::event_field(event), "on".to_owned()));
    }
    let (status, body) = app.call_as(admin, "create_webhook_endpoint", &form).await;
    assert!(status == 200 || status == 302, "{status} {body}");
    let scope = app.system_scope_of("adatum").await;
    app::services::webhooks::list(&app.db, &scope)
        .await
        .unwrap()
        .last()
        .expect("the endpoint is stored")
        .id
}

async fn secret_of(app: &TestApp, endpoint: i64) -> String {
    let scope = app.system_scope_of("adatum").await;
    let record = app::services::webhooks::get(&app.db, &scope, endpoint)
        .await
        .unwrap();
    app::services::webhooks::secret(&sender(app), &record)
        .unwrap()
        .expose()
        .to_owned()
}

async fn execute(db: &Database, sql: &str) {
    match db.pool() {
        Pool::Sqlite(pool) => {
            sqlx::query(sql).execute(pool).await.unwrap();
        }
        Pool::Postgres(pool) => {
            sqlx::query(sql).execute(pool).await.unwrap();
        }
    }
}

async fn count(db: &Database, sql: &str) -> i64 {
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

async fn events_arrive_in_order_signed_for_the_reference_library(app: TestApp) {
    let receiver = Receiver::start().await;
    let admin = admin(&app).await;
    let endpoint = register(
        &app,
        &admin,
        &receiver.url,
        &["response.created", "survey.closed"],
    )
    .await;
    crate::rest_api::answer(&app, 3).await;
    let scope = app.system_scope_of("adatum").await;
    let (survey, _) = app.demo_survey().await;
    app::services::designer::close(&app.db, &scope, survey)
        .await
        .unwrap();
    app.settled().await;

    let sender = sender(&app);
    deliver_due(&app.db, &sender).await.unwrap();
    let got = receiver.received();
    assert_eq!(got.len(), 4, "three responses and the close");
    let ids: Vec<i64> = app
        .stored_submissions()
        .await
        .iter()
        .map(|s| s.id.0)
        .collect();
    for (place, (received, id)) in got.iter().zip(&ids).enumerate() {
        assert_eq!(received.id(), format!("msg_response_{id}"));
        let payload = received.json();
        assert_eq!(payload["type"], "response.created");
        assert_eq!(payload["data"]["tenant"], "adatum");
        assert_eq!(payload["data"]["survey"]["slug"], "customer-satisfaction");
        assert_eq!(payload["data"]["response"]["id"], *id);
        assert_eq!(
            payload["data"]["response"]["answers"][2]["answer"],
            format!("Comment {place}")
        );
        assert_eq!(received.headers["content-type"], "application/json");
    }
    assert_eq!(got[3].json()["type"], "survey.closed");

    let secret = secret_of(&app, endpoint).await;
    for received in &got {
        let verified = verify_with_reference(&secret, received);
        assert_eq!(
            verified.as_deref(),
            Ok(received.json()["type"].as_str().unwrap())
        );
    }
    let mut forged = got[0].clone();
    forged.body = forged.body.replace("Comment 0", "Comment X");
    assert!(verify_with_reference(&secret, &forged).is_err());
    let other = app::services::webhooks::SigningSecret::generate();
    assert!(verify_with_reference(other.expose(), &got[0]).is_err());

    // Delivered is done: nothing is sent twice.
    deliver_due(&app.db, &sender).await.unwrap();
    assert_eq!(receiver.received().len(), 4);

    // The deliveries page: each delivered, its attempt logged.
    let (status, page) = app
        .call_as(
            &admin,
            "load_webhook_endpoint",
            &[("tenant", "adatum"), ("endpoint", &endpoint.to_string())],
        )
        .await;
    assert_eq!(status, 200, "{page}");
    let deliveries = page["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 4);
    for delivery in deliveries {
        assert_eq!(delivery["status"], "delivered", "{delivery}");
        assert_eq!(delivery["attempts"][0]["status"], 200);
    }
    assert_eq!(deliveries[0]["event"], "survey.closed", "newest first");

    // Old enough, everything handled is forgotten; nothing waiting is.
    let later = UnixMillis(UnixMillis::now().0 + 1_000);
    let removed = app::storage::webhook_deliveries::prune(&app.db, later, later)
        .await
        .unwrap();
    // Responses have no outbox row: they are read from the submissions.
    assert_eq!(removed, 1 + 4 + 4, "events, attempts, deliveries");
    assert_eq!(
        count(&app.db, "SELECT COUNT(*) FROM webhook_events").await,
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_arrive_in_order_signed_on_sqlite() {
    events_arrive_in_order_signed_for_the_reference_library(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_arrive_in_order_signed_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        events_arrive_in_order_signed_for_the_reference_library(app).await;
    }
}

async fn a_failing_receiver_holds_only_its_own_queue(app: TestApp) {
    let failing = Receiver::start().await;
    failing.answer_with(503);
    let working = Receiver::start().await;
    let admin = admin(&app).await;
    let broken = register(&app, &admin, &failing.url, &["response.created"]).await;
    let _fine = register(&app, &admin, &working.url, &["response.created"]).await;
    crate::rest_api::answer(&app, 2).await;
    let sender = sender(&app);
    deliver_due(&app.db, &sender).await.unwrap();

    // The working endpoint got both; the failing one was tried once, and
    // the second event waits behind the first.
    assert_eq!(working.received().len(), 2);
    let tried = failing.received();
    assert_eq!(tried.len(), 1);
    let first_id = tried[0].id().to_owned();
    deliver_due(&app.db, &sender).await.unwrap();
    assert_eq!(
        failing.received().len(),
        1,
        "backing off, not retried at once"
    );

    // A day later, still failing: disabled, the head failed, the
    // Administrator told, the second event kept.
    let day_ago = UnixMillis::now().0 - 25 * 60 * 60 * 1000;
    execute(
        &app.db,
        &format!(
            "UPDATE webhook_deliveries SET first_attempt_at = {day_ago}, next_attempt_at = 0 \
             WHERE endpoint_id = {broken} AND attempts > 0"
        ),
    )
    .await;
    deliver_due(&app.db, &sender).await.unwrap();
    assert_eq!(failing.received().len(), 2);
    let scope = app.system_scope_of("adatum").await;
    let record = app::services::webhooks::get(&app.db, &scope, broken)
        .await
        .unwrap();
    assert_eq!(
        record.state,
        app::storage::webhook_endpoints::EndpointState::Disabled
    );
    assert!(
        record.disabled_reason.contains("HTTP 503"),
        "{}",
        record.disabled_reason
    );
    assert_eq!(record.pending, 1, "the second event is kept");
    let notices = count(
        &app.db,
        "SELECT COUNT(*) FROM outgoing_mail WHERE kind = 'webhook_disabled'",
    )
    .await;
    assert_eq!(notices, 1);
    deliver_due(&app.db, &sender).await.unwrap();
    assert_eq!(
        failing.received().len(),
        2,
        "a disabled endpoint gets nothing"
    );

    // Mended and enabled: the kept event goes at once; the failed one is
    // sent again on request, with its own id.
    failing.answer_with(204);
    let (status, body) = app
        .call_as(
            &admin,
            "set_webhook_endpoint_enabled",
            &[
                ("tenant", "adatum"),
                ("endpoint", &broken.to_string()),
                ("enabled", "true"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    deliver_due(&app.db, &sender).await.unwrap();
    let got = failing.received();
    assert_eq!(got.len(), 3);
    assert_ne!(got[2].id(), first_id);
    let failed: i64 = count(
        &app.db,
        &format!(
            "SELECT id FROM webhook_deliveries WHERE endpoint_id = {broken} AND status = 'failed'"
        ),
    )
    .await;
    let (status, body) = app
        .call_as(
            &admin,
            "redeliver_webhook",
            &[
                ("tenant", "adatum"),
                ("endpoint", &broken.to_string()),
                ("delivery", &failed.to_string()),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    deliver_due(&app.db, &sender).await.unwrap();
    let got = failing.received();
    assert_eq!(got.len(), 4);
    assert_eq!(got[3].id(), first_id, "a redelivery keeps its webhook-id");
    let attempts = count(
        &app.db,
        &format!(
            "SELECT COUNT(*) FROM webhook_attempts a JOIN webhook_deliveries d \
             ON d.id = a.delivery_id WHERE d.endpoint_id = {broken}"
        ),
    )
    .await;
    assert_eq!(attempts, 4, "every attempt is logged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_receiver_holds_only_its_own_queue_on_sqlite() {
    a_failing_receiver_holds_only_its_own_queue(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_receiver_holds_only_its_own_queue_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        a_failing_receiver_holds_only_its_own_queue(app).await;
    }
}

/// On PostgreSQL ids are taken before commit: a response whose transaction
/// commits after later ones is delivered all the same, and first, since
/// nothing is read past a transaction still running.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_committed_late_is_not_skipped_on_postgres() {
    let Some(app) = spawn_postgres_app().await else {
        return;
    };
    let receiver = Receiver::start().await;
    let admin = admin(&app).await;
    register(&app, &admin, &receiver.url, &["response.created"]).await;
    let scope = app.system_scope_of("adatum").await;
    let (survey, _) = app.demo_survey().await;
    let Pool::Postgres(pool) = app.db.pool() else {
        unreachable!("a PostgreSQL app")
    };
    let mut late = pool.begin().await.unwrap();
    let late_id: i64 = sqlx::query_scalar(
        "INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at, \
         response_number) VALUES ($1, $2, 'late', $3, 999999) RETURNING id",
    )
    .bind(scope.tenant_id().0)
    .bind(survey.0)
    .bind(UnixMillis::now().0)
    .fetch_one(&mut *late)
    .await
    .unwrap();
    crate::rest_api::answer_unsettled(&app, 2).await;
    let sender = sender(&app);
    deliver_due(&app.db, &sender).await.unwrap();
    assert!(receiver.received().is_empty(), "nothing past a running one");

    late.commit().await.unwrap();
    app.settled().await;
    deliver_due(&app.db, &sender).await.unwrap();
    let got: Vec<String> = receiver
        .received()
        .iter()
        .map(|r| r.id().to_owned())
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], format!("msg_response_{late_id}"));
    let mut unique = got.clone();
    unique.dedup();
    assert_eq!(unique, got);
}

/// An endpoint that starts taking `response.created` gets the responses
/// from then on, not those since it was registered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn subscribing_later_takes_responses_from_then_on() {
    let app = spawn_app().await;
    let receiver = Receiver::start().await;
    let admin = admin(&app).await;
    let endpoint = register(&app, &admin, &receiver.url, &["survey.closed"]).await;
    crate::rest_api::answer(&app, 2).await;
    let form = vec![
        ("tenant", "adatum".to_owned()),
        ("endpoint", endpoint.to_string()),
        ("url", receiver.url.clone()),
        ("description", "CRM".to_owned()),
        (
            app::api::webhooks::event_field("response.created"),
            "on".to_owned(),
        ),
    ];
    let (status, body) = app.call_as(&admin, "update_webhook_endpoint", &form).await;
    assert!(status == 200 || status == 302, "{status} {body}");
    crate::rest_api::answer(&app, 1).await;
    deliver_due(&app.db, &sender(&app)).await.unwrap();
    let got = receiver.received();
    let newest = app.stored_submissions().await.last().unwrap().id.0;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].id(), format!("msg_response_{newest}"));
}

/// The server's own runner (not the test's) delivers as answers arrive.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_running_server_delivers_as_answers_arrive() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |settings| {
        settings.statistics_in_process = true;
    })
    .await;
    let receiver = Receiver::start().await;
    let admin = admin(&app).await;
    register(&app, &admin, &receiver.url, &["response.created"]).await;
    crate::rest_api::answer(&app, 5).await;
    let got = receiver.wait_for(5, 20).await;
    let ids: Vec<&str> = got.iter().map(|r| r.id()).collect();
    let expected: Vec<String> = app
        .stored_submissions()
        .await
        .iter()
        .map(|s| format!("msg_response_{}", s.id.0))
        .collect();
    assert_eq!(ids, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endpoints_must_be_public_https_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    // The guard as in production: no internal network allowed.
    let app = spawn_app_with(url, dir, |settings| {
        settings.outbound_allow = app::outbound::OutboundPolicy::default();
    })
    .await;
    let admin = admin(&app).await;
    for (address, says) in [
        ("", "Enter the address"),
        ("example.com/hooks", "full address"),
        ("http://example.com/hooks", "https only"),
        ("ftp://example.com/hooks", "https only"),
        ("https://127.0.0.1/hooks", "private network"),
        ("https://[::1]/hooks", "private network"),
        ("https://169.254.169.254/latest", "private network"),
        ("https://10.1.2.3/hooks", "private network"),
        ("https://user:pass@example.com/hooks", "passwords"),
    ] {
        let (status, body) = app
            .call_as(
                &admin,
                "create_webhook_endpoint",
                &[
                    ("tenant", "adatum"),
                    ("url", address),
                    ("description", ""),
                    ("events[response_created]", "on"),
                ],
            )
            .await;
        assert_eq!(status, 422, "{address}: {body}");
        assert!(body.to_string().contains(says), "{address}: {body}");
    }
    let (status, body) = app
        .call_as(
            &admin,
            "create_webhook_endpoint",
            &[
                ("tenant", "adatum"),
                ("url", "https://hooks.example.com/tailspin"),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("at least one event"), "{body}");
    let scope = app.system_scope_of("adatum").await;
    assert!(
        app::services::webhooks::list(&app.db, &scope)
            .await
            .unwrap()
            .is_empty(),
        "nothing stored"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_secret_signs_beside_the_new_one_and_pings_say_what_happened() {
    let app = spawn_app().await;
    let receiver = Receiver::start().await;
    let admin = admin(&app).await;
    let endpoint = register(&app, &admin, &receiver.url, &["survey.published"]).await;
    let old = secret_of(&app, endpoint).await;
    let form = [("tenant", "adatum"), ("endpoint", &endpoint.to_string())];
    let (status, body) = app.call_as(&admin, "rotate_webhook_secret", &form).await;
    assert_eq!(status, 200, "{body}");
    let new = secret_of(&app, endpoint).await;
    assert_ne!(old, new);

    let (status, outcome) = app.call_as(&admin, "ping_webhook_endpoint", &form).await;
    assert_eq!(status, 200, "{outcome}");
    assert_eq!(outcome["delivered"], true, "{outcome}");
    assert!(
        outcome["summary"]
            .as_str()
            .unwrap()
            .contains("answered 200")
    );
    let got = receiver.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].headers["webhook-signature"].split(' ').count(), 2);
    assert_eq!(verify_with_reference(&new, &got[0]).as_deref(), Ok("ping"));
    assert_eq!(verify_with_reference(&old, &got[0]).as_deref(), Ok("ping"));

    receiver.answer_with(410);
    let (_, outcome) = app.call_as(&admin, "ping_webhook_endpoint", &form).await;
    assert_eq!(outcome["delivered"], false);
    assert!(
        outcome["summary"]
            .as_str()
            .unwrap()
            .contains("answered 410"),
        "{outcome}"
    );

    // Another tenant does not find the endpoint.
    crate::helpers::add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let fabrikam = app.system_scope_of("fabrikam").await;
    assert!(matches!(
        app::services::webhooks::get(&app.db, &fabrikam, endpoint).await,
        Err(app::error::AppError::NotFound)
    ));
    assert!(matches!(
        app::services::webhooks::redeliver(&app.db, &fabrikam, endpoint, 1).await,
        Err(app::error::AppError::NotFound)
    ));

    // The endpoint's page holds its secret: no cache keeps it.
    let page = app
        .get_as(&admin, &format!("/t/adatum/settings/webhooks/{endpoint}"))
        .await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-store");
    assert!(page.text().await.unwrap().contains(&new));

    let (status, body) = app.call_as(&admin, "delete_webhook_endpoint", &form).await;
    assert!(status == 200 || status == 302, "{status} {body}");
    let left = count(
        &app.db,
        "SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id > 0",
    )
    .await;
    assert_eq!(left, 0, "its deliveries went with it");
}
