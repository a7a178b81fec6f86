//! Usage for billing: what every tenant used in a month (responses,
//! surveys, users, storage), and the CSV billing reads.

use crate::domain::{BillingMonth, UnixMillis, csv_cell};
use crate::error::AppError;
use crate::services::branding::BlobStore;
use crate::storage::Database;
use crate::storage::plan_changes::plan_changes_between;
use crate::storage::tenant_figures::usage_for_month;

pub use crate::domain::{PlanChange, TenantUsage, UsageReport};

/// `YYYY-MM`, or this month when empty.
fn month_asked(month: &str, this_month: BillingMonth) -> Result<BillingMonth, AppError> {
    if month.trim().is_empty() {
        Ok(this_month)
    } else {
        BillingMonth::parse(month).map_err(AppError::BadRequest)
    }
}

/// The plan changes of `month` (`YYYY-MM`; empty: this month), oldest
/// first, without measuring anyone's usage.
pub async fn month_plan_changes(
    db: &Database,
    month: &str,
) -> Result<(BillingMonth, Vec<PlanChange>), AppError> {
    let month = month_asked(month, BillingMonth::containing(UnixMillis::now()))?;
    let changes = plan_changes_between(db, month.start(), month.end()).await?;
    Ok((month, changes))
}

/// The usage of every tenant in `month` (`YYYY-MM`; empty: this month).
pub async fn monthly_report(
    db: &Database,
    blobs: Option<&BlobStore>,
    month: &str,
) -> Result<UsageReport, AppError> {
    let this_month = BillingMonth::containing(UnixMillis::now());
    let month = month_asked(month, this_month)?;
    let rows = usage_for_month(db, month.start(), month.end()).await?;
    let mut lines = Vec::with_capacity(rows.len());
    for row in rows {
        // Blobs are measured as they are now; the store keeps no history.
        let blob_bytes = match blobs {
            Some(blobs) => {
                blobs
                    .tenant_bytes(row.tenant.id, &row.tenant.region)
                    .await? as i64
            }
            None => 0,
        };
        lines.push(TenantUsage {
            alias: row.tenant.alias,
            name: row.tenant.name,
            plan: row.tenant.plan,
            status: row.tenant.status,
            responses: row.responses,
            surveys_published: row.surveys_published,
            active_surveys: row.active_surveys,
            users: row.users,
            storage_bytes: row.answer_bytes + blob_bytes,
        });
    }
    Ok(UsageReport {
        month,
        previous: month.previous(),
        next: (month < this_month).then(|| month.next()),
        lines,
        plan_changes: plan_changes_between(db, month.start(), month.end()).await?,
    })
}

/// The CSV of a report: one line per tenant, a header first. The name is
/// the only free text, so the only cell quoted and defused.
pub fn usage_csv(report: &UsageReport) -> String {
    let mut csv = String::from(
        "month,alias,name,plan,status,responses,surveys_published,active_surveys,users,storage_bytes\r\n",
    );
    for line in &report.lines {
        csv.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{}\r\n",
            report.month,
            line.alias,
            csv_cell(&line.name),
            line.plan.code(),
            line.status.code(),
            line.responses,
            line.surveys_published,
            line.active_surveys,
            line.users,
            line.storage_bytes
        ));
    }
    csv
}

/// The CSV of a month's plan changes, oldest first, for billing to
/// prorate: when (UTC, ISO 8601), the subscriber, from, to, and who.
pub fn plan_changes_csv(changes: &[PlanChange]) -> String {
    let mut csv =
        String::from("changed_at,alias,name,from_plan,to_plan,changed_by,by_tailspin\r\n");
    for change in changes {
        csv.push_str(&format!(
            "{},{},{},{},{},{},{}\r\n",
            change.at.iso_string(),
            change.alias,
            csv_cell(&change.name),
            change.from.code(),
            change.to.code(),
            csv_cell(&change.by),
            change.by_tailspin
        ));
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Plan, PlanChange, TenantAlias, TenantStatus};

    #[test]
    fn csv_quotes_names_and_defuses_formulas() {
        let month = BillingMonth::parse("2026-11").unwrap();
        let report = UsageReport {
            month,
            previous: month.previous(),
            next: None,
            lines: vec![TenantUsage {
                alias: TenantAlias::parse("adatum").unwrap(),
                name: "=HYPERLINK(\"x\")".into(),
                plan: Plan::Standard,
                status: TenantStatus::Active,
                responses: 3,
                surveys_published: 1,
                active_surveys: 2,
                users: 4,
                storage_bytes: 500,
            }],
            plan_changes: vec![PlanChange {
                alias: TenantAlias::parse("adatum").unwrap(),
                name: "Adatum, Inc.".into(),
                from: Plan::Trial,
                to: Plan::Standard,
                at: UnixMillis(1_764_547_200_000),
                by: "@admin".into(),
                by_tailspin: false,
            }],
        };
        let csv = usage_csv(&report);
        assert_eq!(
            csv.lines().nth(1).unwrap(),
            "2026-11,adatum,\"'=HYPERLINK(\"\"x\"\")\",standard,active,3,1,2,4,500"
        );
        assert_eq!(
            plan_changes_csv(&report.plan_changes)
                .lines()
                .nth(1)
                .unwrap(),
            "2025-12-01T00:00:00.000Z,adatum,\"Adatum, Inc.\",trial,standard,\"'@admin\",false"
        );
    }
}
