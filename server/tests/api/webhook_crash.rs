//! The outbox across a crash: a thousand answers arrive while the server
//! is killed with SIGKILL and started again. The receiver gets every
//! answer's event; an event sent twice (its attempt made, not yet
//! recorded, when the server died) comes again with the same
//! `webhook-id`, never as a new one, and first arrivals keep the order of
//! the answers.

use std::collections::{HashSet, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::auth::{public_scope, system_scope};
use app::domain::{Slug, TenantAlias, UserId, field_name};
use app::services::grants::{SystemGrant, SystemTask};
use app::services::mail::{MailTransport, Mailer};
use app::services::webhooks::{EndpointRequest, WebhookSender, register};
use app::storage::{Database, Pool};

use crate::helpers::{DEMO_PATH, encode, lift_monthly_limit};
use crate::processes::{ServerProcess, sqlite_server_env};
use crate::webhook_receiver::Receiver;

const ANSWERS: usize = 1_000;
const CLIENTS: usize = 8;
const KILL_AFTER: usize = 400;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_event_of_a_thousand_answers_arrives_across_a_kill() {
    let work = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", work.path().display());
    let mut env = sqlite_server_env(work.path());
    env.extend([
        ("TAILSPIN_SUBMISSIONS_PER_MINUTE", "100000000".to_owned()),
        ("TAILSPIN_OUTBOUND_ALLOW", "127.0.0.1/32".to_owned()),
    ]);
    let mut server = ServerProcess::start(&env);
    let db = Database::connect(&url).await.unwrap();
    lift_monthly_limit(&db, "adatum").await;

    // The endpoint, registered by the service with the server's own key.
    let receiver = Receiver::start().await;
    let key = tailspin_server::server_key::load_server_key(&tailspin_server::config::Settings {
        secret_key_file: work.path().join("secret.key"),
        ..Default::default()
    })
    .unwrap();
    let sender = WebhookSender {
        client: app::outbound::OutboundClient::new(
            app::outbound::OutboundPolicy::parse("127.0.0.1/32").unwrap(),
        ),
        mailer: Mailer::new(
            MailTransport::Outbox(work.path().join("test-outbox")),
            None,
            &server.address,
            key,
        )
        .unwrap(),
    };
    let tenant =
        app::storage::tenants::find_tenant_by_alias(&db, &TenantAlias::parse("adatum").unwrap())
            .await
            .unwrap()
            .unwrap();
    let scope = system_scope(
        &tenant,
        SystemGrant::for_tests(SystemTask::PlatformAdministration),
    );
    let events = ["response.created".to_owned()];
    let request = EndpointRequest {
        url: &receiver.url,
        description: "crash test",
        events: &events,
    };
    register(&db, &scope, &sender, Some(UserId(1)), &request)
        .await
        .unwrap();

    let public = public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let stored = app::storage::surveys::find_survey_by_slug(
        &db,
        &public,
        &Slug::parse("customer-satisfaction").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let (survey, questions) = (stored.id, stored.survey.questions);

    // Every answer is sent until it is acknowledged; one cut off by the
    // kill is sent again with its idempotency key, so it is stored once.
    let waiting: Arc<Mutex<VecDeque<String>>> = Arc::new(Mutex::new(
        (0..ANSWERS)
            .map(|_| uuid::Uuid::new_v4().to_string())
            .collect(),
    ));
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let address = Arc::new(Mutex::new(server.address.clone()));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (waiting, acknowledged, address) =
                (waiting.clone(), acknowledged.clone(), address.clone());
            let (rating, choice) = (field_name(questions[0].id), field_name(questions[1].id));
            tokio::spawn(async move {
                let client = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .timeout(Duration::from_secs(5))
                    .build()
                    .unwrap();
                loop {
                    let Some(key) = waiting.lock().unwrap().pop_front() else {
                        break;
                    };
                    let body = encode(&[
                        ("idempotency_key", key.as_str()),
                        (rating.as_str(), "4"),
                        (choice.as_str(), "1"),
                    ]);
                    let to = format!("{}{DEMO_PATH}", address.lock().unwrap());
                    let sent = client
                        .post(to)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(body)
                        .send()
                        .await;
                    match sent {
                        Ok(response) if response.status() == 303 => {
                            acknowledged.fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(response) => panic!("refused: {}", response.status()),
                        Err(_) => {
                            waiting.lock().unwrap().push_back(key);
                            tokio::time::sleep(Duration::from_millis(100)).await;
                        }
                    }
                }
            })
        })
        .collect();

    let deadline = Instant::now() + Duration::from_secs(120);
    while acknowledged.load(Ordering::SeqCst) < KILL_AFTER {
        assert!(Instant::now() < deadline, "answers were not acknowledged");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.kill();
    let before_kill = receiver.received().len();
    assert!(before_kill < ANSWERS, "killed mid-run");
    server = ServerProcess::start(&env);
    *address.lock().unwrap() = server.address.clone();
    for client in clients {
        client.await.unwrap();
    }
    assert_eq!(acknowledged.load(Ordering::SeqCst), ANSWERS);

    // The restarted server's runner takes the endpoint once the dead
    // one's lease runs out, and sends the rest.
    let Pool::Sqlite(pool) = db.pool() else {
        unreachable!()
    };
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM submissions WHERE survey_id = $1 ORDER BY id")
            .bind(survey.0)
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(ids.len(), ANSWERS, "each answer stored once");
    let expected: Vec<String> = ids.iter().map(|id| format!("msg_response_{id}")).collect();
    let deadline = Instant::now() + Duration::from_secs(150);
    let got = loop {
        let got = receiver.received();
        let distinct: HashSet<&str> = got.iter().map(|r| r.id()).collect();
        if distinct.len() >= ANSWERS {
            break got;
        }
        assert!(
            Instant::now() < deadline,
            "{} of {ANSWERS} events arrived; server log: {:?}",
            distinct.len(),
            server.recent_log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let mut first_arrivals = Vec::new();
    let mut seen = HashSet::new();
    for received in &got {
        if seen.insert(received.id().to_owned()) {
            first_arrivals.push(received.id().to_owned());
        }
    }
    assert_eq!(
        first_arrivals, expected,
        "every event, in the answers' order"
    );
    let repeated = got.len() - first_arrivals.len();
    eprintln!(
        "{ANSWERS} events; {before_kill} had arrived at the kill; {repeated} sent again with the same id"
    );
    // Attempts are recorded a batch at a time, after they are made.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let delivered: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'delivered'",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        if delivered == ANSWERS as i64 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{delivered} recorded as delivered"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        receiver.received().len(),
        got.len(),
        "nothing more was sent"
    );
    let (status, log) = server.terminate();
    assert!(status.success(), "{log:?}");
}
