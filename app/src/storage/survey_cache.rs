//! Surveys as respondents look them up, kept for one second, so that the
//! public page and the submissions of a busy survey read no survey rows.
//!
//! Being a second out of date is harmless: a published survey's questions
//! never change (only drafts are edited, and a draft is never shown),
//! closing is final, and storing a submission checks again, in its insert,
//! that the survey is still published and unexpired. An address with no
//! survey is kept too (`None`), so that a "not found" page reads nothing.
//! Every write that changes what a public page shows (publish, close,
//! delete, and any other tenant change) forgets everything, on every
//! instance (`tenants::tenant_changed`).

use std::sync::Arc;
use std::time::Duration;

use moka::future::Cache;

use super::records::StoredSurvey;

#[derive(Clone)]
pub struct SurveyCache {
    by_slug: Cache<(i64, String), Option<Arc<StoredSurvey>>>,
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

    /// `None`: not looked up lately; `Some(None)`: no such survey.
    pub async fn get(&self, tenant: i64, slug: &str) -> Option<Option<Arc<StoredSurvey>>> {
        self.by_slug.get(&(tenant, slug.to_owned())).await
    }

    /// After a survey was published, closed or deleted, or a tenant changed
    /// (other instances hear of it through `tenant_changed`).
    pub fn forget_all(&self) {
        self.by_slug.invalidate_all();
    }

    pub async fn keep(&self, tenant: i64, slug: &str, survey: Option<Arc<StoredSurvey>>) {
        self.by_slug.insert((tenant, slug.to_owned()), survey).await;
    }
}
