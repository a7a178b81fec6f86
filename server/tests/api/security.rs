//! The defences of the security review (issue 19), each tried the way an
//! attacker would: outbound requests, cross-site requests, sign-in behind a
//! proxy, sessions that must end, and answers with control characters.

use std::net::IpAddr;
use std::time::Duration;

use app::domain::field_name;
use reqwest::Method;

use crate::helpers::{
    DEMO_PASSWORD, DEMO_PATH, KEY_A, TestApp, encode, send, session_cookie, signed_in_as,
    spawn_app, spawn_app_with, spawn_postgres_app,
};

/// Whether anything connected to `listener` so far (a connection waits in
/// the backlog until accepted, so this sees every earlier attempt).
async fn anyone_connected(listener: &tokio::net::TcpListener) -> bool {
    tokio::time::timeout(Duration::from_millis(200), listener.accept())
        .await
        .is_ok()
}

fn problem_message(body: &serde_json::Value) -> String {
    body["Invalid"][0]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("not an Invalid error: {body}"))
        .to_owned()
}

/// Anyone, signed in or not, can press "Test connection" on the sign-up
/// page. With the default settings it must not reach this machine or the
/// private network.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_connection_does_not_reach_internal_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |s| {
        s.outbound_allow = app::outbound::OutboundPolicy::default();
    })
    .await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    for issuer in [
        format!("https://127.0.0.1:{port}"),
        format!("http://127.0.0.1:{port}"),
        format!("https://localhost:{port}"),
        "https://169.254.169.254".to_owned(),
        "https://[::1]".to_owned(),
    ] {
        let (status, body) = app
            .call("test_identity_provider", &[("issuer", &issuer)])
            .await;
        assert_eq!(status, 422, "{issuer}: {body}");
        let message = problem_message(&body);
        assert!(
            message.contains("is an internal address") || message.contains("must use https"),
            "{issuer}: {message}"
        );
    }
    assert!(
        !anyone_connected(&listener).await,
        "nothing connected to this machine"
    );
}

/// A discovery document of the tester's choosing, served on loopback (which
/// the test settings allow-list).
async fn serve_discovery(document: impl Fn(&str) -> serde_json::Value) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let body = document(&issuer).to_string();
    let router = axum::Router::new().route(
        "/.well-known/openid-configuration",
        axum::routing::get(move || {
            let body = body.clone();
            async move { ([("content-type", "application/json")], body) }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await });
    issuer
}

fn discovery(issuer: &str, jwks_uri: &str, token_endpoint: &str) -> serde_json::Value {
    serde_json::json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/auth"),
        "token_endpoint": token_endpoint,
        "jwks_uri": jwks_uri,
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    })
}

