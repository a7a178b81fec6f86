//! Published surveys as respondents see them, kept for one second, so that
//! the public page and the submissions of a busy survey read no survey rows.
//!
//! Being a second out of date is harmless: a published survey's questions
//! never change (only drafts are edited), and storing a submission checks
//! again, in its insert, that the survey is still published and unexpired.
//! Only published surveys are kept; closing or deleting one here forgets
//! them at once.

use std::time::Duration;

use moka::future::Cache;

use super::records::StoredSurvey;

#[derive(Clone)]
pub struct SurveyCache {
    by_slug: Cache<(i64, String), StoredSurvey>,
}

impl std::fmt::Debug for SurveyCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SurveyCache")
            .field("entries", &self.by_slug.entry_count())
            .finish()
    }
}

impl SurveyCache {
    pub fn new() -> SurveyCache {
        SurveyCache {
            by_slug: Cache::builder()
                .max_capacity(10_000)
                .time_to_live(Duration::from_secs(1))
                .build(),
        }
    }

    pub async fn get(&self, tenant: i64, slug: &str) -> Option<StoredSurvey> {
        self.by_slug.get(&(tenant, slug.to_owned())).await
    }

    /// After a survey closes or is deleted here (other instances see it
    /// within the second).
    pub fn forget_all(&self) {
        self.by_slug.invalidate_all();
    }

    pub async fn keep(&self, tenant: i64, slug: &str, survey: &StoredSurvey) {
        if survey.survey.status == crate::domain::SurveyStatus::Published {
            self.by_slug
                .insert((tenant, slug.to_owned()), survey.clone())
                .await;
        }
    }
}
