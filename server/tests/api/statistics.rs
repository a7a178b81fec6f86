//! The statistics task inside the server: an answer is merged into the
//! survey's summary moments after it is stored.

use app::storage::statistics::find_summary;

use crate::helpers::{DEMO_PASSWORD, DEMO_PATH, KEY_A, encode, signed_in_as, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stored_answer_reaches_the_summary_without_waiting_for_the_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |s| {
        s.statistics_in_process = true;
        // Long enough that only the wake-up on new answers can explain a
        // quick merge.
        s.statistics_interval_ms = 600_000;
    })
    .await;
    let (survey, questions) = app.demo_survey().await;
    let stars = format!("q-{}", questions[0].id);
    let channel = format!("q-{}", questions[1].id);
    let form = [
        ("idempotency_key", KEY_A),
        (stars.as_str(), "5"),
        (channel.as_str(), "2"),
    ];
    assert_eq!(app.post_form(DEMO_PATH, encode(&form)).await.status(), 303);

    let scope = app::auth::public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(stored) = find_summary(&app.db, &scope, survey).await.unwrap() {
            assert_eq!(stored.summary.responses, 1);
            assert_eq!(app.queued().await, 0);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not merged within 10 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    // Tailspin administrators see the queue and this task's counters.
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let (status, home) = app
        .call_as(&ops, "load_admin_home", &[] as &[(&str, &str)])
        .await;
    assert_eq!(status, 200, "{home}");
    let statistics = &home["statistics"];
    assert_eq!(statistics["runs_here"], true);
    assert_eq!(statistics["merged_messages"], 1);
    assert_eq!(statistics["queued"], 0);
    assert_eq!(statistics["dead_letters"], 0);
    assert_eq!(statistics["version_conflicts"], 0);
}

/// On PostgreSQL a `server worker` in another process hears about new
/// answers at once (LISTEN/NOTIFY), long before its schedule would run.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_process_on_postgresql_is_woken_by_new_answers() {
    use app::domain::{AnswerValue, IdempotencyKey, UnixMillis, ValidAnswer};
    use app::storage::Database;
    use app::storage::submissions::store_submission;

    let Some(url) = crate::helpers::fresh_postgres_url().await else {
        return;
    };
    let db = Database::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    app::services::demo::load_demo_data(&db, "a demo password", UnixMillis::now())
        .await
        .unwrap();
    let mut worker = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("worker")
        .env("DATABASE_URL", &url)
        .env("TAILSPIN_STATISTICS_INTERVAL_MS", "3600000")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Its first cycle runs at start; give it time to start listening.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;

    let scope = app::auth::public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let slug = app::domain::Slug::parse("customer-satisfaction").unwrap();
    let survey = app::storage::surveys::find_survey_by_slug(&db, &scope, &slug)
        .await
        .unwrap()
        .unwrap();
    let answers = [ValidAnswer {
        question: survey.survey.questions[0].id,
        value: AnswerValue::Rating(3),
    }];
    let key = IdempotencyKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap();
    store_submission(&db, &scope, survey.id, &key, &answers, UnixMillis::now())
        .await
        .unwrap();

    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let merged = loop {
        if let Some(stored) = find_summary(&db, &scope, survey.id).await.unwrap() {
            break stored.summary.responses;
        }
        if std::time::Instant::now() > deadline {
            break 0;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let _ = worker.kill();
    let _ = worker.wait();
    assert_eq!(merged, 1, "the worker was not woken by the notification");
}

/// Three `server worker` processes share one PostgreSQL queue of 10,000
/// answers (claims skip each other's rows; merges into the one summary
/// retry on version conflicts): once drained, every total is exact and no
/// message is left or dead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_worker_processes_on_postgresql_drain_ten_thousand_answers_exactly() {
    use app::domain::{AnswerValue, IdempotencyKey, QuestionSummary, UnixMillis, ValidAnswer};
    use app::storage::Database;
    use app::storage::statistics::list_dead_letters;
    use app::storage::submissions::{queued_messages, store_submission};

    const ANSWERS: usize = 10_000;
    const WRITERS: usize = 8;
    let Some(url) = crate::helpers::fresh_postgres_url().await else {
        return;
    };
    let db = Database::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    app::services::demo::load_demo_data(&db, "a demo password", UnixMillis::now())
        .await
        .unwrap();
    let scope = app::auth::public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let slug = app::domain::Slug::parse("customer-satisfaction").unwrap();
    let survey = app::storage::surveys::find_survey_by_slug(&db, &scope, &slug)
        .await
        .unwrap()
        .unwrap();
    assert!(
        find_summary(&db, &scope, survey.id)
            .await
            .unwrap()
            .is_none()
    );
    let (rating, channel) = (survey.survey.questions[0].id, survey.survey.questions[1].id);
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (db, scope) = (db.clone(), scope.clone());
            tokio::spawn(async move {
                for n in (w..ANSWERS).step_by(WRITERS) {
                    let answers = [
                        ValidAnswer {
                            question: rating,
                            value: AnswerValue::Rating(1 + (n % 5) as u8),
                        },
                        ValidAnswer {
                            question: channel,
                            value: AnswerValue::Choice((n % 2) as u16),
                        },
                    ];
                    let key = IdempotencyKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap();
                    store_submission(&db, &scope, survey.id, &key, &answers, UnixMillis::now())
                        .await
                        .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.unwrap();
    }

    let workers: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_server"))
                .arg("worker")
                .env("DATABASE_URL", &url)
                .env("TAILSPIN_STATISTICS_INTERVAL_MS", "50")
                .env("RUST_LOG", "warn")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("worker starts")
        })
        .collect();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(240);
    loop {
        let queued = queued_messages(&db, &scope, survey.id).await.unwrap();
        if queued == 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{queued} messages still queued"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    for mut worker in workers {
        let _ = worker.kill();
        let _ = worker.wait();
    }

    let stored = find_summary(&db, &scope, survey.id).await.unwrap().unwrap();
    assert_eq!(stored.summary.responses, ANSWERS as u64);
    let QuestionSummary::Range {
        count, histogram, ..
    } = &stored.summary.questions[&rating.0]
    else {
        panic!("range summary")
    };
    assert_eq!(*count, ANSWERS as u64);
    assert_eq!(*histogram, [ANSWERS as u64 / 5; 5]);
    let QuestionSummary::Choice { counts } = &stored.summary.questions[&channel.0] else {
        panic!("choice summary")
    };
    let half = ANSWERS as u64 / 2;
    assert_eq!(
        counts.clone().into_iter().collect::<Vec<_>>(),
        vec![(0, half), (1, half)]
    );
    assert!(
        list_dead_letters(&db).await.unwrap().is_empty(),
        "no dead letters"
    );
    db.close().await;
}
