//! Usage for billing: what every tenant used in a month (responses,
//! surveys, users, storage), and the CSV billing reads.

use crate::domain::{BillingMonth, UnixMillis, csv_cell};
use crate::error::AppError;
use crate::services::branding::BlobStore;
use crate::storage::Database;
use crate::storage::tenant_figures::usage_for_month;

pub use crate::domain::{TenantUsage, UsageReport};

/// The usage of every tenant in `month` (`YYYY-MM`; empty: this month).
pub async fn monthly_report(
    db: &Database,
    blobs: Option<&BlobStore>,
    month: &str,
) -> Result<UsageReport, AppError> {
    let this_month = BillingMonth::containing(UnixMillis::now());
    let month = if month.trim().is_empty() {
        this_month
    } else {
        BillingMonth::parse(month).map_err(AppError::BadRequest)?
    };
    let rows = usage_for_month(db, month.start(), month.end()).await?;
    let mut lines = Vec::with_capacity(rows.len());
    for row in rows {
        // Blobs are measured as they are now; the store keeps no history.
        let blob_bytes = match blobs {
            Some(blobs) => blobs.tenant_bytes(row.tenant.id).await? as i64,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Plan, TenantAlias, TenantStatus};

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
        };
        let csv = usage_csv(&report);
        assert_eq!(
            csv.lines().nth(1).unwrap(),
            "2026-11,adatum,\"'=HYPERLINK(\"\"x\"\")\",standard,active,3,1,2,4,500"
        );
    }
}
