#![allow(dead_code, unused_imports)]
//! Databases for the suite and the data most tests start from.

pub use app::auth::{
    PublicSiteGrant, SystemGrant, SystemTask, TenantScope, public_scope, system_scope,
};
pub use app::domain::{
    AnswerValue, IdempotencyKey, Plan, QuestionKind, Slug, SubmissionId, TenantAlias, TenantStatus,
    UnixMillis, ValidAnswer,
};
pub use app::error::AppError;
pub use app::storage::drafts::{NewQuestion, NewSurvey, append_question, create_draft};
pub use app::storage::submissions::{
    StoreOutcome, list_submissions, queued_messages, store_submission,
};
pub use app::storage::surveys::{close, find_survey_by_slug, list_open_surveys, publish};
pub use app::storage::tenants::{
    NewTenant, TenantRecord, count_tenants, create_tenant, find_tenant_by_alias,
};
pub use app::storage::{Database, Pool, is_unique_violation};

pub const NOW: UnixMillis = UnixMillis(1_795_305_600_000);

pub struct TestDb {
    pub db: Database,
    /// Where the database is, for a second connection (another instance).
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    /// The blob store of the tenants' data keys, and the server key that
    /// seals them (a second instance installs both).
    pub keys: KeyStore,
}

pub struct KeyStore {
    pub server_key: app::secrets::ServerKey,
    pub dir: tempfile::TempDir,
}

impl KeyStore {
    pub fn new() -> KeyStore {
        KeyStore {
            server_key: app::secrets::ServerKey::generate(),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn store(&self) -> std::sync::Arc<dyn object_store::ObjectStore> {
        std::sync::Arc::new(
            object_store::local::LocalFileSystem::new_with_prefix(self.dir.path()).unwrap(),
        )
    }

    /// Lets `db` seal and open answers with these keys.
    pub fn install(&self, db: &Database) {
        db.install_data_keys(self.server_key.clone(), self.store());
    }
}

pub async fn sqlite() -> TestDb {
    let test = unmigrated_sqlite().await;
    test.db.migrate().await.unwrap();
    test
}

/// An empty SQLite database, without any migration applied.
pub async fn unmigrated_sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/storage.db", dir.path().display());
    let db = Database::connect(&url).await.unwrap();
    let keys = KeyStore::new();
    keys.install(&db);
    TestDb {
        db,
        url,
        _dir: Some(dir),
        keys,
    }
}

pub async fn postgres() -> Option<TestDb> {
    let test = unmigrated_postgres().await?;
    test.db.migrate().await.unwrap();
    Some(test)
}

/// A new, empty PostgreSQL database (when the suite has a server), without
/// any migration applied.
pub async fn unmigrated_postgres() -> Option<TestDb> {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("TAILSPIN_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "TAILSPIN_REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set"
        );
        return None;
    };
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to TEST_POSTGRES_URL");
    let name = format!("tailspin_test_{}", uuid::Uuid::new_v4().simple());
    let Pool::Postgres(pool) = admin.pool() else {
        panic!("TEST_POSTGRES_URL is not PostgreSQL")
    };
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(pool)
        .await
        .unwrap();
    admin.close().await;
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (admin_url.as_str(), String::new()),
    };
    let (server, _) = base.rsplit_once('/').expect("database URL has a path");
    let url = format!("{server}/{name}{query}");
    let db = Database::connect(&url).await.unwrap();
    let keys = KeyStore::new();
    keys.install(&db);
    Some(TestDb {
        db,
        url,
        _dir: None,
        keys,
    })
}

/// Runs the body once per available engine.
macro_rules! on_each_database {
    (|$db:ident, $url:ident| $body:block) => {{
        let mut engines = vec![sqlite().await];
        engines.extend(postgres().await);
        for engine in engines {
            let $db = &engine.db;
            let $url = engine.url.as_str();
            eprintln!("running on {:?}", $db.backend());
            $body
        }
    }};
    (|$db:ident| $body:block) => {{
        let mut engines = vec![sqlite().await];
        engines.extend(postgres().await);
        for engine in engines {
            let $db = &engine.db;
            eprintln!("running on {:?}", $db.backend());
            $body
        }
    }};
}

pub async fn tenant(db: &Database, alias: &str, status: TenantStatus) -> TenantRecord {
    create_tenant(
        db,
        &NewTenant {
            alias: TenantAlias::parse(alias).unwrap(),
            name: format!("{alias} Ltd."),
            plan: Plan::Standard,
            status,
            region: "europe".into(),
            contact_email: String::new(),
            default_language: None,
        },
        NOW,
    )
    .await
    .unwrap()
}

pub fn questions() -> Vec<NewQuestion> {
    vec![
        NewQuestion {
            text: "Rate us".into(),
            required: true,
            kind: QuestionKind::Range {
                low_label: Some("Bad".into()),
                high_label: None,
            },
        },
        NewQuestion {
            text: "Channel".into(),
            required: true,
            kind: QuestionKind::choice(vec!["Phone".into(), "Email".into(), "Chat".into()]),
        },
        NewQuestion {
            text: "Comments".into(),
            required: false,
            kind: QuestionKind::FreeText { max_length: 500 },
        },
    ]
}

/// A published survey with the three questions; returns its id.
pub async fn published_survey(
    db: &Database,
    tenant: &TenantRecord,
    slug: &str,
    expires_at: UnixMillis,
) -> app::domain::SurveyId {
    let title = format!("Survey {slug}");
    published_survey_with(db, tenant, slug, &title, questions(), expires_at).await
}

/// A published survey `slug` titled `title` with `questions`, in order.
pub async fn published_survey_with(
    db: &Database,
    tenant: &TenantRecord,
    slug: &str,
    title: &str,
    questions: Vec<NewQuestion>,
    expires_at: UnixMillis,
) -> app::domain::SurveyId {
    let scope = system_scope(tenant, SystemGrant::for_tests(SystemTask::Onboarding));
    let survey = create_draft(
        db,
        &scope,
        &NewSurvey {
            slug: Slug::parse(slug).unwrap(),
            title: title.to_owned(),
            description: String::new(),
            description_html: String::new(),
            logic: None,
        },
        NOW,
    )
    .await
    .unwrap();
    for question in questions {
        append_question(db, &scope, survey, &question)
            .await
            .unwrap()
            .unwrap();
    }
    assert!(publish(db, &scope, survey, NOW, expires_at).await.unwrap());
    survey
}

pub async fn questions_of(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Vec<app::domain::Question> {
    find_survey_by_slug(db, scope, &Slug::parse(slug).unwrap())
        .await
        .unwrap()
        .expect("survey exists")
        .survey
        .questions
}

pub fn key(n: u32) -> IdempotencyKey {
    IdempotencyKey::parse(&format!("00000000-0000-4000-8000-{n:012}")).unwrap()
}
