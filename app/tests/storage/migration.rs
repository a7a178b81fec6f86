//! Issue 22's migration on a database made with the schema before it (0001
//! to 0009) and filled the way that version wrote its rows: the surveys,
//! questions and answers read back unchanged, and the new kinds can be
//! stored. On both engines.

use std::borrow::Cow;

use app::domain::{ChoiceList, Question, QuestionId, SurveyId};
use app::storage::data_keys::seal_plain_answers;
use sqlx::migrate::Migrator;

use crate::every_kind::{every_answer, every_kind_survey};
use crate::support::*;

/// The first migration of issue 22; everything before it is "today's".
const FIRST_NEW: i64 = 10;

/// The engine's migrations before issue 22, as the previous version ran them.
async fn old_schema(db: &Database) {
    let folder = match db.pool() {
        Pool::Sqlite(_) => "sqlite",
        Pool::Postgres(_) => "postgres",
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../migrations")
        .join(folder);
    let mut migrator = Migrator::new(path).await.unwrap();
    let newer = migrator.iter().filter(|m| m.version >= FIRST_NEW).count();
    let old: Vec<_> = migrator
        .iter()
        .filter(|m| m.version < FIRST_NEW)
        .cloned()
        .collect();
    assert_eq!(old.len(), 9, "0001 to 0009");
    migrator.migrations = Cow::Owned(old);
    match db.pool() {
        Pool::Sqlite(pool) => migrator.run(pool).await.unwrap(),
        Pool::Postgres(pool) => migrator.run(pool).await.unwrap(),
    }
    assert_eq!(
        db.pending_migrations().await.unwrap(),
        newer,
        "0010 and the migrations after it are new"
    );
}

/// Runs a statement on either engine and returns the id it gives back.
macro_rules! returning_id {
    ($db:expr, $sql:expr $(, $bind:expr)* $(,)?) => {
        match $db.pool() {
            Pool::Sqlite(pool) => sqlx::query_scalar::<_, i64>($sql)$(.bind($bind))*.fetch_one(pool).await.unwrap(),
            Pool::Postgres(pool) => sqlx::query_scalar::<_, i64>($sql)$(.bind($bind))*.fetch_one(pool).await.unwrap(),
        }
    };
}

macro_rules! execute {
    ($db:expr, $sql:expr $(, $bind:expr)* $(,)?) => {
        match $db.pool() {
            Pool::Sqlite(pool) => { sqlx::query($sql)$(.bind($bind))*.execute(pool).await.unwrap(); }
            Pool::Postgres(pool) => { sqlx::query($sql)$(.bind($bind))*.execute(pool).await.unwrap(); }
        }
    };
}

struct OldSurvey {
    survey: i64,
    questions: [i64; 3],
    submissions: [i64; 2],
}

/// A tenant with a published survey of the three old kinds and two
/// responses, written with the statements the previous version used.
async fn old_rows(db: &Database) -> OldSurvey {
    let tenant = returning_id!(
        db,
        "INSERT INTO tenants (alias, name, plan, status, region, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        "adatum",
        "Adatum Ltd.",
        "standard",
        "active",
        "europe",
        NOW.0,
    );
    let survey = returning_id!(
        db,
        "INSERT INTO surveys (tenant_id, slug, title, description, description_html, status, \
         created_at, published_at, expires_at, last_response_number) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        tenant,
        "feedback",
        "Feedback",
        "",
        "",
        "published",
        NOW.0,
        NOW.0,
        NOW.plus_days(30).0,
        2i64,
    );
    let question = |position: i64,
                    kind: &'static str,
                    text: &'static str,
                    max_length: Option<i64>,
                    low: Option<&'static str>,
                    high: Option<&'static str>| async move {
        returning_id!(
            db,
            "INSERT INTO questions (tenant_id, survey_id, position, kind, text, required, \
             max_length, low_label, high_label) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             RETURNING id",
            tenant,
            survey,
            position,
            kind,
            text,
            position != 2,
            max_length,
            low,
            high,
        )
    };
    let rate = question(0, "range", "Rate us", None, Some("Bad"), Some("Great")).await;
    let channel = question(1, "choice", "Channel", None, None, None).await;
    let comments = question(2, "free_text", "Comments", Some(500), None, None).await;
    for (position, label) in ["Phone", "Email", "Chat"].into_iter().enumerate() {
        execute!(
            db,
            "INSERT INTO question_options (tenant_id, question_id, position, label) \
             VALUES ($1, $2, $3, $4)",
            tenant,
            channel,
            position as i64,
            label,
        );
    }
    let mut submissions = [0; 2];
    for (n, submission) in submissions.iter_mut().enumerate() {
        *submission = returning_id!(
            db,
            "INSERT INTO submissions (tenant_id, survey_id, idempotency_key, received_at, \
             response_number) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            tenant,
            survey,
            key(n as u32).as_str().to_owned(),
            NOW.0 + n as i64,
            n as i64 + 1,
        );
        let answers: [(i64, Option<i64>, Option<String>); 3] = [
            (rate, Some(4 + n as i64), None),
            (channel, Some(2 - n as i64), None),
            (comments, None, Some(format!("Très bien {n} ✓"))),
        ];
        // The second response left the optional comment out.
        for (question, number, text) in answers.into_iter().take(3 - n) {
            execute!(
                db,
                "INSERT INTO answers (tenant_id, submission_id, question_id, number_value, \
                 text_value) VALUES ($1, $2, $3, $4, $5)",
                tenant,
                *submission,
                question,
                number,
                text,
            );
        }
    }
    OldSurvey {
        survey,
        questions: [rate, channel, comments],
        submissions,
    }
}

