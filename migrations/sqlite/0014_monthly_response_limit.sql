-- Plans take a number of responses a month (tenants.monthly_responses
-- overrides the plan's; NULL: the plan's). The submission writer counts a
-- tenant's responses per UTC month in tenant_monthly_usage, in the
-- transaction that stores them, refuses those beyond the limit, and raises
-- warning_due to 80 or 100 when a threshold is crossed; the background
-- runner mails the tenant's contact and moves warning_sent up to it.
-- tenants.responses_full_in names the month (YYYY-MM) in which the limit
-- was reached, so cached survey pages can say so before anyone answers.
ALTER TABLE tenants ADD COLUMN monthly_responses BIGINT;
ALTER TABLE tenants ADD COLUMN responses_full_in TEXT;
CREATE TABLE tenant_monthly_usage (
    tenant_id    BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    month        TEXT NOT NULL,
    responses    BIGINT NOT NULL DEFAULT 0,
    warning_due  BIGINT NOT NULL DEFAULT 0,
    warning_sent BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, month)
);
CREATE INDEX tenant_monthly_usage_warning ON tenant_monthly_usage (tenant_id) WHERE warning_due > warning_sent;
