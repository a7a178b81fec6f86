//! Deleting a subscriber over HTTP, on SQLite and on PostgreSQL: refused
//! without the alias typed again; then at once nothing of it is served and
//! its signed-in users are out; then the in-process purge removes its data
//! and its sessions, and leaves everyone else's.

use app::storage::lifecycle::remaining_rows;
use app::storage::{Database, Pool};
use reqwest::Method;

use crate::helpers::{
    DEMO_PASSWORD, TestApp, fresh_postgres_url, send, signed_in_as, spawn_app_with,
};

async fn session_count(db: &Database) -> i64 {
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions")
            .fetch_one(pool)
            .await
            .unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions.session")
            .fetch_one(pool)
            .await
            .unwrap(),
    }
}

async fn lifecycle_app(database_url: Option<String>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url =
        database_url.unwrap_or_else(|| format!("sqlite://{}/tailspin.db", dir.path().display()));
    spawn_app_with(url, dir, |settings| {
        settings.statistics_in_process = true;
        settings.statistics_interval_ms = 200;
    })
    .await
}

async fn deletes_in_two_phases(app: TestApp) {
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let adatum = app::storage::tenants::find_tenant_by_alias(
        &app.db,
        &app::domain::TenantAlias::parse("adatum").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let sessions_before = session_count(&app.db).await;
    assert!(sessions_before >= 2);

    let (status, _) = app
        .call_as(
            &ops,
            "delete_subscriber",
            &[("alias", "adatum"), ("confirmation", "Adatum")],
        )
        .await;
    assert_eq!(status, 422, "the alias must be typed exactly");
    assert_eq!(app.get("/s/adatum").await.status(), 200, "nothing changed");

    let (status, _) = app
        .call_as(
            &ops,
            "delete_subscriber",
            &[("alias", "adatum"), ("confirmation", "adatum")],
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        app.get("/s/adatum").await.status(),
        404,
        "gone from the public site at once"
    );
    assert_eq!(
        app.get("/s/adatum/customer-satisfaction").await.status(),
        404
    );
    let signed_in = send(
        app.request_as(&creator, Method::GET, "/t/adatum")
            .header("accept", "text/html"),
    )
    .await;
    assert_eq!(signed_in.status(), 404, "its users are out at once");
    let (status, _) = app
        .call_as(
            &ops,
            "delete_subscriber",
            &[("alias", "adatum"), ("confirmation", "adatum")],
        )
        .await;
    // Refused either way: still being deleted (400), or already purged (404).
    assert!(matches!(status, 400 | 404), "deleting twice: {status}");

    let started = std::time::Instant::now();
    loop {
        let (status, progress) = app
            .call_as(&ops, "load_purge_progress", &[("alias", "adatum")])
            .await;
        assert_eq!(status, 200);
        if progress["finished"] == true {
            assert_eq!(progress["state"], "Purged");
            break;
        }
        assert!(
            started.elapsed().as_secs() < 30,
            "the purge finishes: {progress}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(remaining_rows(&app.db, adatum.id).await.unwrap(), 0);
    // The creator's session went with the tenant; the operator's stayed.
    assert_eq!(session_count(&app.db).await, sessions_before - 1);
    let (status, _) = app
        .call_as(
            &ops,
            "load_subscribers",
            &[("search", ""), ("plan", ""), ("status", ""), ("page", "1")],
        )
        .await;
    assert_eq!(status, 200, "the operator is still signed in");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_is_deleted_in_two_phases_on_sqlite() {
    deletes_in_two_phases(lifecycle_app(None).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_is_deleted_in_two_phases_on_postgresql() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    deletes_in_two_phases(lifecycle_app(Some(url)).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tailspin_administrator_edits_a_premium_tenants_provider_keeping_its_secret() {
    use app::domain::{
        Plan, ProviderSettings, ProviderSettingsInput, TenantAlias, TenantStatus, UnixMillis,
    };
    use app::services::signup::{NewTenantSetup, SignInSetup, create_tenant};

    let app = lifecycle_app(None).await;
    let settings = ProviderSettings::parse(&ProviderSettingsInput {
        issuer: "https://login.fabrikam.example".into(),
        client_id: "tailspin".into(),
        identifying_claim: String::new(),
        administrator: "fiona@fabrikam.example".into(),
        claim_rules: String::new(),
    })
    .unwrap();
    let fabrikam = create_tenant(
        &app.db,
        &app.key,
        None,
        NewTenantSetup {
            alias: TenantAlias::parse("fabrikam").unwrap(),
            name: "Fabrikam".into(),
            plan: Plan::Premium,
            status: TenantStatus::Active,
            region: "europe".into(),
            sign_in: SignInSetup::OwnProvider {
                settings,
                client_secret: "the original secret".into(),
            },
            export_database: false,
            contact_email: None,
        },
        UnixMillis::now(),
    )
    .await
    .unwrap();
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let form = |issuer: &'static str, secret: &'static str| {
        vec![
            ("alias", "fabrikam"),
            ("settings[issuer]", issuer),
            ("settings[client_id]", "tailspin-2"),
            ("settings[identifying_claim]", "email"),
            ("settings[administrator]", "frank@fabrikam.example"),
            ("settings[claim_rules]", "groups = Staff => Survey Creator"),
            ("settings[client_secret]", secret),
        ]
    };
    let (status, body) = app
        .call_as(&ops, "save_subscriber_sign_in", &form("ftp://nowhere", ""))
        .await;
    assert_eq!(status, 422, "{body}");
    // A new issuer or client id: the stored secret is not sent to it, so it
    // must be entered again.
    let (status, body) = app
        .call_as(
            &ops,
            "save_subscriber_sign_in",
            &form("https://id.fabrikam.example", ""),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("client secret again"), "{body}");
    let scope = app::auth::system_scope(
        &fabrikam,
        app::auth::SystemGrant::for_tests(app::auth::SystemTask::PlatformAdministration),
    );
    let unchanged = app::storage::identity_providers::find_identity_provider(&app.db, &scope)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.settings.issuer, "https://login.fabrikam.example");
    let (status, body) = app
        .call_as(
            &ops,
            "save_subscriber_sign_in",
            &form("https://id.fabrikam.example", "the new secret"),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    // Same issuer and client id: an empty field keeps the stored secret.
    let (status, body) = app
        .call_as(
            &ops,
            "save_subscriber_sign_in",
            &form("https://id.fabrikam.example", ""),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let stored = app::storage::identity_providers::find_identity_provider(&app.db, &scope)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.settings.issuer, "https://id.fabrikam.example");
    assert_eq!(stored.settings.client_id, "tailspin-2");
    assert_eq!(
        app.key
            .open(fabrikam.id, &stored.client_secret_sealed)
            .unwrap(),
        "the new secret"
    );

    let (status, _) = app
        .call_as(
            &ops,
            "save_subscriber_sign_in",
            &[
                ("alias", "adatum"),
                ("settings[issuer]", "https://x.example"),
                ("settings[client_id]", "x"),
                ("settings[identifying_claim]", ""),
                ("settings[administrator]", "x"),
                ("settings[claim_rules]", ""),
                ("settings[client_secret]", ""),
            ],
        )
        .await;
    assert_eq!(status, 400, "a Standard subscriber has no provider");
}
