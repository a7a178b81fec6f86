//! Sign-up over HTTP: a plan first, then only that plan's form; plans the
//! installation cannot complete are neither offered nor accepted; common
//! passwords are refused wherever a password is set; and a subscriber that
//! awaits activation says so on its pages instead of "not found".

use app::domain::{Plan, TenantAlias, TenantStatus, UnixMillis};
use app::storage::tenants::{NewTenant, create_tenant, find_tenant_by_alias};

use crate::helpers::{
    DEMO_PASSWORD, TestApp, browser, page_body, problems, signed_in_as, spawn_app, spawn_app_with,
};

const TOO_COMMON: &str = "This password is too common. Choose one that is harder to guess.";

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = app.get_as(client, path).await;
    let status = response.status().as_u16();
    // The body: the head carries every message the page may need.
    (
        status,
        page_body(&response.text().await.unwrap()).to_owned(),
    )
}

/// A Standard sign-up form; `password` for its first Administrator.
fn standard_form<'a>(alias: &'a str, plan: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("form[name]", "Lamna Healthcare"),
        ("form[alias]", alias),
        ("form[plan]", plan),
        ("form[region]", "europe"),
        ("form[admin_name]", "Lara Owner"),
        ("form[admin_email]", "lara@lamna.example"),
        ("form[password]", password),
        ("form[social_provider]", "social"),
    ]
}

