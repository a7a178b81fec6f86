-- Every change of a tenant's plan, for billing to prorate: who made it
-- (a Tailspin administrator or one of the tenant's Administrators, by the
-- email or name they had then), when, from and to which plan. Written in
-- the transaction that changes `tenants.plan`.
CREATE TABLE plan_changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    changed_at   INTEGER NOT NULL,
    from_plan    TEXT    NOT NULL CHECK (from_plan IN ('trial', 'individual', 'standard', 'premium')),
    to_plan      TEXT    NOT NULL CHECK (to_plan IN ('trial', 'individual', 'standard', 'premium')),
    changed_by   TEXT    NOT NULL,
    by_tailspin  INTEGER NOT NULL CHECK (by_tailspin IN (0, 1))
);
CREATE INDEX plan_changes_by_time ON plan_changes (changed_at);
CREATE INDEX plan_changes_by_tenant ON plan_changes (tenant_id, changed_at);
