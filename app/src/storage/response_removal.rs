//! Deleting one response. Its answers leave the survey's live statistics
//! with it, in the same transaction: a response the statistics task has
//! not merged yet takes its queue message along (cascade); one already
//! merged makes the summary and word counts be rebuilt from the responses
//! that remain, since a minimum, a maximum or a top-ten list cannot be
//! subtracted from. No page ever counts a deleted response.
//!
//! The rebuild reads every merged answer of the survey, so it takes as long
//! as the survey is large (about a second at 100,000 responses); merges of
//! the survey wait for it (the summary row is locked on PostgreSQL, SQLite
//! has one writer).

use std::collections::BTreeMap;

use super::database::{Backend, Database, parameter_rows, with_pool};
use super::statistics::{ANSWER_ROW_COLUMNS, SubmissionAnswers, decode_answer_rows};
use crate::auth::scope::TenantScope;
use crate::domain::{
    QuestionSummary, SubmissionId, SurveyId, SurveySummary, TOP_WORDS, UnixMillis,
};

/// The survey's submissions whose answers are in its summary: neither
/// waiting in the statistics queue nor given up on (dead letters).
const MERGED: &str = "s.tenant_id = $1 AND s.survey_id = $2 \
     AND NOT EXISTS (SELECT 1 FROM statistics_queue m WHERE m.submission_id = s.id) \
     AND NOT EXISTS (SELECT 1 FROM dead_letters d WHERE d.submission_id = s.id)";

/// Word counts written a statement at a time.
const WORDS_PER_INSERT: usize = 500;

