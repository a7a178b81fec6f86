use app::auth::public_scope;
use app::domain::{Plan, Question, Slug, SurveyId, TenantAlias, TenantStatus, UnixMillis};
use app::storage::submissions::{StoredSubmission, list_submissions, queued_messages};
use app::storage::surveys::find_survey_by_slug;
use app::storage::tenants::{NewTenant, TenantRecord, create_tenant};
use app::storage::{Database, Pool};
use reqwest::{Client, Method, RequestBuilder, Response};
use serde::Serialize;
use tailspin_server::{Application, Settings};

pub struct TestApp {
    pub address: String,
    pub db: Database,
    pub client: reqwest::Client,
    /// The key the server seals tenants' secrets with.
    pub key: app::secrets::ServerKey,
    /// The server's page cache, when it runs in this process.
    pub pages: Option<tailspin_server::page_cache::PageCache>,
    _dir: tempfile::TempDir,
}

/// Like a browser: keeps cookies, does not follow redirects (tests look at
/// each one), asks for HTML (which is what makes the server answer an
/// anonymous page load with a redirect) and says its requests come from the
/// site's own pages, as a browser's fetch metadata would.
pub fn browser() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("accept", "text/html".parse().unwrap());
    headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
    reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap()
}

/// Starts the server on a free port with a fresh SQLite file and the demo data.
/// Tests use the multi-threaded runtime, as the server binary does.
pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    spawn_app_on(url, dir).await
}

/// A fresh, empty PostgreSQL database on the test server, when the test
/// command provides one (TEST_POSTGRES_URL); required when
/// TAILSPIN_REQUIRE_POSTGRES=1.
pub async fn fresh_postgres_url() -> Option<String> {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("TAILSPIN_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "TAILSPIN_REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set"
        );
        return None;
    };
    let name = format!("tailspin_it_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(&admin_url).await.unwrap();
    let Pool::Postgres(pool) = admin.pool().clone() else {
        panic!("TEST_POSTGRES_URL is not PostgreSQL")
    };
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let (server, _) = admin_url
        .split('?')
        .next()
        .unwrap()
        .rsplit_once('/')
        .unwrap();
    Some(format!("{server}/{name}"))
}

/// The server on a fresh PostgreSQL database, when the test command
/// provides one (see `fresh_postgres_url`).
pub async fn spawn_postgres_app() -> Option<TestApp> {
    let url = fresh_postgres_url().await?;
    Some(spawn_app_on(url, tempfile::tempdir().unwrap()).await)
}

/// Starts the server on `database_url`; `dir` holds its blobs.
pub async fn spawn_app_on(database_url: String, dir: tempfile::TempDir) -> TestApp {
    spawn_app_with(database_url, dir, |_| {}).await
}

/// Like `spawn_postgres_app`, with the settings adjusted by `adjust`.
pub async fn spawn_postgres_app_with(adjust: impl FnOnce(&mut Settings)) -> Option<TestApp> {
    let url = fresh_postgres_url().await?;
    Some(spawn_app_with(url, tempfile::tempdir().unwrap(), adjust).await)
}

/// Like `spawn_app_on`, with the settings adjusted by `adjust`.
pub async fn spawn_app_with(
    database_url: String,
    dir: tempfile::TempDir,
    adjust: impl FnOnce(&mut Settings),
) -> TestApp {
    spawn_app_until(database_url, dir, adjust, std::future::pending())
        .await
        .0
}

