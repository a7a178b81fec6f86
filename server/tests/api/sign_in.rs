use app::domain::UnixMillis;

use reqwest::Method;

use crate::helpers::{
    TestApp, add_tenant, browser, markup, send, session_cookie, spawn_app, spawn_postgres_app,
};

const PASSWORD: &str = tailspin_server::config::DEFAULT_DEMO_PASSWORD;

async fn sign_in(
    client: &reqwest::Client,
    app: &TestApp,
    email: &str,
    password: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/t/adatum/login",
        &[("email", email), ("password", password)],
    )
    .await
}

/// Signs out of adatum and checks that the dashboard asks to sign in again.
async fn sign_out_and_check(client: &reqwest::Client, app: &TestApp) {
    let out = app.post_as(client, "/t/adatum/logout").await;
    assert_eq!(out.status(), 303);
    let after = app.get_as(client, "/t/adatum").await;
    assert!(after.status().is_redirection(), "signed out");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_asks_anonymous_visitors_to_sign_in() {
    let app = spawn_app().await;
    let response = app.get_as(&browser(), "/t/adatum").await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(response.headers()["location"], "/t/adatum/login");
    let login = app.get("/t/adatum/login").await;
    assert_eq!(login.status(), 200);
    let html = crate::helpers::markup(&login.text().await.unwrap());
    assert!(html.contains("Sign in to Adatum Ltd."));
    assert!(html.contains(r#"<label for="email">Email</label>"#));
    assert!(html.contains(r#"<label for="password">Password</label>"#));
    assert_eq!(app.get("/t/nobody/login").await.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_signs_in_sees_the_dashboard_and_signs_out() {
    let app = spawn_app().await;
    let client = browser();
    let wrong = sign_in(&client, &app, "admin@adatum.example", "not the password").await;
    assert_eq!(wrong.status(), 401);
    assert!(
        session_cookie(&wrong).is_none(),
        "no session for a failed attempt"
    );
    let html = wrong.text().await.unwrap();
    assert!(html.contains("The email or password is not right."));
    assert!(
        html.contains(r#"value="admin@adatum.example""#),
        "the email is kept"
    );

    let signed_in = sign_in(&client, &app, "admin@adatum.example", PASSWORD).await;
    assert_eq!(signed_in.status(), 303);
    assert_eq!(signed_in.headers()["location"], "/t/adatum");
    let cookie = session_cookie(&signed_in).expect("a session cookie");
    let raw = signed_in
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        raw.contains("HttpOnly") && raw.contains("SameSite=Lax"),
        "{raw}"
    );

    let dashboard = app.get_as(&client, "/t/adatum").await;
    assert_eq!(dashboard.status(), 200);
    let html = dashboard.text().await.unwrap();
    assert!(
        markup(&html).contains("Signed in as <strong>Ada Administrator</strong> (Administrator)"),
        "{html}"
    );

    // Signing in again issues a new session id; the old one is gone.
    let again = sign_in(&client, &app, "creator@adatum.example", PASSWORD).await;
    let new_cookie = session_cookie(&again).expect("a new session cookie");
    assert_ne!(cookie, new_cookie, "session id changes at sign-in");
    let stale = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let old = send(
        app.request_as(&stale, Method::GET, "/t/adatum")
            .header("cookie", &cookie)
            .header("accept", "text/html"),
    )
    .await;
    assert!(
        old.status().is_redirection(),
        "the old session id no longer signs in"
    );
    let html = app.get_as(&client, "/t/adatum").await.text().await.unwrap();
    assert!(html.contains("(Survey Creator)"));

    sign_out_and_check(&client, &app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tenants_dashboard_is_not_found() {
    let app = spawn_app().await;
    add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let client = browser();
    assert_eq!(
        sign_in(&client, &app, "admin@adatum.example", PASSWORD)
            .await
            .status(),
        303
    );
    let response = app.get_as(&client, "/t/fabrikam").await;
    assert_eq!(response.status(), 404);
    assert!(response.text().await.unwrap().contains("Page not found"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failures_are_slowed_down_with_retry_after() {
    let app = spawn_app().await;
    let client = browser();
    for _ in 0..app::auth::MAX_FAILURES_PER_ACCOUNT {
        assert_eq!(
            sign_in(&client, &app, "admin@adatum.example", "wrong wrong wrong")
                .await
                .status(),
            401
        );
    }
    let limited = sign_in(&client, &app, "admin@adatum.example", PASSWORD).await;
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    assert!(
        limited
            .text()
            .await
            .unwrap()
            .contains("Too many failed attempts")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_and_sign_in_work_on_postgresql() {
    let Some(app) = spawn_postgres_app().await else {
        return;
    };
    let client = browser();
    assert_eq!(
        sign_in(&client, &app, "admin@adatum.example", PASSWORD)
            .await
            .status(),
        303
    );
    let html = app.get_as(&client, "/t/adatum").await.text().await.unwrap();
    assert!(markup(&html).contains("<strong>Ada Administrator</strong>"));
    sign_out_and_check(&client, &app).await;
}

async fn admin_sign_in(
    client: &reqwest::Client,
    app: &TestApp,
    email: &str,
    password: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/admin/login",
        &[("email", email), ("password", password)],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tailspin_administrators_and_tenant_users_stay_in_their_own_areas() {
    let app = spawn_app().await;
    let admin = browser();
    let page = app.get_as(&admin, "/admin").await;
    assert_eq!(
        page.headers()["location"],
        "/admin/login",
        "anonymous visitors sign in first"
    );

    assert_eq!(
        admin_sign_in(&admin, &app, "ops@tailspin.example", "wrong wrong wrong")
            .await
            .status(),
        401
    );
    let signed_in = admin_sign_in(&admin, &app, "ops@tailspin.example", PASSWORD).await;
    assert_eq!(signed_in.status(), 303);
    assert_eq!(signed_in.headers()["location"], "/admin");
    let html = app.get_as(&admin, "/admin").await.text().await.unwrap();
    assert!(markup(&html).contains("<strong>ops@tailspin.example</strong>"));
    // A Tailspin administrator is no user of a tenant.
    assert_eq!(app.get_as(&admin, "/t/adatum").await.status(), 404);

    // A tenant's administrator is no Tailspin administrator.
    let tenant_admin = browser();
    assert_eq!(
        sign_in(&tenant_admin, &app, "admin@adatum.example", PASSWORD)
            .await
            .status(),
        303
    );
    let page = app.get_as(&tenant_admin, "/admin").await;
    assert_eq!(page.headers()["location"], "/admin/login");
    assert_eq!(
        admin_sign_in(&tenant_admin, &app, "admin@adatum.example", PASSWORD)
            .await
            .status(),
        401
    );

    let out = app.post_as(&admin, "/admin/logout").await;
    assert_eq!(out.headers()["location"], "/admin/login");
    let page = app.get_as(&admin, "/admin").await;
    assert!(page.status().is_redirection());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_create_command_adds_a_tailspin_administrator() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["admin", "create", "--email", "New@Tailspin.example"])
        .env("DATABASE_URL", &url)
        .env("TAILSPIN_ADMIN_PASSWORD", "a brand new password")
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("new@tailspin.example"));

    let db = app::storage::Database::connect(&url).await.unwrap();
    let outcome = app::auth::sign_in_platform_admin(
        &db,
        "new@tailspin.example",
        "a brand new password",
        "127.0.0.1",
        UnixMillis::now(),
    )
    .await
    .unwrap();
    assert!(
        matches!(outcome, app::auth::SignInOutcome::SignedIn(_)),
        "{outcome:?}"
    );

    let short = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["admin", "create", "--email", "x@tailspin.example"])
        .env("DATABASE_URL", &url)
        .env("TAILSPIN_ADMIN_PASSWORD", "short")
        .output()
        .unwrap();
    assert!(!short.status.success(), "a too-short password is refused");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_ends_after_its_absolute_lifetime() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app =
        crate::helpers::spawn_app_with(url, dir, |settings| settings.session_absolute_minutes = 0)
            .await;
    let client = browser();
    assert_eq!(
        sign_in(&client, &app, "admin@adatum.example", PASSWORD)
            .await
            .status(),
        303
    );
    let page = app.get_as(&client, "/t/adatum").await;
    assert!(
        page.status().is_redirection(),
        "already past its lifetime: {}",
        page.status()
    );
}
