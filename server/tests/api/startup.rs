use app::storage::Pool;
use app::storage::tenants::count_tenants;
use tailspin_server::config::DemoData;
use tailspin_server::{Application, Settings};

fn settings(dir: &tempfile::TempDir, demo_data: bool) -> Settings {
    Settings {
        listen_addr: "127.0.0.1:0".parse().unwrap(),
        database_url: format!("sqlite://{}/nested/dir/tailspin.db", dir.path().display()),
        blob_dir: dir.path().join("blobs"),
        site_root: dir.path().join("site"),
        demo_data: if demo_data {
            DemoData::On
        } else {
            DemoData::Off
        },
        ..Settings::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_data_is_loaded_once_into_an_empty_database_only() {
    let dir = tempfile::tempdir().unwrap();
    let first = Application::build(settings(&dir, true)).await.unwrap();
    assert_eq!(count_tenants(first.database()).await.unwrap(), 1);
    assert!(
        dir.path().join("blobs").is_dir(),
        "the blob directory is created"
    );
    first.database().close().await;

    let again = Application::build(settings(&dir, true)).await.unwrap();
    assert_eq!(
        count_tenants(again.database()).await.unwrap(),
        1,
        "not loaded twice"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_data_can_be_switched_off() {
    let dir = tempfile::tempdir().unwrap();
    let app = Application::build(settings(&dir, false)).await.unwrap();
    assert_eq!(count_tenants(app.database()).await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_migration_stops_start_up_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let app = Application::build(settings(&dir, false)).await.unwrap();
    // Simulate a database whose applied migration differs from this build's.
    let Pool::Sqlite(pool) = app.database().pool() else {
        unreachable!()
    };
    sqlx::query("UPDATE _sqlx_migrations SET checksum = x'00'")
        .execute(pool)
        .await
        .unwrap();
    app.database().close().await;

    let error = Application::build(settings(&dir, false))
        .await
        .err()
        .expect("start-up fails");
    let message = format!("{error:#}");
    assert!(message.contains("database migration failed"), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unusable_database_url_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = settings(&dir, false);
    settings.database_url = "postgres://nobody@127.0.0.1:1/none".into();
    let error = Application::build(settings)
        .await
        .err()
        .expect("start-up fails");
    assert!(format!("{error:#}").contains("cannot open the database"));
}
