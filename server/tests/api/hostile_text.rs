//! Markup injection: every page of the authorization matrix, rendered with
//! hostile text in everything a user can set (subscriber name, survey title
//! and description, question text, options and labels, user names, claim
//! rules, answers), parsed the way a browser parses it. The test fails if
//! any of that text became markup: an element or attribute it introduced,
//! a `<meta http-equiv>`, or a comment. (The same pages are checked once in
//! Chromium after hydration by `end2end/tests/hostile-text.spec.ts`.)

use app::domain::{Plan, ProviderSettings, ProviderSettingsInput, TenantAlias, TenantStatus};
use app::services::signup::{NewTenantSetup, SignInSetup, create_tenant};
use reqwest::Method;
use scraper::{Html, Node, Selector};

use crate::authorization::PAGES;
use crate::helpers::{DEMO_PASSWORD, TestApp, browser, send, signed_in_as, spawn_app};

/// Each ends the raw-text element or the attribute it may land in, then
/// adds something marked `pwned`.
const TITLE: &str = "</title><meta http-equiv=refresh data-pwned>";
const TEXTAREA: &str = "</textarea><b data-pwned>x</b>";
const SCRIPT: &str = "</script><i data-pwned>";
const STYLE: &str = "</style><u data-pwned>";
const COMMENT: &str = "<!--pwned";
const DOUBLE_QUOTE: &str = "\"><s data-pwned>";
const SINGLE_QUOTE: &str = "' data-pwned='";
const ALL: [&str; 7] = [
    TITLE,
    TEXTAREA,
    SCRIPT,
    STYLE,
    COMMENT,
    DOUBLE_QUOTE,
    SINGLE_QUOTE,
];

fn joined(parts: &[&str]) -> String {
    parts.concat()
}

async fn ok(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &[(&str, &str)],
) -> serde_json::Value {
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 200, "{function}: {body}");
    body
}

