//! Background jobs and the export to SQL, on both databases: one unfinished
//! job per tenant, claims under a lease, and a transfer that copies only
//! what is new, including a submission that committed late.

use crate::support::*;
use app::error::AppError;
use app::secrets::ServerKey;
use app::services::export::{
    ExportSettings, connect_export_database, export_location, run_sql_export,
};
use app::services::jobs::JobProgress;
use app::storage::exports::find_export_database;
use app::storage::jobs::{
    JobKind, JobStatus, claim_job, finish_job, recent_jobs, report_progress, request_job,
};
use app::storage::surveys::delete_survey;

#[derive(Default)]
struct Recorded(Vec<(i64, i64)>);

impl JobProgress for Recorded {
    async fn report(&mut self, done: i64, total: i64) -> Result<(), AppError> {
        self.0.push((done, total));
        Ok(())
    }
}

#[tokio::test]
async fn one_unfinished_job_per_tenant_claimed_under_a_lease() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::BackgroundJob));
        let other = system_scope(&fabrikam, SystemGrant::for_tests(SystemTask::BackgroundJob));

        let first = request_job(db, &scope, JobKind::SqlExport, NOW)
            .await
            .unwrap();
        let again = request_job(db, &scope, JobKind::SqlExport, NOW)
            .await
            .unwrap();
        assert_eq!(first.id, again.id, "asking twice finds the waiting job");
        assert_eq!(first.status, JobStatus::Queued);
        assert!(
            recent_jobs(db, &other, JobKind::SqlExport, 5)
                .await
                .unwrap()
                .is_empty()
        );

        let claimed = claim_job(db, NOW, 60_000).await.unwrap().expect("a job");
        assert_eq!((claimed.id, claimed.attempts), (first.id, 1));
        assert_eq!(claimed.status, JobStatus::Running);
        assert!(
            claim_job(db, NOW, 60_000).await.unwrap().is_none(),
            "leased"
        );
        let running = request_job(db, &scope, JobKind::SqlExport, NOW)
            .await
            .unwrap();
        assert_eq!(running.id, first.id, "asking while it runs finds it too");

        // Progress renews the lease; a runner that stops reporting loses it.
        let later = UnixMillis(NOW.0 + 50_000);
        report_progress(db, &scope, first.id, 3, 10, UnixMillis(later.0 + 60_000))
            .await
            .unwrap();
        assert!(
            claim_job(db, UnixMillis(NOW.0 + 70_000), 60_000)
                .await
                .unwrap()
                .is_none()
        );
        let reclaimed = claim_job(db, UnixMillis(NOW.0 + 120_000), 60_000)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (reclaimed.id, reclaimed.attempts, reclaimed.done_items),
            (first.id, 2, 3)
        );

        finish_job(db, &scope, first.id, JobStatus::Succeeded, "done", later)
            .await
            .unwrap();
        let next = request_job(db, &scope, JobKind::SqlExport, later)
            .await
            .unwrap();
        assert_ne!(
            next.id, first.id,
            "a finished job is history; asking again queues a new one"
        );
        let history = recent_jobs(db, &scope, JobKind::SqlExport, 5)
            .await
            .unwrap();
        assert_eq!(
            history.iter().map(|j| j.id).collect::<Vec<_>>(),
            vec![next.id, first.id]
        );
        assert_eq!(history[1].message, "done");
    });
}

async fn submit_now(db: &Database, scope: &TenantScope, survey: app::domain::SurveyId, n: u32) {
    let questions = questions_of(db, scope, "feedback").await;
    let answers = vec![
        ValidAnswer {
            question: questions[0].id,
            value: AnswerValue::Rating(4),
        },
        ValidAnswer {
            question: questions[1].id,
            value: AnswerValue::Choice(1),
        },
        ValidAnswer {
            question: questions[2].id,
            value: AnswerValue::Text(format!("Answer {n}")),
        },
    ];
    let outcome = store_submission(db, scope, survey, &key(n), &answers, UnixMillis::now())
        .await
        .unwrap();
    assert!(matches!(outcome, StoreOutcome::Stored(_)));
}

async fn exported(db: &Database, settings: &ExportSettings, scope: &TenantScope) -> Database {
    let record = find_export_database(db, scope)
        .await
        .unwrap()
        .expect("created");
    let location = export_location(db, settings, scope, &record).unwrap();
    connect_export_database(db, &location).await.unwrap()
}

