//! Server functions of Tailspin administration.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminHome {
    pub email: String,
    pub statistics: StatisticsStatus,
}

/// The statistics task: the shared queue, and this instance's counters
/// since it started (other instances keep their own).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatisticsStatus {
    pub queued: i64,
    pub oldest_queued: Option<String>,
    pub dead_letters: i64,
    pub runs_here: bool,
    pub merged_messages: u64,
    pub version_conflicts: u64,
    pub failed_attempts: u64,
}

#[cfg(feature = "ssr")]
async fn statistics_status(db: &crate::storage::Database) -> Result<StatisticsStatus, AppError> {
    use std::sync::atomic::Ordering;
    let depth = crate::storage::statistics::queue_depth(db).await?;
    let metrics = use_context::<std::sync::Arc<crate::services::statistics::TaskMetrics>>();
    let read = |counter: fn(
        &crate::services::statistics::TaskMetrics,
    ) -> &std::sync::atomic::AtomicU64| {
        metrics
            .as_ref()
            .map_or(0, |m| counter(m).load(Ordering::Relaxed))
    };
    Ok(StatisticsStatus {
        queued: depth.queued,
        oldest_queued: depth.oldest.map(|t| t.time_string()),
        dead_letters: depth.dead_letters,
        runs_here: metrics.is_some(),
        merged_messages: read(|m| &m.merged_messages),
        version_conflicts: read(|m| &m.version_conflicts),
        failed_attempts: read(|m| &m.failed_attempts),
    })
}

/// The signed-in Tailspin administrator making this request; anyone else
/// is refused (401), and a page load is sent to the sign-in page.
#[cfg(feature = "ssr")]
pub(crate) async fn platform_admin()
-> Result<crate::storage::platform_admins::PlatformAdminRecord, AppError> {
    let db = super::database()?;
    let principal = crate::auth::request_principal().await?;
    match crate::auth::platform_admin_access(&db, principal.as_ref()).await {
        Ok(admin) => Ok(admin),
        Err(AppError::Unauthorized) => {
            leptos_axum::redirect("/admin/login");
            Err(AppError::Unauthorized)
        }
        Err(error) => Err(error),
    }
}

#[server(prefix = "/api", endpoint = "load_admin_home")]
pub async fn load_admin_home() -> Result<AdminHome, AppError> {
    let db = super::database()?;
    let admin = platform_admin().await?;
    Ok(AdminHome {
        email: admin.email.to_string(),
        statistics: statistics_status(&db).await?,
    })
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadLetterRow {
    pub id: i64,
    pub tenant: String,
    pub survey: String,
    pub submission: i64,
    pub attempts: i64,
    pub error: String,
    pub failed: String,
}

/// Answers the statistics task gave up on, oldest first.
#[server(prefix = "/api", endpoint = "load_dead_letters")]
pub async fn load_dead_letters() -> Result<Vec<DeadLetterRow>, AppError> {
    let db = super::database()?;
    platform_admin().await?;
    let letters = crate::storage::statistics::list_dead_letters(&db).await?;
    let mut rows = Vec::with_capacity(letters.len());
    for letter in letters {
        let tenant = crate::storage::tenants::find_tenant_by_id(&db, letter.tenant).await?;
        rows.push(DeadLetterRow {
            id: letter.id,
            tenant: tenant.map_or_else(
                || format!("tenant {}", letter.tenant.0),
                |t| t.alias.to_string(),
            ),
            survey: format!("survey {}", letter.survey.0),
            submission: letter.submission,
            attempts: letter.attempts,
            error: letter.last_error,
            failed: letter.failed_at.time_string(),
        });
    }
    Ok(rows)
}

/// Puts a dead letter back on the statistics queue.
#[server(prefix = "/api", endpoint = "requeue_dead_letter")]
pub async fn requeue_dead_letter(id: i64) -> Result<(), AppError> {
    let db = super::database()?;
    platform_admin().await?;
    let now = crate::domain::UnixMillis::now();
    if crate::storage::statistics::requeue_dead_letter(&db, id, now).await? {
        crate::services::statistics::answers_arrived();
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Drops a dead letter: its answers stay stored, but are not counted.
#[server(prefix = "/api", endpoint = "discard_dead_letter")]
pub async fn discard_dead_letter(id: i64) -> Result<(), AppError> {
    let db = super::database()?;
    platform_admin().await?;
    if crate::storage::statistics::discard_dead_letter(&db, id).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