/// Deletes the survey's response `submission` and takes it out of the
/// statistics; false when the survey has no such response.
pub async fn delete_response(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    submission: SubmissionId,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    let backend = db.backend();
    let lock = match backend {
        Backend::Sqlite => {
            "SELECT version FROM survey_summaries WHERE tenant_id = $1 AND survey_id = $2"
        }
        Backend::Postgres => {
            "SELECT version FROM survey_summaries WHERE tenant_id = $1 AND survey_id = $2 FOR UPDATE"
        }
    };
    let cipher = super::data_keys::tenant_cipher(db, scope.tenant_id()).await?;
    let _turn = db.sqlite_write_turn().await;
    // Whether a response was deleted, and the summary rebuilt.
    // Its own block, so that `return` leaves it on either engine.
    let rebuilt: Option<bool> = with_pool!(db, pool => async {
        let mut tx = pool.begin().await?;
        let summarised: Option<i64> = sqlx::query_scalar(lock)
            .bind(tenant)
            .bind(survey.0)
            .fetch_optional(&mut *tx)
            .await?;
        let merged: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM submissions s WHERE {MERGED} AND s.id = $3"
        ))
        .bind(tenant)
        .bind(survey.0)
        .bind(submission.0)
        .fetch_one(&mut *tx)
        .await?;
        let deleted = sqlx::query(
            "DELETE FROM submissions WHERE tenant_id = $1 AND survey_id = $2 AND id = $3",
        )
        .bind(tenant)
        .bind(survey.0)
        .bind(submission.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if deleted == 0 {
            tx.rollback().await?;
            return Ok(None);
        }
        let rebuild = merged > 0 && summarised.is_some();
        if rebuild {
            let remaining: Vec<i64> = sqlx::query_scalar(&format!(
                "SELECT s.id FROM submissions s WHERE {MERGED} ORDER BY s.id"
            ))
            .bind(tenant)
            .bind(survey.0)
            .fetch_all(&mut *tx)
            .await?;
            let rows = sqlx::query(&format!(
                "SELECT {ANSWER_ROW_COLUMNS} FROM answers a \
                 JOIN questions q ON q.id = a.question_id AND q.tenant_id = a.tenant_id \
                 JOIN submissions s ON s.id = a.submission_id AND s.tenant_id = a.tenant_id \
                 WHERE {MERGED} ORDER BY a.submission_id, a.question_id"
            ))
            .bind(tenant)
            .bind(survey.0)
            .fetch_all(&mut *tx)
            .await?;
            let mut answers: BTreeMap<i64, SubmissionAnswers> =
                remaining.iter().map(|id| (*id, Ok(Vec::new()))).collect();
            decode_answer_rows(&cipher, &rows, &mut answers)?;
            let mut summary = summary_of(&answers);

            sqlx::query(
                "DELETE FROM summary_word_counts WHERE tenant_id = $1 AND question_id IN \
                 (SELECT id FROM questions WHERE tenant_id = $1 AND survey_id = $2)",
            )
            .bind(tenant)
            .bind(survey.0)
            .execute(&mut *tx)
            .await?;
            let counts = word_counts(&summary);
            for chunk in counts.chunks(WORDS_PER_INSERT) {
                let sql = word_insert_sql(chunk.len());
                let mut insert = sqlx::query(&sql).persistent(false);
                for (question, word, count) in chunk {
                    insert = insert.bind(tenant).bind(*question).bind(*word).bind(*count);
                }
                insert.execute(&mut *tx).await?;
            }
            keep_top_words(&mut summary);

            let json = serde_json::to_string(&summary)
                .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
            sqlx::query(
                "UPDATE survey_summaries SET version = version + 1, total_responses = $3, \
                 summary = $4, updated_at = $5 WHERE tenant_id = $1 AND survey_id = $2",
            )
            .bind(tenant)
            .bind(survey.0)
            .bind(summary.responses as i64)
            .bind(&json)
            .bind(now.0)
            .execute(&mut *tx)
            .await?;
            if backend == Backend::Postgres {
                // Open results pages of every process refresh at commit.
                sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(super::summary_changes::SUMMARY_MERGED_CHANNEL)
                    .bind(super::summary_changes::payload(scope.tenant_id(), survey))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(Some(rebuild))
    }
    .await)?;
    // On PostgreSQL the notice went at commit.
    if rebuilt == Some(true) && backend == Backend::Sqlite {
        db.summary_changes().merged(scope.tenant_id(), survey);
    }
    Ok(rebuilt.is_some())
}

/// The summary of the responses given, as the statistics task would have
/// merged them. A response whose answers no longer decode was never merged
/// (it failed there too), so it is left out here as well.
fn summary_of(answers: &BTreeMap<i64, SubmissionAnswers>) -> SurveySummary {
    let mut summary = SurveySummary::default();
    for (submission, answers) in answers {
        match answers {
            Ok(answers) => summary.merge(&SurveySummary::of_response(answers)),
            Err(_) => tracing::warn!(
                submission,
                "statistics rebuild: a stored answer does not decode"
            ),
        }
    }
    summary
}

/// Every word of every free-text question with its count.
fn word_counts(summary: &SurveySummary) -> Vec<(i64, &str, i64)> {
    summary
        .questions
        .iter()
        .flat_map(|(question, figures)| match figures {
            QuestionSummary::FreeText { words, .. } => words
                .iter()
                .map(|(word, count)| (*question, word.as_str(), *count as i64))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// What a stored summary keeps of the words: the most frequent, ties in
/// alphabetical order (as `statistics::merge_delta` reads them back).
fn keep_top_words(summary: &mut SurveySummary) {
    for figures in summary.questions.values_mut() {
        if let QuestionSummary::FreeText { words, .. } = figures {
            let mut ranked: Vec<(String, u64)> = std::mem::take(words).into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            ranked.truncate(TOP_WORDS);
            *words = ranked.into_iter().collect();
        }
    }
}

fn word_insert_sql(rows: usize) -> String {
    format!(
        "INSERT INTO summary_word_counts (tenant_id, question_id, word, count) VALUES {}",
        parameter_rows(rows, 4)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_words_are_the_most_frequent_ties_alphabetical() {
        let mut words = BTreeMap::new();
        for (place, word) in ["kiwi", "apple", "fig", "date", "lime", "pear"]
            .iter()
            .enumerate()
        {
            words.insert((*word).to_owned(), 1 + (place as u64 % 2));
        }
        for filler in 0..10 {
            words.insert(format!("z{filler}"), 1);
        }
        let mut summary = SurveySummary::default();
        summary
            .questions
            .insert(7, QuestionSummary::FreeText { count: 3, words });
        assert_eq!(word_counts(&summary).len(), 16);
        keep_top_words(&mut summary);
        let QuestionSummary::FreeText { words, .. } = &summary.questions[&7] else {
            unreachable!()
        };
        let kept: Vec<&str> = words.keys().map(String::as_str).collect();
        // apple, date, pear were used twice; then the first seven used once.
        assert_eq!(kept.len(), TOP_WORDS);
        for twice in ["apple", "date", "pear"] {
            assert!(kept.contains(&twice), "{kept:?}");
        }
        assert!(kept.contains(&"fig") && !kept.contains(&"z9"), "{kept:?}");
    }

    #[test]
    fn word_counts_are_inserted_four_values_a_row() {
        assert!(word_insert_sql(2).ends_with("($1, $2, $3, $4), ($5, $6, $7, $8)"));
    }
}
