//! Tailspin administrators move a subscriber to a plan that signs in
//! differently, through `/admin/subscribers/{alias}/sign-in`: what must
//! change first, each refusal changing nothing, and the first sign-in the
//! new way (a social identity found by its verified email, a password
//! chosen through the emailed link).

use app::domain::{Email, Plan, UnixMillis};
use app::storage::plan_changes::tenant_plan_changes;
use app::storage::users::list_users;

use crate::federation::{Issuers, federated_app_with, issuers, location, sign_in};
use crate::helpers::{DEMO_PASSWORD, TestApp, browser, signed_in_as};
use crate::mail::token_of;
use crate::plan_changes::{outbox_link, page, plan_of, standard_tailwind};

/// The federated test server, sending its mail, with a Tailspin
/// administrator (ops@tailspin.example).
async fn app_with_operator(issuers: &Issuers) -> (TestApp, reqwest::Client) {
    let app = federated_app_with(issuers, |s| s.statistics_in_process = true).await;
    let hash = app::passwords::hash_password(DEMO_PASSWORD.into())
        .await
        .unwrap();
    app::storage::platform_admins::upsert_platform_admin(
        &app.db,
        &Email::parse("ops@tailspin.example").unwrap(),
        &hash,
        UnixMillis::now(),
    )
    .await
    .unwrap();
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    (app, ops)
}

