//! Moving a subscriber's surveys and answers to another region's database,
//! asked for by a Tailspin administrator and run by the background runner:
//!
//! 1. copy every table while the surveys keep answering in the old region;
//! 2. hold new answers back in the old region (they wait, see
//!    `respondent::store_through_a_move`), copy again what changed, and
//!    check that both databases hold the same rows;
//! 3. switch the directory to the new region (held answers are stored
//!    there) and queue every response for the statistics task, which
//!    rebuilds the summaries there;
//! 4. once the old region has sent the tenant's queued mail and webhooks,
//!    remove its copy and its data key.
//!
//! Each step can be repeated, so a move cut short resumes from its lease.

use crate::auth::{TenantScope, system_scope};
use crate::domain::{TenantStatus, UnixMillis};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::services::branding::BlobStore;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::services::platform_admin::PlatformAdminRecord;
use crate::storage::region_copy::{self, COPIED, OnConflict};
use crate::storage::region_switch;
use crate::storage::tenant_moves::{self, MoveRecord};
use crate::storage::{Database, data_keys, tenants};

pub use crate::storage::tenant_moves::MoveRecord as RegionMove;

/// A runner that stops reporting loses its move after this long.
pub const MOVE_LEASE_MS: i64 = 60_000;
/// Rows copied in one statement.
const BATCH_ROWS: i64 = 500;
/// Tries at a final copy that matches the old region's rows.
const FINAL_TRIES: u32 = 3;
/// A move interrupted this many times is given up.
const MAX_ATTEMPTS: i64 = 5;
/// How long the old region may take to send the tenant's queued mail and
/// webhooks before its copy is removed anyway.
const DRAIN_MS: i64 = 60 * 60 * 1000;

/// Queues a move of subscriber `alias` to `to_region`.
pub async fn request_move(
    db: &Database,
    admin: &PlatformAdminRecord,
    regions: &[String],
    alias: &str,
    to_region: &str,
    now: UnixMillis,
) -> Result<RegionMove, AppError> {
    let tenant = find_tenant(db, alias).await?;
    let refuse = |key: &str| {
        AppError::Invalid(vec![FieldProblem::new(
            "region",
            Message::new(key).in_page_language(),
        )])
    };
    if !regions.iter().any(|r| r == to_region) {
        return Err(refuse("msg-region-moves-choose-region"));
    }
    if tenant.region == to_region {
        return Err(refuse("msg-region-moves-already-there"));
    }
    if tenant.status == TenantStatus::Deleting {
        return Err(refuse("msg-region-moves-deleting"));
    }
    let (from, to) = (
        db.region_named(&tenant.region)?,
        db.region_named(to_region)?,
    );
    if from.region_id() == to.region_id() {
        return Err(refuse("msg-region-moves-same-database"));
    }
    if from.backend() != to.backend() {
        return Err(refuse("msg-region-moves-different-kinds"));
    }
    let scope = system_scope(
        &tenant,
        SystemGrant::new(SystemTask::PlatformAdministration),
    );
    match tenant_moves::request_move(db, &scope, to_region, admin.email.as_str(), now).await? {
        Some(record) => {
            tracing::info!(tenant = %tenant.alias, from = %tenant.region, to = %to_region, "region move requested");
            super::job_wakeup::jobs_requested();
            Ok(record)
        }
        None => Err(refuse("msg-region-moves-under-way")),
    }
}

/// The subscriber's moves, newest first.
pub async fn moves_of(
    db: &Database,
    _admin: &PlatformAdminRecord,
    alias: &str,
) -> Result<Vec<RegionMove>, AppError> {
    let tenant = find_tenant(db, alias).await?;
    let scope = system_scope(
        &tenant,
        SystemGrant::new(SystemTask::PlatformAdministration),
    );
    Ok(tenant_moves::moves_of(db, &scope, 10).await?)
}

async fn find_tenant(db: &Database, alias: &str) -> Result<tenants::TenantRecord, AppError> {
    let alias = crate::domain::TenantAlias::parse(alias).map_err(|_| AppError::NotFound)?;
    tenants::find_tenant_by_alias(db, &alias)
        .await?
        .ok_or(AppError::NotFound)
}

/// Runs every move that is waiting; returns how many finished.
pub async fn run_pending_moves(db: &Database, blobs: &BlobStore) -> Result<u32, AppError> {
    let mut finished = 0;
    while let Some(record) = tenant_moves::claim_move(db, UnixMillis::now(), MOVE_LEASE_MS).await? {
        if run_move(db, blobs, &record).await? {
            finished += 1;
        }
    }
    Ok(finished)
}

