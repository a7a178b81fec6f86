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
    let outcome = store_submission(
        db,
        scope,
        survey,
        false,
        &key(n),
        &answers,
        UnixMillis::now(),
    )
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
        assert_eq!(message.english(), "2 surveys and 3 new responses copied.");
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
        assert_eq!(
            message.english(),
            "Up to date: 2 surveys copied, no new responses."
        );

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
        assert_eq!(message.english(), "2 surveys and 3 new responses copied.");
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
            store_submission(db, &scope, survey, false, &key(n), &answers, NOW)
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

async fn rows<T>(target: &Database, sql: &str) -> Vec<T>
where
    T: Send
        + Unpin
        + for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
        + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
{
    match target.pool() {
        Pool::Sqlite(pool) => sqlx::query_as(sql).fetch_all(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_as(sql).fetch_all(pool).await.unwrap(),
    }
}

#[tokio::test]
async fn every_kind_of_answer_is_exported_into_typed_columns() {
    use crate::every_kind::{every_answer, every_kind_survey};
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let settings = ExportSettings {
            sqlite_dir: dir.path().join("exports"),
            key: ServerKey::generate(),
        };
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::BackgroundJob));
        let survey =
            every_kind_survey(db, &adatum, "every-kind", UnixMillis::now().plus_days(5)).await;
        let questions = questions_of(db, &scope, "every-kind").await;
        for n in 0..2 {
            let answers = every_answer(&questions, n);
            store_submission(
                db,
                &scope,
                survey,
                false,
                &key(n),
                &answers,
                UnixMillis::now(),
            )
            .await
            .unwrap();
        }
        run_sql_export(db, &settings, &scope, &mut Recorded::default())
            .await
            .unwrap();
        let target = exported(db, &settings, &scope).await;
        let (first, second): (i64, i64) = (
            scalar(&target, "SELECT MIN(id) FROM responses").await,
            scalar(&target, "SELECT MAX(id) FROM responses").await,
        );

        // Definitions: every kind with its settings, options and matrix.
        let kinds: Vec<(String, String)> = rows(
            &target,
            "SELECT kind, settings FROM questions ORDER BY position",
        )
        .await;
        assert_eq!(
            kinds.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            QuestionKind::CODES.to_vec()
        );
        let settings_of = |kind: &str| kinds.iter().find(|(k, _)| k == kind).unwrap().1.clone();
        let scale: serde_json::Value = serde_json::from_str(&settings_of("scale")).unwrap();
        assert_eq!(scale["points"], 7);
        let number: serde_json::Value = serde_json::from_str(&settings_of("number")).unwrap();
        assert_eq!(
            (number["unit"].as_str(), number["step"].as_str()),
            (Some("kg"), Some("0.25"))
        );
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM matrix_rows").await, 3);
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM matrix_columns").await,
            3
        );
        // Choice, checkboxes, dropdown, ranking: three options each.
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM question_options").await,
            12
        );

        let answer = |column: &str, kind: &str, response: i64| {
            format!(
                "SELECT {column} FROM answers a JOIN questions q ON q.id = a.question_id \
                 WHERE q.kind = '{kind}' AND a.response_id = {response}"
            )
        };
        // Typed single values, usable in arithmetic and date functions.
        let numbers: Vec<(f64,)> = rows(
            &target,
            &answer("CAST(number_value AS DOUBLE PRECISION)", "number", first),
        )
        .await;
        let numbers_second: Vec<(f64,)> = rows(
            &target,
            &answer("CAST(number_value AS DOUBLE PRECISION)", "number", second),
        )
        .await;
        assert_eq!((numbers[0].0, numbers_second[0].0), (-3.5, 72.25));
        let total: Vec<(f64,)> = rows(
            &target,
            "SELECT CAST(SUM(number_value) AS DOUBLE PRECISION) FROM answers",
        )
        .await;
        assert_eq!(total[0].0, 68.75, "numbers sum as numbers");
        let dates: Vec<(String,)> =
            rows(&target, &answer("CAST(date_value AS TEXT)", "date", second)).await;
        assert_eq!(dates[0].0, "2026-02-28");
        assert_eq!(scalar(&target, &answer("rating", "range", first)).await, 1);
        assert_eq!(scalar(&target, &answer("score", "scale", first)).await, 7);
        assert_eq!(scalar(&target, &answer("score", "nps", second)).await, 10);
        assert_eq!(scalar(&target, &answer("score", "nps", first)).await, 0);
        type ChoiceColumns = (Option<String>, Option<String>, Option<i64>, Option<String>);
        let texts: Vec<ChoiceColumns> = rows(
            &target,
            &answer(
                "a.text, other_text, choice_position, choice_label",
                "choice",
                first,
            ),
        )
        .await;
        assert_eq!(
            texts[0],
            (None, Some("By pigeon".into()), None, None),
            "Other"
        );
        let texts: Vec<(Option<i64>, Option<String>)> = rows(
            &target,
            &answer("choice_position, choice_label", "choice", second),
        )
        .await;
        assert_eq!(texts[0], (Some(1), Some("Email".into())));
        let texts: Vec<(Option<i64>, Option<String>)> = rows(
            &target,
            &answer("choice_position, choice_label", "dropdown", second),
        )
        .await;
        assert_eq!(texts[0], (Some(2), Some("Peru".into())));
        let texts: Vec<(Option<String>,)> =
            rows(&target, &answer("a.text", "short_text", second)).await;
        assert_eq!(texts[0].0.as_deref(), Some("r1@example.com"));
        let texts: Vec<(Option<String>,)> =
            rows(&target, &answer("other_text", "checkboxes", first)).await;
        assert_eq!(texts[0].0.as_deref(), Some("Owl"));

        // Parts: ticked boxes, places, matrix rows (the empty row left out).
        let items = |kind: &str, response: i64| {
            format!(
                "SELECT i.position, i.label, i.place, i.column_position, i.column_label \
                 FROM answer_items i JOIN questions q ON q.id = i.question_id \
                 WHERE q.kind = '{kind}' AND i.response_id = {response} ORDER BY i.position"
            )
        };
        type Item = (i64, String, Option<i64>, Option<i64>, Option<String>);
        let item =
            |position: i64, label: &str, place: Option<i64>, column: Option<(i64, &str)>| -> Item {
                (
                    position,
                    label.to_owned(),
                    place,
                    column.map(|c| c.0),
                    column.map(|c| c.1.to_owned()),
                )
            };
        let ticked: Vec<Item> = rows(&target, &items("checkboxes", second)).await;
        assert_eq!(
            ticked,
            vec![item(0, "Cat", None, None), item(2, "Fish", None, None)]
        );
        let ranked: Vec<Item> = rows(&target, &items("ranking", second)).await;
        assert_eq!(
            ranked,
            vec![
                item(0, "A", Some(2), None),
                item(1, "B", Some(3), None),
                item(2, "C", Some(1), None)
            ]
        );
        let matrix: Vec<Item> = rows(&target, &items("matrix", first)).await;
        assert_eq!(
            matrix,
            vec![
                item(0, "Speed", None, Some((1, "OK"))),
                item(2, "Staff", None, Some((2, "Good")))
            ]
        );
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM answers").await,
            24,
            "one row per answered question"
        );

        // A response deleted in the export takes its parts with it, and the
        // next run copies it again, parts and all.
        delete_response(&target, first).await;
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM answer_items").await,
            2 + 3 + 3
        );
        run_sql_export(db, &settings, &scope, &mut Recorded::default())
            .await
            .unwrap();
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM answer_items").await,
            (1 + 3 + 2) + (2 + 3 + 3)
        );
        target.close().await;
    });
}