async fn scalar(target: &Database, sql: &str) -> i64 {
    match target.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

async fn delete_response(target: &Database, id: i64) {
    let sql = "DELETE FROM responses WHERE id = $1";
    match target.pool() {
        Pool::Sqlite(pool) => {
            sqlx::query(sql).bind(id).execute(pool).await.unwrap();
        }
        Pool::Postgres(pool) => {
            sqlx::query(sql).bind(id).execute(pool).await.unwrap();
        }
    }
}

#[tokio::test]
async fn the_export_copies_everything_once_then_only_what_is_new() {
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let settings = ExportSettings {
            sqlite_dir: dir.path().join("exports"),
            key: ServerKey::generate(),
        };
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::BackgroundJob));
        // Answered at the real time (the export settles only old responses),
        // so the surveys must be open then, not only around the fixed NOW.
        let closes = UnixMillis::now().plus_days(5);
        let survey = published_survey(db, &adatum, "feedback", closes).await;
        let doomed = published_survey(db, &adatum, "doomed", closes).await;
        let theirs = published_survey(db, &fabrikam, "feedback", closes).await;
        for n in 0..3 {
            submit_now(db, &scope, survey, n).await;
        }
        let fabrikam_scope =
            system_scope(&fabrikam, SystemGrant::for_tests(SystemTask::BackgroundJob));
        submit_now(db, &fabrikam_scope, theirs, 100).await;

        let mut progress = Recorded::default();
        let message = run_sql_export(db, &settings, &scope, &mut progress)
            .await
            .unwrap();
        assert_eq!(message, "2 surveys and 3 new responses copied.");
        assert_eq!(progress.0.first(), Some(&(0, 3)));
        assert_eq!(progress.0.last(), Some(&(3, 3)));
        let target = exported(db, &settings, &scope).await;
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM surveys").await, 2);
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM questions").await, 6);
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM question_options").await,
            6
        );
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM responses").await,
            3,
            "not fabrikam's"
        );
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM answers WHERE rating = 4").await,
            3
        );
        assert_eq!(
            scalar(
                &target,
                "SELECT COUNT(*) FROM answers WHERE choice_position = 1 AND choice_label = 'Email'"
            )
            .await,
            3
        );
        assert_eq!(
            scalar(
                &target,
                "SELECT COUNT(*) FROM answers WHERE text = 'Answer 2'"
            )
            .await,
            1
        );

        // Nothing new: nothing copied.
        let message = run_sql_export(db, &settings, &scope, &mut Recorded::default())
            .await
            .unwrap();
        assert_eq!(message, "Up to date: 2 surveys copied, no new responses.");

        // Two new responses; and one the export lost track of, as when a
        // submission commits after a higher id was already copied.
        submit_now(db, &scope, survey, 3).await;
        submit_now(db, &scope, survey, 4).await;
        let late: i64 = scalar(&target, "SELECT MIN(id) FROM responses").await;
        delete_response(&target, late).await;
        let mut progress = Recorded::default();
        let message = run_sql_export(db, &settings, &scope, &mut progress)
            .await
            .unwrap();
        assert_eq!(message, "2 surveys and 3 new responses copied.");
        assert_eq!(progress.0.last(), Some(&(3, 3)));
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM responses").await, 5);
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM answers").await, 15);

        // A deleted survey leaves the export with its responses.
        assert!(delete_survey(db, &scope, doomed).await.unwrap());
        run_sql_export(db, &settings, &scope, &mut Recorded::default())
            .await
            .unwrap();
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM surveys").await, 1);
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM questions").await, 3);
        target.close().await;
    });
}

#[tokio::test]
async fn responses_received_long_ago_are_settled_and_not_read_again() {
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let settings = ExportSettings {
            sqlite_dir: dir.path().join("exports"),
            key: ServerKey::generate(),
        };
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::BackgroundJob));
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        // Received at NOW (hours ago): settled once copied.
        for n in 0..4 {
            let questions = questions_of(db, &scope, "feedback").await;
            let answers = vec![ValidAnswer {
                question: questions[0].id,
                value: AnswerValue::Rating(5),
            }];
            store_submission(db, &scope, survey, &key(n), &answers, NOW)
                .await
                .unwrap();
        }
        run_sql_export(db, &settings, &scope, &mut Recorded::default())
            .await
            .unwrap();
        let record = find_export_database(db, &scope).await.unwrap().unwrap();
        assert!(record.settled_submission_id > 0);
        let mut progress = Recorded::default();
        run_sql_export(db, &settings, &scope, &mut progress)
            .await
            .unwrap();
        assert_eq!(
            progress.0,
            vec![(0, 0)],
            "nothing above the settled id to look at"
        );
    });
}
