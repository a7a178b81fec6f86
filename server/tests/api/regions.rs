//! A server whose region has a database of its own: the demo tenant's
//! surveys and answers are stored there, answered, merged and reported,
//! and the directory holds none of them.

use app::services::branding::BlobStore;
use app::storage::statistics::find_summary;
use app::storage::{Database, Pool};
use tailspin_server::region_settings::RegionSetting;

use crate::helpers::{DEMO_PATH, KEY_A, encode, fresh_postgres_url, spawn_postgres_app_with};

async fn count(db: &Database, sql: &str) -> i64 {
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_tenant_in_a_region_of_its_own_answers_and_merges_there() {
    let Some(europe_url) = fresh_postgres_url().await else {
        return;
    };
    let europe = europe_url.clone();
    let Some(app) = spawn_postgres_app_with(move |s| {
        s.regions = vec![
            RegionSetting {
                id: "europe".into(),
                database_url: Some(europe),
                blob_store_url: None,
            },
            RegionSetting::label("north-america"),
        ];
        s.statistics_in_process = true;
    })
    .await
    else {
        return;
    };
    let (survey, questions) = app.demo_survey().await;
    assert_eq!(app.get(DEMO_PATH).await.status(), 200);
    let stars = format!("q-{}", questions[0].id);
    let channel = format!("q-{}", questions[1].id);
    let form = [
        ("idempotency_key", KEY_A),
        (stars.as_str(), "4"),
        (channel.as_str(), "2"),
    ];
    assert_eq!(app.post_form(DEMO_PATH, encode(&form)).await.status(), 303);

    let scope = app.system_scope_of("adatum").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Some(stored) = find_summary(&app.db, &scope, survey).await.unwrap() {
            assert_eq!(stored.summary.responses, 1);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not merged within 10 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    let region = Database::connect(&europe_url).await.unwrap();
    for table in ["surveys", "submissions", "answers", "survey_summaries"] {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        assert_eq!(count(&app.db, &sql).await, 0, "{table} in the directory");
        assert!(count(&region, &sql).await > 0, "{table} in the region");
    }
    // Users and sessions stay in the directory.
    assert_eq!(count(&region, "SELECT COUNT(*) FROM users").await, 0);
    assert!(count(&app.db, "SELECT COUNT(*) FROM users").await > 0);

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    region.close().await;
}

/// The directory and a second region database `us` of one engine: the
/// server (demo tenant in `europe`, the directory) and the `us` database.
async fn app_with_us_region(
    postgres: bool,
) -> Option<(crate::helpers::TestApp, Database, BlobStore)> {
    let dir = tempfile::tempdir().unwrap();
    let regions = |us: String, blobs: String| {
        vec![
            RegionSetting::label("europe"),
            RegionSetting {
                id: "us".into(),
                database_url: Some(us),
                blob_store_url: Some(blobs),
            },
        ]
    };
    let us_blobs = format!("file://{}", dir.path().join("us-blobs").display());
    let (directory, us) = if postgres {
        (fresh_postgres_url().await?, fresh_postgres_url().await?)
    } else {
        (
            format!("sqlite://{}/directory.db", dir.path().display()),
            format!("sqlite://{}/us.db", dir.path().display()),
        )
    };
    let configured = regions(us.clone(), us_blobs.clone());
    let app = crate::helpers::spawn_app_with(directory, dir, move |s| s.regions = configured).await;
    // The server's stores, as it opens them.
    let blobs = tailspin_server::startup::open_blob_store(&tailspin_server::Settings {
        blob_dir: app.dir().join("blobs"),
        regions: regions(us.clone(), us_blobs),
        ..Default::default()
    })
    .unwrap();
    let us = Database::connect(&us).await.unwrap();
    Some((app, us, blobs))
}

/// The demo's Tailspin administrator.
async fn operator(
    app: &crate::helpers::TestApp,
) -> app::services::platform_admin::PlatformAdminRecord {
    app::storage::platform_admins::find_platform_admin_by_email(
        &app.db,
        &app::domain::Email::parse("ops@tailspin.example").unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
}

fn png() -> Vec<u8> {
    let image =
        image::RgbImage::from_fn(16, 8, |x, y| image::Rgb([x as u8 * 10, y as u8 * 20, 90]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// The tenant's blobs in one store.
async fn blobs_of(store: &std::sync::Arc<dyn object_store::ObjectStore>, tenant: i64) -> usize {
    use futures_util::TryStreamExt;
    let prefix = object_store::path::Path::from(format!("tenants/{tenant}"));
    let found: Vec<_> = store.list(Some(&prefix)).try_collect().await.unwrap();
    found.len()
}

async fn answer(app: &crate::helpers::TestApp, n: usize) -> reqwest::StatusCode {
    let (_, questions) = app.demo_survey().await;
    let stars = format!("q-{}", questions[0].id);
    let channel = format!("q-{}", questions[1].id);
    let key = format!("00000000-0000-4000-8000-{n:012}");
    let form = [
        ("idempotency_key", key.as_str()),
        (stars.as_str(), "4"),
        (channel.as_str(), "2"),
    ];
    app.post_form(DEMO_PATH, encode(&form)).await.status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_tenant_moves_to_another_region_while_its_survey_is_answered() {
    for postgres in [false, true] {
        let Some((app, us, blobs)) = app_with_us_region(postgres).await else {
            continue;
        };
        let app = std::sync::Arc::new(app);
        eprintln!("running on {:?}", app.db.backend());
        for n in 0..20 {
            assert_eq!(answer(&app, n).await, 303);
        }
        let scope = app.system_scope_of("adatum").await;
        app::services::branding::replace_logo(&app.db, &blobs, &scope, &png())
            .await
            .unwrap();
        let tenant = scope.tenant_id().0;
        assert_eq!(blobs_of(blobs.main(), tenant).await, 1);
        // An API reader five responses in, before the move.
        let (survey, _) = app.demo_survey().await;
        let read_after = |after| {
            let app = app.clone();
            async move {
                let scope = app.system_scope_of("adatum").await;
                app::storage::submissions::list_submissions_committed_after(
                    &app.db,
                    &scope,
                    survey,
                    after,
                    1_000,
                    (
                        app::domain::UnixMillis(i64::MIN),
                        app::domain::UnixMillis(i64::MAX),
                    ),
                )
                .await
                .unwrap()
            }
        };
        app.settled().await;
        let first_five = read_after((0, 0)).await;
        let cursor = first_five[4].1;
        // Answers keep arriving all through the move.
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let load = tokio::spawn({
            let (app, stop) = (app.clone(), stop.clone());
            async move {
                let mut accepted = 0;
                let mut n = 1_000;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let status = answer(&app, n).await;
                    assert_eq!(status, 303, "answer {n} during the move");
                    accepted += 1;
                    n += 1;
                }
                accepted
            }
        });
        let ops = operator(&app).await;
        let regions = ["europe".to_owned(), "us".to_owned()];
        let now = app::domain::UnixMillis::now();
        let requested =
            app::services::region_moves::request_move(&app.db, &ops, &regions, "adatum", "us", now)
                .await
                .unwrap();
        assert_eq!(requested.status, "queued");
        // A second request is refused while the first is under way.
        assert!(
            app::services::region_moves::request_move(&app.db, &ops, &regions, "adatum", "us", now)
                .await
                .is_err()
        );
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        // One answer arrives while new answers are held back: it waits for
        // the switch and is stored in the new region.
        let scope = app.system_scope_of("adatum").await;
        app::storage::region_switch::hold_answers(&app.db, scope.tenant_id(), true)
            .await
            .unwrap();
        let held = tokio::spawn({
            let app = app.clone();
            async move { answer(&app, 999).await }
        });
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert!(!held.is_finished(), "a held answer waits for the switch");
        let finished = app::services::region_moves::run_pending_moves(&app.db, &blobs)
            .await
            .unwrap();
        assert_eq!(finished, 1);
        assert_eq!(held.await.unwrap(), 303);
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let during: i64 = load.await.unwrap();
        assert!(during > 0, "answers arrived during the move");

        let moved = app::services::region_moves::moves_of(&app.db, &ops, "adatum")
            .await
            .unwrap();
        assert_eq!(moved[0].status, "succeeded", "{:?}", moved[0]);
        let scope = app.system_scope_of("adatum").await;
        assert_eq!(scope.region(), "us");
        let expected = 20 + during + 1;
        let count_in = |db: &Database, table: &str| {
            let sql = format!(
                "SELECT COUNT(*) FROM {table} WHERE tenant_id = {}",
                scope.tenant_id().0
            );
            let db = db.clone();
            async move { count(&db, &sql).await }
        };
        assert_eq!(
            count_in(&us, "submissions").await,
            expected,
            "no answer lost"
        );
        for table in [
            "surveys",
            "submissions",
            "answers",
            "survey_summaries",
            "statistics_queue",
        ] {
            assert_eq!(
                count_in(&app.db, table).await,
                0,
                "{table} left in the old region"
            );
        }
        // The summary is rebuilt from every response in the new region.
        let (survey, _) = app.demo_survey().await;
        app::services::statistics::run_cycle(
            &app.db,
            &app::services::statistics::TaskMetrics::default(),
        )
        .await
        .unwrap();
        let summary = find_summary(&app.db, &scope, survey)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(summary.summary.responses as i64, expected);
        // The answers still open with the tenant's key, now in the new region.
        assert_eq!(
            app.stored_submissions().await.len().min(100),
            100.min(expected as usize)
        );
        assert_eq!(app.get(DEMO_PATH).await.status(), 200);
        // The reader's cursor from before the move reads on from there.
        app.settled().await;
        let rest = read_after(cursor).await;
        assert_eq!(
            rest.len() as i64,
            expected - 5,
            "every response after the cursor, once"
        );
        // The logo moved to the region's own blob store.
        assert_eq!(blobs_of(blobs.of("us"), tenant).await, 1);
        assert_eq!(blobs_of(blobs.main(), tenant).await, 0);
        let logo = app.get("/branding/adatum/logo").await;
        assert_eq!(logo.status(), 200);
        us.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_that_cannot_be_made_is_refused_with_a_reason_and_nothing_queued() {
    let Some((app, us, _)) = app_with_us_region(false).await else {
        return;
    };
    let ops = operator(&app).await;
    let regions = [
        "europe".to_owned(),
        "north-america".to_owned(),
        "us".to_owned(),
    ];
    let now = app::domain::UnixMillis::now();
    for (to, says) in [
        ("mars", "Choose one of the listed regions."),
        ("europe", "The subscriber is in this region already."),
        (
            "north-america",
            "Both regions keep their data in the same database",
        ),
    ] {
        let refused =
            app::services::region_moves::request_move(&app.db, &ops, &regions, "adatum", to, now)
                .await
                .unwrap_err();
        assert!(
            refused
                .problems_with("region")
                .iter()
                .any(|p| p.contains(says)),
            "{to}: {refused:?}"
        );
    }
    assert!(matches!(
        app::services::region_moves::request_move(&app.db, &ops, &regions, "nosuch", "us", now)
            .await,
        Err(app::error::AppError::NotFound)
    ));
    let moves = app::services::region_moves::moves_of(&app.db, &ops, "adatum")
        .await
        .unwrap();
    assert!(moves.is_empty(), "nothing was queued: {moves:?}");
    assert_eq!(app.system_scope_of("adatum").await.region(), "europe");
    us.close().await;
}

/// `server ARGS` on the directory at `url` with the region `europe` at
/// `europe`, with the key and blobs of `data`.
fn server_with_region(
    url: &str,
    europe: &str,
    data: &std::path::Path,
    args: &[&str],
) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", url)
        .env(
            "TAILSPIN_REGIONS",
            format!("europe={europe}, north-america"),
        )
        .env("TAILSPIN_SECRET_KEY_FILE", data.join("secret.key"))
        .env("TAILSPIN_BLOB_DIR", data.join("blobs"))
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_server_key_reseals_every_regions_data_keys() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_owned();
    let url = format!("sqlite://{}/directory.db", data.display());
    let europe = format!("sqlite://{}/europe.db", data.display());
    let region = europe.clone();
    let app = crate::helpers::spawn_app_with(url.clone(), dir, move |s| {
        s.regions = vec![
            RegionSetting {
                id: "europe".into(),
                database_url: Some(region),
                blob_store_url: None,
            },
            RegionSetting::label("north-america"),
        ];
    })
    .await;
    let (survey, questions) = app.demo_survey().await;
    let text = "Sealed in the region, across a new server key";
    let body = encode(&[
        ("idempotency_key", KEY_A),
        (&app::domain::field_name(questions[0].id), "4"),
        (&app::domain::field_name(questions[1].id), "1"),
        (&app::domain::field_name(questions[2].id), text),
    ]);
    assert_eq!(app.post_form(DEMO_PATH, body).await.status(), 303);
    let scope = app.system_scope_of("adatum").await;

    let previous = data.join("previous.key");
    std::fs::rename(data.join("secret.key"), &previous).unwrap();
    std::fs::write(
        data.join("secret.key"),
        app::secrets::ServerKey::generate().to_base64(),
    )
    .unwrap();
    let refused = server_with_region(&url, &europe, &data, &["dead-letters", "list"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("keys reseal"));
    let previous = previous.display().to_string();
    let resealed = server_with_region(
        &url,
        &europe,
        &data,
        &["keys", "reseal", "--previous-key-file", &previous],
    );
    assert!(
        resealed.status.success(),
        "{}",
        String::from_utf8_lossy(&resealed.stderr)
    );
    // Both databases start with the new key, and the region's answer opens.
    let started = server_with_region(&url, &europe, &data, &["dead-letters", "list"]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    let region_db = crate::helpers::connect_keyed(&europe, &data).await;
    let stored = app::storage::submissions::list_submissions(&region_db, &scope, survey, None, 10)
        .await
        .unwrap();
    assert!(
        stored
            .iter()
            .flat_map(|s| &s.answers)
            .any(|a| a.value == app::domain::AnswerValue::Text(text.to_owned()))
    );
}
