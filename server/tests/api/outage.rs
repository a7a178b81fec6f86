//! Fault injection: PostgreSQL itself is stopped for 10 s in the middle of
//! a submission load (a server of the test's own). While it is down every
//! submission is answered 503 within seconds; once it is back the same
//! server process stores answers again; every acknowledged answer is stored
//! and counted once in the summary.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::domain::field_name;
use app::storage::{Database, Pool};

use crate::helpers::{DEMO_PATH, encode, spawn_app_with};
use crate::postgres_cluster::PostgresCluster;

const CLIENTS: usize = 8;
const OUTAGE: Duration = Duration::from_secs(10);
/// The longest a refused submission may take while the database is down.
/// Without the availability mark each would wait out the pool's connect
/// timeout (3 s), and queued submissions longer (6-10 s were measured).
const FAIL_FAST: Duration = Duration::from_secs(1);

struct Outcome {
    sent: Instant,
    answered: Instant,
    /// `None`: the connection failed (the server never does that here).
    status: Option<u16>,
    key: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_postgres_under_load_fails_fast_with_503_recovers_and_loses_nothing() {
    if std::env::var("TEST_POSTGRES_URL").is_err() {
        assert!(
            std::env::var("TAILSPIN_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "TAILSPIN_REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set"
        );
        return;
    }
    let cluster = tokio::task::spawn_blocking(PostgresCluster::start)
        .await
        .unwrap()
        .expect("PostgreSQL server binaries (initdb, pg_ctl)");
    let cluster = Arc::new(cluster);
    let url = cluster.admin_url();
    let app = spawn_app_with(url.clone(), tempfile::tempdir().unwrap(), |s| {
        s.statistics_in_process = true;
        s.statistics_interval_ms = 200;
        // A batch claimed just before the outage comes back soon after.
        s.statistics_lease_ms = 2_000;
    })
    .await;
    let (survey, questions) = app.demo_survey().await;

    let outcomes = Arc::new(Mutex::new(Vec::<Outcome>::new()));
    let running = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (url, running, outcomes) = (app.url(DEMO_PATH), running.clone(), outcomes.clone());
            let (rating, choice) = (field_name(questions[0].id), field_name(questions[1].id));
            tokio::spawn(async move {
                let client = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .timeout(Duration::from_secs(30))
                    .build()
                    .unwrap();
                let mut n = c;
                while running.load(std::sync::atomic::Ordering::Relaxed) {
                    let key = uuid::Uuid::new_v4().to_string();
                    let body = encode(&[
                        ("idempotency_key", &key),
                        (&rating, &(1 + n % 5).to_string()),
                        (&choice, &(n % 2).to_string()),
                    ]);
                    n += CLIENTS;
                    let sent = Instant::now();
                    let response = client
                        .post(&url)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(body)
                        .send()
                        .await;
                    let status = response.ok().map(|r| r.status().as_u16());
                    if status == Some(503) {
                        // A person would not resubmit at once either.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    outcomes.lock().unwrap().push(Outcome {
                        sent,
                        answered: Instant::now(),
                        status,
                        key,
                    });
                }
            })
        })
        .collect();

    tokio::time::sleep(Duration::from_secs(3)).await;
    let stopping = Instant::now();
    let stopper = cluster.clone();
    tokio::task::spawn_blocking(move || stopper.stop())
        .await
        .unwrap();
    let stopped = Instant::now();
    tokio::time::sleep_until((stopping + OUTAGE).into()).await;
    let resuming = Instant::now();
    let resumer = cluster.clone();
    tokio::task::spawn_blocking(move || resumer.resume())
        .await
        .unwrap();
    let resumed = Instant::now();
    let recovered = loop {
        let first_after = outcomes
            .lock()
            .unwrap()
            .iter()
            .filter(|o| o.sent >= resumed && o.status == Some(303))
            .map(|o| o.answered)
            .min();
        if let Some(at) = first_after {
            break at;
        }
        assert!(
            resumed.elapsed() < Duration::from_secs(30),
            "no submission stored since the database came back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    tokio::time::sleep(Duration::from_secs(2)).await;
    running.store(false, std::sync::atomic::Ordering::Relaxed);
    for client in clients {
        client.await.unwrap();
    }

    let outcomes = std::mem::take(&mut *outcomes.lock().unwrap());
    let before: Vec<&Outcome> = outcomes.iter().filter(|o| o.answered < stopping).collect();
    assert!(
        before.len() > 50,
        "load before the outage: {}",
        before.len()
    );
    assert!(before.iter().all(|o| o.status == Some(303)));
    let unexpected: Vec<Option<u16>> = outcomes
        .iter()
        .map(|o| o.status)
        .filter(|s| !matches!(s, Some(303 | 503)))
        .collect();
    assert!(
        unexpected.is_empty(),
        "only 303 or 503, never a dropped connection or another error: {unexpected:?}"
    );
    // Sent while the database was down and answered before it returned.
    let during: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| o.sent >= stopped && o.answered < resuming)
        .collect();
    assert!(during.len() >= CLIENTS, "load during the outage");
    assert!(
        during.iter().all(|o| o.status == Some(503)),
        "refused with 503 while down"
    );
    let slowest = outcomes
        .iter()
        .filter(|o| o.sent >= stopped && o.sent < resuming)
        .map(|o| o.answered - o.sent)
        .max()
        .unwrap();
    assert!(slowest <= FAIL_FAST, "failed fast: slowest {slowest:?}");

    // Every acknowledged answer was stored, and summarised once.
    let deadline = Instant::now() + Duration::from_secs(60);
    while app.queued().await > 0 {
        assert!(Instant::now() < deadline, "the queue did not drain");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let db = Database::connect(&url).await.unwrap();
    let Pool::Postgres(pool) = db.pool() else {
        unreachable!()
    };
    let stored: std::collections::HashSet<String> =
        sqlx::query_scalar("SELECT idempotency_key FROM submissions WHERE survey_id = $1")
            .bind(survey.0)
            .fetch_all(pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let acknowledged: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.status == Some(303))
        .map(|o| o.key.as_str())
        .collect();
    let lost = acknowledged
        .iter()
        .filter(|k| !stored.contains(**k))
        .count();
    assert_eq!(lost, 0, "acknowledged answers lost");
    let responses: i64 =
        sqlx::query_scalar("SELECT total_responses FROM survey_summaries WHERE survey_id = $1")
            .bind(survey.0)
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(responses, stored.len() as i64, "summary counts each once");
    eprintln!(
        "outage {:?}: {} acknowledged, {} stored, {} refused while down (slowest {slowest:?}), \
         first answer stored {:?} after the database returned",
        resuming - stopping,
        acknowledged.len(),
        stored.len(),
        during.len(),
        recovered - resumed
    );
    db.close().await;
}
