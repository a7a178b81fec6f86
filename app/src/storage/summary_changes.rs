//! Tells open results pages that a survey's summary was merged, so that
//! they need not ask every few seconds.
//!
//! Every process keeps one broadcast channel per database. On SQLite (one
//! process) the statistics task's merge announces itself on it directly. On
//! PostgreSQL the merge may run in another process (`server worker`): it
//! sends `NOTIFY` with the survey in the merge transaction, and each web
//! process that has a page open forwards the notifications to its channel
//! (the listener starts with the first page). A listener that lost its
//! connection says so ([`Heard::Missed`]): every page then reads its
//! version again instead of trusting that nothing happened.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use tokio::sync::broadcast;
use tokio_util::sync::CancellationToken;

use super::pool::Pool;
use crate::domain::{SurveyId, TenantId};

/// The PostgreSQL channel; the payload is `tenant:survey`.
pub const SUMMARY_MERGED_CHANNEL: &str = "tailspin_summary_merged";

/// Announcements waiting for a slow page before it hears `Missed` instead.
const CAPACITY: usize = 256;

/// What an open page hears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heard {
    /// This survey's summary has a new version.
    Merged(TenantId, SurveyId),
    /// Announcements may have been lost: every page should look again.
    Missed,
}

/// The announcements of one database, shared by clones of `Database`.
#[derive(Clone, Debug)]
pub struct SummaryChanges {
    sender: broadcast::Sender<Heard>,
    listening: Arc<OnceLock<()>>,
    closing: CancellationToken,
}

impl Default for SummaryChanges {
    fn default() -> Self {
        SummaryChanges {
            sender: broadcast::channel(CAPACITY).0,
            listening: Arc::new(OnceLock::new()),
            closing: CancellationToken::new(),
        }
    }
}

impl SummaryChanges {
    /// Announces a merge in this process (SQLite; on PostgreSQL the
    /// notification comes back through the listener).
    pub(super) fn merged(&self, tenant: TenantId, survey: SurveyId) {
        // Nobody listening is not an error.
        let _ = self.sender.send(Heard::Merged(tenant, survey));
    }

    /// Starts hearing announcements (and, on PostgreSQL, the process's
    /// listener if it is not running yet).
    pub fn subscribe(&self, pool: &Pool) -> SummaryWatch {
        if let Pool::Postgres(pool) = pool {
            self.listening.get_or_init(|| {
                tokio::spawn(forward_notifications(pool.clone(), self.sender.clone()));
            });
        }
        SummaryWatch {
            receiver: self.sender.subscribe(),
            closing: self.closing.clone(),
        }
    }

    /// Ends every watch: the process is shutting down, and open streams
    /// would otherwise keep it waiting.
    pub fn close(&self) {
        self.closing.cancel();
    }
}

/// One open page's view of the announcements.
pub struct SummaryWatch {
    receiver: broadcast::Receiver<Heard>,
    closing: CancellationToken,
}

impl SummaryWatch {
    /// The next announcement; `None` once the process is shutting down.
    pub async fn next(&mut self) -> Option<Heard> {
        tokio::select! {
            _ = self.closing.cancelled() => None,
            heard = self.receiver.recv() => match heard {
                Ok(heard) => Some(heard),
                Err(broadcast::error::RecvError::Lagged(_)) => Some(Heard::Missed),
                Err(broadcast::error::RecvError::Closed) => None,
            },
        }
    }

    /// Whether the process is shutting down.
    pub fn is_closing(&self) -> bool {
        self.closing.is_cancelled()
    }

    /// Drops what arrived meanwhile; true when any of it concerned
    /// `survey` (or may have).
    pub fn drain_for(&mut self, tenant: TenantId, survey: SurveyId) -> bool {
        let mut concerned = false;
        loop {
            match self.receiver.try_recv() {
                Ok(heard) => concerned |= concerns(heard, tenant, survey),
                Err(broadcast::error::TryRecvError::Lagged(_)) => concerned = true,
                Err(_) => return concerned,
            }
        }
    }
}

/// Whether `heard` means `survey` may have a new version.
pub fn concerns(heard: Heard, tenant: TenantId, survey: SurveyId) -> bool {
    match heard {
        Heard::Merged(t, s) => t == tenant && s == survey,
        Heard::Missed => true,
    }
}

/// The payload of the PostgreSQL notification.
pub(super) fn payload(tenant: TenantId, survey: SurveyId) -> String {
    format!("{}:{}", tenant.0, survey.0)
}

fn parse_payload(payload: &str) -> Option<Heard> {
    let (tenant, survey) = payload.split_once(':')?;
    Some(Heard::Merged(
        TenantId(tenant.parse().ok()?),
        SurveyId(survey.parse().ok()?),
    ))
}

/// Forwards the PostgreSQL notifications to this process's channel until
/// the pool closes, reconnecting after failures.
async fn forward_notifications(pool: sqlx::PgPool, sender: broadcast::Sender<Heard>) {
    loop {
        let mut listener = match sqlx::postgres::PgListener::connect_with(&pool).await {
            Ok(listener) => listener,
            Err(sqlx::Error::PoolClosed) => return,
            Err(error) => {
                tracing::warn!(%error, "cannot connect the summary listener");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(error) = listener.listen(SUMMARY_MERGED_CHANNEL).await {
            tracing::warn!(%error, "cannot listen for merged summaries");
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        }
        // Whatever was merged while nobody listened.
        let _ = sender.send(Heard::Missed);
        loop {
            // `try_recv` says when the connection was lost (`None`) instead
            // of silently reconnecting past missed notifications.
            match listener.try_recv().await {
                Ok(Some(notification)) => {
                    if let Some(heard) = parse_payload(notification.payload()) {
                        let _ = sender.send(heard);
                    }
                }
                Ok(None) => {
                    let _ = sender.send(Heard::Missed);
                }
                Err(sqlx::Error::PoolClosed) => return,
                Err(error) => {
                    tracing::warn!(%error, "summary listener failed");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_name_the_tenant_and_survey() {
        let heard = parse_payload(&payload(TenantId(3), SurveyId(42)));
        assert_eq!(heard, Some(Heard::Merged(TenantId(3), SurveyId(42))));
        assert_eq!(parse_payload("nonsense"), None);
    }

    #[tokio::test]
    async fn a_watch_hears_merges_and_ends_when_closing() {
        let changes = SummaryChanges::default();
        let pool = Pool::Sqlite(sqlx::SqlitePool::connect_lazy("sqlite::memory:").unwrap());
        let mut watch = changes.subscribe(&pool);
        changes.merged(TenantId(1), SurveyId(2));
        let heard = watch.next().await.unwrap();
        assert!(concerns(heard, TenantId(1), SurveyId(2)));
        assert!(!concerns(heard, TenantId(1), SurveyId(3)));
        changes.merged(TenantId(1), SurveyId(3));
        assert!(!watch.drain_for(TenantId(1), SurveyId(2)));
        changes.close();
        assert_eq!(watch.next().await, None);
    }
}
