//! OpenID Connect sign-in against real providers: the test command starts
//! `end2end/oidc/test-provider.mjs` (npm oidc-provider) as three issuers and
//! passes their URLs in TEST_OIDC_{ADATUM,FABRIKAM,SOCIAL}_URL. Without them
//! these tests are skipped, unless TAILSPIN_REQUIRE_OIDC=1 makes that fail.

use app::domain::{
    Plan, ProviderSettings, ProviderSettingsInput, TenantAlias, TenantStatus, UnixMillis,
};
use app::services::signup::{NewTenantSetup, SignInSetup, create_tenant};
use app::storage::users::list_users;

use crate::helpers::{TestApp, browser, send, spawn_app_with};

pub(crate) struct Issuers {
    pub(crate) adatum: String,
    fabrikam: String,
    social: String,
}

pub(crate) fn issuers() -> Option<Issuers> {
    let url = |name: &str| std::env::var(format!("TEST_OIDC_{name}_URL")).ok();
    match (url("ADATUM"), url("FABRIKAM"), url("SOCIAL")) {
        (Some(adatum), Some(fabrikam), Some(social)) => Some(Issuers {
            adatum,
            fabrikam,
            social,
        }),
        _ => {
            assert!(
                std::env::var("TAILSPIN_REQUIRE_OIDC").as_deref() != Ok("1"),
                "TAILSPIN_REQUIRE_OIDC=1 but TEST_OIDC_*_URL are not set"
            );
            eprintln!("skipped: no test identity providers (TEST_OIDC_*_URL)");
            None
        }
    }
}

pub(crate) const RULES: &str =
    "groups = Domain Users => Survey Creator\ngroups = Domain Admins => Administrator";

/// A Premium tenant on `issuer` (the fixture's secrets are per issuer name).
async fn premium(
    app: &TestApp,
    alias: &str,
    (issuer, issuer_name): (&str, &str),
    client_id: &str,
    admin: &str,
) {
    let name = alias.to_uppercase();
    let settings = ProviderSettings::parse(&ProviderSettingsInput {
        issuer: issuer.to_owned(),
        client_id: client_id.to_owned(),
        identifying_claim: String::new(),
        administrator: admin.to_owned(),
        claim_rules: RULES.to_owned(),
    })
    .unwrap();
    let secret = format!("tailspin-secret-{issuer_name}");
    tenant(
        app,
        alias,
        &name,
        Plan::Premium,
        SignInSetup::OwnProvider {
            settings,
            client_secret: secret,
        },
    )
    .await;
}

async fn tenant(app: &TestApp, alias: &str, name: &str, plan: Plan, sign_in: SignInSetup) {
    create_tenant(
        &app.db,
        &app.key,
        None,
        NewTenantSetup {
            alias: TenantAlias::parse(alias).unwrap(),
            name: name.to_owned(),
            plan,
            status: TenantStatus::Active,
            region: "europe".to_owned(),
            sign_in,
            export_database: false,
            contact_email: None,
        },
        UnixMillis::now(),
    )
    .await
    .unwrap();
}

/// A server with Premium tenants adatum and fabrikam on their own providers,
/// two Premium tenants whose provider misbehaves (northwind: expired
/// tokens, woodgrove: tokens for another audience) and a Trial tenant
/// contoso owned by the social identity `sam`.
pub(crate) async fn federated_app(issuers: &Issuers) -> TestApp {
    federated_app_with(issuers, |_| {}).await
}

/// `federated_app`, with `adjust` applied to its settings.
pub(crate) async fn federated_app_with(
    issuers: &Issuers,
    adjust: impl FnOnce(&mut tailspin_server::config::Settings),
) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let social = serde_json::from_value(serde_json::json!([{
        "id": "social", "name": "Social ID", "issuer": issuers.social,
        "client_id": "tailspin", "client_secret": "tailspin-secret-social"
    }]))
    .unwrap();
    let app = spawn_app_with(url, dir, |s| {
        s.demo_data = tailspin_server::config::DemoData::Off;
        s.social_providers = social;
        adjust(s);
    })
    .await;
    let adatum = (issuers.adatum.as_str(), "adatum");
    let fabrikam = (issuers.fabrikam.as_str(), "fabrikam");
    premium(&app, "adatum", adatum, "tailspin", "ada@adatum.example").await;
    premium(
        &app,
        "fabrikam",
        fabrikam,
        "tailspin",
        "fiona@fabrikam.example",
    )
    .await;
    premium(&app, "northwind", adatum, "tailspin-expiring", "x").await;
    premium(&app, "woodgrove", adatum, "tailspin-wrong-audience", "x").await;
    tenant(
        &app,
        "contoso",
        "Contoso",
        Plan::Trial,
        SignInSetup::SocialOwner {
            provider_id: "social".into(),
            issuer: issuers.social.clone(),
            subject: "sam".into(),
            display_name: "Sam".into(),
        },
    )
    .await;
    app
}

