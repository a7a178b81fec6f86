//! The statistics task's storage on both databases: claiming with a lease,
//! merging with a version check, refusing to count a message twice, dead
//! letters; and a whole cycle.

use app::domain::{QuestionSummary, SurveySummary};
use app::services::statistics::{BATCH_SIZE, TaskMetrics, run_cycle};
use app::storage::statistics::{
    MAX_ATTEMPTS, MergeOutcome, answers_of_submissions, claim_batch, find_summary,
    list_dead_letters, merge_delta, record_failure, requeue_dead_letter, summary_version,
};

use crate::support::*;

async fn submit(
    db: &Database,
    scope: &TenantScope,
    survey: app::domain::SurveyId,
    n: u32,
    stars: u8,
) {
    let questions = questions_of(db, scope, "feedback").await;
    let answers = vec![
        ValidAnswer {
            question: questions[0].id,
            value: AnswerValue::Rating(stars),
        },
        ValidAnswer {
            question: questions[1].id,
            value: AnswerValue::Choice(1),
        },
        ValidAnswer {
            question: questions[2].id,
            value: AnswerValue::Text("Quick and friendly staff".into()),
        },
    ];
    let key = IdempotencyKey::parse(&format!("00000000-0000-4000-8000-{n:012}")).unwrap();
    let outcome = store_submission(db, scope, survey, false, &key, &answers, NOW)
        .await
        .unwrap();
    assert!(matches!(outcome, StoreOutcome::Stored(_)));
}

#[tokio::test]
async fn claimed_messages_are_hidden_until_their_lease_ends() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        for n in 0..3 {
            submit(db, &scope, survey, n, 4).await;
        }
        let first = claim_batch(db, NOW, 30_000, 2).await.unwrap();
        assert_eq!(first.len(), 2);
        assert!(
            first
                .iter()
                .all(|m| m.attempts == 1 && m.tenant == adatum.id)
        );
        let second = claim_batch(db, NOW, 30_000, 32).await.unwrap();
        assert_eq!(second.len(), 1, "the first two are leased");
        assert!(claim_batch(db, NOW, 30_000, 32).await.unwrap().is_empty());
        let later = claim_batch(db, UnixMillis(NOW.0 + 30_000), 30_000, 32)
            .await
            .unwrap();
        assert_eq!(later.len(), 3, "visible again after the lease");
        assert!(later.iter().all(|m| m.attempts == 2));
        let feedback = Slug::parse("feedback").unwrap();
        assert_eq!(
            summary_version(db, &scope, &feedback).await.unwrap(),
            Some(0),
            "nothing merged yet"
        );
        let submissions: Vec<i64> = later.iter().map(|m| m.submission).collect();
        let answers = answers_of_submissions(db, &scope, &submissions)
            .await
            .unwrap();
        assert_eq!(answers.len(), 3, "one entry per submission, in one query");
        assert!(
            answers
                .values()
                .all(|a| a.as_ref().is_ok_and(|a| a.len() == 3))
        );
        tenant(db, "fabrikam", TenantStatus::Active).await;
        let other = public_scope(db, "fabrikam", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        let foreign = answers_of_submissions(db, &other, &submissions)
            .await
            .unwrap();
        assert!(
            foreign
                .values()
                .all(|a| a.as_ref().is_ok_and(Vec::is_empty)),
            "another tenant reads nothing of these"
        );
    });
}

#[tokio::test]
async fn a_merge_checks_the_version_and_never_counts_a_message_twice() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        submit(db, &scope, survey, 1, 5).await;
        submit(db, &scope, survey, 2, 3).await;
        let batch = claim_batch(db, NOW, 30_000, 32).await.unwrap();
        let submissions: Vec<i64> = batch.iter().map(|m| m.submission).collect();
        let mut delta = SurveySummary::default();
        for answers in answers_of_submissions(db, &scope, &submissions)
            .await
            .unwrap()
            .values()
        {
            delta.merge(&SurveySummary::of_response(answers.as_ref().unwrap()));
        }
        let ids: Vec<i64> = batch.iter().map(|m| m.id).collect();
        assert_eq!(
            merge_delta(db, &scope, survey, None, &delta, &ids[..1], NOW)
                .await
                .unwrap(),
            MergeOutcome::Merged
        );
        // A second writer that read "no summary yet" loses and writes nothing.
        assert_eq!(
            merge_delta(db, &scope, survey, None, &delta, &ids[1..], NOW)
                .await
                .unwrap(),
            MergeOutcome::VersionConflict
        );
        // A message merged already is not merged again.
        let stored = find_summary(db, &scope, survey).await.unwrap().unwrap();
        assert_eq!(stored.version, 1);
        assert_eq!(
            merge_delta(db, &scope, survey, Some(&stored), &delta, &ids, NOW)
                .await
                .unwrap(),
            MergeOutcome::AlreadyProcessed
        );
        assert_eq!(
            find_summary(db, &scope, survey).await.unwrap().unwrap(),
            stored
        );
    });
}