/// An export database made by the previous version (without the new
/// columns and tables) is brought up to date in place, keeping its rows.
#[tokio::test]
async fn an_export_database_from_before_the_new_kinds_gains_the_new_columns() {
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let settings = ExportSettings {
            sqlite_dir: dir.path().join("exports"),
            key: ServerKey::generate(),
        };
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::BackgroundJob));
        let survey =
            published_survey(db, &adatum, "feedback", UnixMillis::now().plus_days(5)).await;
        submit_now(db, &scope, survey, 0).await;
        run_sql_export(db, &settings, &scope, &mut Recorded::default())
            .await
            .unwrap();
        let target = exported(db, &settings, &scope).await;
        // Back to the old schema: the new tables and columns gone.
        let old = [
            "DROP TABLE answer_items",
            "DROP TABLE matrix_rows",
            "DROP TABLE matrix_columns",
            "ALTER TABLE answers DROP COLUMN score",
            "ALTER TABLE answers DROP COLUMN number_value",
            "ALTER TABLE answers DROP COLUMN date_value",
            "ALTER TABLE answers DROP COLUMN other_text",
            "ALTER TABLE questions DROP COLUMN settings",
        ];
        for statement in old {
            match target.pool() {
                Pool::Sqlite(pool) => sqlx::query(statement).execute(pool).await.map(|_| ()),
                Pool::Postgres(pool) => sqlx::query(statement).execute(pool).await.map(|_| ()),
            }
            .unwrap();
        }
        target.close().await;

        submit_now(db, &scope, survey, 1).await;
        run_sql_export(db, &settings, &scope, &mut Recorded::default())
            .await
            .unwrap();
        let target = exported(db, &settings, &scope).await;
        assert_eq!(scalar(&target, "SELECT COUNT(*) FROM responses").await, 2);
        assert_eq!(
            scalar(
                &target,
                "SELECT COUNT(*) FROM questions WHERE settings = '{}'"
            )
            .await,
            3
        );
        assert_eq!(
            scalar(
                &target,
                "SELECT COUNT(*) FROM answers WHERE score IS NULL AND number_value IS NULL"
            )
            .await,
            6
        );
        assert_eq!(
            scalar(&target, "SELECT COUNT(*) FROM answer_items").await,
            0
        );
        target.close().await;
    });
}