fn said(body: &serde_json::Value) -> String {
    body.to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standard_subscriber_moves_to_one_social_identity_once_one_user_is_left() {
    let Some(issuers) = issuers() else { return };
    let (app, ops) = app_with_operator(&issuers).await;
    let password = "tailwind administrator passphrase";
    standard_tailwind(&app, "alice@tailwind.example", password).await;
    let scope = app.system_scope_of("tailwind").await;
    let alice_id = list_users(&app.db, &scope).await.unwrap()[0].id;
    let bob = app::storage::users::NewLocalUser {
        email: Email::parse("bob@tailwind.example").unwrap(),
        display_name: "Bob".into(),
        role: app::domain::Role::SurveyCreator,
        password_hash: "x".into(),
    };
    app::storage::users::create_local_user(&app.db, &scope, &bob, None, UnixMillis::now())
        .await
        .unwrap();
    let alice = signed_in_as(
        &app,
        "/t/tailwind/login",
        "alice@tailwind.example",
        password,
    )
    .await;

    let (status, html) = page(&app, &ops, "/admin/subscribers/tailwind/sign-in").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Change how Tailwind signs in"), "{html}");
    assert!(html.contains("Before moving to Individual:"), "{html}");
    assert!(html.contains("remove 1 of these first"), "{html}");
    assert!(
        html.contains("Test the provider and move to Premium"),
        "{html}"
    );
    let form = |plan: &'static str, provider: &'static str, email: &'static str| {
        vec![
            ("alias", "tailwind"),
            ("plan", plan),
            ("social_provider", provider),
            ("email", email),
        ]
    };
    // Each refused, and nothing changes.
    for (fields, why) in [
        (
            form("individual", "social", "alice@social.example"),
            "remove 1 of these first",
        ),
        (
            form("standard", "social", "alice@social.example"),
            "Choose a plan that signs in differently",
        ),
        (
            form("premium", "social", "alice@social.example"),
            "Use the Premium form",
        ),
    ] {
        let (status, body) = app
            .call_as(&ops, "move_subscriber_to_social_identity", &fields)
            .await;
        assert_eq!(status, 422, "{why}: {body}");
        assert!(said(&body).contains(why), "{why}: {body}");
    }
    let bob_id = list_users(&app.db, &scope)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.id != alice_id)
        .unwrap()
        .id;
    assert!(
        app::storage::users::delete_user(&app.db, &scope, bob_id)
            .await
            .unwrap()
    );
    for (fields, why) in [
        (
            form("individual", "nosuch", "alice@social.example"),
            "social provider",
        ),
        (
            form("individual", "social", "not an email"),
            "Enter the email",
        ),
    ] {
        let (status, body) = app
            .call_as(&ops, "move_subscriber_to_social_identity", &fields)
            .await;
        assert_eq!(status, 422, "{why}: {body}");
        assert!(said(&body).contains(why), "{why}: {body}");
    }
    assert_eq!(plan_of(&app, "tailwind").await, Plan::Standard);
    assert_eq!(page(&app, &alice, "/t/tailwind").await.0, 200);

    let (status, body) = app
        .call_as(
            &ops,
            "move_subscriber_to_social_identity",
            &form("individual", "social", "Alice@Social.example"),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["mailed"][0], "alice@social.example");
    assert_eq!(plan_of(&app, "tailwind").await, Plan::Individual);
    // Signed out; the password no longer opens the subscriber.
    assert_eq!(page(&app, &alice, "/t/tailwind").await.0, 302);
    let (_, login) = page(&app, &browser(), "/t/tailwind/login").await;
    assert!(login.contains("Sign in with Social ID"), "{login}");
    let link = outbox_link(&app, "/t/tailwind/login").await;
    assert!(link.ends_with("/t/tailwind/login"), "{link}");

    // Another social account is not the owner; the one with the verified
    // email is, and keeps the account.
    let stranger = sign_in(&browser(), &app, "tailwind", "sue").await;
    assert_eq!(stranger.status(), 403);
    let owner = browser();
    let back = sign_in(&owner, &app, "tailwind", "alice").await;
    assert_eq!(location(&back), "/t/tailwind");
    assert_eq!(page(&app, &owner, "/t/tailwind/settings/plan").await.0, 200);
    let users = list_users(&app.db, &scope).await.unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].id, alice_id);
    let history = tenant_plan_changes(&app.db, &scope).await.unwrap();
    assert_eq!(
        (
            history[0].from,
            history[0].to,
            history[0].by.as_str(),
            history[0].by_tailspin
        ),
        (
            Plan::Standard,
            Plan::Individual,
            "ops@tailspin.example",
            true
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_premium_subscriber_moves_to_passwords_and_its_users_choose_them() {
    use app::storage::users::{CreateUserOutcome, FederatedIdentity, NewFederatedUser};
    let Some(issuers) = issuers() else { return };
    let (app, ops) = app_with_operator(&issuers).await;
    // adatum signs in through its own provider; two users have signed in
    // there (with verified emails), one came before and has none.
    let bob = browser();
    assert_eq!(
        location(&sign_in(&bob, &app, "adatum", "bob").await),
        "/t/adatum"
    );
    assert_eq!(
        location(&sign_in(&browser(), &app, "adatum", "alice").await),
        "/t/adatum"
    );
    let scope = app.system_scope_of("adatum").await;
    let dave = NewFederatedUser {
        identity: FederatedIdentity {
            issuer: issuers.adatum.clone(),
            subject: "dave".into(),
            social_provider: None,
        },
        display_name: "Dave".into(),
        role: app::domain::Role::SurveyCreator,
    };
    assert!(matches!(
        app::storage::users::create_federated_user(&app.db, &scope, &dave, None, UnixMillis::now())
            .await
            .unwrap(),
        CreateUserOutcome::Created(_)
    ));
    let (status, html) = page(&app, &ops, "/admin/subscribers/adatum/sign-in").await;
    assert_eq!(status, 200, "{html}");
    assert!(
        html.contains("each is sent a link to choose a password"),
        "{html}"
    );
    assert!(html.contains("bob@adatum.example"), "{html}");
    assert!(html.contains("<li>Dave (dave)</li>"), "{html}");

    let form = |confirmed: bool| {
        let mut fields = vec![("alias", "adatum"), ("plan", "standard")];
        if confirmed {
            fields.push(("confirmed", "yes"));
        }
        fields
    };
    let (status, body) = app
        .call_as(&ops, "move_subscriber_to_passwords", &form(false))
        .await;
    assert_eq!(status, 422, "{body}");
    assert!(said(&body).contains("Tick the box"), "{body}");
    assert_eq!(plan_of(&app, "adatum").await, Plan::Premium);
    assert_eq!(list_users(&app.db, &scope).await.unwrap().len(), 3);

    let (status, body) = app
        .call_as(&ops, "move_subscriber_to_passwords", &form(true))
        .await;
    assert_eq!(status, 200, "{body}");
    let mailed = said(&body["mailed"]);
    assert!(mailed.contains("alice@adatum.example"), "{mailed}");
    assert!(mailed.contains("bob@adatum.example"), "{mailed}");
    assert_eq!(plan_of(&app, "adatum").await, Plan::Standard);
    assert!(
        app::storage::identity_providers::find_identity_provider(&app.db, &scope)
            .await
            .unwrap()
            .is_none()
    );
    let names: Vec<String> = list_users(&app.db, &scope)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.display_name)
        .collect();
    assert_eq!(names.len(), 2, "Dave had no email: {names:?}");
    assert_eq!(page(&app, &bob, "/t/adatum").await.0, 302, "signed out");

    // Bob's link sets his password, which then signs him in.
    let link = outbox_link(&app, "/password-reset/new?token=").await;
    let token = token_of(&link);
    let to = link.split("/t/").nth(1).unwrap().split('/').next().unwrap();
    assert_eq!(to, "adatum");
    let password = "bob's new and long passphrase";
    let set = app
        .post_form_as(
            &browser(),
            "/t/adatum/password-reset/new",
            &[
                ("token", token.as_str()),
                ("password", password),
                ("confirmation", password),
            ],
        )
        .await;
    assert!(set.status().is_success() || set.status() == 303);
    // The link went to one of the two; whoever it was signs in with it.
    let mut signed_in = false;
    for email in ["alice@adatum.example", "bob@adatum.example"] {
        let client = browser();
        let response = app
            .post_form_as(
                &client,
                "/t/adatum/login",
                &[("email", email), ("password", password)],
            )
            .await;
        if response.status() == 303 && page(&app, &client, "/t/adatum").await.0 == 200 {
            signed_in = true;
        }
    }
    assert!(signed_in, "the chosen password signs in");

    // A social Trial moves to passwords too: its owner gets the link.
    let (status, body) = app
        .call_as(
            &ops,
            "move_subscriber_to_passwords",
            &[
                ("alias", "contoso"),
                ("plan", "standard"),
                ("email", "sam@contoso.example"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["mailed"][0], "sam@contoso.example");
    assert_eq!(plan_of(&app, "contoso").await, Plan::Standard);
}