/// A provider on loopback that counts the requests for its discovery
/// document and its keys.
async fn counting_provider() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let document = discovery(
        &issuer,
        &format!("{issuer}/jwks"),
        &format!("{issuer}/token"),
    )
    .to_string();
    let (counted_document, counted_keys) = (requests.clone(), requests.clone());
    let router = axum::Router::new()
        .route(
            "/.well-known/openid-configuration",
            axum::routing::get(move || {
                counted_document.fetch_add(1, Ordering::SeqCst);
                let body = document.clone();
                async move { ([("content-type", "application/json")], body) }
            }),
        )
        .route(
            "/jwks",
            axum::routing::get(move || {
                counted_keys.fetch_add(1, Ordering::SeqCst);
                async move { ([("content-type", "application/json")], r#"{"keys":[]}"#) }
            }),
        );
    tokio::spawn(async move { axum::serve(listener, router).await });
    (issuer, requests)
}

/// Discovery and keys are fetched once per issuer and then kept: pressing
/// "Test connection" (or loading a sign-in page) again costs no request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discovery_is_cached_per_issuer() {
    let app = spawn_app().await;
    let (issuer, requests) = counting_provider().await;
    for _ in 0..3 {
        let (status, body) = app
            .call("test_identity_provider", &[("issuer", &issuer)])
            .await;
        assert_eq!(status, 200, "{body}");
        assert!(body.to_string().contains("Connected"), "{body}");
    }
    assert_eq!(
        requests.load(std::sync::atomic::Ordering::SeqCst),
        2,
        "one discovery document and one key set"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discovery_document_cannot_send_the_server_to_another_host() {
    let app = spawn_app().await;
    let elsewhere = serve_discovery(|issuer| {
        discovery(
            issuer,
            "http://169.254.169.254/latest/meta-data/",
            &format!("{issuer}/token"),
        )
    })
    .await;
    let token_elsewhere = serve_discovery(|issuer| {
        discovery(
            issuer,
            &format!("{issuer}/jwks"),
            "https://token.evil.example/token",
        )
    })
    .await;
    for (issuer, endpoint) in [(elsewhere, "jwks_uri"), (token_elsewhere, "token_endpoint")] {
        let (status, body) = app
            .call("test_identity_provider", &[("issuer", &issuer)])
            .await;
        assert_eq!(status, 422, "{body}");
        let message = problem_message(&body);
        assert!(
            message.contains(endpoint) && message.contains("not on the issuer's host"),
            "{message}"
        );
    }
}

/// A request carrying the session cookie changes something only when it
/// says it comes from this site (`Sec-Fetch-Site` or a matching `Origin`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_in_requests_must_say_which_site_they_come_from() {
    let app = spawn_app().await;
    let signed_in = app
        .post_form_as(
            &app.client,
            "/t/adatum/login",
            &[
                ("email", "creator@adatum.example"),
                ("password", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(signed_in.status(), 303);
    let cookie = session_cookie(&signed_in).expect("a session cookie");
    let create = |title: &'static str| {
        app.request(Method::POST, "/api/create_survey")
            .header("cookie", &cookie)
            .header("accept", "application/json")
            .form(&[("tenant", "adatum"), ("title", title), ("slug", "")])
    };
    let unstated = send(create("Unstated")).await;
    assert_eq!(unstated.status(), 403);
    assert!(
        unstated
            .text()
            .await
            .unwrap()
            .contains("did not say which site")
    );
    let other = send(create("Other").header("origin", "http://evil.example")).await;
    assert_eq!(other.status(), 403);
    let same = send(create("Same").header("origin", &app.address)).await;
    assert_eq!(same.status(), 200);
    // Without the cookie, nobody is signed in: the anonymous public may
    // still answer surveys from anywhere that is not a browser page.
    let anonymous = answer_demo_survey(&app, "").await;
    assert_eq!(anonymous.status(), 303);
}

/// Behind the documented load balancer every request comes from the
/// proxy's address: failures must be counted per client, as the rate limit
/// counts them, or one guesser locks password sign-in for everybody.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_failures_behind_a_trusted_proxy_count_per_client() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = spawn_app_with(url, dir, |s| {
        s.trusted_proxies = vec!["127.0.0.1".parse::<IpAddr>().unwrap()];
    })
    .await;
    let attempt = |email: String, password: &'static str, client: &'static str| {
        send(
            app.request(Method::POST, "/t/adatum/login")
                .header("x-forwarded-for", client)
                .form(&[("email", email.as_str()), ("password", password)]),
        )
    };
    for n in 0..=app::auth::MAX_FAILURES_PER_ADDRESS {
        let response = attempt(
            format!("guess{n}@adatum.example"),
            "wrong wrong wrong",
            "203.0.113.9",
        )
        .await;
        assert!(matches!(response.status().as_u16(), 401 | 429));
    }
    let guesser = attempt("admin@adatum.example".into(), DEMO_PASSWORD, "203.0.113.9").await;
    assert_eq!(guesser.status(), 429, "the guessing client waits");
    let someone_else = attempt("admin@adatum.example".into(), DEMO_PASSWORD, "198.51.100.7").await;
    assert_eq!(someone_else.status(), 303, "another client signs in");
}