/// Like `spawn_app_with`; the server shuts down when `stop` completes, and
/// the returned handle finishes when the shutdown has.
pub async fn spawn_app_until(
    database_url: String,
    dir: tempfile::TempDir,
    adjust: impl FnOnce(&mut Settings),
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> (TestApp, tokio::task::JoinHandle<std::io::Result<()>>) {
    let mut settings = Settings {
        listen_addr: "127.0.0.1:0".parse().unwrap(),
        database_url,
        blob_dir: dir.path().join("blobs"),
        export_dir: dir.path().join("exports"),
        outbox_dir: dir.path().join("outbox"),
        site_root: dir.path().join("site"),
        demo_data: tailspin_server::config::DemoData::On,
        secret_key_file: dir.path().join("secret.key"),
        // Tests that look at the queue must see it as the submission left
        // it; the statistics tests switch the task on.
        statistics_in_process: false,
        // Every test client is 127.0.0.1; the limits have their own test.
        submissions_per_minute: 100_000,
        sign_ins_per_minute: 100_000,
        // Tests answer at machine speed; the minimum fill time has its own.
        min_fill_seconds: 0,
        // The test identity providers listen on loopback; the outbound
        // guard's own tests use the default (nothing allowed).
        outbound_allow: app::outbound::OutboundPolicy::parse("127.0.0.1/32").unwrap(),
        ..Settings::default()
    };
    adjust(&mut settings);
    let key = tailspin_server::server_key::load_server_key(&settings).unwrap();
    let app = Application::build(settings).await.expect("server starts");
    let address = format!("http://{}", app.address());
    let db = app.database().clone();
    let pages = app.page_cache().clone();
    let running = tokio::spawn(app.run_until(stop));
    let mut test_app = TestApp::attach(address, db, key, dir);
    test_app.pages = Some(pages);
    (test_app, running)
}

/// Another instance beside `other` on the same database: the same server
/// key and blob store, as every instance of one database needs.
pub fn beside(other: &TestApp, settings: &mut Settings) {
    settings.secret_key_file = other._dir.path().join("secret.key");
    settings.blob_dir = other._dir.path().join("blobs");
}

impl TestApp {
    /// A handle on a server already running at `address` (another process)
    /// that stores in `db` and seals with `key`.
    pub fn attach(
        address: String,
        db: Database,
        key: app::secrets::ServerKey,
        dir: tempfile::TempDir,
    ) -> TestApp {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // A request that hangs fails its test instead of stalling the run.
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap();
        TestApp {
            address,
            db,
            client,
            key,
            pages: None,
            _dir: dir,
        }
    }
}

pub const DEMO_PATH: &str = "/s/adatum/customer-satisfaction";

impl TestApp {
    /// The test's own directory (the server's files are inside it).
    pub fn dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    /// `path` (with any query) on this server, as a full URL.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// The `host:port` the server listens on, for tests that speak HTTP
    /// over a bare TCP connection.
    pub fn host(&self) -> &str {
        self.address.trim_start_matches("http://")
    }

    /// A request to `path` from the plain test client (no cookies, no
    /// redirects followed), for a test that adds headers or a body before
    /// it hands it to `send`.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.request_as(&self.client, method, path)
    }

    /// Like `request`, from `client`: a `browser()` with its cookies, say.
    pub fn request_as(&self, client: &Client, method: Method, path: &str) -> RequestBuilder {
        client.request(method, self.url(path))
    }

    pub async fn get(&self, path: &str) -> Response {
        self.get_as(&self.client, path).await
    }

    pub async fn get_as(&self, client: &Client, path: &str) -> Response {
        send(self.request_as(client, Method::GET, path)).await
    }

    /// Posts `body`, already form-encoded (see `encode`), as the plain client.
    pub async fn post_form(&self, path: &str, body: impl Into<reqwest::Body>) -> Response {
        send(
            self.request(Method::POST, path)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await
    }

    /// Posts with no body as `client` (signing out, say).
    pub async fn post_as(&self, client: &Client, path: &str) -> Response {
        send(self.request_as(client, Method::POST, path)).await
    }

    /// Posts the fields of `form`, form-encoded, as `client`.
    pub async fn post_form_as<F: Serialize + ?Sized>(
        &self,
        client: &Client,
        path: &str,
        form: &F,
    ) -> Response {
        send(self.request_as(client, Method::POST, path).form(form)).await
    }

    /// Posts a multipart `form` (an upload) as `client`.
    pub async fn post_multipart_as(
        &self,
        client: &Client,
        path: &str,
        form: reqwest::multipart::Form,
    ) -> Response {
        send(self.request_as(client, Method::POST, path).multipart(form)).await
    }

    /// Calls the server function `function` as the plain client; see
    /// `call_as`.
    pub async fn call<F: Serialize + ?Sized>(
        &self,
        function: &str,
        form: &F,
    ) -> (u16, serde_json::Value) {
        self.call_as(&self.client, function, form).await
    }

    /// Calls the server function `function` as `client` with the fields of
    /// `form`; returns the status and the JSON body (or the text as a JSON
    /// string when it is not JSON).
    pub async fn call_as<F: Serialize + ?Sized>(
        &self,
        client: &Client,
        function: &str,
        form: &F,
    ) -> (u16, serde_json::Value) {
        let response = send(
            self.request_as(client, Method::POST, &format!("/api/{function}"))
                .header("accept", "application/json")
                .form(form),
        )
        .await;
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
        )
    }

    /// Sends only a request head announcing `length` body bytes and returns
    /// the raw response head; a server that answers without reading the body
    /// can be observed without a client racing to write it.
    pub async fn send_headers_only(&self, method: &str, path: &str, length: usize) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let host = self.host();
        let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut buffer = vec![0; 1024];
        let read =
            tokio::time::timeout(std::time::Duration::from_secs(10), stream.read(&mut buffer))
                .await
                .expect("the server answers without waiting for the body")
                .unwrap();
        String::from_utf8_lossy(&buffer[..read]).into_owned()
    }

    /// The demo survey's id and questions (rating, choice, free text).
    pub async fn demo_survey(&self) -> (SurveyId, Vec<Question>) {
        let scope = public_scope(&self.db, "adatum", app::auth::PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let stored = find_survey_by_slug(
            &self.db,
            &scope,
            &Slug::parse("customer-satisfaction").unwrap(),
        )
        .await
        .unwrap()
        .expect("demo survey exists");
        (stored.id, stored.survey.questions)
    }

    /// The scope a background task of the Tailspin platform has over the
    /// tenant `alias`, for tests that call services and storage directly.
    pub async fn system_scope_of(&self, alias: &str) -> app::auth::TenantScope {
        let tenant = app::storage::tenants::find_tenant_by_alias(
            &self.db,
            &TenantAlias::parse(alias).unwrap(),
        )
        .await
        .unwrap()
        .expect("the tenant exists");
        app::auth::system_scope(
            &tenant,
            app::services::grants::SystemGrant::for_tests(
                app::services::grants::SystemTask::PlatformAdministration,
            ),
        )
    }

    /// On PostgreSQL, readers in commit order (webhooks, the API's response
    /// cursor) see a row once every transaction older than it has ended,
    /// in any database of the cluster the tests share: waits until all
    /// that was committed before this call is that old.
    pub async fn settled(&self) {
        let Pool::Postgres(pool) = self.db.pool() else {
            return;
        };
        let mark: i64 = sqlx::query_scalar("SELECT pg_current_xact_id()::text::bigint")
            .fetch_one(pool)
            .await
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let horizon: i64 =
                sqlx::query_scalar("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                    .fetch_one(pool)
                    .await
                    .unwrap();
            if horizon > mark {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "a transaction of the cluster stayed open for 30 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    pub async fn stored_submissions(&self) -> Vec<StoredSubmission> {
        let (survey, _) = self.demo_survey().await;
        let scope = public_scope(&self.db, "adatum", app::auth::PublicSiteGrant::for_tests())
            .await
            .unwrap();
        list_submissions(&self.db, &scope, survey, None, 100)
            .await
            .unwrap()
    }

    pub async fn queued(&self) -> i64 {
        let (survey, _) = self.demo_survey().await;
        let scope = public_scope(&self.db, "adatum", app::auth::PublicSiteGrant::for_tests())
            .await
            .unwrap();
        queued_messages(&self.db, &scope, survey).await.unwrap()
    }
}

/// A page's markup without the empty comments (`<!>`) that Leptos puts
/// after text for hydration, so that a test can look for a run of markup.
pub fn markup(html: &str) -> String {
    html.replace("<!>", "")
}

/// The idempotency key a survey page carries.
pub fn page_key(page: &str) -> String {
    page.split("name=\"idempotency_key\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page carries a key")
        .to_owned()
}

pub fn encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn urlencode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

pub const KEY_A: &str = "0b7f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e";
pub const KEY_B: &str = "1c8f3d2f-4e5b-4c6d-9eaf-1a2b3c4d5e6f";

/// Gives `alias` ten million responses a month, as a Tailspin
/// administrator could, for tests that send more than its plan takes.
pub async fn lift_monthly_limit(db: &Database, alias: &str) {
    use app::storage::tenants::{TenantChanges, find_tenant_by_alias, update_tenant};
    let tenant = find_tenant_by_alias(db, &TenantAlias::parse(alias).unwrap())
        .await
        .unwrap()
        .unwrap();
    let mut limits = tenant.limits;
    limits.monthly_responses = Some(10_000_000);
    let changes = TenantChanges {
        name: tenant.name,
        plan: tenant.plan,
        status: tenant.status,
        region: tenant.region,
        limits,
        contact_email: tenant.contact_email,
    };
    update_tenant(
        db,
        tenant.id,
        &changes,
        None,
        app::storage::plan_changes::ChangedBy::tailspin("tests"),
    )
    .await
    .unwrap()
    .unwrap();
}

/// Registers another active Standard tenant next to the demo one.
pub async fn add_tenant(db: &Database, alias: &str, name: &str) -> TenantRecord {
    create_tenant(
        db,
        &NewTenant {
            alias: TenantAlias::parse(alias).unwrap(),
            name: name.into(),
            plan: Plan::Standard,
            status: TenantStatus::Active,
            region: "europe".into(),
            contact_email: String::new(),
            default_language: None,
        },
        UnixMillis::now(),
    )
    .await
    .unwrap()
}

/// The `name=value` of the session cookie a response sets, if it sets one.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("tailspin_session="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
}

pub const DEMO_PASSWORD: &str = tailspin_server::config::DEFAULT_DEMO_PASSWORD;

/// A browser signed in with a password at `login_path`.
pub async fn signed_in_as(
    app: &TestApp,
    login_path: &str,
    email: &str,
    password: &str,
) -> reqwest::Client {
    let client = browser();
    let response = app
        .post_form_as(
            &client,
            login_path,
            &[("email", email), ("password", password)],
        )
        .await;
    assert_eq!(response.status(), 303, "{email} signs in");
    client
}

/// Sends `request`: the one place a test's request goes out; a test fails
/// when it gets no response.
pub async fn send(request: RequestBuilder) -> Response {
    request.send().await.unwrap()
}

/// The (field, message) pairs of an `Invalid` error.
pub fn problems(error: &serde_json::Value) -> Vec<(String, String)> {
    error["Invalid"]
        .as_array()
        .unwrap_or_else(|| panic!("not an Invalid error: {error}"))
        .iter()
        .map(|p| {
            let text = |key: &str| p[key].as_str().unwrap().to_owned();
            (text("field"), text("message"))
        })
        .collect()
}

/// Each stored API key's prefix and secret hash, oldest first.
pub async fn api_key_rows(app: &TestApp) -> Vec<(String, String)> {
    let sql = "SELECT prefix, secret_hash FROM api_keys ORDER BY id";
    match app.db.pool() {
        Pool::Sqlite(pool) => sqlx::query_as(sql).fetch_all(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_as(sql).fetch_all(pool).await.unwrap(),
    }
}

/// Each stored API key's id, oldest first.
pub async fn api_key_ids(app: &TestApp) -> Vec<i64> {
    let sql = "SELECT id FROM api_keys ORDER BY id";
    match app.db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await.unwrap(),
    }
}

/// A handle on the database at `url` that seals and opens answers as a
/// server whose data directory is `dir` does: the server key in
/// `dir/secret.key` (made when missing) and the tenants' data keys under
/// `dir/blobs`. For tests that read or write answers beside a server
/// process or in place of one.
pub async fn connect_keyed(url: &str, dir: &std::path::Path) -> Database {
    let key_file = dir.join("secret.key");
    let key = match std::fs::read_to_string(&key_file) {
        Ok(text) => app::secrets::ServerKey::from_base64(&text).unwrap(),
        Err(_) => {
            let key = app::secrets::ServerKey::generate();
            std::fs::write(&key_file, key.to_base64()).unwrap();
            key
        }
    };
    let blobs = dir.join("blobs");
    std::fs::create_dir_all(&blobs).unwrap();
    let db = Database::connect(url).await.unwrap();
    db.install_data_keys(
        key,
        std::sync::Arc::new(object_store::local::LocalFileSystem::new_with_prefix(blobs).unwrap()),
    );
    db
}

/// A page's body: what a reader sees, without the head (whose
/// `tailspin-texts` meta carries every message the page's bundle may show).
pub fn page_body(html: &str) -> &str {
    html.find("<body").map_or(html, |at| &html[at..])
}