#[tokio::test]
async fn a_cycle_drains_the_queue_into_the_summary() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        // Two batches: a full one and the rest.
        let total = BATCH_SIZE as u64 + 14;
        for n in 0..total as u32 {
            submit(db, &scope, survey, n, 1 + (n % 5) as u8).await;
        }
        let metrics = TaskMetrics::default();
        let report = run_cycle(db, &metrics).await.unwrap();
        assert_eq!(report.merged_messages, total);
        assert_eq!(report.batches, 2, "batches of up to {BATCH_SIZE}");
        assert_eq!(queued_messages(db, &scope, survey).await.unwrap(), 0);
        let stored = find_summary(db, &scope, survey).await.unwrap().unwrap();
        assert_eq!(stored.summary.responses, total);
        let feedback = Slug::parse("feedback").unwrap();
        assert_eq!(
            summary_version(db, &scope, &feedback).await.unwrap(),
            Some(stored.version)
        );
        let nothing = Slug::parse("no-such-survey").unwrap();
        assert_eq!(summary_version(db, &scope, &nothing).await.unwrap(), None);
        let questions = questions_of(db, &scope, "feedback").await;
        assert_eq!(
            stored.summary.questions[&questions[0].id.0],
            QuestionSummary::Range {
                count: total,
                sum: total / 5 * 15,
                histogram: [total / 5; 5]
            }
        );
        let QuestionSummary::FreeText { count, words } =
            &stored.summary.questions[&questions[2].id.0]
        else {
            panic!("free text")
        };
        assert_eq!(*count, total);
        assert_eq!(words.get("friendly"), Some(&total));
        assert_eq!(words.get("and"), None, "stop word");
    });
}

#[tokio::test]
async fn a_message_failing_five_times_becomes_a_dead_letter_and_can_be_requeued() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        submit(db, &scope, survey, 1, 4).await;
        let mut now = NOW;
        for attempt in 1..=MAX_ATTEMPTS {
            let batch = claim_batch(db, now, 30_000, 32).await.unwrap();
            assert_eq!(batch.len(), 1, "attempt {attempt}");
            record_failure(db, &batch[0], "simulated failure", now, 1_000)
                .await
                .unwrap();
            now = UnixMillis(now.0 + 2_000);
        }
        assert!(claim_batch(db, now, 30_000, 32).await.unwrap().is_empty());
        let dead = list_dead_letters(db).await.unwrap();
        assert_eq!(dead.len(), 1);
        assert_eq!(
            (dead[0].attempts, dead[0].last_error.as_str()),
            (MAX_ATTEMPTS, "simulated failure")
        );
        assert!(requeue_dead_letter(db, dead[0].id, now).await.unwrap());
        assert!(list_dead_letters(db).await.unwrap().is_empty());
        let again = claim_batch(db, now, 30_000, 32).await.unwrap();
        assert_eq!(again[0].attempts, 1);
        assert!(!requeue_dead_letter(db, dead[0].id, now).await.unwrap());
    });
}

/// Runs `sql` on either engine (test set-up that no storage function offers).
async fn execute(db: &Database, sql: &str) {
    match db.pool() {
        Pool::Sqlite(pool) => {
            sqlx::query(sql).execute(pool).await.unwrap();
        }
        Pool::Postgres(pool) => {
            sqlx::query(sql).execute(pool).await.unwrap();
        }
    }
}

/// A poison message (a stored answer the merge cannot read) goes through
/// the real task cycle: it is tried five times and then moved to the dead
/// letters, while the answers around it, before and after, are merged.
#[tokio::test]
async fn a_poison_message_becomes_a_dead_letter_while_the_queue_keeps_flowing() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        for n in 0..20 {
            submit(db, &scope, survey, n, 3).await;
        }
        // A rating with no number: unreadable.
        execute(
            db,
            "UPDATE answers SET number_value = NULL WHERE submission_id = \
             (SELECT MIN(id) + 7 FROM submissions) AND number_value IS NOT NULL \
             AND question_id IN (SELECT id FROM questions WHERE kind = 'range')",
        )
        .await;
        let metrics = TaskMetrics::default();
        let mut merged = 0;
        for cycle in 0..MAX_ATTEMPTS {
            merged += run_cycle(db, &metrics).await.unwrap().merged_messages;
            for n in 0..5 {
                submit(db, &scope, survey, 100 + cycle as u32 * 10 + n, 4).await;
            }
            // The retry delay passes.
            execute(db, "UPDATE statistics_queue SET visible_at = 0").await;
        }
        merged += run_cycle(db, &metrics).await.unwrap().merged_messages;

        assert_eq!(merged, 19 + 25, "everything else was merged");
        let stored = find_summary(db, &scope, survey).await.unwrap().unwrap();
        assert_eq!(stored.summary.responses, 44);
        assert_eq!(queued_messages(db, &scope, survey).await.unwrap(), 0);
        let dead = list_dead_letters(db).await.unwrap();
        assert_eq!(dead.len(), 1);
        assert_eq!(dead[0].attempts, MAX_ATTEMPTS);
        assert!(!dead[0].last_error.is_empty());
        assert_eq!(
            metrics
                .failed_attempts
                .load(std::sync::atomic::Ordering::Relaxed),
            MAX_ATTEMPTS as u64
        );
    });
}
