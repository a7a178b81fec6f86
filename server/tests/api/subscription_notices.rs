//! Notices about a subscription, read from the real test SMTP server: the
//! sign-up of a paid plan is confirmed at once, its first activation is
//! announced once (however often it is suspended and activated again), and
//! a sign-up without anywhere to write to is refused by field.

use std::time::Duration;

use app::domain::TenantAlias;
use app::storage::tenants::find_tenant_by_alias;

use crate::helpers::{DEMO_PASSWORD, TestApp, browser, problems, signed_in_as};
use crate::mail::{link_in, received, wait_for_mail};
use crate::password_reset::mailing_app;

async fn contact_of(app: &TestApp, alias: &str) -> Option<String> {
    find_tenant_by_alias(&app.db, &TenantAlias::parse(alias).unwrap())
        .await
        .unwrap()
        .map(|tenant| tenant.contact_email)
}

async fn sign_up_and_activate(app: TestApp, api: String) {
    let owner = format!("owner-{}@lamna.example", uuid::Uuid::new_v4().simple());
    let signer = browser();
    let response = app
        .post_form_as(
            &signer,
            "/api/sign_up",
            &[
                ("form[name]", "Lamna <b>Healthcare</b>"),
                ("form[alias]", "lamna"),
                ("form[plan]", "standard"),
                ("form[region]", "europe"),
                ("form[admin_name]", "Lara Owner"),
                ("form[admin_email]", owner.as_str()),
                ("form[password]", "a long first password"),
            ],
        )
        .await;
    assert!(response.status().is_redirection(), "{}", response.status());
    let welcome = app
        .get_as(&signer, "/signup/welcome/lamna")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        welcome.contains(&format!("we will write to {owner} when it is ready")),
        "the welcome page says where the notice goes"
    );

    // Standard: the first Administrator's email is the contact.
    assert_eq!(
        contact_of(&app, "lamna").await.as_deref(),
        Some(owner.as_str())
    );
    let mail = wait_for_mail(&api, &owner, 1).await;
    assert_eq!(mail.len(), 1, "one confirmation");
    assert_eq!(
        mail[0]["subject"],
        "We have your sign-up for Lamna <b>Healthcare</b>"
    );
    let text = mail[0]["text"].as_str().unwrap();
    assert!(text.contains("the Standard plan"), "{text}");
    assert!(link_in(text, "/t/lamna").ends_with("/t/lamna"), "{text}");
    let html = mail[0]["html"].as_str().unwrap();
    assert!(
        html.contains("Lamna &lt;b&gt;Healthcare&lt;/b&gt;") && !html.contains("<b>Healthcare"),
        "the name stays text: {html}"
    );

    // The first activation is announced, once.
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let activate = [("alias", "lamna"), ("status", "active")];
    let (status, body) = app.call_as(&ops, "set_subscriber_status", &activate).await;
    assert_eq!(status, 200, "{body}");
    let mail = wait_for_mail(&api, &owner, 2).await;
    assert_eq!(mail.len(), 2, "the confirmation and the announcement");
    let ready = mail
        .iter()
        .find(|m| m["subject"] == "Lamna <b>Healthcare</b> is ready on Tailspin Surveys")
        .expect("the announcement");
    let text = ready["text"].as_str().unwrap();
    assert!(link_in(text, "/t/lamna").ends_with("/t/lamna"), "{text}");
    assert!(text.contains("/s/lamna"), "the public address: {text}");

    // Suspended and activated again: not news.
    let suspend = [
        ("alias", "lamna"),
        ("status", "suspended"),
        ("confirmed", "on"),
    ];
    assert_eq!(
        app.call_as(&ops, "set_subscriber_status", &suspend).await.0,
        200
    );
    assert_eq!(
        app.call_as(&ops, "set_subscriber_status", &activate)
            .await
            .0,
        200
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(received(&api, &owner).await.len(), 2, "nothing more");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_up_is_confirmed_and_its_first_activation_announced_once() {
    let Some((app, api)) = mailing_app(false).await else {
        return;
    };
    sign_up_and_activate(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_up_is_confirmed_and_its_first_activation_announced_once_on_postgres() {
    let Some((app, api)) = mailing_app(true).await else {
        return;
    };
    sign_up_and_activate(app, api).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_premium_sign_up_needs_an_address_for_notices_and_creates_nothing_without() {
    let Some((app, api)) = mailing_app(false).await else {
        return;
    };
    let premium = |contact: &str| {
        [
            ("form[name]", "Contoso"),
            ("form[alias]", "contoso"),
            ("form[plan]", "premium"),
            ("form[region]", "europe"),
            ("form[issuer]", "http://127.0.0.1:9/issuer"),
            ("form[client_id]", "tailspin"),
            ("form[client_secret]", "a long client secret"),
            ("form[administrator]", "ada@contoso.example"),
            ("form[contact_email]", contact),
        ]
        .map(|(name, value)| (name, value.to_owned()))
    };
    for (typed, message) in [
        (
            "",
            "Enter the email where we send notices about this subscription.",
        ),
        ("not an email", "Enter a valid email"),
    ] {
        let (status, error) = app.call_as(&browser(), "sign_up", &premium(typed)).await;
        assert_eq!(status, 422, "{error}");
        let found = problems(&error);
        assert!(
            found
                .iter()
                .any(|(field, text)| field == "contact_email" && text.starts_with(message)),
            "{found:?}"
        );
        assert_eq!(contact_of(&app, "contoso").await, None, "nothing created");
    }

    let contact = format!("it-{}@contoso.example", uuid::Uuid::new_v4().simple());
    let form = premium(&contact);
    let response = app.post_form_as(&browser(), "/api/sign_up", &form).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(contact_of(&app, "contoso").await, Some(contact.clone()));
    let mail = wait_for_mail(&api, &contact, 1).await;
    assert_eq!(mail[0]["subject"], "We have your sign-up for Contoso");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tailspin_administrator_changes_the_contact_and_activating_by_settings_announces() {
    let Some((app, api)) = mailing_app(false).await else {
        return;
    };
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let first = format!("first-{}@adatum.example", uuid::Uuid::new_v4().simple());
    let settings = |contact: &str, status: &str| {
        vec![
            ("alias", "adatum".to_owned()),
            ("changes[name]", "Adatum Ltd.".to_owned()),
            ("changes[plan]", "standard".to_owned()),
            ("changes[status]", status.to_owned()),
            ("changes[region]", "europe".to_owned()),
            ("changes[contact_email]", contact.to_owned()),
        ]
    };
    let (status, error) = app
        .call_as(
            &ops,
            "save_subscriber",
            &settings("nobody at all", "active"),
        )
        .await;
    assert_eq!(status, 422, "{error}");
    assert_eq!(problems(&error)[0].0, "contact_email");
    assert_eq!(
        contact_of(&app, "adatum").await.as_deref(),
        Some("admin@adatum.example"),
        "unchanged"
    );

    // Pending, then activated by the settings form: announced to the new
    // contact, and only once.
    for status in [
        "pending_activation",
        "active",
        "pending_activation",
        "active",
    ] {
        let (code, body) = app
            .call_as(&ops, "save_subscriber", &settings(&first, status))
            .await;
        assert_eq!(code, 200, "{status}: {body}");
    }
    assert_eq!(contact_of(&app, "adatum").await, Some(first.clone()));
    let mail = wait_for_mail(&api, &first, 1).await;
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert_eq!(
        mail[0]["subject"],
        "Adatum Ltd. is ready on Tailspin Surveys"
    );

    // Empty: no notices (accepted).
    let (code, _) = app
        .call_as(&ops, "save_subscriber", &settings("", "active"))
        .await;
    assert_eq!(code, 200);
    assert_eq!(contact_of(&app, "adatum").await.as_deref(), Some(""));
}
