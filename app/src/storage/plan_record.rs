//! The statements that record a plan change, run inside the transaction
//! that changes `tenants.plan` (by `tenants.rs` and `plan_changes.rs`).

/// Who changes a plan, as the record names them.
#[derive(Clone, Copy, Debug)]
pub struct ChangedBy<'a> {
    /// Their email (or name), as it is now.
    pub who: &'a str,
    /// A Tailspin administrator (else one of the tenant's Administrators).
    pub tailspin: bool,
}

impl<'a> ChangedBy<'a> {
    /// A Tailspin administrator (or tool) named `who`.
    pub const fn tailspin(who: &'a str) -> ChangedBy<'a> {
        ChangedBy {
            who,
            tailspin: true,
        }
    }
}

/// Locks the tenant's row (`$1`) for the rest of the transaction, so the
/// plan read next is the one the update replaces, on either engine.
pub(super) const LOCK_TENANT: &str = "UPDATE tenants SET status = status WHERE id = $1";

/// Records the change of tenant `$1` from the plan it has now to `$2` at
/// `$3` by `$4`/`$5`; only when the plan differs and (`$6`) is the one the
/// caller expected, or `$6` is NULL. Run after [`LOCK_TENANT`], before the
/// update. Its rows affected say whether it recorded one.
pub(super) const RECORD_CHANGE: &str = "INSERT INTO plan_changes \
     (tenant_id, changed_at, from_plan, to_plan, changed_by, by_tailspin) \
     SELECT id, $3, plan, $2, $4, $5 FROM tenants \
     WHERE id = $1 AND plan <> $2 AND status <> 'deleting' AND ($6 IS NULL OR plan = $6)";