async fn user_id(admin: &reqwest::Client, app: &TestApp, email: &str) -> String {
    let (status, page) = app
        .call_as(admin, "load_users", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200, "{page}");
    page["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["sign_in_name"] == email)
        .unwrap_or_else(|| panic!("{email} in {page}"))["id"]
        .to_string()
}

async fn dashboard_status(client: &reqwest::Client, app: &TestApp) -> u16 {
    app.get_as(client, "/t/adatum").await.status().as_u16()
}

/// A reset password, a changed role and a removal sign the user out at
/// once; the Administrator changing their own password stays signed in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_changes_end_the_users_sessions() {
    let app = spawn_app().await;
    let creator = "creator@adatum.example";
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let id = user_id(&admin, &app, creator).await;

    let victim = signed_in_as(&app, "/t/adatum/login", creator, DEMO_PASSWORD).await;
    assert_eq!(dashboard_status(&victim, &app).await, 200);
    let new_password = "a brand new password";
    let (status, body) = app
        .call_as(
            &admin,
            "reset_user_password",
            &[
                ("tenant", "adatum"),
                ("user", &id),
                ("password", new_password),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(dashboard_status(&victim, &app).await, 302, "after a reset");

    let victim = signed_in_as(&app, "/t/adatum/login", creator, new_password).await;
    let (status, body) = app
        .call_as(
            &admin,
            "change_user_role",
            &[
                ("tenant", "adatum"),
                ("user", &id),
                ("role", "administrator"),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        dashboard_status(&victim, &app).await,
        302,
        "after a role change"
    );

    let victim = signed_in_as(&app, "/t/adatum/login", creator, new_password).await;
    let (status, body) = app
        .call_as(
            &admin,
            "remove_user",
            &[("tenant", "adatum"), ("user", &id)],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(dashboard_status(&victim, &app).await, 302, "after removal");

    let own = user_id(&admin, &app, "admin@adatum.example").await;
    let (status, body) = app
        .call_as(
            &admin,
            "reset_user_password",
            &[
                ("tenant", "adatum"),
                ("user", &own),
                ("password", new_password),
            ],
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        dashboard_status(&admin, &app).await,
        200,
        "own session kept"
    );
}

/// Suspending signs the tenant's users out: re-activating does not bring
/// their old sessions back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suspending_a_tenant_ends_its_users_sessions() {
    let app = spawn_app().await;
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(dashboard_status(&creator, &app).await, 200);
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    for status in ["suspended", "active"] {
        let (code, body) = app
            .call_as(
                &ops,
                "set_subscriber_status",
                &[
                    ("alias", "adatum"),
                    ("status", status),
                    ("confirmed", "yes"),
                ],
            )
            .await;
        assert_eq!(code, 200, "{status}: {body}");
    }
    assert_eq!(dashboard_status(&creator, &app).await, 302);
}

/// Suspending asks for a ticked box first; without it nothing changes and
/// nobody is signed out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suspending_a_tenant_needs_confirmation() {
    let app = spawn_app().await;
    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let (code, body) = app
        .call_as(
            &ops,
            "set_subscriber_status",
            &[("alias", "adatum"), ("status", "suspended")],
        )
        .await;
    assert_eq!(code, 422, "{body}");
    assert!(body.to_string().contains("Tick the box"), "{body}");
    assert_eq!(dashboard_status(&creator, &app).await, 200, "still active");
}

/// Posts the demo survey without JavaScript, with `text` as the free answer.
async fn answer_demo_survey(app: &TestApp, text: &str) -> reqwest::Response {
    let (_, questions) = app.demo_survey().await;
    app.post_form(
        DEMO_PATH,
        encode(&[
            ("idempotency_key", KEY_A),
            (&field_name(questions[0].id), "4"),
            (&field_name(questions[1].id), "1"),
            (&field_name(questions[2].id), text),
        ]),
    )
    .await
}

async fn control_characters_are_refused(app: &TestApp) {
    for text in ["nul\0byte", "escape \u{1b}[2J", "bell\u{7}"] {
        let response = answer_demo_survey(app, text).await;
        assert_eq!(response.status(), 422, "{text:?}");
        let page = response.text().await.unwrap();
        assert!(page.contains("control characters"), "{text:?}");
    }
    assert!(app.stored_submissions().await.is_empty());
    let fine = answer_demo_survey(app, "Line one\r\n\tLine two").await;
    assert_eq!(fine.status(), 303);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_with_control_characters_are_refused_on_sqlite() {
    control_characters_are_refused(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_with_control_characters_are_refused_on_postgresql() {
    let Some(app) = spawn_postgres_app().await else {
        return;
    };
    control_characters_are_refused(&app).await;
}

/// Words in a page's address appear on the page only when this server put
/// them there (a refused form coming back); a forged link loses them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_servers_own_messages_are_shown_from_the_address() {
    let app = spawn_app().await;
    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let forged = app
        .get_as(
            &ops,
            "/admin/restore?error=Your+account+is+locked.+Call+0800+EVIL",
        )
        .await;
    assert_eq!(forged.status(), 303);
    assert_eq!(forged.headers()["location"], "/admin/restore");

    let forged_action = app
        .get_as(
            &ops,
            "/admin/restore?__path=%2Fapi%2Fload_admin_home&__err=eyJCYWRSZXF1ZXN0IjoiQ2FsbCB1cyJ9",
        )
        .await;
    assert_eq!(forged_action.status(), 303);

    // A message smuggled in through the Referer (which Leptos turns into the
    // redirect of a refused form) is not signed along with the real one.
    let smuggled = send(
        app.request(Method::POST, "/api/test_identity_provider")
            .header("accept", "text/html")
            .header("referer", app.url("/admin/restore?error=Call+0800+EVIL"))
            .form(&[("issuer", "not-a-url")]),
    )
    .await;
    let location = smuggled.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("__err="), "{location}");
    assert!(!location.contains("EVIL"), "{location}");

    // A real refusal comes back signed, and is shown.
    let refused = app
        .post_multipart_as(
            &ops,
            "/admin/restore/upload",
            reqwest::multipart::Form::new().text("alias", "restored"),
        )
        .await;
    assert_eq!(refused.status(), 303);
    let location = refused.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("__sig="), "{location}");
    let page = app.get_as(&ops, &location).await;
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Choose the backup archive to restore.")
    );
}

/// Sends `body` to a server function in chunks (no Content-Length, as a
/// streaming client would) and returns the response's status line.
async fn post_chunked(app: &TestApp, path: &str, body: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = app.host();
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\
         Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    for chunk in body.chunks(64 * 1024) {
        let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), chunk, b"\r\n"].concat();
        if stream.write_all(&framed).await.is_err() {
            break; // the server may answer and close before the end
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut response = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut response)).await;
    String::from_utf8_lossy(&response)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// A body sent in chunks is held to the same limit as one with a length:
/// 413 past it, and below it the function works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chunked_bodies_are_limited_like_any_other() {
    let app = spawn_app().await;
    let small = br#"{"tenant":"adatum","slug":"customer-satisfaction","fields":[]}"#;
    let answered = post_chunked(&app, "/api/submit_answers", small).await;
    assert!(answered.contains(" 200 "), "{answered}");
    let padding = "x".repeat(3 * 1024 * 1024);
    let large = format!(
        r#"{{"tenant":"adatum","slug":"customer-satisfaction","fields":[["pad","{padding}"]]}}"#
    );
    let refused = post_chunked(&app, "/api/submit_answers", large.as_bytes()).await;
    assert!(refused.contains(" 413 "), "{refused}");
}

/// Every request saves its session when it ends; one that was in flight
/// while the session was deleted (a password reset) must not bring it back.
async fn a_deleted_session_stays_deleted(app: &TestApp) {
    use tower_sessions::session::{Id, Record};
    use tower_sessions::session_store::SessionStore;
    let store = tailspin_server::sessions::DatabaseSessionStore::open(&app.db)
        .await
        .unwrap();
    let scope = app::auth::public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let email = app::domain::Email::parse("creator@adatum.example").unwrap();
    let creator = app::storage::users::find_user_by_email(&app.db, &scope, &email)
        .await
        .unwrap()
        .unwrap();
    let principal = app::auth::Principal::TenantUser {
        tenant: scope.tenant_id(),
        user: creator.id,
    };
    let mut record = Record {
        id: Id::default(),
        data: [(
            app::auth::PRINCIPAL_KEY.to_owned(),
            serde_json::to_value(principal).unwrap(),
        )]
        .into_iter()
        .collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
    };
    store.create(&mut record).await.unwrap();
    // A request has loaded the session; meanwhile the password is reset.
    let ended = app::storage::sessions::delete_user_sessions(&app.db, &scope, creator.id, None)
        .await
        .unwrap();
    assert_eq!(ended, 1);
    // The request ends and saves the session it loaded.
    store.save(&record).await.unwrap();
    assert!(store.load(&record.id).await.unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_session_stays_deleted_on_sqlite() {
    a_deleted_session_stays_deleted(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_session_stays_deleted_on_postgresql() {
    let Some(app) = spawn_postgres_app().await else {
        return;
    };
    a_deleted_session_stays_deleted(&app).await;
}
