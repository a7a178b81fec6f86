//! Plan changes through the pages' server functions: a Trial owner moves up
//! to Individual and then to Standard (keeping the account, choosing a
//! password by the emailed link), what an Administrator may not do, what
//! Tailspin administration must wait for, and the record billing reads.

use app::domain::{BillingMonth, Plan, TenantAlias, UnixMillis};
use app::storage::plan_changes::{plan_changes_between, tenant_plan_changes};
use app::storage::tenants::find_tenant_by_alias;

use crate::federation::{RULES, federated_app, federated_app_with, issuers, location, sign_in};
use crate::helpers::{DEMO_PASSWORD, TestApp, browser, markup, page_body, signed_in_as, spawn_app};
use crate::mail::{link_in, token_of};

pub(crate) async fn plan_of(app: &TestApp, alias: &str) -> Plan {
    find_tenant_by_alias(&app.db, &TenantAlias::parse(alias).unwrap())
        .await
        .unwrap()
        .unwrap()
        .plan
}

pub(crate) async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = app.get_as(client, path).await;
    let status = response.status().as_u16();
    // The body: the head carries every message the page may need.
    (status, markup(page_body(&response.text().await.unwrap())))
}

/// The one message in the outbox that contains `marker`.
pub(crate) async fn outbox_link(app: &TestApp, marker: &str) -> String {
    let outbox = app.dir().join("outbox");
    for _ in 0..100 {
        let written = app::services::mail::read_outbox(&outbox, 10).await.unwrap();
        if let Some(mail) = written.iter().find(|m| m.summary.contains(marker)) {
            return link_in(&mail.summary, marker);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no message with {marker} in the outbox");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trial_owner_moves_up_twice_and_then_signs_in_with_a_password() {
    let Some(issuers) = issuers() else { return };
    // The background tasks send the email with the link.
    let app = federated_app_with(&issuers, |s| s.statistics_in_process = true).await;
    let owner = browser();
    assert_eq!(
        location(&sign_in(&owner, &app, "contoso", "sam").await),
        "/t/contoso"
    );
    let (status, html) = page(&app, &owner, "/t/contoso/settings/plan").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Your plan: Trial"), "{html}");
    assert!(html.contains("No plan changes yet."), "{html}");

    // Premium needs its provider set up with Tailspin; a lower or the same
    // plan is no upgrade: each refused, and nothing changes.
    for (plan, why) in [
        ("premium", "fill in its settings in the Premium form"),
        ("trial", "Choose a plan above Trial"),
        ("gold", "Choose a plan above Trial"),
    ] {
        let (status, body) = app
            .call_as(
                &owner,
                "upgrade_plan",
                &[("tenant", "contoso"), ("plan", plan)],
            )
            .await;
        assert_eq!(status, 422, "{plan}: {body}");
        assert!(body.to_string().contains(why), "{plan}: {body}");
    }
    assert_eq!(plan_of(&app, "contoso").await, Plan::Trial);

    let (status, body) = app
        .call_as(
            &owner,
            "upgrade_plan",
            &[("tenant", "contoso"), ("plan", "individual")],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["plan"], "Individual");
    assert_eq!(plan_of(&app, "contoso").await, Plan::Individual);

    // Standard signs in with passwords: an email is required, and a
    // malformed one changes nothing.
    for email in ["", "not an email"] {
        let (status, body) = app
            .call_as(
                &owner,
                "upgrade_plan",
                &[
                    ("tenant", "contoso"),
                    ("plan", "standard"),
                    ("email", email),
                ],
            )
            .await;
        assert_eq!(status, 422, "{body}");
        assert!(
            body.to_string()
                .contains("Enter the email you will sign in with"),
            "{body}"
        );
    }
    assert_eq!(plan_of(&app, "contoso").await, Plan::Individual);
    let (status, body) = app
        .call_as(
            &owner,
            "upgrade_plan",
            &[
                ("tenant", "contoso"),
                ("plan", "standard"),
                ("email", "Sam@Contoso.example"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["password_link_to"], "sam@contoso.example");
    assert_eq!(plan_of(&app, "contoso").await, Plan::Standard);

    // The owner is still signed in, and told what to do next.
    let (status, html) = page(&app, &owner, "/t/contoso/settings/plan").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Your plan: Standard"), "{html}");
    assert!(
        html.contains("Choose your password with the link we sent to sam@contoso.example"),
        "{html}"
    );
    // The login page now asks for a password, and the social identity no
    // longer opens the tenant.
    let (_, login) = page(&app, &browser(), "/t/contoso/login").await;
    assert!(login.contains("type=\"password\""), "{login}");
    assert!(!login.contains("Sign in with Social ID"), "{login}");

    // The emailed link sets the password, which then signs in.
    let link = outbox_link(&app, "/password-reset/new?token=").await;
    let token = token_of(&link);
    let password = "a long and new passphrase";
    let set = app
        .post_form_as(
            &browser(),
            "/t/contoso/password-reset/new",
            &[
                ("token", token.as_str()),
                ("password", password),
                ("confirmation", password),
            ],
        )
        .await;
    assert!(
        set.status().is_success() || set.status() == 303,
        "{}",
        set.status()
    );
    let signed_in = signed_in_as(&app, "/t/contoso/login", "sam@contoso.example", password).await;
    assert_eq!(page(&app, &signed_in, "/t/contoso").await.0, 200);

    // Both changes are recorded, by the owner, and billing sees them.
    let scope = app.system_scope_of("contoso").await;
    let history = tenant_plan_changes(&app.db, &scope).await.unwrap();
    let steps: Vec<(Plan, Plan, &str, bool)> = history
        .iter()
        .map(|c| (c.from, c.to, c.by.as_str(), c.by_tailspin))
        .collect();
    assert_eq!(
        steps,
        [
            (Plan::Individual, Plan::Standard, "sam", false),
            (Plan::Trial, Plan::Individual, "sam", false)
        ]
    );
    let month = BillingMonth::containing(history[0].at);
    let billed = plan_changes_between(&app.db, month.start(), month.end())
        .await
        .unwrap();
    assert_eq!(billed.len(), 2);
    let (_, html) = page(&app, &signed_in, "/t/contoso/settings/plan").await;
    assert!(
        html.contains("Test the provider and move to Premium"),
        "{html}"
    );
    assert!(
        !html.contains("Choose your password with the link"),
        "{html}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standard_administrator_sees_the_plan_and_cannot_move_down_or_skip_the_provider() {
    let app = spawn_app().await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, html) = page(&app, &admin, "/t/adatum/settings/plan").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Your plan: Standard"), "{html}");
    assert!(
        html.contains("Test the provider and move to Premium"),
        "{html}"
    );
    assert!(
        html.contains("/t/adatum/oidc/callback"),
        "the redirect URI: {html}"
    );
    for plan in ["trial", "individual", "standard", "premium"] {
        let (status, body) = app
            .call_as(
                &admin,
                "upgrade_plan",
                &[("tenant", "adatum"), ("plan", plan)],
            )
            .await;
        assert_eq!(status, 422, "{plan}: {body}");
    }
    assert_eq!(plan_of(&app, "adatum").await, Plan::Standard);
    let scope = app.system_scope_of("adatum").await;
    assert!(
        tenant_plan_changes(&app.db, &scope)
            .await
            .unwrap()
            .is_empty()
    );
    // A Survey Creator cannot even see it.
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(page(&app, &creator, "/t/adatum/settings/plan").await.0, 403);
}

fn settings<'a>(plan: &'a str, surveys: &'a str, users: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("alias", "adatum"),
        ("changes[name]", "Adatum Ltd."),
        ("changes[plan]", plan),
        ("changes[status]", "active"),
        ("changes[region]", "europe"),
        ("changes[max_active_surveys]", surveys),
        ("changes[max_users]", users),
        ("changes[monthly_responses]", ""),
        ("changes[contact_email]", ""),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tailspin_lowers_a_limit_only_once_the_subscriber_fits_it() {
    let app = spawn_app().await;
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let scope = app.system_scope_of("adatum").await;
    let now = UnixMillis::now();
    let open = app::storage::plan_changes::open_surveys(&app.db, &scope, now)
        .await
        .unwrap();
    assert!(open.len() >= 2, "the demo has open surveys: {open:?}");
    let (status, body) = app
        .call_as(&ops, "save_subscriber", &settings("standard", "1", ""))
        .await;
    assert_eq!(status, 422, "{body}");
    let said = body.to_string();
    assert!(
        said.contains(&format!("close {} of these first", open.len() - 1)),
        "{said}"
    );
    for survey in &open {
        assert!(said.contains(&survey.slug), "{} in {said}", survey.slug);
    }
    let (status, body) = app
        .call_as(&ops, "save_subscriber", &settings("standard", "", "1"))
        .await;
    assert_eq!(status, 422, "{body}");
    let said = body.to_string();
    assert!(said.contains("remove 1 of these first"), "{said}");
    assert!(said.contains("admin@adatum.example"), "{said}");
    assert!(said.contains("creator@adatum.example"), "{said}");
    let unchanged = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(unchanged.limits.max_active_surveys, None);
    assert_eq!(unchanged.limits.max_users, None);

    // Limits it fits are saved; raising one never asks for anything.
    let fits = open.len().to_string();
    let (status, body) = app
        .call_as(&ops, "save_subscriber", &settings("standard", &fits, "2"))
        .await;
    assert_eq!(status, 200, "{body}");
    // No plan changed, so nothing is recorded.
    assert!(
        tenant_plan_changes(&app.db, &scope)
            .await
            .unwrap()
            .is_empty()
    );
    let (status, html) = page(&app, &ops, "/admin/usage").await;
    assert_eq!(status, 200);
    assert!(html.contains("No subscriber changed plan in"), "{html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_change_by_tailspin_is_recorded_and_billed() {
    use app::domain::TenantStatus;
    use app::storage::tenants::{NewTenant, create_tenant};
    let app = spawn_app().await;
    create_tenant(
        &app.db,
        &NewTenant {
            alias: TenantAlias::parse("northwind").unwrap(),
            name: "Northwind, \"Traders\"".into(),
            plan: Plan::Individual,
            status: TenantStatus::Active,
            region: "europe".into(),
            contact_email: String::new(),
            default_language: None,
        },
        UnixMillis::now(),
    )
    .await
    .unwrap();
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let mut form = settings("trial", "", "");
    form[0] = ("alias", "northwind");
    form[1] = ("changes[name]", "Northwind, \"Traders\"");
    let (status, body) = app.call_as(&ops, "save_subscriber", &form).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(plan_of(&app, "northwind").await, Plan::Trial);
    // Moving between plans that sign in differently stays refused here.
    form[2] = ("changes[plan]", "standard");
    let (status, body) = app.call_as(&ops, "save_subscriber", &form).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body.to_string()
            .contains("Change how the subscriber signs in"),
        "{body}"
    );
    assert_eq!(plan_of(&app, "northwind").await, Plan::Trial);

    let month = BillingMonth::containing(UnixMillis::now()).to_string();
    let (status, html) = page(&app, &ops, &format!("/admin/usage?month={month}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("data-plan-change=\"northwind\""), "{html}");
    assert!(html.contains("ops@tailspin.example (Tailspin)"), "{html}");
    let csv = app
        .get_as(&ops, &format!("/admin/plan-changes.csv?month={month}"))
        .await;
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "changed_at,alias,name,from_plan,to_plan,changed_by,by_tailspin"
    );
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].ends_with(
            ",northwind,\"Northwind, \"\"Traders\"\"\",individual,trial,\"ops@tailspin.example\",true"
        ),
        "{csv}"
    );
    // The subscriber's page lists it, with who made it.
    let (status, html) = page(&app, &ops, "/admin/subscribers/northwind").await;
    assert_eq!(status, 200);
    assert!(html.contains("<h2>Plan changes</h2>"), "{html}");
    assert!(html.contains("ops@tailspin.example (Tailspin)"), "{html}");
    // Only Tailspin administrators download it.
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    for client in [browser(), admin] {
        let refused = app.get_as(&client, "/admin/plan-changes.csv").await;
        assert!(
            matches!(refused.status().as_u16(), 302 | 303 | 401 | 403 | 404),
            "{}",
            refused.status()
        );
        assert!(!refused.text().await.unwrap().contains("northwind"));
    }
}

/// Creates "tailwind", a Standard subscriber whose one Administrator,
/// Alice, signs in with `email` and `password`.
pub(crate) async fn standard_tailwind(app: &TestApp, email: &str, password: &str) {
    use app::domain::{Email, TenantStatus};
    use app::services::signup::{NewTenantSetup, SignInSetup, create_tenant};
    create_tenant(
        &app.db,
        &app.key,
        None,
        NewTenantSetup {
            alias: TenantAlias::parse("tailwind").unwrap(),
            name: "Tailwind".into(),
            plan: Plan::Standard,
            status: TenantStatus::Active,
            region: "europe".into(),
            sign_in: SignInSetup::LocalAdministrator {
                email: Email::parse(email).unwrap(),
                display_name: "Alice".into(),
                password: password.into(),
            },
            export_database: false,
            contact_email: None,
        },
        UnixMillis::now(),
    )
    .await
    .unwrap();
}

/// The fields of `upgrade_to_own_provider` for the adatum test issuer.
fn provider_form<'a>(issuer: &'a str, secret: &'a str, confirmed: bool) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("tenant", "tailwind"),
        ("settings[issuer]", issuer),
        ("settings[client_id]", "tailspin"),
        ("settings[client_secret]", secret),
        ("settings[identifying_claim]", ""),
        ("settings[administrator]", "alice@adatum.example"),
        ("settings[claim_rules]", RULES),
    ];
    if confirmed {
        form.push(("confirmed", "yes"));
    }
    form
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standard_subscriber_moves_to_its_own_provider_and_keeps_its_users() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let password = "tailwind administrator passphrase";
    standard_tailwind(&app, "alice@adatum.example", password).await;
    let scope = app.system_scope_of("tailwind").await;
    let before = app::storage::users::list_users(&app.db, &scope)
        .await
        .unwrap();
    assert_eq!(before.len(), 1);
    let alice = signed_in_as(&app, "/t/tailwind/login", "alice@adatum.example", password).await;
    let (status, html) = page(&app, &alice, "/t/tailwind/settings/plan").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("These users keep their accounts"), "{html}");
    assert!(html.contains("Alice (alice@adatum.example)"), "{html}");

    // Not confirmed, a missing secret, a provider that does not answer:
    // each refused, and nothing is stored or changed.
    let secret = "tailspin-secret-adatum";
    for (form, why) in [
        (
            provider_form(&issuers.adatum, secret, false),
            "Tick the box",
        ),
        (provider_form(&issuers.adatum, "", true), "client secret"),
        (provider_form("http://127.0.0.1:9", secret, true), "issuer"),
    ] {
        let (status, body) = app.call_as(&alice, "upgrade_to_own_provider", &form).await;
        assert_eq!(status, 422, "{why}: {body}");
        assert!(body.to_string().contains(why), "{why}: {body}");
    }
    assert_eq!(plan_of(&app, "tailwind").await, Plan::Standard);
    assert!(
        app::storage::identity_providers::find_identity_provider(&app.db, &scope)
            .await
            .unwrap()
            .is_none()
    );

    let (status, body) = app
        .call_as(
            &alice,
            "upgrade_to_own_provider",
            &provider_form(&issuers.adatum, secret, true),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["administrator"], "alice@adatum.example");
    assert_eq!(plan_of(&app, "tailwind").await, Plan::Premium);
    // Every session ended: the provider decides who is who from now on.
    assert_eq!(page(&app, &alice, "/t/tailwind/settings/plan").await.0, 302);
    // The provider signs Alice in, as the same user.
    let client = browser();
    let back = sign_in(&client, &app, "tailwind", "alice").await;
    assert_eq!(location(&back), "/t/tailwind");
    let after = app::storage::users::list_users(&app.db, &scope)
        .await
        .unwrap();
    assert_eq!(after.len(), 1, "{after:?}");
    assert_eq!(after[0].id, before[0].id, "found by the verified email");
    let identity = after[0].federated.as_ref().expect("now federated");
    assert_eq!(identity.subject, "alice");
    assert_eq!(after[0].password_hash, None);
    let history = tenant_plan_changes(&app.db, &scope).await.unwrap();
    assert_eq!(
        (history[0].from, history[0].to, history[0].by.as_str()),
        (Plan::Standard, Plan::Premium, "alice@adatum.example")
    );
    let (status, html) = page(&app, &client, "/t/tailwind/settings/plan").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Your plan: Premium"), "{html}");
    assert!(
        !html.contains("password-pending"),
        "no password to choose: {html}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trial_owner_hands_over_to_the_administrator_of_its_own_provider() {
    let Some(issuers) = issuers() else { return };
    let app = federated_app(&issuers).await;
    let sam = browser();
    assert_eq!(
        location(&sign_in(&sam, &app, "contoso", "sam").await),
        "/t/contoso"
    );
    let (_, html) = page(&app, &sam, "/t/contoso/settings/plan").await;
    assert!(html.contains("cannot vouch for, and are removed"), "{html}");
    assert!(html.contains("Sam (sam)"), "{html}");
    let mut form = provider_form(&issuers.adatum, "tailspin-secret-adatum", true);
    form[0] = ("tenant", "contoso");
    form[5] = ("settings[administrator]", "bob@adatum.example");
    let (status, body) = app.call_as(&sam, "upgrade_to_own_provider", &form).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(plan_of(&app, "contoso").await, Plan::Premium);
    // The social owner is gone, and signed out.
    let scope = app.system_scope_of("contoso").await;
    assert!(
        app::storage::users::list_users(&app.db, &scope)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(page(&app, &sam, "/t/contoso").await.0, 302);
    // The administrator named signs in through the provider.
    let bob = browser();
    assert_eq!(
        location(&sign_in(&bob, &app, "contoso", "bob").await),
        "/t/contoso"
    );
    let (status, html) = page(&app, &bob, "/t/contoso/settings/plan").await;
    assert_eq!(status, 200, "an Administrator: {html}");
    let history = tenant_plan_changes(&app.db, &scope).await.unwrap();
    assert_eq!(
        (history[0].from, history[0].to, history[0].by.as_str()),
        (Plan::Trial, Plan::Premium, "sam")
    );
}