fn expected_questions(ids: [i64; 3]) -> Vec<Question> {
    vec![
        Question {
            id: QuestionId(ids[0]),
            text: "Rate us".into(),
            required: true,
            kind: QuestionKind::Range {
                low_label: Some("Bad".into()),
                high_label: Some("Great".into()),
            },
        },
        Question {
            id: QuestionId(ids[1]),
            text: "Channel".into(),
            required: true,
            kind: QuestionKind::Choice(ChoiceList {
                options: vec!["Phone".into(), "Email".into(), "Chat".into()],
                other: false,
                shuffle: false,
            }),
        },
        Question {
            id: QuestionId(ids[2]),
            text: "Comments".into(),
            required: false,
            kind: QuestionKind::FreeText { max_length: 500 },
        },
    ]
}

/// Every idle connection of a SQLite pool has read the schema (so it holds
/// the old definition of `questions` in memory when the migration runs).
async fn warm_connections(db: &Database) -> usize {
    let Pool::Sqlite(pool) = db.pool() else {
        return 0;
    };
    let mut held = Vec::new();
    for _ in 0..4 {
        let mut connection = pool.acquire().await.unwrap();
        let _: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM questions")
            .fetch_one(&mut *connection)
            .await
            .unwrap();
        held.push(connection);
    }
    held.len()
}

