//! Self-service password reset, through a real SMTP server: the link comes
//! by email, works once, within its hour, and ends the old sessions; asking
//! for it says the same whether or not the account exists.

use app::auth::{SystemTask, system_scope};
use app::domain::{Email, Role, TenantAlias, UnixMillis};
use app::passwords::hash_password;
use app::services::mail::{MAIL_LEASE_MS, MailTransport, Mailer, SmtpUrl, deliver_pending_mail};
use app::storage::outgoing_mail::{self, MailStatus};
use app::storage::users::{NewLocalUser, create_local_user};
use app::storage::{Database, tenants};

use crate::helpers::{
    TestApp, browser, markup, page_body, spawn_app_with, spawn_postgres_app_with,
};
use crate::mail::{link_in, received, test_smtp, token_of, wait_for_mail};

pub(crate) const OLD_PASSWORD: &str = "the old password of mine";
const NEW_PASSWORD: &str = "a brand new passphrase";

/// A server that sends its email to the test SMTP server.
pub(crate) async fn mailing_app(postgres: bool) -> Option<(TestApp, String)> {
    let (smtp, api) = test_smtp()?;
    let adjust = move |settings: &mut tailspin_server::config::Settings| {
        settings.smtp_url = Some(smtp);
        // The job runner sends the mail (it runs beside the statistics task).
        settings.statistics_in_process = true;
        settings.statistics_interval_ms = 200;
    };
    let app = if postgres {
        spawn_postgres_app_with(adjust).await?
    } else {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/tailspin.db", dir.path().display());
        spawn_app_with(url, dir, adjust).await
    };
    Some((app, api))
}

