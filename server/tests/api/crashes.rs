//! Fault injection: the server is killed with SIGKILL every few seconds
//! while clients keep submitting, and started again each time. Every
//! submission that was acknowledged is stored, and once the queue drains
//! every summary total equals the number of stored answers.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use app::auth::public_scope;
use app::domain::{QuestionSummary, field_name};
use app::storage::statistics::{find_summary, list_dead_letters};
use app::storage::submissions::queued_messages;
use app::storage::{Database, Pool};

use crate::helpers::{DEMO_PATH, encode};
use crate::processes::ServerProcess;

const CLIENTS: usize = 8;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_acknowledged_before_a_kill_are_kept_and_counted_exactly_once() {
    let seconds: u64 = std::env::var("TAILSPIN_CRASH_TEST_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let work = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", work.path().display());
    let mut env = crate::processes::sqlite_server_env(work.path());
    env.extend([
        ("TAILSPIN_STATISTICS_INTERVAL_MS", "50".to_owned()),
        ("TAILSPIN_STATISTICS_LEASE_MS", "1000".to_owned()),
        ("TAILSPIN_SUBMISSIONS_PER_MINUTE", "100000000".to_owned()),
    ]);

    let mut server = ServerProcess::start(&env);
    let db = Database::connect(&url).await.unwrap();
    // Tens of thousands of answers, past the demo plan's monthly limit;
    // raised before the server reads the tenant.
    crate::helpers::lift_monthly_limit(&db, "adatum").await;
    let scope = public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let page = reqwest::get(format!("{}{DEMO_PATH}", server.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (survey, questions) = {
        let stored = app::storage::surveys::find_survey_by_slug(
            &db,
            &scope,
            &app::domain::Slug::parse("customer-satisfaction").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        (stored.id, stored.survey.questions)
    };
    assert!(page.contains(&field_name(questions[0].id)));

    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let started = Instant::now();
    let mut kills = 0;
    while started.elapsed() < Duration::from_secs(seconds) {
        let running = Arc::new(AtomicBool::new(true));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| {
                let (address, running, acknowledged) = (
                    server.address.clone(),
                    running.clone(),
                    acknowledged.clone(),
                );
                let (rating, choice) = (field_name(questions[0].id), field_name(questions[1].id));
                tokio::spawn(async move {
                    let client = reqwest::Client::builder()
                        .redirect(reqwest::redirect::Policy::none())
                        .timeout(Duration::from_secs(5))
                        .build()
                        .unwrap();
                    let mut n = c;
                    while running.load(Ordering::Relaxed) {
                        let key = uuid::Uuid::new_v4().to_string();
                        let body = encode(&[
                            ("idempotency_key", &key),
                            (&rating, &(1 + n % 5).to_string()),
                            (&choice, &(n % 2).to_string()),
                        ]);
                        n += CLIENTS;
                        let sent = client
                            .post(format!("{address}{DEMO_PATH}"))
                            .header("content-type", "application/x-www-form-urlencoded")
                            .body(body)
                            .send()
                            .await;
                        match sent {
                            Ok(response) if response.status() == 303 => {
                                acknowledged.lock().unwrap().push(key)
                            }
                            Ok(response) => panic!("refused: {}", response.status()),
                            // The server died under this request: not acknowledged.
                            Err(_) => break,
                        }
                    }
                })
            })
            .collect();
        let alive = 1500 + (kills % 4) * 700;
        tokio::time::sleep(Duration::from_millis(alive)).await;
        server.kill();
        kills += 1;
        running.store(false, Ordering::Relaxed);
        for client in clients {
            client.await.unwrap();
        }
        server = ServerProcess::start(&env);
    }

    // The last server drains the queue.
    let deadline = Instant::now() + Duration::from_secs(120);
    while queued_messages(&db, &scope, survey).await.unwrap() > 0 {
        assert!(Instant::now() < deadline, "the queue did not drain");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (status, log) = server.terminate();
    assert!(status.success(), "{log:?}");

    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() > 500,
        "load kept up: {}",
        acknowledged.len()
    );
    let Pool::Sqlite(pool) = db.pool() else {
        unreachable!()
    };
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT idempotency_key FROM submissions WHERE survey_id = $1")
            .bind(survey.0)
            .fetch_all(pool)
            .await
            .unwrap();
    let stored_keys: std::collections::HashSet<&str> = stored.iter().map(String::as_str).collect();
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|k| !stored_keys.contains(k.as_str()))
        .collect();
    assert!(lost.is_empty(), "{} acknowledged answers lost", lost.len());

    let summary = find_summary(&db, &scope, survey)
        .await
        .unwrap()
        .unwrap()
        .summary;
    assert_eq!(summary.responses, stored.len() as u64);
    let QuestionSummary::Range { count, .. } = &summary.questions[&questions[0].id.0] else {
        panic!("range summary")
    };
    assert_eq!(*count, stored.len() as u64);
    assert!(list_dead_letters(&db).await.unwrap().is_empty());
    eprintln!(
        "{kills} kills in {seconds} s: {} acknowledged, {} stored, summary exact",
        acknowledged.len(),
        stored.len()
    );
    db.close().await;
}

/// Email is queued with its event and survives a crash: a reset asked for
/// while no job runner runs, then SIGKILL, is sent once after the restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_queued_before_a_kill_is_sent_once_after_the_restart() {
    let (Some(_), Ok(smtp_url)) = (crate::mail::test_smtp(), std::env::var("TEST_SMTP_URL")) else {
        return;
    };
    let api = std::env::var("TEST_SMTP_API_URL").unwrap();
    let work = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", work.path().display());
    let mut env = crate::processes::sqlite_server_env(work.path());
    env.push(("TAILSPIN_SMTP_URL", smtp_url));
    env.push(("TAILSPIN_STATISTICS_INTERVAL_MS", "100".to_owned()));
    // First life: the job runner is off (as when `server worker` runs it
    // elsewhere), so the message can only wait in the queue.
    let mut first = env.clone();
    first.push(("TAILSPIN_STATISTICS_IN_PROCESS", "false".to_owned()));
    let server = ServerProcess::start(&first);
    let db = Database::connect(&url).await.unwrap();
    let email = crate::password_reset::new_account(&db).await;
    let asked = reqwest::Client::new()
        .post(format!("{}/t/adatum/password-reset", server.address))
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", email.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 200);
    server.kill();
    assert!(
        crate::mail::received(&api, &email).await.is_empty(),
        "not sent before the kill"
    );

    let server = ServerProcess::start(&env);
    let messages = crate::mail::wait_for_mail(&api, &email, 1).await;
    assert_eq!(messages.len(), 1, "sent once after the restart");
    assert_eq!(messages[0]["subject"], "Reset your Adatum Ltd. password");
    let (status, _) = server.terminate();
    assert!(status.success());
}