pub(crate) fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .unwrap_or_else(|| panic!("no location on {}", response.status()))
        .to_str()
        .unwrap()
        .to_owned()
}

/// Logs in at the provider's own login page the way a browser would and
/// returns where the provider sends the browser back to (the callback).
async fn provider_login(authorize_url: &str, login: &str) -> String {
    let provider = browser();
    let issuer = {
        let url = reqwest::Url::parse(authorize_url).unwrap();
        format!("{}://{}", url.scheme(), url.authority())
    };
    let absolute = |l: String| {
        if l.starts_with('/') {
            format!("{issuer}{l}")
        } else {
            l
        }
    };
    let to_login = send(provider.get(authorize_url)).await;
    assert_eq!(
        to_login.status(),
        303,
        "authorize: {}",
        to_login.text().await.unwrap()
    );
    let interaction = absolute(location(&to_login));
    let page = send(provider.get(&interaction)).await;
    assert!(page.text().await.unwrap().contains("name=\"login\""));
    let submitted = send(
        provider
            .post(&interaction)
            .form(&[("login", login), ("password", "any")]),
    )
    .await;
    assert_eq!(submitted.status(), 303);
    let resumed = send(provider.get(absolute(location(&submitted)))).await;
    assert_eq!(resumed.status(), 303);
    absolute(location(&resumed))
}

/// Starts signing in to `tenant`; returns the provider URL it sends to.
async fn start(client: &reqwest::Client, app: &TestApp, tenant: &str) -> String {
    let started = app.get_as(client, &format!("/t/{tenant}/oidc/start")).await;
    assert_eq!(started.status(), 303, "{}", started.text().await.unwrap());
    location(&started)
}

pub(crate) async fn sign_in(
    client: &reqwest::Client,
    app: &TestApp,
    tenant: &str,
    login: &str,
) -> reqwest::Response {
    let authorize = start(client, app, tenant).await;
    let callback = provider_login(&authorize, login).await;
    send(client.get(callback)).await
}

