//! Waking the background runner of this process at once, when work was
//! just asked for, instead of at its next interval.

use tokio::sync::Notify;

pub(super) static JOBS_REQUESTED: Notify = Notify::const_new();

/// Wakes this process's runner (a job was just asked for).
pub fn jobs_requested() {
    JOBS_REQUESTED.notify_one();
}
