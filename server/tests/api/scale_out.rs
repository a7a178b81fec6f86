//! Scale-out: three `server` processes on one PostgreSQL database and one
//! Azure blob store (Azurite) serve the same tenant. Answers sent to all
//! three are summarised exactly once; a sign-in on one continues on the
//! others and a sign-out on one ends it everywhere; a logo uploaded through
//! one is served by another; SIGTERM stops each process cleanly.

use std::time::{Duration, Instant};

use app::auth::public_scope;
use app::domain::{QuestionSummary, field_name};
use app::secrets::ServerKey;
use app::storage::Database;
use app::storage::statistics::{find_summary, list_dead_letters};
use app::storage::submissions::queued_messages;
use image::ImageFormat;
use reqwest::Method;

use crate::branding::{AZURITE_ACCOUNT, AZURITE_KEY, azurite_endpoint, picture, upload};
use crate::helpers::{
    DEMO_PASSWORD, DEMO_PATH, TestApp, browser, encode, fresh_postgres_url, send, session_cookie,
};
use crate::processes::ServerProcess;

async fn dashboard_status(app: &TestApp, cookie: &str) -> u16 {
    send(
        app.request_as(&browser(), Method::GET, "/t/adatum")
            .header("cookie", cookie),
    )
    .await
    .status()
    .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_server_processes_on_postgresql_and_azure_blobs_serve_one_tenant_together() {
    const ANSWERS: usize = 90;
    let Some(endpoint) = azurite_endpoint() else {
        return;
    };
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let key = ServerKey::generate();
    let env = vec![
        ("DATABASE_URL", url.clone()),
        ("TAILSPIN_LISTEN_ADDR", "127.0.0.1:0".to_owned()),
        ("TAILSPIN_SECRET_KEY", key.to_base64()),
        ("TAILSPIN_DEMO_PASSWORD", DEMO_PASSWORD.to_owned()),
        (
            "TAILSPIN_BLOB_STORE_URL",
            format!("az://tailspin/{}", uuid::Uuid::new_v4().simple()),
        ),
        ("AZURE_STORAGE_ACCOUNT_NAME", AZURITE_ACCOUNT.to_owned()),
        ("AZURE_STORAGE_ACCOUNT_KEY", AZURITE_KEY.to_owned()),
        ("AZURE_STORAGE_ENDPOINT", endpoint),
        ("AZURE_ALLOW_HTTP", "true".to_owned()),
        ("TAILSPIN_STATISTICS_IN_PROCESS", "true".to_owned()),
        ("TAILSPIN_STATISTICS_INTERVAL_MS", "50".to_owned()),
        ("TAILSPIN_SUBMISSIONS_PER_MINUTE", "100000".to_owned()),
        ("TAILSPIN_SIGN_INS_PER_MINUTE", "100000".to_owned()),
        (
            "TAILSPIN_EXPORT_DIR",
            work.path().join("exports").display().to_string(),
        ),
        ("RUST_LOG", "info".to_owned()),
    ];
    // The first process migrates and loads the demo tenant; the others
    // join the same database as it stands.
    let mut servers = vec![ServerProcess::start(&env)];
    let mut joining = env.clone();
    joining.push(("TAILSPIN_DEMO_DATA", "off".to_owned()));
    servers.push(ServerProcess::start(&joining));
    servers.push(ServerProcess::start(&joining));

    let db = Database::connect(&url).await.unwrap();
    let apps: Vec<TestApp> = servers
        .iter()
        .map(|s| {
            TestApp::attach(
                s.address.clone(),
                db.clone(),
                key.clone(),
                tempfile::tempdir().unwrap(),
            )
        })
        .collect();
    for app in &apps {
        assert_eq!(app.get("/readyz").await.status(), 200);
    }

    // Answers through all three.
    let (survey, questions) = apps[0].demo_survey().await;
    for n in 0..ANSWERS {
        let form = encode(&[
            ("idempotency_key", &uuid::Uuid::new_v4().to_string()),
            (&field_name(questions[0].id), &(1 + n % 5).to_string()),
            (&field_name(questions[1].id), &(n % 2).to_string()),
        ]);
        let response = apps[n % 3].post_form(DEMO_PATH, form).await;
        assert_eq!(response.status(), 303, "answer {n} on server {}", n % 3);
    }

    // A sign-in on the first continues on the second; a sign-out on the
    // third ends it on all of them.
    let signed_in = apps[0]
        .post_form_as(
            &browser(),
            "/t/adatum/login",
            &[
                ("email", "admin@adatum.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(signed_in.status(), 303);
    let cookie = session_cookie(&signed_in).expect("a session cookie");
    assert_eq!(dashboard_status(&apps[1], &cookie).await, 200);
    assert_eq!(
        dashboard_status(&apps[1], "tailspin_session=unknown").await,
        302,
        "an unknown session is asked to sign in"
    );

    // A logo uploaded through the second is served by the third and first.
    let admin = browser();
    let on_second = apps[1]
        .post_form_as(
            &admin,
            "/t/adatum/login",
            &[
                ("email", "admin@adatum.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(on_second.status(), 303);
    let (status, location) = upload(
        &admin,
        &apps[1],
        "logo.png",
        picture(300, 200, ImageFormat::Png),
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/t/adatum/branding?logo=saved")
    );
    let from_third = apps[2].get("/branding/adatum/logo").await;
    assert_eq!(from_third.status(), 200);
    let from_third = from_third.bytes().await.unwrap();
    let served = image::load_from_memory(&from_third).unwrap();
    assert_eq!((served.width(), served.height()), (300, 200));
    let from_first = apps[0].get("/branding/adatum/logo").await;
    assert_eq!(from_first.bytes().await.unwrap(), from_third);

    let out = send(
        apps[2]
            .request_as(&browser(), Method::POST, "/t/adatum/logout")
            .header("cookie", &cookie),
    )
    .await;
    assert_eq!(out.status(), 303);
    for app in &apps {
        assert_eq!(
            dashboard_status(app, &cookie).await,
            302,
            "signed out everywhere ({})",
            app.address
        );
    }

    // The three statistics tasks drain the one queue; the totals are exact.
    let scope = public_scope(&db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while queued_messages(&db, &scope, survey).await.unwrap() > 0 {
        assert!(Instant::now() < deadline, "the queue did not drain");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let summary = find_summary(&db, &scope, survey)
        .await
        .unwrap()
        .unwrap()
        .summary;
    assert_eq!(summary.responses, ANSWERS as u64);
    let QuestionSummary::Range { histogram, .. } = &summary.questions[&questions[0].id.0] else {
        panic!("range summary")
    };
    assert_eq!(*histogram, [ANSWERS as u64 / 5; 5]);
    let QuestionSummary::Choice { counts, .. } = &summary.questions[&questions[1].id.0] else {
        panic!("choice summary")
    };
    assert_eq!(
        counts.clone().into_iter().collect::<Vec<_>>(),
        vec![(0, ANSWERS as u64 / 2), (1, ANSWERS as u64 / 2)]
    );
    assert!(list_dead_letters(&db).await.unwrap().is_empty());

    for server in servers {
        let (status, log) = server.terminate();
        assert!(status.success(), "exit {status:?}: {log:?}");
        assert!(
            log.iter()
                .any(|line| line.contains("statistics task stopped")),
            "the statistics task wound down: {log:?}"
        );
    }
    db.close().await;
}