/// Runs one claimed move; `true` when it finished (either way). Left
/// running (to be resumed after its lease) when it failed on the way or
/// waits for the old region to send what it queued.
pub async fn run_move(
    db: &Database,
    blobs: &BlobStore,
    record: &MoveRecord,
) -> Result<bool, AppError> {
    let Some(tenant) = tenants::find_tenant_by_id(db, record.tenant()).await? else {
        return Ok(true);
    };
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::RegionMove));
    let mut progress = Progress {
        db,
        record,
        rows: record.rows_copied,
    };
    let outcome = if tenant.region == record.to_region {
        finish_in_new_region(db, blobs, &scope, record, &mut progress).await
    } else if tenant.region != record.from_region || tenant.status == TenantStatus::Deleting {
        Err(Stop::Overtaken)
    } else if record.attempts > MAX_ATTEMPTS {
        Err(Stop::Failed(AppError::Internal))
    } else {
        match copy_and_switch(db, blobs, &scope, record, &mut progress).await {
            Ok(()) => {
                let moved = tenants::find_tenant_by_id(db, record.tenant())
                    .await?
                    .ok_or(AppError::NotFound)?;
                let moved = system_scope(&moved, SystemGrant::new(SystemTask::RegionMove));
                finish_in_new_region(db, blobs, &moved, record, &mut progress).await
            }
            Err(error) => Err(error),
        }
    };
    match outcome {
        Ok(Finished::Yes(message)) => {
            tenant_moves::finish_move(db, record.id, true, &message, UnixMillis::now()).await?;
            tracing::info!(tenant = %tenant.alias, to = %record.to_region, "region move finished");
            Ok(true)
        }
        Ok(Finished::NotYet) => Ok(false),
        Err(Stop::Overtaken) => {
            // Whatever was copied must not stay in the other region.
            let now_in = tenants::find_tenant_by_id(db, record.tenant()).await?;
            if now_in.is_none_or(|t| t.region != record.to_region) {
                remove_copy(db, record).await?;
            }
            let message = Message::new("move-overtaken").to_stored();
            tenant_moves::finish_move(db, record.id, false, &message, UnixMillis::now()).await?;
            Ok(true)
        }
        Err(Stop::Failed(error)) if record.attempts > MAX_ATTEMPTS => {
            tracing::error!(tenant = %tenant.alias, %error, "region move given up");
            give_up(db, &scope, record).await?;
            Ok(true)
        }
        Err(Stop::Failed(error)) => {
            // Left running: its lease runs out and the next claim resumes it.
            tracing::warn!(tenant = %tenant.alias, %error, "region move stopped; it will be resumed");
            Err(error)
        }
    }
}

enum Finished {
    Yes(String),
    NotYet,
}

/// Why a move stopped.
enum Stop {
    /// The subscriber's region changed meanwhile, or it is being deleted:
    /// the move is over, having moved nothing.
    Overtaken,
    /// It failed on the way; the next claim resumes it.
    Failed(AppError),
}

impl From<AppError> for Stop {
    fn from(error: AppError) -> Stop {
        Stop::Failed(error)
    }
}

impl From<sqlx::Error> for Stop {
    fn from(error: sqlx::Error) -> Stop {
        Stop::Failed(error.into())
    }
}

struct Progress<'a> {
    db: &'a Database,
    record: &'a MoveRecord,
    rows: i64,
}

impl Progress<'_> {
    async fn report(&mut self, step: Message, copied: u64) -> Result<(), AppError> {
        self.rows += copied as i64;
        let lease = UnixMillis(UnixMillis::now().0 + MOVE_LEASE_MS);
        let step = step.to_stored();
        tenant_moves::report_move(self.db, self.record.id, &step, self.rows, lease).await?;
        Ok(())
    }
}

/// Steps 1 to 3.
async fn copy_and_switch(
    db: &Database,
    blobs: &BlobStore,
    scope: &TenantScope,
    record: &MoveRecord,
    progress: &mut Progress<'_>,
) -> Result<(), Stop> {
    let source = db.region(scope)?.clone();
    let target = db.region_named(&record.to_region)?.clone();
    let tenant = scope.tenant_id();
    region_switch::prepare_target(db, scope, &target).await?;
    data_keys::copy_data_key(&source, &target, tenant).await?;
    let logos = blobs
        .copy_tenant_blobs(tenant, scope.region(), &record.to_region)
        .await?;
    progress
        .report(Message::new("move-step-logo"), logos as u64)
        .await?;
    // 1. While the surveys answer in the old region.
    copy_every_table(
        &source,
        &target,
        scope,
        OnConflict::Keep,
        progress,
        "move-step-copying",
    )
    .await?;
    // 2. With new answers held back.
    progress
        .report(Message::new("move-step-holding"), 0)
        .await?;
    region_switch::hold_answers(&source, tenant, true).await?;
    let mut same = false;
    for _ in 0..FINAL_TRIES {
        copy_every_table(
            &source,
            &target,
            scope,
            OnConflict::Replace,
            progress,
            "move-step-copying-changes",
        )
        .await?;
        for table in COPIED.iter().rev() {
            region_copy::remove_rows_gone(&source, &target, table, tenant).await?;
        }
        progress
            .report(Message::new("move-step-checking"), 0)
            .await?;
        same = differences(&source, &target, scope).await?.is_empty();
        if same {
            break;
        }
    }
    if !same {
        region_switch::hold_answers(&source, tenant, false).await?;
        let differing = differences(&source, &target, scope).await?.join(", ");
        tracing::warn!(tenant = %scope.alias(), %differing, "region move: the copy does not match");
        return Err(Stop::Failed(AppError::Internal));
    }
    // 3. Switch.
    region_switch::finish_target(&target, tenant, UnixMillis::now()).await?;
    if !tenant_moves::switch_region(db, scope, &record.to_region).await? {
        region_switch::hold_answers(&source, tenant, false).await?;
        return Err(Stop::Overtaken);
    }
    crate::services::statistics::answers_arrived();
    progress
        .report(Message::new("move-step-switched"), 0)
        .await?;
    Ok(())
}