/// A survey titled, described and worded with hostile text; `publish`
/// publishes it and answers it with hostile text.
async fn hostile_survey(admin: &reqwest::Client, app: &TestApp, slug: &str, publish: bool) {
    let title = joined(&[TITLE, TEXTAREA, DOUBLE_QUOTE, COMMENT]);
    ok(
        admin,
        app,
        "create_survey",
        &[("tenant", "adatum"), ("title", &title), ("slug", slug)],
    )
    .await;
    let editor = ok(
        admin,
        app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", slug)],
    )
    .await;
    let id = editor["id"].to_string();
    let everything = joined(&ALL);
    ok(
        admin,
        app,
        "save_survey_details",
        &[
            ("tenant", "adatum"),
            ("survey", &id),
            ("title", &title),
            ("slug", slug),
            ("description", &everything),
        ],
    )
    .await;
    let options = ALL.join("\n");
    for (kind, low, high) in [
        ("range", TEXTAREA, DOUBLE_QUOTE),
        ("choice", "", ""),
        ("free_text", "", ""),
    ] {
        ok(
            admin,
            app,
            "add_question",
            &[
                ("tenant", "adatum"),
                ("survey", &id),
                ("question[text]", &everything),
                ("question[kind]", kind),
                ("question[max_length]", ""),
                ("question[low_label]", low),
                ("question[high_label]", high),
                (
                    "question[options]",
                    if kind == "choice" { &options } else { "" },
                ),
            ],
        )
        .await;
    }
    if !publish {
        return;
    }
    ok(
        admin,
        app,
        "publish_survey",
        &[("tenant", "adatum"), ("survey", &id), ("confirm", "yes")],
    )
    .await;
    let form = ok(
        admin,
        app,
        "load_survey_form",
        &[("tenant", "adatum"), ("slug", slug)],
    )
    .await;
    let questions: Vec<String> = form["survey"]["questions"]
        .as_array()
        .unwrap_or_else(|| panic!("questions in {form}"))
        .iter()
        .map(|q| app::domain::field_name(app::domain::QuestionId(q["id"].as_i64().unwrap())))
        .collect();
    let answer = serde_json::json!({
        "tenant": "adatum",
        "slug": slug,
        "fields": [
            ["idempotency_key", crate::helpers::KEY_A],
            [questions[0], "3"],
            [questions[1], "2"],
            [questions[2], everything],
        ],
    });
    let response = send(
        app.request(Method::POST, "/api/submit_answers")
            .json(&answer),
    )
    .await;
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

/// A Premium subscriber whose name and claim rules are hostile (its rules
/// show on the Tailspin administrator's page).
async fn hostile_premium(app: &TestApp) {
    let settings = ProviderSettings::parse(&ProviderSettingsInput {
        issuer: "https://login.contoso.example".into(),
        client_id: "tailspin".into(),
        identifying_claim: String::new(),
        administrator: "admin@contoso.example".into(),
        claim_rules: format!(
            "groups = {TEXTAREA} => Survey Creator\ngroups = {TITLE} => Administrator"
        ),
    })
    .expect("hostile claim rules are still rules");
    create_tenant(
        &app.db,
        &app.key,
        None,
        NewTenantSetup {
            alias: TenantAlias::parse("contoso").unwrap(),
            name: joined(&[TITLE, SINGLE_QUOTE]),
            plan: Plan::Premium,
            status: TenantStatus::PendingActivation,
            region: "europe".into(),
            sign_in: SignInSetup::OwnProvider {
                settings,
                client_secret: "a secret".into(),
            },
            export_database: false,
            contact_email: None,
        },
        app::domain::UnixMillis::now(),
    )
    .await
    .unwrap();
}

/// Metadata fields are Premium's: adatum becomes Premium (its signed-in
/// Administrator stays signed in) and names a field and fills it in with
/// hostile text.
async fn hostile_metadata(admin: &reqwest::Client, app: &TestApp) {
    let scope = app::auth::public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let tenant = app::storage::tenants::find_tenant_by_alias(&app.db, scope.alias())
        .await
        .unwrap()
        .unwrap();
    let changes = app::storage::tenants::TenantChanges {
        name: tenant.name.clone(),
        plan: Plan::Premium,
        status: tenant.status,
        region: tenant.region.clone(),
        limits: tenant.limits,
        contact_email: String::new(),
    };
    app::storage::tenants::update_tenant(
        &app.db,
        tenant.id,
        &changes,
        None,
        app::storage::plan_changes::ChangedBy::tailspin("tests"),
    )
    .await
    .unwrap()
    .unwrap();
    ok(
        admin,
        app,
        "add_metadata_field",
        &[("tenant", "adatum"), ("name", TITLE), ("kind", "text")],
    )
    .await;
    let fields = ok(admin, app, "load_metadata_fields", &[("tenant", "adatum")]).await;
    let field = fields["fields"][0]["id"].to_string();
    let editor = ok(
        admin,
        app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", "hostile")],
    )
    .await;
    ok(
        admin,
        app,
        "set_survey_metadata",
        &[
            ("tenant", "adatum"),
            ("survey", &editor["id"].to_string()),
            ("field", &field),
            ("value", &joined(&[TEXTAREA, DOUBLE_QUOTE, SINGLE_QUOTE])),
        ],
    )
    .await;
}

/// What the parsed page shows of injected markup; empty when none.
fn injected(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut found = Vec::new();
    for selector in ["[data-pwned]", "meta[http-equiv]", "[pwned]"] {
        let selector = Selector::parse(selector).unwrap();
        for element in document.select(&selector) {
            found.push(format!(
                "element {}",
                element.html().chars().take(120).collect::<String>()
            ));
        }
    }
    for node in document.tree.nodes() {
        if let Node::Comment(comment) = node.value()
            && comment.contains("pwned")
        {
            found.push(format!("comment <!--{}-->", &**comment));
        }
    }
    found
}

/// The page's text (title included) as a browser shows it.
fn text_of(html: &str) -> String {
    let document = Html::parse_document(html);
    document.root_element().text().collect::<Vec<_>>().concat()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_text_a_user_sets_becomes_markup_on_any_page() {
    let app = spawn_app().await;
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    ok(
        &ops,
        &app,
        "save_subscriber",
        &[
            ("alias", "adatum"),
            ("changes[name]", &joined(&[TITLE, TEXTAREA])),
            ("changes[plan]", "standard"),
            ("changes[status]", "active"),
            ("changes[region]", "europe"),
            ("changes[max_active_surveys]", ""),
            ("changes[max_users]", ""),
        ],
    )
    .await;
    ok(
        &admin,
        &app,
        "add_user",
        &[
            ("tenant", "adatum"),
            ("name", &joined(&[TITLE, SCRIPT, DOUBLE_QUOTE])),
            ("email", "hostile@adatum.example"),
            ("role", "survey_creator"),
            ("password", "long enough password"),
        ],
    )
    .await;
    hostile_survey(&admin, &app, "hostile", true).await;
    hostile_survey(&admin, &app, "hostile-draft", false).await;
    hostile_premium(&app).await;
    hostile_metadata(&admin, &app).await;

    let mut addresses: Vec<String> = PAGES
        .iter()
        .map(|(_, address, _)| {
            address
                .replace("customer-satisfaction", "hostile")
                .replace("/admin/subscribers/fabrikam", "/admin/subscribers/adatum")
        })
        .collect();
    addresses.extend([
        "/t/adatum/surveys/hostile-draft/edit".to_owned(),
        "/t/adatum/surveys/hostile-draft/preview".to_owned(),
        "/admin/subscribers/contoso".to_owned(),
    ]);
    let anonymous = browser();
    let mut failures = Vec::new();
    let mut shown = String::new();
    for address in &addresses {
        let visitor = if address.starts_with("/admin") {
            &ops
        } else if address.starts_with("/t/") && !address.ends_with("/login") {
            &admin
        } else {
            &anonymous
        };
        let response = app.get_as(visitor, address).await;
        let status = response.status().as_u16();
        let html = response.text().await.unwrap();
        for problem in injected(&html) {
            failures.push(format!("{address} ({status}): {problem}"));
        }
        shown.push_str(&text_of(&html));
    }
    assert!(
        failures.is_empty(),
        "markup injected:\n{}",
        failures.join("\n")
    );
    // The test saw the hostile text, as text, where it should be.
    for hostile in ALL {
        assert!(shown.contains(hostile), "{hostile:?} was shown on no page");
    }
    let survey = app
        .get_as(&anonymous, "/s/adatum/hostile")
        .await
        .text()
        .await
        .unwrap();
    let title = Html::parse_document(&survey)
        .select(&Selector::parse("title").unwrap())
        .next()
        .map(|t| t.text().collect::<String>())
        .unwrap_or_default();
    assert!(
        title.starts_with(TITLE),
        "the title is the text as typed: {title:?}"
    );
}

/// The checker itself: it finds what an unescaped title would inject.
#[test]
fn the_checker_sees_injected_markup() {
    let unsafe_page = format!(
        "<html><head><title>{TITLE}</title></head><body><p title='{SINGLE_QUOTE}'>{COMMENT}</p></body></html>"
    );
    let found = injected(&unsafe_page);
    assert!(found.iter().any(|f| f.contains("meta")), "{found:?}");
    assert!(found.iter().any(|f| f.contains("comment")), "{found:?}");
    let escaped = unsafe_page.replace(TITLE, "&lt;/title&gt;");
    assert!(injected(&escaped).iter().all(|f| !f.contains("meta")));
}
