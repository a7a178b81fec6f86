//! Server functions of Tailspin administration for moving a subscriber to
//! another region (rules: `services::region_moves`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A subscriber's region, the regions it may move to, and its moves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionMoves {
    pub region: String,
    /// Every configured region, with where it keeps its data.
    pub regions: Vec<RegionChoice>,
    /// Newest first.
    pub moves: Vec<MoveProgress>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionChoice {
    pub id: String,
    /// A database of its own (else the main one).
    pub own_database: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveProgress {
    pub from_region: String,
    pub to_region: String,
    pub state: String,
    pub finished: bool,
    pub step: String,
    pub rows_copied: i64,
    pub requested: String,
    pub requested_by: String,
    pub message: String,
}

impl RegionMoves {
    /// Whether a move is queued or running.
    pub fn moving(&self) -> bool {
        self.moves.first().is_some_and(|m| !m.finished)
    }
}

#[server(prefix = "/api", endpoint = "load_region_moves")]
pub async fn load_region_moves(alias: String) -> Result<RegionMoves, AppError> {
    let (db, admin) = super::platform_request().await?;
    let tenant = crate::services::tenants::find_tenant(&db, &alias).await?;
    let moves = crate::services::region_moves::moves_of(&db, &admin, &alias).await?;
    Ok(RegionMoves {
        region: tenant.region,
        regions: super::signup::regions()
            .into_iter()
            .map(|id| RegionChoice {
                own_database: db.has_own_database(&id),
                id,
            })
            .collect(),
        moves: moves.iter().map(progress).collect(),
    })
}

/// Queues the move; without JavaScript the page comes back showing it.
#[server(prefix = "/api", endpoint = "move_subscriber_region")]
pub async fn move_subscriber_region(alias: String, region: String) -> Result<(), AppError> {
    let (db, admin) = super::platform_request().await?;
    let regions = super::signup::regions();
    let now = crate::domain::UnixMillis::now();
    crate::services::region_moves::request_move(&db, &admin, &regions, &alias, &region, now)
        .await?;
    super::after_plain_form(&format!("/admin/subscribers/{alias}#region"));
    Ok(())
}

#[cfg(feature = "ssr")]
fn progress(record: &crate::services::region_moves::RegionMove) -> MoveProgress {
    MoveProgress {
        from_region: record.from_region.clone(),
        to_region: record.to_region.clone(),
        state: crate::i18n::Message::new(match record.status.as_str() {
            "queued" => "msg-region-moves-queued",
            "running" => "msg-region-moves-running",
            "succeeded" => "msg-region-moves-succeeded",
            _ => "msg-region-moves-failed",
        })
        .in_page_language(),
        finished: record.is_finished(),
        step: crate::i18n::Message::in_words_from_stored(&record.step, &crate::i18n::texts()),
        rows_copied: record.rows_copied,
        requested: crate::domain::UnixMillis(record.requested_at).localized_time_string(),
        requested_by: record.requested_by.clone(),
        message: crate::i18n::Message::in_words_from_stored(&record.message, &crate::i18n::texts()),
    }
}