/// On SQLite: every connection the pool had before the migration (and any
/// other) accepts the new kinds, the file is sound, and the table's
/// definition lists the new kinds.
async fn sqlite_checks(db: &Database, warmed: usize, survey: i64, tenant: i64) {
    let Pool::Sqlite(pool) = db.pool() else {
        return;
    };
    let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(ok, "ok");
    let foreign: Vec<(String,)> = sqlx::query_as("PRAGMA foreign_key_check")
        .fetch_all(pool)
        .await
        .unwrap();
    assert!(foreign.is_empty(), "{foreign:?}");
    let definition: String = sqlx::query_scalar(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'questions'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    for kind in QuestionKind::CODES {
        assert!(
            definition.contains(&format!("'{kind}'")),
            "{kind}: {definition}"
        );
    }
    let mut held = Vec::new();
    for _ in 0..warmed.max(1) {
        let mut connection = pool.acquire().await.unwrap();
        let mut tx = sqlx::Connection::begin(&mut *connection).await.unwrap();
        sqlx::query(
            "INSERT INTO questions (tenant_id, survey_id, position, kind, text, required, settings) \
             VALUES ($1, $2, 99, 'nps', 'Recommend', 0, '{}')",
        )
        .bind(tenant)
        .bind(survey)
        .execute(&mut *tx)
        .await
        .expect("every connection knows the new kinds");
        let refused = sqlx::query(
            "INSERT INTO questions (tenant_id, survey_id, position, kind, text, required) \
             VALUES ($1, $2, 98, 'poll', 'Nope', 0)",
        )
        .bind(tenant)
        .bind(survey)
        .execute(&mut *tx)
        .await;
        assert!(refused.is_err(), "the CHECK still refuses unknown kinds");
        tx.rollback().await.unwrap();
        held.push(connection);
    }
}

#[tokio::test]
async fn surveys_and_answers_from_before_the_new_kinds_migrate_unchanged() {
    let mut engines = vec![unmigrated_sqlite().await];
    engines.extend(unmigrated_postgres().await);
    for engine in engines {
        let db = &engine.db;
        eprintln!("running on {:?}", db.backend());
        old_schema(db).await;
        let old = old_rows(db).await;
        let warmed = warm_connections(db).await;

        db.migrate().await.unwrap();
        assert_eq!(db.pending_migrations().await.unwrap(), 0);

        let adatum = find_tenant_by_alias(db, &TenantAlias::parse("adatum").unwrap())
            .await
            .unwrap()
            .unwrap();
        sqlite_checks(db, warmed, old.survey, adatum.id.0).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::BackgroundJob));
        let stored = find_survey_by_slug(db, &scope, &Slug::parse("feedback").unwrap())
            .await
            .unwrap()
            .expect("the survey is there");
        assert_eq!(stored.id, SurveyId(old.survey));
        assert_eq!(stored.survey.questions, expected_questions(old.questions));

        let responses = list_submissions(db, &scope, SurveyId(old.survey), None, 10)
            .await
            .unwrap();
        let [rate, channel, comments] = old.questions.map(QuestionId);
        let answers: Vec<(i64, i64, Vec<ValidAnswer>)> = responses
            .into_iter()
            .map(|r| (r.id.0, r.number, r.answers))
            .collect();
        let answer = |question, value| ValidAnswer { question, value };
        let expected = vec![
            (
                old.submissions[0],
                1,
                vec![
                    answer(rate, AnswerValue::Rating(4)),
                    answer(channel, AnswerValue::Choice(2)),
                    answer(comments, AnswerValue::Text("Très bien 0 ✓".into())),
                ],
            ),
            (
                old.submissions[1],
                2,
                vec![
                    answer(rate, AnswerValue::Rating(5)),
                    answer(channel, AnswerValue::Choice(1)),
                ],
            ),
        ];
        assert_eq!(answers, expected);

        // The background runner seals the text stored plain before
        // sealing; it reads the same after, and a second run finds nothing.
        assert_eq!(seal_plain_answers(db, (0, 0), 500).await.unwrap().sealed, 1);
        assert_eq!(seal_plain_answers(db, (0, 0), 500).await.unwrap().sealed, 0);
        let plain: i64 = match db.pool() {
            Pool::Sqlite(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM answers WHERE text_value IS NOT NULL")
                    .fetch_one(pool)
                    .await
                    .unwrap()
            }
            Pool::Postgres(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM answers WHERE text_value IS NOT NULL")
                    .fetch_one(pool)
                    .await
                    .unwrap()
            }
        };
        assert_eq!(plain, 0);
        let resealed: Vec<(i64, i64, Vec<ValidAnswer>)> =
            list_submissions(db, &scope, SurveyId(old.survey), None, 10)
                .await
                .unwrap()
                .into_iter()
                .map(|r| (r.id.0, r.number, r.answers))
                .collect();
        assert_eq!(resealed, expected);

        // The new kinds can now be stored and answered.
        let survey = every_kind_survey(db, &adatum, "every-kind", NOW.plus_days(30)).await;
        let questions = questions_of(db, &scope, "every-kind").await;
        assert_eq!(
            questions.iter().map(|q| q.kind.code()).collect::<Vec<_>>(),
            QuestionKind::CODES.to_vec()
        );
        let given = every_answer(&questions, 0);
        let outcome = store_submission(db, &scope, survey, false, &key(7), &given, NOW)
            .await
            .unwrap();
        assert!(matches!(outcome, StoreOutcome::Stored(_)), "{outcome:?}");
        let back = list_submissions(db, &scope, survey, None, 10)
            .await
            .unwrap();
        assert_eq!(back[0].answers, given);
    }
}
