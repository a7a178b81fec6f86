//! The respondent's pages served from the page cache: a cached page is the
//! page a full rendering gives, with a nonce and an idempotency key of its
//! own; one tenant's page never reaches another; closing, deleting,
//! branding and renaming drop it, on every instance; the cache keeps to its
//! budget; surveys with shuffled options are rendered per response.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use app::auth::{PublicSiteGrant, SystemGrant, SystemTask, public_scope, system_scope};
use app::domain::{
    ChoiceList, IdempotencyKey, QuestionDraft, QuestionKind, Slug, SurveyId, TenantAlias,
    UnixMillis, field_name, option_order,
};
use app::storage::Database;
use app::storage::branding::{StoredLogo, set_logo, set_stylesheet};
use app::storage::drafts::{NewSurvey, append_question, create_draft};
use app::storage::surveys::{close, delete_survey, find_survey_by_slug, publish};
use app::storage::tenants::{TenantChanges, find_tenant_by_alias, update_tenant};
use tailspin_server::config::DemoData;
use tailspin_server::page_cache::PageCache;

use crate::helpers::{
    DEMO_PATH, KEY_A, TestApp, add_tenant, encode, fresh_postgres_url, spawn_app_on, spawn_app_with,
};

/// What a response is made of, as compared here.
#[derive(Debug, PartialEq, Eq)]
struct Page {
    status: u16,
    content_type: String,
    csp: String,
    body: String,
}

impl Page {
    /// The nonce the policy names.
    fn nonce(&self) -> String {
        let (_, rest) = self
            .csp
            .split_once("'nonce-")
            .expect("a nonce in the policy");
        rest.split_once('\'').unwrap().0.to_owned()
    }

