//! A survey's results: the merged summary as the statistics task last
//! stored it (or, filtered by an answer, computed on demand), and its
//! version, so that an open page can tell when there is something new (by
//! asking, or by being told: [`watch_versions`]).

use std::time::Duration;

use futures_util::Stream;
use tokio::time::Instant;

use crate::auth::TenantScope;
use crate::domain::{
    AnswerFilter, Question, Slug, SurveyId, SurveySummary, TypedFilter, UnixMillis,
};
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::statistics;
use crate::storage::submissions::list_submissions;
use crate::storage::summary_changes::{SummaryWatch, concerns};
use crate::storage::surveys::StoredSurvey;

pub struct SurveyResults {
    pub stored: StoredSurvey,
    /// Of every response, or of those the filter keeps.
    pub merged: SurveySummary,
    /// Every response, whether the filter keeps it or not.
    pub all_responses: u64,
    pub filtering: Filtering,
    pub version: i64,
    /// When the task last merged answers, if ever.
    pub updated: Option<UnixMillis>,
}

/// Whether the results are filtered by an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filtering {
    Unfiltered,
    /// Only the responses that pass the filter, in words.
    Filtered(String),
    /// The filter typed was refused (why); the results are unfiltered.
    Refused(String),
}

impl Filtering {
    /// The filter to apply, and how the page describes it.
    pub fn of(typed: &TypedFilter, questions: &[Question]) -> (Option<AnswerFilter>, Filtering) {
        match typed.parse(questions) {
            Ok(None) => (None, Filtering::Unfiltered),
            Ok(Some(filter)) => {
                let described = Filtering::Filtered(filter.description().to_owned());
                (Some(filter), described)
            }
            Err(why) => (None, Filtering::Refused(why)),
        }
    }
}

pub async fn results(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    typed_filter: &TypedFilter,
) -> Result<SurveyResults, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    let (mut merged, version, updated) =
        match statistics::find_summary(db, scope, stored.id).await? {
            Some(s) => (s.summary, s.version, Some(s.updated_at)),
            None => (SurveySummary::default(), 0, None),
        };
    let mut all_responses = merged.responses;
    let (filter, filtering) = Filtering::of(typed_filter, &stored.survey.questions);
    if let Some(filter) = filter {
        (merged, all_responses) = filtered_summary(db, scope, stored.id, &filter).await?;
    }
    Ok(SurveyResults {
        stored,
        merged,
        all_responses,
        filtering,
        version,
        updated,
    })
}

/// Submissions read at a time while filtering: memory stays bounded however
/// many responses a survey has.
pub const SCAN_BATCH: u32 = 500;

/// The summary of the responses the filter keeps, computed on demand from
/// the stored answers with the statistics task's own merge, a page of
/// submissions at a time; with the number of responses read.
async fn filtered_summary(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    filter: &AnswerFilter,
) -> Result<(SurveySummary, u64), AppError> {
    let mut summary = SurveySummary::default();
    let mut read = 0;
    let mut after = None;
    loop {
        let batch = list_submissions(db, scope, survey, after, SCAN_BATCH).await?;
        read += batch.len() as u64;
        for submission in &batch {
            if filter.keeps(&submission.answers, submission.language) {
                summary.merge(&SurveySummary::of_response(&submission.answers));
            }
        }
        if batch.len() < SCAN_BATCH as usize {
            return Ok((summary, read));
        }
        after = batch.last().map(|s| s.id);
    }
}

/// The summary's version, in one query, for pages that ask.
pub async fn version(db: &Database, scope: &TenantScope, slug: &str) -> Result<i64, AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    statistics::summary_version(db, scope, &slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// Without news, a stream still reads the version this often, in case an
/// announcement was lost.
const RECHECK: Duration = Duration::from_secs(30);
/// However busy the survey, a page hears of it at most this often (each
/// time it fetches the whole summary).
const MIN_GAP: Duration = Duration::from_secs(1);
/// A stream ends after this; the browser reconnects, which checks its
/// access again (a member removed meanwhile stops hearing).
pub const STREAM_LIFETIME: Duration = Duration::from_secs(300);

/// The versions of a survey's summary for an open results page: the
/// current one at once (so a merge between the page's rendering and this
/// call is not missed), then each new one when the statistics task merges
/// answers. Ends after [`STREAM_LIFETIME`] or when the process shuts down.
pub async fn watch_versions(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<impl Stream<Item = i64> + Send + 'static, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    // Listening starts before the first read, so nothing falls in between.
    let region = db.region(scope)?;
    let watch = region.summary_changes().subscribe(region.pool());
    let state = VersionWatch {
        db: db.clone(),
        scope: scope.clone(),
        survey: stored.id,
        watch,
        sent: None,
        ends: Instant::now() + STREAM_LIFETIME,
    };
    Ok(futures_util::stream::unfold(
        state,
        |mut state| async move {
            let version = state.next_version().await?;
            Some((version, state))
        },
    ))
}

struct VersionWatch {
    db: Database,
    scope: TenantScope,
    survey: SurveyId,
    watch: SummaryWatch,
    sent: Option<i64>,
    ends: Instant,
}

impl VersionWatch {
    /// The next version different from the last one sent; `None` when the
    /// stream ends.
    async fn next_version(&mut self) -> Option<i64> {
        let tenant = self.scope.tenant_id();
        let mut look = match self.sent {
            None => true,
            Some(_) => {
                tokio::time::sleep(MIN_GAP).await;
                self.watch.drain_for(tenant, self.survey)
            }
        };
        loop {
            if self.watch.is_closing() {
                return None;
            }
            if look {
                let version = statistics::summary_version_of(&self.db, &self.scope, self.survey)
                    .await
                    .inspect_err(
                        |error| tracing::warn!(%error, "live results: reading the version failed"),
                    )
                    .ok()?;
                if self.sent != Some(version) {
                    self.sent = Some(version);
                    return Some(version);
                }
            }
            let wait = RECHECK.min(self.ends.saturating_duration_since(Instant::now()));
            if wait.is_zero() {
                return None;
            }
            look = match tokio::time::timeout(wait, self.watch.next()).await {
                Ok(None) => return None,
                Ok(Some(heard)) => concerns(heard, tenant, self.survey),
                Err(_) => true,
            };
        }
    }
}
