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
    use app::storage::submissions::store_submission;

    let Some(url) = crate::helpers::fresh_postgres_url().await else {
        return;
    };
    let keys = tempfile::tempdir().unwrap();
    let db = crate::helpers::connect_keyed(&url, keys.path()).await;
    db.migrate().await.unwrap();
    app::services::demo::load_demo_data(&db, "a demo password", UnixMillis::now())
        .await
        .unwrap();
    let mut worker = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("worker")
        .env("DATABASE_URL", &url)
        .env("TAILSPIN_SECRET_KEY_FILE", keys.path().join("secret.key"))
        .env("TAILSPIN_BLOB_DIR", keys.path().join("blobs"))
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
    store_submission(
        &db,
        &scope,
        survey.id,
        false,
        &key,
        &answers,
        UnixMillis::now(),
    )
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
    use app::storage::statistics::list_dead_letters;
    use app::storage::submissions::{queued_messages, store_submission};

    const ANSWERS: usize = 10_000;
    const WRITERS: usize = 8;
    let Some(url) = crate::helpers::fresh_postgres_url().await else {
        return;
    };
    let keys = tempfile::tempdir().unwrap();
    let db = crate::helpers::connect_keyed(&url, keys.path()).await;
    db.migrate().await.unwrap();
    app::services::demo::load_demo_data(&db, "a demo password", UnixMillis::now())
        .await
        .unwrap();
    // As many as the Standard plan takes a month: not a test of that limit.
    crate::helpers::lift_monthly_limit(&db, "adatum").await;
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
                    store_submission(
                        &db,
                        &scope,
                        survey.id,
                        false,
                        &key,
                        &answers,
                        UnixMillis::now(),
                    )
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
                .env("TAILSPIN_SECRET_KEY_FILE", keys.path().join("secret.key"))
                .env("TAILSPIN_BLOB_DIR", keys.path().join("blobs"))
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
    let QuestionSummary::Choice { counts, .. } = &stored.summary.questions[&channel.0] else {
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

/// Eleven responses to a survey with a question of every kind, stored and
/// merged by the statistics task the way the server does: the stored
/// summary equals the one computed at once, and the results page's figures
/// (through its server function) are right: shares, NPS, number quartiles
/// within the sketch's accuracy, average ranks, matrix cells, dates.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_question_is_merged_and_shown() {
    use app::auth::{SystemGrant, SystemTask, system_scope};
    use app::domain::{
        AnswerValue, CalendarDate, ChoiceList, Decimal, IdempotencyKey, NumberRules, QuestionDraft,
        QuestionKind, RELATIVE_ACCURACY, Slug, SurveySummary, TenantAlias, TextFormat, UnixMillis,
        ValidAnswer,
    };
    use app::services::statistics::{TaskMetrics, run_cycle};
    use app::storage::drafts::{NewSurvey, append_question, create_draft};
    use app::storage::submissions::store_submission;
    use app::storage::surveys::{find_survey_by_slug, publish};
    use app::storage::tenants::find_tenant_by_alias;

    let app = crate::helpers::spawn_app().await;
    let tenant = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let owner = system_scope(&tenant, SystemGrant::for_tests(SystemTask::Onboarding));
    let labels = |texts: &[&str]| texts.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    let list = |texts: &[&str]| ChoiceList {
        options: labels(texts),
        other: true,
        shuffle: false,
    };
    let kinds = [
        QuestionKind::FreeText { max_length: 500 },
        QuestionKind::ShortText {
            max_length: 80,
            format: TextFormat::default(),
        },
        QuestionKind::Number(NumberRules {
            unit: Some("km".into()),
            ..NumberRules::default()
        }),
        QuestionKind::Date {
            earliest: None,
            latest: None,
        },
        QuestionKind::Range {
            low_label: None,
            high_label: None,
        },
        QuestionKind::Scale {
            points: 5,
            low_label: None,
            high_label: None,
        },
        QuestionKind::Nps {
            low_label: None,
            high_label: None,
        },
        QuestionKind::Choice(list(&["Phone", "Email", "Chat"])),
        QuestionKind::Checkboxes {
            list: list(&["Cat", "Dog"]),
            min_selected: None,
            max_selected: None,
        },
        QuestionKind::Dropdown(ChoiceList {
            other: false,
            ..list(&["France", "Peru"])
        }),
        QuestionKind::Matrix {
            rows: labels(&["Food", "Room"]),
            columns: labels(&["Bad", "OK", "Good"]),
        },
        QuestionKind::Ranking {
            options: labels(&["Price", "Speed", "Support"]),
            shuffle: false,
        },
    ];
    let now = UnixMillis::now();
    let new = NewSurvey {
        slug: Slug::parse("all-kinds").unwrap(),
        title: "All kinds".into(),
        description: String::new(),
        description_html: String::new(),
        logic: None,
    };
    let id = create_draft(&app.db, &owner, &new, now).await.unwrap();
    for (i, kind) in kinds.into_iter().enumerate() {
        let draft = QuestionDraft {
            text: format!("Question {i}"),
            required: false,
            kind,
        };
        append_question(&app.db, &owner, id, &draft)
            .await
            .unwrap()
            .unwrap();
    }
    let month = UnixMillis(now.0 + 30 * 24 * 3600 * 1000);
    assert!(publish(&app.db, &owner, id, now, month).await.unwrap());
    let survey = find_survey_by_slug(&app.db, &owner, &new.slug)
        .await
        .unwrap()
        .unwrap();
    let q: Vec<_> = survey.survey.questions.iter().map(|q| q.id).collect();

    let nps = [0, 3, 6, 7, 8, 9, 9, 10, 10, 10];
    let mut responses: Vec<Vec<ValidAnswer>> = (0..10u16)
        .map(|i| {
            let choice = if i % 4 == 3 {
                AnswerValue::Other("By pigeon".into())
            } else {
                AnswerValue::Choice(i % 3)
            };
            let ticked = if i % 2 == 0 { vec![0, 1] } else { vec![0] };
            let ranking = if i < 6 { vec![1, 0, 2] } else { vec![0, 2, 1] };
            let day = CalendarDate::parse(&format!("2026-03-0{}", 1 + i % 3)).unwrap();
            let values = [
                AnswerValue::Text("Great service".into()),
                AnswerValue::Text(if i < 3 { "slow" } else { "fine" }.into()),
                AnswerValue::Number(Decimal::from_integer(i64::from(i) * 10 + 5).unwrap()),
                AnswerValue::Date(day),
                AnswerValue::Rating((i % 5) as u8 + 1),
                AnswerValue::Score((i % 5) as u8 + 1),
                AnswerValue::Score(nps[usize::from(i)]),
                choice,
                AnswerValue::Choices {
                    selected: ticked,
                    other: (i == 0).then(|| "Parrot".into()),
                },
                AnswerValue::Choice(i % 2),
                AnswerValue::Matrix(vec![Some(i % 3), (i < 5).then_some(2)]),
                AnswerValue::Ranking(ranking),
            ];
            q.iter()
                .zip(values)
                .map(|(question, value)| ValidAnswer {
                    question: *question,
                    value,
                })
                .collect()
        })
        .collect();
    // One more respondent saw every question and answered only the first.
    responses.push(vec![ValidAnswer {
        question: q[0],
        value: AnswerValue::Text("service".into()),
    }]);

    let public =
        app::auth::public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
            .await
            .unwrap();
    let mut expected = SurveySummary::default();
    for answers in &responses {
        let key = IdempotencyKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap();
        store_submission(
            &app.db,
            &public,
            survey.id,
            false,
            &key,
            answers,
            UnixMillis::now(),
        )
        .await
        .unwrap();
        expected.merge(&SurveySummary::of_response(answers));
    }
    // The server's own task may merge some; this merges the rest.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let stored = loop {
        run_cycle(&app.db, &TaskMetrics::default()).await.unwrap();
        match find_summary(&app.db, &public, survey.id).await.unwrap() {
            Some(stored) if stored.summary.responses == 11 => break stored,
            _ => assert!(std::time::Instant::now() < deadline, "not merged"),
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    // Fewer distinct words than the stored top words: nothing was cut.
    assert_eq!(stored.summary, expected);

    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, results) = app
        .call_as(
            &creator,
            "load_results",
            &[("tenant", "adatum"), ("slug", "all-kinds")],
        )
        .await;
    assert_eq!(status, 200, "{results}");
    assert_eq!(results["responses"], 11);
    let questions = results["questions"].as_array().unwrap();
    let chart = |i: usize, kind: &str| questions[i]["chart"][kind].clone();
    for (i, question) in questions.iter().enumerate() {
        assert_eq!(question["seen"], 11, "question {i}");
        assert_eq!(
            question["answered"],
            if i == 0 { 11 } else { 10 },
            "question {i}"
        );
    }
    assert_eq!(chart(0, "Words")[0], serde_json::json!(["service", 11]));
    assert_eq!(chart(1, "Words")[0], serde_json::json!(["fine", 7]));

    // Numbers 5, 15, … 95: quartiles at ranks 2, 4 and 6 (25, 45, 65).
    let number = chart(2, "Number");
    for (field, exact) in [("q1", 25.0), ("median", 45.0), ("q3", 65.0)] {
        let estimate = number[field].as_f64().unwrap();
        assert!(
            (estimate - exact).abs() <= RELATIVE_ACCURACY * exact,
            "{field}: {estimate} vs {exact}"
        );
    }
    assert_eq!(number["mean"], 50.0);
    assert_eq!(
        (number["min"].clone(), number["max"].clone()),
        (5_000_000.into(), 95_000_000.into())
    );
    assert_eq!(number["unit"], "km");

    let dates = chart(3, "Dates");
    assert_eq!(dates["period"], "Day");
    let days: Vec<(String, u64)> = dates["bars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["label"].as_str().unwrap().to_owned(),
                b["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2026-03-01".to_owned(), 4),
            ("2026-03-02".to_owned(), 3),
            ("2026-03-03".to_owned(), 3)
        ]
    );

    assert_eq!(chart(4, "Stars")["mean"], 3.0);
    assert_eq!(chart(5, "Scale")["mean"], 3.0);

    // Scores 0, 3, 6 | 7, 8 | 9, 9, 10, 10, 10: 50% − 30% = +20.
    let nps = chart(6, "Nps");
    assert_eq!(
        (
            nps["promoters"].clone(),
            nps["passives"].clone(),
            nps["detractors"].clone()
        ),
        (5.into(), 2.into(), 3.into())
    );
    assert_eq!(nps["score"], 20);

    let counts = |chart: &serde_json::Value| -> Vec<(String, u64)> {
        chart["bars"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                (
                    b["label"].as_str().unwrap().to_owned(),
                    b["count"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let owned = |pairs: &[(&str, u64)]| -> Vec<(String, u64)> {
        pairs.iter().map(|(l, n)| (l.to_string(), *n)).collect()
    };
    let choice = chart(7, "Options");
    assert_eq!(
        counts(&choice),
        owned(&[("Phone", 3), ("Email", 2), ("Chat", 3), ("Other", 2)])
    );
    assert_eq!(choice["base"], 10);
    // Checkbox shares are of the 10 respondents: 100%, 50% and 10%.
    let checkboxes = chart(8, "Options");
    assert_eq!(
        counts(&checkboxes),
        owned(&[("Cat", 10), ("Dog", 5), ("Other", 1)])
    );
    assert_eq!(
        (checkboxes["base"].clone(), checkboxes["several"].clone()),
        (10.into(), true.into())
    );
    assert_eq!(
        counts(&chart(9, "Options")),
        owned(&[("France", 5), ("Peru", 5)])
    );

    let matrix = chart(10, "Matrix");
    assert_eq!(matrix["rows"][0]["counts"], serde_json::json!([4, 3, 3]));
    assert_eq!(matrix["rows"][1]["counts"], serde_json::json!([0, 0, 5]));

    // Speed is first more often (6 to 4), but Price has the better
    // average place (1.6 to 1.8).
    let ranking: Vec<(String, f64, u64)> = chart(11, "Ranking")
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["label"].as_str().unwrap().to_owned(),
                r["average"].as_f64().unwrap(),
                r["firsts"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ranking,
        [
            ("Price".to_owned(), 1.6, 4),
            ("Speed".to_owned(), 1.8, 6),
            ("Support".to_owned(), 2.6, 0)
        ]
    );
}
