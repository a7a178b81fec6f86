//! Tells this process's page cache that a tenant's public pages may show
//! something new (a survey published, closed or deleted, a new logo or
//! style sheet, the tenant renamed or suspended).
//!
//! `tenants::tenant_changed` announces every such write here and, on
//! PostgreSQL, to the other processes through `NOTIFY tenant_changed`,
//! whose listener (`tenants::listen_for_tenant_changes`) announces it here
//! in turn. A listener that lost its connection announces
//! [`PublicChange::Missed`]: anything may have changed meanwhile.

use tokio::sync::broadcast;

/// Announcements waiting for a slow receiver before it hears it lagged
/// (which it must treat as `Missed`).
const CAPACITY: usize = 256;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublicChange {
    /// Something the pages of the tenant with this alias show changed.
    Tenant(String),
    /// Announcements may have been lost: every tenant may have changed.
    Missed,
}

/// The announcements of one database, shared by clones of `Database`.
#[derive(Clone, Debug)]
pub struct PublicChanges {
    sender: broadcast::Sender<PublicChange>,
}

impl Default for PublicChanges {
    fn default() -> Self {
        PublicChanges {
            sender: broadcast::channel(CAPACITY).0,
        }
    }
}

impl PublicChanges {
    pub(super) fn announce(&self, change: PublicChange) {
        // Nobody listening (no page cache) is not an error.
        let _ = self.sender.send(change);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<PublicChange> {
        self.sender.subscribe()
    }
}
