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
    let metrics = use_context::<std::sync::Arc<crate::statistics::TaskMetrics>>();
    let read = |counter: fn(&crate::statistics::TaskMetrics) -> &std::sync::atomic::AtomicU64| {
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

#[server(prefix = "/api", endpoint = "load_admin_home")]
pub async fn load_admin_home() -> Result<AdminHome, AppError> {
    let db = super::database()?;
    let principal = crate::auth::request_principal().await?;
    match super::with_status(crate::auth::platform_admin_access(&db, principal.as_ref()).await) {
        Ok(admin) => Ok(AdminHome {
            email: admin.email.to_string(),
            statistics: statistics_status(&db).await?,
        }),
        Err(AppError::Unauthorized) => {
            leptos_axum::redirect("/admin/login");
            Err(AppError::Unauthorized)
        }
        Err(error) => Err(error),
    }
}
