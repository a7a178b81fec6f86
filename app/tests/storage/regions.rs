//! Data residency: a tenant placed in a region with a database of its own
//! keeps its surveys, answers and summaries there and nowhere else; the
//! directory keeps the tenant registry.

use crate::support::*;
use app::services::statistics::{TaskMetrics, run_cycle};
use app::storage::lifecycle::{PurgeBatch, begin_deletion, purge_batch, remaining_rows};
use app::storage::statistics::find_summary;
use app::storage::tenant_figures::{TenantFilter, list_tenants, usage_for_month};
use app::storage::tenants::create_tenant;

const MARKER: &str = "MARKER-region-9c1d";
const FAR: UnixMillis = UnixMillis(NOW.0 + 90 * 24 * 3_600_000);

async fn tenant_in(db: &Database, alias: &str, region: &str) -> TenantRecord {
    let record = create_tenant(
        db,
        &NewTenant {
            alias: TenantAlias::parse(alias).unwrap(),
            name: format!("{alias} Ltd."),
            plan: Plan::Standard,
            status: TenantStatus::Active,
            region: region.into(),
            contact_email: String::new(),
            default_language: None,
        },
        NOW,
    )
    .await
    .unwrap();
    published_survey(db, &record, "feedback", FAR).await;
    record
}

fn scope_of(tenant: &TenantRecord) -> TenantScope {
    system_scope(tenant, SystemGrant::for_tests(SystemTask::BackgroundJob))
}

async fn answer(db: &Database, tenant: &TenantRecord, n: u32) {
    let scope = scope_of(tenant);
    let survey = find_survey_by_slug(db, &scope, &Slug::parse("feedback").unwrap())
        .await
        .unwrap()
        .unwrap();
    let questions = survey.survey.questions;
    let answers = vec![
        ValidAnswer {
            question: questions[0].id,
            value: AnswerValue::Rating(4),
        },
        ValidAnswer {
            question: questions[2].id,
            value: AnswerValue::Text(format!("{MARKER} {} {n}", tenant.alias.as_str())),
        },
    ];
    let stored = store_submission(db, &scope, survey.id, false, &key(n), &answers, NOW)
        .await
        .unwrap();
    assert!(matches!(stored, StoreOutcome::Stored(_)), "{stored:?}");
}

/// Rows of `table` in `db` that belong to `tenant` (`id` for `tenants`).
async fn rows_of(db: &Database, table: &str, tenant: &TenantRecord) -> i64 {
    let column = if table == "tenants" {
        "id"
    } else {
        "tenant_id"
    };
    let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1");
    match db.pool() {
        Pool::Sqlite(pool) => {
            sqlx::query_scalar(&sql)
                .bind(tenant.id.0)
                .fetch_one(pool)
                .await
        }
        Pool::Postgres(pool) => {
            sqlx::query_scalar(&sql)
                .bind(tenant.id.0)
                .fetch_one(pool)
                .await
        }
    }
    .unwrap()
}

const SURVEY_DATA: [&str; 5] = [
    "surveys",
    "questions",
    "submissions",
    "answers",
    "survey_summaries",
];

/// The directory and a region database "us", on one engine.
async fn directory_and_region(postgres: bool) -> Option<(TestDb, TestDb)> {
    if postgres {
        Some((
            crate::support::postgres().await?,
            crate::support::postgres().await?,
        ))
    } else {
        Some((sqlite().await, sqlite().await))
    }
}