/// Step 4: once the old region sent what it queued, its copy goes.
async fn finish_in_new_region(
    db: &Database,
    blobs: &BlobStore,
    scope: &TenantScope,
    record: &MoveRecord,
    progress: &mut Progress<'_>,
) -> Result<Finished, Stop> {
    let source = db.region_named(&record.from_region)?.clone();
    let target = db.region(scope)?.clone();
    let tenant = scope.tenant_id();
    let unsent = region_switch::unsent(&source, tenant).await?;
    if unsent > 0 && UnixMillis::now().0 < record.requested_at + DRAIN_MS {
        // Claimed again once this short lease runs out.
        let lease = UnixMillis(UnixMillis::now().0 + 5_000);
        let step = Message::new("move-step-waiting")
            .number("count", unsent)
            .to_stored();
        tenant_moves::report_move(db, record.id, &step, progress.rows, lease).await?;
        return Ok(Finished::NotYet);
    }
    let surveys = region_copy::count_rows(&target, region_copy::table("surveys"), tenant).await?;
    let responses =
        region_copy::count_rows(&target, region_copy::table("submissions"), tenant).await?;
    loop {
        let removed = region_switch::remove_source_batch(&source, tenant).await?;
        if removed == 0 {
            break;
        }
        progress
            .report(Message::new("move-step-removing"), 0)
            .await?;
    }
    data_keys::drop_moved_key(&source, &target, tenant).await?;
    if !blobs.shared(&record.from_region, &record.to_region) {
        blobs
            .delete_tenant_blobs(tenant, &record.from_region)
            .await?;
    }
    Ok(Finished::Yes(moved_message(surveys, responses)))
}

fn moved_message(surveys: i64, responses: i64) -> String {
    Message::new("move-finished")
        .number("surveys", surveys)
        .number("responses", responses)
        .to_stored()
}

/// Copies every table, reporting as it goes.
async fn copy_every_table(
    source: &Database,
    target: &Database,
    scope: &TenantScope,
    on_conflict: OnConflict,
    progress: &mut Progress<'_>,
    what: &str,
) -> Result<(), AppError> {
    for table in COPIED {
        let mut after = None;
        loop {
            let (copied, next) = region_copy::copy_batch(
                source,
                target,
                table,
                scope.tenant_id(),
                after.as_ref(),
                BATCH_ROWS,
                on_conflict,
            )
            .await?;
            progress
                .report(Message::new(what).text("table", table.name), copied)
                .await?;
            match next {
                Some(key) => after = Some(key),
                None => break,
            }
        }
    }
    Ok(())
}

/// The tables whose counts differ between the two databases.
async fn differences(
    source: &Database,
    target: &Database,
    scope: &TenantScope,
) -> Result<Vec<&'static str>, AppError> {
    let mut differing = Vec::new();
    for table in COPIED {
        let (here, there) = (
            region_copy::count_rows(source, table, scope.tenant_id()).await?,
            region_copy::count_rows(target, table, scope.tenant_id()).await?,
        );
        if here != there {
            differing.push(table.name);
        }
    }
    Ok(differing)
}

/// A move that failed before its switch: answers are taken in the old
/// region again, and the new region's partial copy is removed.
async fn give_up(db: &Database, scope: &TenantScope, record: &MoveRecord) -> Result<(), AppError> {
    let message = if scope.region() == record.from_region {
        let source = db.region(scope)?;
        region_switch::hold_answers(source, scope.tenant_id(), false).await?;
        remove_copy(db, record).await?;
        Message::new("move-given-up")
    } else {
        Message::new("move-copy-left")
    };
    let message = message.to_stored();
    tenant_moves::finish_move(db, record.id, false, &message, UnixMillis::now()).await?;
    Ok(())
}

/// Removes what a move that did not switch copied into the new region.
async fn remove_copy(db: &Database, record: &MoveRecord) -> Result<(), AppError> {
    let target = db.region_named(&record.to_region)?;
    while region_switch::remove_source_batch(target, record.tenant()).await? > 0 {}
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_message_counts_in_words() {
        use crate::i18n::{Language, Message, Texts};
        let words = |stored: String, language| {
            Message::in_words_from_stored(&stored, &Texts::new(language))
        };
        let english = Language::English;
        assert_eq!(
            words(super::moved_message(1, 1), english),
            "Moved 1 survey and 1 response."
        );
        assert_eq!(
            words(super::moved_message(0, 2), english),
            "Moved 0 surveys and 2 responses."
        );
        assert_eq!(
            words(super::moved_message(1, 1_200), Language::German),
            "1 Umfrage und 1.200 Antworten verschoben."
        );
    }
}