async fn dashboard(client: &reqwest::Client, app: &TestApp, tenant: &str) -> (u16, String) {
    let response = app.get_as(client, &format!("/t/{tenant}")).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn refused_with(response: reqwest::Response, status: u16, reason: &str) {
    assert_eq!(response.status().as_u16(), status);
    let html = response.text().await.unwrap();
    assert!(html.contains(reason), "expected {reason:?} in {html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_of_a_premium_tenant_get_the_role_their_claims_map_to() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    for (login, role) in [
        ("alice", "Survey Creator"),
        ("bob", "Administrator"),
        ("ada", "Administrator"),
    ] {
        let client = browser();
        let back = sign_in(&client, &app, "adatum", login).await;
        assert_eq!(
            back.status(),
            303,
            "{login}: {}",
            back.text().await.unwrap()
        );
        assert_eq!(location(&back), "/t/adatum");
        let (status, html) = dashboard(&client, &app, "adatum").await;
        assert_eq!(status, 200, "{login}");
        assert!(html.contains(role), "{login} should be {role}");
        let out = app.post_as(&client, "/t/adatum/logout").await;
        assert_eq!(out.status(), 303);
        let (status, _) = dashboard(&client, &app, "adatum").await;
        assert_eq!(status, 302, "signed out: sent to sign in");
    }
    // Users are keyed by issuer + sub: signing in again adds nobody.
    let client = browser();
    assert_eq!(
        sign_in(&client, &app, "adatum", "alice").await.status(),
        303
    );
    let scope = app::auth::public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let users = list_users(&app.db, &scope).await.unwrap();
    assert_eq!(users.len(), 3);
    let alice = users.iter().find(|u| u.display_name == "Alice").unwrap();
    let identity = alice.federated.as_ref().unwrap();
    assert_eq!(
        (identity.issuer.as_str(), identity.subject.as_str()),
        (issuers.adatum.as_str(), "alice")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_without_a_mapped_role_is_refused_with_a_clear_page() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let client = browser();
    let back = sign_in(&client, &app, "adatum", "carol").await;
    refused_with(back, 403, "has not given that account a role").await;
    assert_eq!(dashboard(&client, &app, "adatum").await.0, 302);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fabrikam_user_cannot_reach_adatum() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let client = browser();
    assert_eq!(
        sign_in(&client, &app, "fabrikam", "frank").await.status(),
        303
    );
    assert_eq!(dashboard(&client, &app, "fabrikam").await.0, 200);
    assert_eq!(dashboard(&client, &app, "adatum").await.0, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_with_another_state_is_refused_and_a_response_is_used_once() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let client = browser();
    let authorize = start(&client, &app, "adatum").await;
    let callback = provider_login(&authorize, "alice").await;
    let mut tampered = reqwest::Url::parse(&callback).unwrap();
    let pairs: Vec<(String, String)> = tampered
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "state" {
                "forged".to_owned()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    tampered.query_pairs_mut().clear().extend_pairs(pairs);
    refused_with(send(client.get(tampered)).await, 400, "state mismatch").await;
    // The genuine response comes too late: the pending sign-in is gone.
    refused_with(send(client.get(&callback)).await, 400, "state mismatch").await;
    assert_eq!(dashboard(&client, &app, "adatum").await.0, 302);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_id_token_for_another_nonce_is_refused() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let client = browser();
    let authorize = start(&client, &app, "adatum").await;
    let mut url = reqwest::Url::parse(&authorize).unwrap();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "nonce" {
                "replayed-nonce".to_owned()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    let callback = provider_login(url.as_str(), "alice").await;
    refused_with(send(client.get(callback)).await, 400, "nonce mismatch").await;
    assert_eq!(dashboard(&client, &app, "adatum").await.0, 302);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_from_fabrikams_provider_at_adatums_callback_is_refused() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    // The browser started signing in to adatum, but is answered by
    // fabrikam's provider (same client id there) with adatum's redirect URI.
    let client = browser();
    let authorize = start(&client, &app, "adatum").await;
    let swapped = authorize.replacen(&issuers.adatum, &issuers.fabrikam, 1);
    assert_ne!(swapped, authorize);
    let callback = provider_login(&swapped, "frank").await;
    assert!(callback.contains("/t/adatum/oidc/callback"));
    refused_with(send(client.get(callback)).await, 400, "issuer mismatch").await;
    assert_eq!(dashboard(&client, &app, "adatum").await.0, 302);

    // A genuine fabrikam response replayed at adatum's callback address.
    let client = browser();
    let authorize = start(&client, &app, "fabrikam").await;
    let callback = provider_login(&authorize, "frank").await;
    let moved = callback.replace("/t/fabrikam/", "/t/adatum/");
    refused_with(send(client.get(moved)).await, 400, "state mismatch").await;
    // Neither sign-in completed.
    assert_eq!(dashboard(&client, &app, "adatum").await.0, 302);
    assert_eq!(dashboard(&client, &app, "fabrikam").await.0, 302);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_id_token_for_another_audience_is_refused() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let client = browser();
    let back = sign_in(&client, &app, "woodgrove", "alice").await;
    refused_with(back, 400, "audience mismatch").await;
    assert_eq!(dashboard(&client, &app, "woodgrove").await.0, 302);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_id_token_is_refused() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let client = browser();
    let back = sign_in(&client, &app, "northwind", "alice").await;
    refused_with(back, 400, "expired token").await;
    assert_eq!(dashboard(&client, &app, "northwind").await.0, 302);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_owning_social_identity_signs_in_to_a_trial_tenant() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let login = app.get("/t/contoso/login").await.text().await.unwrap();
    assert!(login.contains("Sign in with Social ID"));
    let client = browser();
    let back = sign_in(&client, &app, "contoso", "sue").await;
    refused_with(back, 403, "belongs to another account").await;
    let client = browser();
    let back = sign_in(&client, &app, "contoso", "sam").await;
    assert_eq!(location(&back), "/t/contoso");
    assert_eq!(dashboard(&client, &app, "contoso").await.0, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_secret_is_sealed_and_never_shown() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let login = app.get("/t/adatum/login").await.text().await.unwrap();
    assert!(login.contains("/t/adatum/oidc/start"));
    assert!(!login.contains("tailspin-secret"));
    let scope = app::auth::public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let stored = app::storage::identity_providers::find_identity_provider(&app.db, &scope)
        .await
        .unwrap()
        .unwrap();
    assert!(!stored.client_secret_sealed.contains("tailspin-secret"));
    assert_eq!(
        app.key
            .open(scope.tenant_id(), &stored.client_secret_sealed)
            .unwrap(),
        "tailspin-secret-adatum"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_edits_the_provider_settings_without_ever_seeing_the_secret() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let bob = browser();
    assert_eq!(sign_in(&bob, &app, "adatum", "bob").await.status(), 303);
    let (status, page) = app
        .call_as(&bob, "load_sign_in_settings", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200);
    assert!(!page.to_string().contains("tailspin-secret"), "{page}");
    assert_eq!(page["secret_stored"], true);
    assert_eq!(page["redirect_uri"], app.url("/t/adatum/oidc/callback"));
    let settings = |rules: &'static str, secret: &'static str| {
        let issuer = issuers.adatum.clone();
        move || {
            vec![
                ("tenant", "adatum".to_owned()),
                ("settings[issuer]", issuer.clone()),
                ("settings[client_id]", "tailspin".to_owned()),
                ("settings[identifying_claim]", "sub".to_owned()),
                ("settings[administrator]", "ada@adatum.example".to_owned()),
                ("settings[claim_rules]", rules.to_owned()),
                ("settings[client_secret]", secret.to_owned()),
            ]
        }
    };
    let save = |form: Vec<(&'static str, String)>| {
        let (app, bob) = (&app, &bob);
        async move { app.call_as(bob, "save_sign_in_settings", &form).await }
    };
    // Bad rules are reported by line and nothing changes.
    let (status, error) = save(settings(
        "groups = Domain Users => Survey Creator\ngroups Staff",
        "",
    )())
    .await;
    assert_eq!(status, 422);
    assert_eq!(error["Invalid"][0]["field"], "claim_rules");
    assert!(
        error["Invalid"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Line 2:")
    );
    // Everyone in Domain Users becomes an Administrator; the secret is kept.
    let (status, error) = save(settings("groups = Domain Users => Administrator", "")()).await;
    assert_eq!(status, 200, "{error}");
    let alice = browser();
    assert_eq!(sign_in(&alice, &app, "adatum", "alice").await.status(), 303);
    assert!(
        dashboard(&alice, &app, "adatum")
            .await
            .1
            .contains("(Administrator)")
    );
    // A wrong secret is stored sealed and makes the provider refuse the code.
    let (status, _) = save(settings(
        "groups = Domain Users => Administrator",
        "wrong-secret",
    )())
    .await;
    assert_eq!(status, 200);
    let carl = browser();
    refused_with(
        sign_in(&carl, &app, "adatum", "alice").await,
        400,
        "code not accepted",
    )
    .await;
    // A Survey Creator may not even read the settings.
    let fabrikam_user = browser();
    assert_eq!(
        sign_in(&fabrikam_user, &app, "fabrikam", "frank")
            .await
            .status(),
        303
    );
    let (status, _) = app
        .call_as(
            &fabrikam_user,
            "load_sign_in_settings",
            &[("tenant", "fabrikam")],
        )
        .await;
    assert_eq!(status, 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn premium_metadata_fields_are_defined_by_the_administrator_and_filled_by_members() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let bob = browser();
    assert_eq!(sign_in(&bob, &app, "adatum", "bob").await.status(), 303);
    let alice = browser();
    assert_eq!(sign_in(&alice, &app, "adatum", "alice").await.status(), 303);
    let (status, _) = app
        .call_as(
            &alice,
            "add_metadata_field",
            &[("tenant", "adatum"), ("name", "Owner"), ("kind", "text")],
        )
        .await;
    assert_eq!(status, 403, "fields are the Administrator's");
    let (status, error) = app
        .call_as(
            &bob,
            "add_metadata_field",
            &[
                ("tenant", "adatum"),
                ("name", "Product id"),
                ("kind", "number"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{error}");
    let (_, fields) = app
        .call_as(&bob, "load_metadata_fields", &[("tenant", "adatum")])
        .await;
    let field = fields["fields"][0]["id"].to_string();

    let (status, _) = app
        .call_as(
            &alice,
            "create_survey",
            &[("tenant", "adatum"), ("title", "Launch"), ("slug", "")],
        )
        .await;
    assert_eq!(status, 200);
    let (_, editor) = app
        .call_as(
            &alice,
            "load_survey_editor",
            &[("tenant", "adatum"), ("slug", "launch")],
        )
        .await;
    assert_eq!(editor["metadata"][0]["name"], "Product id");
    let survey = editor["id"].to_string();
    let set = |value: &'static str| {
        let form = vec![
            ("tenant", "adatum".to_owned()),
            ("survey", survey.clone()),
            ("field", field.clone()),
            ("value", value.to_owned()),
        ];
        let (app, alice) = (&app, &alice);
        async move { app.call_as(alice, "set_survey_metadata", &form).await.0 }
    };
    assert_eq!(set("forty-two").await, 422);
    assert_eq!(set("42").await, 200);
    let (_, dashboard) = app
        .call_as(&alice, "load_dashboard", &[("tenant", "adatum")])
        .await;
    assert_eq!(dashboard["surveys"][0]["metadata"][0]["value"], "42");
    assert_eq!(dashboard["premium"], true);

    // The metadata goes out with the export, on every response.
    let question = [
        ("tenant", "adatum"),
        ("survey", survey.as_str()),
        ("question[text]", "Rate it"),
        ("question[kind]", "range"),
        ("question[max_length]", ""),
        ("question[low_label]", ""),
        ("question[high_label]", ""),
        ("question[options]", ""),
    ];
    assert_eq!(app.call_as(&alice, "add_question", &question).await.0, 200);
    assert_eq!(
        app.call_as(
            &alice,
            "publish_survey",
            &[
                ("tenant", "adatum"),
                ("survey", survey.as_str()),
                ("confirm", "yes")
            ]
        )
        .await
        .0,
        200
    );
    let page = app.get("/s/adatum/launch").await.text().await.unwrap();
    let key = page
        .split("name=\"idempotency_key\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let (_, editor) = app
        .call_as(
            &alice,
            "load_survey_editor",
            &[("tenant", "adatum"), ("slug", "launch")],
        )
        .await;
    let field_name = format!("q-{}", editor["questions"][0]["id"]);
    let body = crate::helpers::encode(&[
        ("idempotency_key", key.as_str()),
        (field_name.as_str(), "4"),
    ]);
    assert_eq!(app.post_form("/s/adatum/launch", body).await.status(), 303);
    let csv = app
        .get_as(&alice, "/t/adatum/surveys/launch/export.csv")
        .await
        .text()
        .await
        .unwrap();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        lines[0].starts_with(
            "\u{FEFF}\"response\",\"received_at_utc\",\"language\",\"Product id\",\"Rate it\""
        ),
        "{}",
        lines[0]
    );
    assert!(lines[1].ends_with("\"42\",\"4\""), "{}", lines[1]);
}

/// An email address the provider has not verified names nobody: the
/// administrator named by email is matched only when `email_verified` is
/// true (the test provider's `unverified-…` accounts have it false).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unverified_email_does_not_make_anyone_administrator() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let adatum = (issuers.adatum.as_str(), "adatum");
    premium(
        &app,
        "tailwind",
        adatum,
        "tailspin",
        "unverified-eve@adatum.example",
    )
    .await;
    let eve = browser();
    refused_with(
        sign_in(&eve, &app, "tailwind", "unverified-eve").await,
        403,
        "has not given that account a role",
    )
    .await;
    assert_eq!(dashboard(&eve, &app, "tailwind").await.0, 302);
}

/// RFC 9207: the test provider announces that it sends `iss` with every
/// authorization response, so a response without it is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_without_the_issuer_it_promised_is_refused() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let client = browser();
    let authorize = start(&client, &app, "adatum").await;
    let callback = provider_login(&authorize, "alice").await;
    let mut url = reqwest::Url::parse(&callback).unwrap();
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(name, _)| name != "iss")
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    assert!(
        kept.len() < url.query_pairs().count(),
        "the provider sent iss"
    );
    url.query_pairs_mut().clear().extend_pairs(kept);
    let back = send(client.get(url)).await;
    refused_with(back, 400, "issuer mismatch").await;
    assert_eq!(dashboard(&client, &app, "adatum").await.0, 302);
}