async fn exists(app: &TestApp, alias: &str) -> bool {
    find_tenant_by_alias(&app.db, &TenantAlias::parse(alias).unwrap())
        .await
        .unwrap()
        .is_some()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_social_provider_only_standard_and_premium_are_offered_or_accepted() {
    let app = spawn_app().await;
    let client = browser();

    let (status, plans) = page(&app, &client, "/signup").await;
    assert_eq!(status, 200);
    for offered in [
        "Choose Standard",
        "Choose Premium",
        "Active surveys",
        "Up to 5 users",
    ] {
        assert!(plans.contains(offered), "{offered}");
    }
    for hidden in [
        "Choose Trial",
        "Choose Individual",
        "signup-form",
        "form[password]",
    ] {
        assert!(!plans.contains(hidden), "{hidden} before a plan is chosen");
    }
    // A hidden plan's address shows the choice again, not a dead end.
    let (_, trial) = page(&app, &client, "/signup?plan=trial").await;
    assert!(!trial.contains("signup-form") && !trial.contains("Sign in with"));

    // The chosen plan's form, and only its fields.
    let (_, standard) = page(&app, &client, "/signup?plan=standard").await;
    assert!(standard.contains("signup-form"));
    assert!(standard.contains("name=\"form[password]\""));
    assert!(standard.contains(app::domain::PASSWORD_HINT));
    for other in ["form[issuer]", "form[social_provider]"] {
        assert!(!standard.contains(other), "{other} on the Standard form");
    }
    let (_, premium) = page(&app, &client, "/signup?plan=premium").await;
    assert!(premium.contains("form[issuer]") && !premium.contains("form[password]"));

    // The server refuses a plan it did not offer, and creates nothing.
    let (status, error) = app
        .call_as(
            &client,
            "sign_up",
            &standard_form("lamna", "trial", "a long first password"),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(
        problems(&error),
        [(
            "plan".to_owned(),
            "Choose one of the listed plans.".to_owned()
        )]
    );
    assert!(!exists(&app, "lamna").await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_social_provider_every_plan_is_offered() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |settings| {
        settings.social_providers = vec![app::auth::SocialProvider {
            id: "social".into(),
            name: "Social ID".into(),
            issuer: "http://127.0.0.1:9".into(),
            client_id: "tailspin".into(),
            client_secret: "a secret".into(),
        }];
    })
    .await;
    let client = browser();
    let (_, plans) = page(&app, &client, "/signup").await;
    for plan in ["Trial", "Individual", "Standard", "Premium"] {
        assert!(plans.contains(&format!("Choose {plan}")), "{plan}");
    }
    let (_, trial) = page(&app, &client, "/signup?plan=trial").await;
    assert!(trial.contains("Sign in with") && trial.contains("Social ID"));
    assert!(!trial.contains("form[password]"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn common_passwords_are_refused_at_sign_up_on_the_users_page_and_on_the_command_line() {
    let app = spawn_app().await;
    let client = browser();
    let (status, error) = app
        .call_as(
            &client,
            "sign_up",
            &standard_form("lamna", "standard", "Password123"),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(
        problems(&error),
        [("password".to_owned(), TOO_COMMON.to_owned())]
    );
    assert!(!exists(&app, "lamna").await);

    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, error) = app
        .call_as(
            &admin,
            "add_user",
            &[
                ("tenant", "adatum"),
                ("name", "New Person"),
                ("email", "new@adatum.example"),
                ("role", "survey_creator"),
                ("password", "QWERTYUIOP"),
            ],
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(
        problems(&error),
        [("password".to_owned(), TOO_COMMON.to_owned())]
    );

    let (_, users) = app
        .call_as(&admin, "load_users", &[("tenant", "adatum")])
        .await;
    let creator = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["sign_in_name"] == "creator@adatum.example")
        .unwrap_or_else(|| panic!("{users}"))["id"]
        .to_string();
    let (status, error) = app
        .call_as(
            &admin,
            "reset_user_password",
            &[
                ("tenant", "adatum"),
                ("user", creator.as_str()),
                ("password", "1234567890"),
            ],
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(
        problems(&error),
        [("password".to_owned(), TOO_COMMON.to_owned())]
    );
    // The old password still works.
    signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;

    let dir = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["admin", "create", "--email", "x@tailspin.example"])
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/t.db", dir.path().display()),
        )
        .env("TAILSPIN_ADMIN_PASSWORD", "basketball")
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("too common"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_awaiting_activation_says_so_in_any_browser() {
    let app = spawn_app().await;
    let signer = browser();
    let response = app
        .post_form_as(
            &signer,
            "/api/sign_up",
            &standard_form("lamna", "standard", "a long first password"),
        )
        .await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(response.headers()["location"], "/signup/welcome/lamna");
    let (status, welcome) = page(&app, &signer, "/signup/welcome/lamna").await;
    assert_eq!(status, 200);
    assert!(welcome.contains("Welcome, Lamna Healthcare"));
    assert!(welcome.contains("waiting for activation"));

    // Another browser: the welcome page, the sign-in page and the private
    // pages the welcome page links to all say it awaits activation, and
    // nothing of what was signed up.
    let stranger = browser();
    for path in ["/signup/welcome/lamna", "/t/lamna/login"] {
        let (status, body) = page(&app, &stranger, path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            body.contains("This subscription is awaiting activation"),
            "{path}"
        );
        for private in [
            "Lamna Healthcare",
            "lara@lamna.example",
            "Lara Owner",
            "Standard",
        ] {
            assert!(!body.contains(private), "{path} shows {private}");
        }
        assert!(!body.contains("/branding/lamna/style.css"), "{path}");
    }
    for path in ["/t/lamna", "/t/lamna/branding", "/t/lamna/export"] {
        let response = app.get_as(&stranger, path).await;
        assert!(response.status().is_redirection(), "{path}");
        assert_eq!(response.headers()["location"], "/t/lamna/login", "{path}");
    }
    // Someone signed in elsewhere learns nothing more.
    let adatum = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(app.get_as(&adatum, "/t/lamna/branding").await.status(), 404);

    // A suspended or unknown subscriber is still not found.
    create_tenant(
        &app.db,
        &NewTenant {
            alias: TenantAlias::parse("fabrikam").unwrap(),
            name: "Fabrikam".into(),
            plan: Plan::Standard,
            status: TenantStatus::Suspended,
            region: "europe".into(),
            contact_email: String::new(),
            default_language: None,
        },
        UnixMillis::now(),
    )
    .await
    .unwrap();
    for path in [
        "/t/fabrikam/login",
        "/signup/welcome/fabrikam",
        "/t/nobody/login",
        "/signup/welcome/nobody",
    ] {
        let (status, body) = page(&app, &stranger, path).await;
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("awaiting activation"), "{path}");
    }
    let response = app.get_as(&stranger, "/t/fabrikam/branding").await;
    assert_eq!(response.status(), 404);
}