#[tokio::test]
async fn a_tenant_placed_in_a_region_keeps_its_answers_there_only() {
    for postgres in [false, true] {
        let Some((directory, us)) = directory_and_region(postgres).await else {
            continue;
        };
        let db = directory
            .db
            .clone()
            .place_regions(vec![("us".to_owned(), us.db.clone())])
            .await
            .unwrap();
        eprintln!("running on {:?}", db.backend());
        let europe = tenant_in(&db, "fabrikam", "europe").await;
        let america = tenant_in(&db, "contoso", "us").await;
        for n in 0..3 {
            answer(&db, &europe, n).await;
            answer(&db, &america, 100 + n).await;
        }
        let report = run_cycle(&db, &TaskMetrics::default()).await.unwrap();
        assert_eq!(report.merged_messages, 6);

        for table in SURVEY_DATA {
            assert_eq!(rows_of(&us.db, table, &europe).await, 0, "{table} in us");
            assert_eq!(
                rows_of(&directory.db, table, &america).await,
                0,
                "{table} in directory"
            );
            assert!(rows_of(&us.db, table, &america).await > 0, "{table} in us");
            assert!(
                rows_of(&directory.db, table, &europe).await > 0,
                "{table} in directory"
            );
        }
        // The region numbers its rows in an id space of its own.
        let surveys = "SELECT MIN(id) FROM surveys";
        let (first_us, first_directory): (i64, i64) = match (us.db.pool(), directory.db.pool()) {
            (Pool::Sqlite(us), Pool::Sqlite(dir)) => (
                sqlx::query_scalar(surveys).fetch_one(us).await.unwrap(),
                sqlx::query_scalar(surveys).fetch_one(dir).await.unwrap(),
            ),
            (Pool::Postgres(us), Pool::Postgres(dir)) => (
                sqlx::query_scalar(surveys).fetch_one(us).await.unwrap(),
                sqlx::query_scalar(surveys).fetch_one(dir).await.unwrap(),
            ),
            _ => unreachable!(),
        };
        assert_eq!(first_us, app::storage::id_spaces::ID_SPACE);
        assert!(first_directory < app::storage::id_spaces::ID_SPACE);
        // So a row's id says which database holds it.
        let (_, us_handle) = db.placed_regions().next().unwrap();
        assert!(us_handle.owns_id(first_us) && !us_handle.owns_id(first_directory));
        assert!(db.owns_id(first_directory) && !db.owns_id(first_us));
        assert_eq!(
            app::storage::id_spaces::id_base(&db, "us").await.unwrap(),
            app::storage::id_spaces::ID_SPACE,
            "a region keeps its base"
        );
        assert_eq!(
            app::storage::id_spaces::id_base(&db, "asia").await.unwrap(),
            2 * app::storage::id_spaces::ID_SPACE,
            "the next region gets the next"
        );

        // The directory keeps the registry; the region a copy its rows refer to.
        assert_eq!(rows_of(&directory.db, "tenants", &america).await, 1);
        assert_eq!(rows_of(&us.db, "tenants", &america).await, 1);
        assert_eq!(rows_of(&us.db, "tenants", &europe).await, 0);

        // Read back through the directory: routed, opened with the region's key.
        for (tenant, first) in [(&europe, 0), (&america, 100)] {
            let scope = scope_of(tenant);
            let survey = find_survey_by_slug(&db, &scope, &Slug::parse("feedback").unwrap())
                .await
                .unwrap()
                .unwrap();
            let summary = find_summary(&db, &scope, survey.id).await.unwrap().unwrap();
            assert_eq!(summary.summary.responses, 3);
            let texts: Vec<String> = list_submissions(&db, &scope, survey.id, None, 10)
                .await
                .unwrap()
                .into_iter()
                .flat_map(|s| s.answers)
                .filter_map(|a| match a.value {
                    AnswerValue::Text(text) => Some(text),
                    _ => None,
                })
                .collect();
            assert!(
                texts.contains(&format!("{MARKER} {} {first}", tenant.alias.as_str())),
                "{texts:?}"
            );
        }

        // The operators' figures count each tenant where its answers are.
        let (listed, _) = list_tenants(&db, &TenantFilter::default(), 0, 10, NOW, UnixMillis(0))
            .await
            .unwrap();
        for row in &listed {
            assert_eq!(row.responses_this_month, 3, "{}", row.tenant.alias.as_str());
            assert_eq!(row.active_surveys, 1);
            assert!(row.answer_bytes > 0);
        }
        let usage = usage_for_month(&db, UnixMillis(0), UnixMillis(NOW.0 + 1))
            .await
            .unwrap();
        assert_eq!(usage.len(), 2);
        assert!(
            usage
                .iter()
                .all(|u| u.responses == 3 && u.surveys_published == 1)
        );

        // A region's own handle refuses another region's tenant.
        let (_, us_handle) = db.placed_regions().next().unwrap();
        assert!(us_handle.region(&scope_of(&europe)).is_err());
        assert!(us_handle.region(&scope_of(&america)).is_ok());

        // Deleting the American tenant empties both databases of it.
        let scope = scope_of(&america);
        assert!(begin_deletion(&db, &scope, NOW).await.unwrap());
        let deleting = find_tenant_by_alias(&db, &america.alias)
            .await
            .unwrap()
            .unwrap();
        let scope = scope_of(&deleting);
        for batch in [
            PurgeBatch::Responses,
            PurgeBatch::Surveys,
            PurgeBatch::Tenant,
        ] {
            while purge_batch(&db, &scope, batch).await.unwrap() > 0 {}
        }
        assert_eq!(remaining_rows(&db, america.id).await.unwrap(), 0);
        assert_eq!(rows_of(&us.db, "tenants", &america).await, 0);
        // The European tenant is untouched.
        assert!(rows_of(&directory.db, "answers", &europe).await > 0);
        db.close().await;
    }
}

/// While a tenant's survey data moves out of a database, that database
/// queues no invitations or notices of it: the new region sends them.
#[tokio::test]
async fn a_database_sends_nothing_for_a_tenant_moving_out() {
    use app::domain::Email;
    use app::domain::contacts::ContactInput;
    use app::storage::region_switch::hold_answers;
    use app::storage::survey_contacts::{
        Round, add_contacts, request_round, tenants_with_due_messages,
    };
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", FAR).await;
        let scope = scope_of(&adatum);
        let contact = ContactInput {
            email: Email::parse("ann@example.org").unwrap(),
            name: "Ann".into(),
            attributes: Default::default(),
        };
        add_contacts(db, &scope, survey, &[contact], NOW)
            .await
            .unwrap();
        request_round(db, &scope, survey, Round::Invitation)
            .await
            .unwrap();
        assert_eq!(tenants_with_due_messages(db).await.unwrap(), [adatum.id.0]);
        hold_answers(db, adatum.id, true).await.unwrap();
        assert!(tenants_with_due_messages(db).await.unwrap().is_empty());
        hold_answers(db, adatum.id, false).await.unwrap();
        assert_eq!(tenants_with_due_messages(db).await.unwrap(), [adatum.id.0]);
    });
}