    /// The idempotency key of the form, if the page has one.
    fn key(&self) -> Option<String> {
        let (_, rest) = self.body.split_once(r#"name="idempotency_key""#)?;
        let (_, rest) = rest.split_once(r#"value=""#)?;
        Some(rest.split_once('"').unwrap().0.to_owned())
    }

    /// The page with its own nonce and key written as N and K.
    fn normalized(&self) -> Page {
        let nonce = self.nonce();
        let mut body = self.body.replace(&nonce, "N");
        let mut csp = self.csp.replace(&nonce, "N");
        if let Some(key) = self.key() {
            body = body.replace(&key, "K");
            csp = csp.replace(&key, "K");
        }
        Page {
            status: self.status,
            content_type: self.content_type.clone(),
            csp,
            body,
        }
    }
}

async fn fetch(app: &TestApp, path: &str, cookie: Option<&str>) -> Page {
    let mut request = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    let (status, content_type, csp) = (
        response.status().as_u16(),
        header("content-type"),
        header("content-security-policy"),
    );
    Page {
        status,
        content_type,
        csp,
        body: response.text().await.unwrap(),
    }
}

fn pages(app: &TestApp) -> &PageCache {
    app.pages.as_ref().expect("the server runs in this process")
}

/// A server with the demo data and the page cache, and beside it, on the
/// same SQLite file, one that renders every page.
async fn cached_and_uncached() -> (TestApp, TestApp) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let cached = spawn_app_on(url.clone(), dir).await;
    let uncached = spawn_app_with(url, tempfile::tempdir().unwrap(), |settings| {
        crate::helpers::beside(&cached, settings);
        settings.demo_data = DemoData::Off;
        settings.page_cache_bytes = 0;
    })
    .await;
    (cached, uncached)
}

async fn scope_of(db: &Database, alias: &str) -> app::auth::TenantScope {
    public_scope(db, alias, PublicSiteGrant::for_tests())
        .await
        .unwrap()
}

async fn system_scope_of(db: &Database, alias: &str) -> app::auth::TenantScope {
    let tenant = find_tenant_by_alias(db, &TenantAlias::parse(alias).unwrap())
        .await
        .unwrap()
        .unwrap();
    system_scope(&tenant, SystemGrant::for_tests(SystemTask::Onboarding))
}

/// Publishes a survey of one rating question at `slug`.
async fn publish_survey(db: &Database, alias: &str, slug: &str, title: &str) -> SurveyId {
    let scope = system_scope_of(db, alias).await;
    let now = UnixMillis::now();
    let survey = NewSurvey {
        slug: Slug::parse(slug).unwrap(),
        title: title.into(),
        description: String::new(),
        description_html: String::new(),
        logic: None,
    };
    let id = create_draft(db, &scope, &survey, now).await.unwrap();
    let question = QuestionDraft {
        text: format!("How was {title}?"),
        required: false,
        kind: QuestionKind::Choice(ChoiceList {
            options: vec!["Good".into(), "Bad".into()],
            other: false,
            shuffle: false,
        }),
    };
    append_question(db, &scope, id, &question)
        .await
        .unwrap()
        .unwrap();
    let month = UnixMillis(now.0 + 30 * 24 * 3600 * 1000);
    assert!(publish(db, &scope, id, now, month).await.unwrap());
    id
}

async fn demo_survey_id(db: &Database) -> SurveyId {
    let scope = scope_of(db, "adatum").await;
    let slug = Slug::parse("customer-satisfaction").unwrap();
    find_survey_by_slug(db, &scope, &slug)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// The demo survey's page, once it is kept.
async fn cached(app: &TestApp) -> Page {
    let page = fetch(app, DEMO_PATH, None).await;
    let pages = pages(app);
    pages.run_pending_tasks().await;
    assert_eq!(pages.entries_of("adatum"), 1);
    page
}

/// Waits for the watcher to drop the tenant's pages (it hears of changes
/// as they are announced, on its own task).
async fn wait_until_dropped(pages: &PageCache, alias: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        pages.run_pending_tasks().await;
        if pages.entries_of(alias) == 0 {
            return;
        }
        assert!(Instant::now() < deadline, "the pages of {alias} were kept");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cached_page_matches_a_fresh_render() {
    let (app, uncached) = cached_and_uncached().await;
    let sent = "tailspin_sent=adatum/customer-satisfaction";
    let cases: [(&str, Option<&str>, u16); 8] = [
        (DEMO_PATH, None, 200),
        (DEMO_PATH, Some(sent), 200),
        ("/s/adatum/no-such-survey", None, 404),
        // Shares the entry of the address before it.
        ("/s/adatum/another-missing-one", None, 404),
        ("/s/nosuchtenant/customer-satisfaction", None, 404),
        ("/s/adatum/customer-satisfaction/thanks", None, 200),
        ("/s/adatum/product-feedback/thanks", None, 200),
        ("/s/fabrikam/anything/thanks", None, 200),
    ];
    let mut renders = pages(&app).renders();
    let mut keys = HashSet::new();
    for (path, cookie, status) in cases {
        let first = fetch(&app, path, cookie).await;
        let second = fetch(&app, path, cookie).await;
        let fresh = fetch(&uncached, path, cookie).await;
        assert_eq!(first.status, status, "{path}");
        assert_eq!(first.normalized(), fresh.normalized(), "{path}: first");
        assert_eq!(second.normalized(), fresh.normalized(), "{path}: second");
        assert_ne!(first.nonce(), second.nonce(), "{path}");
        let key = match (path, status) {
            (_, 404) => format!("error {}", path.split('/').nth(2).unwrap()),
            (p, _) if p.ends_with("/thanks") => format!("thanks {}", p.split('/').nth(2).unwrap()),
            (p, _) => format!("{p} {cookie:?}"),
        };
        if keys.insert(key) {
            renders += 1;
        }
        assert_eq!(
            pages(&app).renders(),
            renders,
            "{path}: one rendering per page"
        );
    }
    let with_note = fetch(&app, DEMO_PATH, Some(sent)).await;
    assert!(with_note.body.contains(r#"\"already_sent\":true"#));

    // Closed: 410, for this survey and any other closed one of the tenant.
    let scope = scope_of(&app.db, "adatum").await;
    let survey = demo_survey_id(&app.db).await;
    assert!(
        close(&app.db, &scope, survey, UnixMillis::now())
            .await
            .unwrap()
    );
    // The uncached server has its own survey cache (a second on SQLite,
    // where one process serves): wait until it sees the survey closed.
    let deadline = Instant::now() + Duration::from_secs(10);
    while fetch(&uncached, DEMO_PATH, None).await.status != 410 {
        assert!(
            Instant::now() < deadline,
            "the uncached server never saw the close"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for _ in 0..2 {
        let page = fetch(&app, DEMO_PATH, None).await;
        assert_eq!(page.status, 410);
        let fresh = fetch(&uncached, DEMO_PATH, None).await;
        assert_eq!(page.normalized(), fresh.normalized());
    }
    assert_eq!(pages(&app).renders(), renders + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nonce_is_fresh_and_matches_the_header() {
    let (app, _) = cached_and_uncached().await;
    let mut pages = Vec::new();
    for _ in 0..25 {
        pages.push(fetch(&app, DEMO_PATH, None).await);
    }
    let concurrent = (0..25).map(|_| fetch(&app, DEMO_PATH, None));
    pages.extend(futures_util::future::join_all(concurrent).await);
    let mut nonces = HashSet::new();
    for page in &pages {
        assert_eq!(page.status, 200);
        let nonce = page.nonce();
        let written: Vec<&str> = ["nonce=\"", "crossorigin=\""]
            .iter()
            .flat_map(|attribute| page.body.split(attribute).skip(1))
            .map(|rest| rest.split_once('"').unwrap().0)
            .collect();
        assert!(written.len() >= 2, "{}", page.body);
        assert!(
            written.iter().all(|w| *w == nonce),
            "{written:?} vs {nonce}"
        );
        assert!(nonces.insert(nonce));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotency_key_is_fresh_per_response() {
    let (app, _) = cached_and_uncached().await;
    let mut keys = HashSet::new();
    for _ in 0..20 {
        let page = fetch(&app, DEMO_PATH, None).await;
        let key = page.key().unwrap();
        assert!(IdempotencyKey::parse(&key).is_some(), "{key}");
        assert_eq!(page.body.matches(&key).count(), 2);
        assert!(
            page.body
                .contains(&format!(r#"\"idempotency_key\":\"{key}\""#))
        );
        assert!(keys.insert(key));
    }
    let page = fetch(&app, DEMO_PATH, None).await;
    let key = page.key().unwrap();
    let (_, questions) = app.demo_survey().await;
    let body = encode(&[
        ("idempotency_key", &key),
        (&field_name(questions[0].id), "4"),
        (&field_name(questions[1].id), "1"),
    ]);
    for _ in 0..2 {
        let response = app.post_form(DEMO_PATH, body.clone()).await;
        assert_eq!(response.status(), 303);
    }
    assert_eq!(app.stored_submissions().await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_tenants_page_never_reaches_another() {
    let (app, _) = cached_and_uncached().await;
    add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    publish_survey(
        &app.db,
        "fabrikam",
        "customer-satisfaction",
        "Fabrikam's own",
    )
    .await;
    let fabrikam = system_scope_of(&app.db, "fabrikam").await;
    set_stylesheet(
        &app.db,
        &fabrikam,
        "body { color: blue }",
        "fabv1",
        UnixMillis::now(),
    )
    .await
    .unwrap();

    let requests = (0..200).map(|i| {
        let alias = if i % 2 == 0 { "adatum" } else { "fabrikam" };
        let app = &app;
        async move {
            let page = fetch(app, &format!("/s/{alias}/customer-satisfaction"), None).await;
            (alias, page)
        }
    });
    let answered = futures_util::future::join_all(requests).await;
    let mut nonces = HashSet::new();
    for (alias, page) in answered {
        let other = if alias == "adatum" {
            "fabrikam"
        } else {
            "adatum"
        };
        assert_eq!(page.status, 200);
        assert!(
            page.body.contains(&format!("/branding/{alias}/")),
            "{alias}"
        );
        assert!(page.body.contains(&format!(
            r#"action="/s/{alias}/customer-satisfaction?lang=en""#
        )));
        assert!(
            !page.body.contains(&format!("/branding/{other}/")),
            "{alias}"
        );
        assert!(!page.body.contains(&format!("/s/{other}/")), "{alias}");
        let fabrikams =
            page.body.contains("Fabrikam&#x27;s own") || page.body.contains("Fabrikam's own");
        assert_eq!(fabrikams, alias == "fabrikam");
        assert_eq!(page.body.contains("fabv1"), alias == "fabrikam");
        assert!(page.body.contains(&format!("nonce=\"{}\"", page.nonce())));
        assert!(nonces.insert(page.nonce()));
    }
    // The demo tenant's other survey is not fabrikam's.
    let page = fetch(&app, "/s/fabrikam/product-feedback", None).await;
    assert_eq!(page.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn already_sent_follows_each_requests_cookie() {
    let (app, _) = cached_and_uncached().await;
    add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    publish_survey(
        &app.db,
        "fabrikam",
        "customer-satisfaction",
        "Fabrikam's own",
    )
    .await;
    let note = r#"\"already_sent\":true"#;
    for round in 0..6 {
        let cookie = match round % 3 {
            0 => None,
            1 => Some("tailspin_sent=adatum/customer-satisfaction"),
            _ => Some("tailspin_sent=fabrikam/customer-satisfaction"),
        };
        let page = fetch(&app, DEMO_PATH, cookie).await;
        assert_eq!(page.body.contains(note), round % 3 == 1, "round {round}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_post_keeps_answers_and_is_not_cached() {
    let (app, _) = cached_and_uncached().await;
    let (_, questions) = app.demo_survey().await;
    fetch(&app, DEMO_PATH, None).await;
    let renders = pages(&app).renders();
    let body = encode(&[
        ("idempotency_key", KEY_A),
        (&field_name(questions[0].id), "99"),
        (&field_name(questions[2].id), "kept words"),
    ]);
    let refused = app.post_form(DEMO_PATH, body).await;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("kept words"));
    assert!(refused.contains(KEY_A));

    let page = fetch(&app, DEMO_PATH, None).await;
    assert!(!page.body.contains("kept words"));
    assert!(!page.body.contains(KEY_A));
    assert_ne!(page.key().unwrap(), KEY_A);
    assert_eq!(pages(&app).renders(), renders);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_delete_branding_and_rename_drop_the_entry() {
    let (app, _) = cached_and_uncached().await;
    let pages = pages(&app);
    let scope = system_scope_of(&app.db, "adatum").await;

    // A new style sheet.
    let before = cached(&app).await;
    set_stylesheet(
        &app.db,
        &scope,
        "body { color: red }",
        "css2",
        UnixMillis::now(),
    )
    .await
    .unwrap();
    wait_until_dropped(pages, "adatum").await;
    let after = cached(&app).await;
    assert!(!before.body.contains("style.css?v=css2"));
    assert!(after.body.contains("style.css?v=css2"));

    // A new logo.
    let logo = StoredLogo {
        blob: "logos/new".into(),
        content_type: "image/png".into(),
        version: "logo2".into(),
    };
    set_logo(&app.db, &scope, Some(&logo), UnixMillis::now())
        .await
        .unwrap();
    wait_until_dropped(pages, "adatum").await;
    assert!(cached(&app).await.body.contains("logo?v=logo2"));

    // Renamed by an administrator.
    let tenant = find_tenant_by_alias(&app.db, &TenantAlias::parse("adatum").unwrap())
        .await
        .unwrap()
        .unwrap();
    let changes = TenantChanges {
        name: "Adatum Renamed".into(),
        plan: tenant.plan,
        status: tenant.status,
        region: tenant.region.clone(),
        limits: tenant.limits,
        contact_email: String::new(),
    };
    update_tenant(
        &app.db,
        tenant.id,
        &changes,
        None,
        app::storage::plan_changes::ChangedBy::tailspin("tests"),
    )
    .await
    .unwrap();
    wait_until_dropped(pages, "adatum").await;
    assert!(cached(&app).await.body.contains("Adatum Renamed"));

    // Closed.
    let survey = demo_survey_id(&app.db).await;
    assert!(
        close(&app.db, &scope, survey, UnixMillis::now())
            .await
            .unwrap()
    );
    wait_until_dropped(pages, "adatum").await;
    assert_eq!(fetch(&app, DEMO_PATH, None).await.status, 410);

    // Deleted.
    assert!(delete_survey(&app.db, &scope, survey).await.unwrap());
    wait_until_dropped(pages, "adatum").await;
    assert_eq!(fetch(&app, DEMO_PATH, None).await.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_instance_drops_the_entry() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let a = spawn_app_on(url.clone(), tempfile::tempdir().unwrap()).await;
    let b = spawn_app_with(url, tempfile::tempdir().unwrap(), |settings| {
        crate::helpers::beside(&a, settings);
        settings.demo_data = DemoData::Off;
    })
    .await;
    let b_pages = pages(&b);
    let scope = system_scope_of(&a.db, "adatum").await;
    cached(&b).await;
    set_stylesheet(
        &a.db,
        &scope,
        "body { color: red }",
        "pg-css",
        UnixMillis::now(),
    )
    .await
    .unwrap();
    wait_until_dropped(b_pages, "adatum").await;
    assert!(cached(&b).await.body.contains("style.css?v=pg-css"));

    let logo = StoredLogo {
        blob: "logos/pg".into(),
        content_type: "image/png".into(),
        version: "pg-logo".into(),
    };
    set_logo(&a.db, &scope, Some(&logo), UnixMillis::now())
        .await
        .unwrap();
    wait_until_dropped(b_pages, "adatum").await;
    assert!(cached(&b).await.body.contains("logo?v=pg-logo"));

    let survey = demo_survey_id(&a.db).await;
    assert!(
        close(&a.db, &scope, survey, UnixMillis::now())
            .await
            .unwrap()
    );
    wait_until_dropped(b_pages, "adatum").await;
    assert_eq!(fetch(&b, DEMO_PATH, None).await.status, 410);

    b_pages.run_pending_tasks().await;
    assert_eq!(b_pages.entries_of("adatum"), 1, "the 410 page is kept");
    assert!(delete_survey(&a.db, &scope, survey).await.unwrap());
    wait_until_dropped(b_pages, "adatum").await;
    assert_eq!(fetch(&b, DEMO_PATH, None).await.status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cache_stays_within_its_budget() {
    const BUDGET: u64 = 64 * 1024;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url.clone(), dir, |settings| {
        settings.page_cache_bytes = BUDGET;
    })
    .await;
    let pages = pages(&app);
    for i in 0..30 {
        publish_survey(
            &app.db,
            "adatum",
            &format!("budget-{i}"),
            &format!("Budget survey {i}"),
        )
        .await;
    }
    for round in 0..2 {
        for i in 0..30 {
            let page = fetch(&app, &format!("/s/adatum/budget-{i}"), None).await;
            assert_eq!(page.status, 200, "round {round}, survey {i}");
            assert!(page.body.contains(&format!("Budget survey {i}")));
            assert!(!page.body.contains(&format!("Budget survey {i}0")));
        }
    }
    pages.run_pending_tasks().await;
    assert!(pages.weighted_size() <= BUDGET, "{}", pages.weighted_size());
    assert!(pages.entry_count() < 30, "{}", pages.entry_count());
    assert!(pages.entry_count() > 0);

    // A page over the per-page limit is served and not kept.
    let scope = system_scope_of(&app.db, "adatum").await;
    let long = "Long text. ".repeat(60_000);
    let survey = NewSurvey {
        slug: Slug::parse("very-long").unwrap(),
        title: "Very long".into(),
        description: long.clone(),
        description_html: format!("<p>{long}</p>"),
        logic: None,
    };
    let now = UnixMillis::now();
    let id = create_draft(&app.db, &scope, &survey, now).await.unwrap();
    let question = QuestionDraft {
        text: "Read it?".into(),
        required: false,
        kind: QuestionKind::FreeText { max_length: 100 },
    };
    append_question(&app.db, &scope, id, &question)
        .await
        .unwrap()
        .unwrap();
    assert!(
        publish(&app.db, &scope, id, now, UnixMillis(now.0 + 86_400_000))
            .await
            .unwrap()
    );
    let roomy = spawn_app_with(url, tempfile::tempdir().unwrap(), |settings| {
        crate::helpers::beside(&app, settings);
        settings.demo_data = DemoData::Off;
    })
    .await;
    let roomy_pages = roomy.pages.as_ref().unwrap();
    for _ in 0..2 {
        let page = fetch(&roomy, "/s/adatum/very-long", None).await;
        assert_eq!(page.status, 200);
        assert!(page.body.len() > tailspin_server::page_cache::MAX_PAGE_BYTES);
        assert!(page.body.contains("Long text. Long text."));
    }
    roomy_pages.run_pending_tasks().await;
    assert_eq!(roomy_pages.entry_count(), 0);
    assert_eq!(roomy_pages.renders(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shuffled_surveys_render_per_response() {
    let (app, _) = cached_and_uncached().await;
    let path = "/s/adatum/product-feedback";
    let scope = scope_of(&app.db, "adatum").await;
    let stored = find_survey_by_slug(&app.db, &scope, &Slug::parse("product-feedback").unwrap())
        .await
        .unwrap()
        .unwrap();
    let (question, options) = stored
        .survey
        .questions
        .iter()
        .find_map(|q| match &q.kind {
            QuestionKind::Checkboxes { list, .. } if list.shuffle => Some((q, list.options.len())),
            _ => None,
        })
        .expect("the demo survey shuffles a question");
    let renders = pages(&app).renders();
    let mut keys = HashSet::new();
    for _ in 0..4 {
        let page = fetch(&app, path, None).await;
        assert_eq!(page.status, 200);
        let key = page.key().unwrap();
        assert!(keys.insert(key.clone()));
        let name = field_name(question.id);
        let shown: Vec<usize> = page
            .body
            .split(&format!(r#"id="{name}-"#))
            .skip(1)
            .filter_map(|rest| rest.split_once('"')?.0.parse().ok())
            .collect();
        assert_eq!(shown, option_order(options, true, &key, question.id));
    }
    pages(&app).run_pending_tasks().await;
    assert_eq!(pages(&app).renders(), renders, "nothing was kept for it");
    assert_eq!(pages(&app).entries_of("adatum"), 0);
}