/// A new account of adatum with its own address (tests share the SMTP
/// server, so each reads only its own mail).
pub(crate) async fn new_account(db: &Database) -> String {
    let email = format!("reset-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let tenant = tenants::find_tenant_by_alias(db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(
        &tenant,
        app::auth::SystemGrant::for_tests(SystemTask::Onboarding),
    );
    let user = NewLocalUser {
        email: Email::parse(&email).unwrap(),
        display_name: "Reset Tester".into(),
        role: Role::SurveyCreator,
        password_hash: hash_password(OLD_PASSWORD.into()).await.unwrap(),
    };
    create_local_user(db, &scope, &user, None, UnixMillis::now())
        .await
        .unwrap();
    email
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> (u16, reqwest::Client) {
    let client = browser();
    let response = app
        .post_form_as(
            &client,
            "/t/adatum/login",
            &[("email", email), ("password", password)],
        )
        .await;
    (response.status().as_u16(), client)
}

async fn reset_journey(app: TestApp, api: String) {
    let email = new_account(&app.db).await;
    let (status, old_session) = sign_in(&app, &email, OLD_PASSWORD).await;
    assert_eq!(status, 303);

    // The sign-in page offers the reset.
    let login = markup(&app.get("/t/adatum/login").await.text().await.unwrap());
    assert!(
        login.contains(r#"<a href="/t/adatum/password-reset">Forgot your password?</a>"#),
        "{login}"
    );

    // Asking: the same answer for an account and for nobody.
    let asked = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset",
            &[("email", email.as_str())],
        )
        .await;
    assert_eq!(asked.status(), 200);
    let page = markup(&asked.text().await.unwrap());
    assert!(
        page.contains(&format!(
            "If <strong>{email}</strong> has an account here, we have sent it a link"
        )),
        "{page}"
    );
    let nobody = format!("nobody-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let asked = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset",
            &[("email", nobody.as_str())],
        )
        .await;
    assert_eq!(asked.status(), 200);
    assert!(
        markup(&asked.text().await.unwrap())
            .contains(&format!("If <strong>{nobody}</strong> has an account here"))
    );
    // A malformed address is refused, and nothing is sent.
    let refused = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset",
            &[("email", "not an email")],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Enter the email you sign in with")
    );

    // The message: one, multipart, with the link in both parts.
    let messages = wait_for_mail(&api, &email, 1).await;
    assert_eq!(messages.len(), 1, "{messages:?}");
    let message = &messages[0];
    assert_eq!(message["subject"], "Reset your Adatum Ltd. password");
    let text = message["text"].as_str().unwrap();
    assert!(text.contains("your Adatum Ltd. account"), "{text}");
    let link = link_in(text, "/password-reset/new?token=");
    assert!(
        link.starts_with(&app.url("/t/adatum/password-reset/new?token="))
            && link.ends_with("&lang=en"),
        "the page opens in the mail's language: {link}"
    );
    assert!(
        message["html"]
            .as_str()
            .unwrap()
            .contains(&format!("href=\"{}\"", link.replace('&', "&amp;")))
    );
    assert!(
        message["messageId"]
            .as_str()
            .unwrap()
            .ends_with("@localhost>")
    );
    assert!(
        received(&api, &nobody).await.is_empty(),
        "nothing for nobody"
    );
    let token = token_of(&link);
    assert!(token.len() >= 43, "256 bits: {token}");

    // Only the token's hash is kept, and the sent body is erased.
    let hashes: Vec<String> = sqlx_hashes(&app.db).await;
    assert!(!hashes.iter().any(|h| h.contains(&token)));
    let path = link.trim_start_matches(&app.url(""));
    let opened = app.get(path).await;
    assert_eq!(opened.status(), 200);
    let page = markup(&opened.text().await.unwrap());
    assert!(
        page.contains(&format!("For <strong>{email}</strong>")),
        "{page}"
    );

    // A weak password and a mistyped confirmation are refused; nothing changes.
    for (password, confirmation, why) in [
        ("short", "short", "at least 10 characters"),
        (NEW_PASSWORD, "a brand new passfrase", "not the same"),
    ] {
        let response = app
            .post_form_as(
                &browser(),
                "/t/adatum/password-reset/new",
                &[
                    ("token", token.as_str()),
                    ("password", password),
                    ("confirmation", confirmation),
                ],
            )
            .await;
        assert_eq!(response.status(), 422);
        let page = markup(&response.text().await.unwrap());
        assert!(page.contains(why), "{why}: {page}");
        assert!(
            page.contains(&format!("For <strong>{email}</strong>")),
            "the form is still there"
        );
    }
    assert_eq!(
        sign_in(&app, &email, OLD_PASSWORD).await.0,
        303,
        "unchanged so far"
    );

    // The new password is set, the old sessions end, and on to sign in.
    let done = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset/new",
            &[
                ("token", token.as_str()),
                ("password", NEW_PASSWORD),
                ("confirmation", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/t/adatum/login?reset=done");
    let after = app.get_as(&old_session, "/t/adatum").await;
    assert!(
        after.status().is_redirection(),
        "the old session ended: {}",
        after.status()
    );
    let notice = app
        .get("/t/adatum/login?reset=done")
        .await
        .text()
        .await
        .unwrap();
    assert!(notice.contains("Your password was changed. Sign in with the new one."));
    assert_eq!(sign_in(&app, &email, OLD_PASSWORD).await.0, 401);
    assert_eq!(sign_in(&app, &email, NEW_PASSWORD).await.0, 303);

    // The link works once.
    let again = app.get(path).await.text().await.unwrap();
    assert!(again.contains("This link was already used."), "{again}");
    let reused = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset/new",
            &[
                ("token", token.as_str()),
                ("password", OLD_PASSWORD),
                ("confirmation", OLD_PASSWORD),
            ],
        )
        .await;
    assert_eq!(reused.status(), 422);
    assert_eq!(
        sign_in(&app, &email, NEW_PASSWORD).await.0,
        303,
        "still the new one"
    );

    // Made-up and malformed tokens say so.
    let made_up = app
        .get("/t/adatum/password-reset/new?token=AAAA")
        .await
        .text()
        .await
        .unwrap();
    assert!(made_up.contains("This link is not valid."));
    assert_eq!(
        wait_for_mail(&api, &email, 1).await.len(),
        1,
        "one message in all"
    );
}

async fn sqlx_hashes(db: &Database) -> Vec<String> {
    use app::storage::Pool;
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar("SELECT token_hash FROM password_resets")
            .fetch_all(pool)
            .await
            .unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar("SELECT token_hash FROM password_resets")
            .fetch_all(pool)
            .await
            .unwrap(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_password_is_reset_by_an_emailed_link() {
    let Some((app, api)) = mailing_app(false).await else {
        return;
    };
    reset_journey(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_password_is_reset_by_an_emailed_link_on_postgresql() {
    let Some((app, api)) = mailing_app(true).await else {
        return;
    };
    reset_journey(app, api).await;
}

/// A queued message for `recipient`, as a password reset would queue it.
async fn queue_one(app: &TestApp, mailer: &Mailer, key: &str, recipient: &str) {
    let tenant = tenants::find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(
        &tenant,
        app::auth::SystemGrant::for_tests(SystemTask::MailDelivery),
    );
    let mail = mailer
        .prepare(
            &app.db,
            &scope,
            app::services::mail::MailKind::PasswordReset,
            key.to_owned(),
            app::services::mail::Recipient::new(recipient, app::i18n::Language::English),
            &[
                ("tenant_name", app::services::mail::Value::Text("Adatum")),
                ("email", app::services::mail::Value::Text(recipient)),
                (
                    "link",
                    app::services::mail::Value::Link("http://127.0.0.1/x"),
                ),
                ("valid_for", app::services::mail::Value::Text("one hour")),
            ],
        )
        .await
        .unwrap();
    assert!(
        outgoing_mail::queue_mail(&app.db, &scope, &mail)
            .await
            .unwrap()
    );
    assert!(
        !outgoing_mail::queue_mail(&app.db, &scope, &mail)
            .await
            .unwrap(),
        "the same event queues one message"
    );
}

async fn status_of(app: &TestApp, key: &str) -> outgoing_mail::MailRecord {
    let tenant = tenants::find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let scope = system_scope(
        &tenant,
        app::auth::SystemGrant::for_tests(SystemTask::MailDelivery),
    );
    outgoing_mail::find_mail(&app.db, &scope, key)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_the_server_cannot_take_now_is_retried_later_and_sent_once() {
    let Some((smtp, api)) = test_smtp() else {
        return;
    };
    // The runner stays off: this test runs each delivery itself.
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |_| {}).await;
    let recipient = format!("retry-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let key = format!("test:{recipient}");
    // Nothing listens on port 9 of loopback: the connection is refused.
    let unreachable = Mailer::new(
        MailTransport::smtp(SmtpUrl::parse("smtp://127.0.0.1:9").unwrap()),
        None,
        "http://127.0.0.1:3000",
        app.key.clone(),
    )
    .unwrap();
    let reachable = Mailer {
        transport: MailTransport::smtp(smtp),
        ..unreachable.clone()
    };
    queue_one(&app, &unreachable, &key, &recipient).await;

    let now = UnixMillis::now();
    assert_eq!(
        deliver_pending_mail(&app.db, &unreachable, now)
            .await
            .unwrap(),
        0
    );
    let failed = status_of(&app, &key).await;
    assert_eq!(failed.status, MailStatus::Queued);
    assert_eq!(failed.attempts, 1);
    assert!(!failed.last_error.is_empty());
    assert!(!failed.sealed_body.is_empty(), "kept for the next attempt");

    // Not again before its delay, even with the server back.
    assert_eq!(
        deliver_pending_mail(&app.db, &reachable, now)
            .await
            .unwrap(),
        0
    );
    let later = UnixMillis(now.0 + app::services::mail::retry_delay_ms(1) + 1);
    assert_eq!(
        deliver_pending_mail(&app.db, &reachable, later)
            .await
            .unwrap(),
        1
    );
    let sent = status_of(&app, &key).await;
    assert_eq!(sent.status, MailStatus::Sent);
    assert_eq!(sent.attempts, 2);
    assert!(sent.sealed_body.is_empty(), "the body is erased once sent");
    assert_eq!(
        deliver_pending_mail(&app.db, &reachable, later)
            .await
            .unwrap(),
        0
    );
    assert_eq!(wait_for_mail(&api, &recipient, 1).await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_claimed_by_a_runner_that_died_is_sent_when_its_lease_runs_out() {
    let Some((smtp, api)) = test_smtp() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |_| {}).await;
    let mailer = Mailer::new(
        MailTransport::smtp(smtp),
        None,
        "http://127.0.0.1:3000",
        app.key.clone(),
    )
    .unwrap();
    let recipient = format!("lease-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let key = format!("test:{recipient}");
    queue_one(&app, &mailer, &key, &recipient).await;
    // A runner claims it and dies before sending.
    let now = UnixMillis::now();
    let claimed = outgoing_mail::claim_mail(&app.db, now, MAIL_LEASE_MS, 10)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(
        deliver_pending_mail(&app.db, &mailer, now).await.unwrap(),
        0,
        "still leased"
    );
    let expired = UnixMillis(now.0 + MAIL_LEASE_MS + 1);
    assert_eq!(
        deliver_pending_mail(&app.db, &mailer, expired)
            .await
            .unwrap(),
        1
    );
    assert_eq!(status_of(&app, &key).await.status, MailStatus::Sent);
    assert_eq!(wait_for_mail(&api, &recipient, 1).await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_smtp_server_mail_goes_to_the_outbox_the_operator_reads() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |settings| {
        settings.statistics_in_process = true;
        settings.statistics_interval_ms = 200;
    })
    .await;
    let email = new_account(&app.db).await;
    let asked = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset",
            &[("email", email.as_str())],
        )
        .await;
    assert_eq!(asked.status(), 200);
    let mut written = Vec::new();
    for _ in 0..100 {
        written = app::services::mail::read_outbox(&outbox, 10).await.unwrap();
        if !written.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(written.len(), 1, "one message in the outbox");
    assert!(written[0].summary.contains(&format!("To: {email}")));
    let link = link_in(&written[0].summary, "/password-reset/new?token=");

    // The operator's page lists it with the link; subscribers cannot see it.
    let ops = crate::helpers::signed_in_as(
        &app,
        "/admin/login",
        "ops@tailspin.example",
        tailspin_server::config::DEFAULT_DEMO_PASSWORD,
    )
    .await;
    let page = markup(&app.get_as(&ops, "/admin/email").await.text().await.unwrap());
    assert!(page.contains("No SMTP server is configured"), "{page}");
    assert!(page.contains(&link.replace('&', "&amp;")), "{page}");
    assert!(page.contains(">sent<"), "{page}");
    let creator = crate::helpers::signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        tailspin_server::config::DEFAULT_DEMO_PASSWORD,
    )
    .await;
    let refused = app.get_as(&creator, "/admin/email").await;
    assert!(
        refused.status().is_redirection(),
        "sent to the administrators' sign-in"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenants_that_sign_in_elsewhere_have_no_password_to_reset() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |_| {}).await;
    tenants::create_tenant(
        &app.db,
        &tenants::NewTenant {
            alias: TenantAlias::parse("premium-co").unwrap(),
            name: "Premium Co".into(),
            plan: app::domain::Plan::Premium,
            status: app::domain::TenantStatus::Active,
            region: "europe".into(),
            contact_email: String::new(),
            default_language: None,
        },
        UnixMillis::now(),
    )
    .await
    .unwrap();
    let page = app.get("/t/premium-co/password-reset").await;
    assert_eq!(page.status(), 200);
    let page = markup(page_body(&page.text().await.unwrap()));
    assert!(
        page.contains("This organization signs in with its identity provider"),
        "{page}"
    );
    assert!(!page.contains("Send me a link"));
    let posted = app
        .post_form_as(
            &browser(),
            "/t/premium-co/password-reset",
            &[("email", "a@premium-co.example")],
        )
        .await;
    assert_eq!(posted.status(), 400);
    assert_eq!(app.get("/t/nobody-here/password-reset").await.status(), 404);
    let posted = app
        .post_form_as(
            &browser(),
            "/t/nobody-here/password-reset",
            &[("email", "a@b.example")],
        )
        .await;
    assert_eq!(posted.status(), 404);
}
