//! Platform data for Tailspin administrators: the subscriber list with its
//! figures, and usage for billing. Only reached after
//! `auth::platform_admin_access`.

use super::database::Backend;
use super::database::Database;
use super::database::with_pool;
use super::tenants::{COLUMNS, TenantRecord, TenantRow};
use crate::domain::{Plan, TenantStatus, UnixMillis};

#[derive(Clone, Debug, Default)]
pub struct TenantFilter {
    /// Part of the name or alias, any case.
    pub search: String,
    pub plan: Option<Plan>,
    pub status: Option<TenantStatus>,
}

#[derive(Clone, Debug)]
pub struct TenantFiguresRow {
    pub tenant: TenantRecord,
    pub active_surveys: i64,
    pub responses_this_month: i64,
    pub answer_bytes: i64,
}

/// A row of the subscriber list, as stored.
#[derive(sqlx::FromRow)]
struct TenantListRow {
    #[sqlx(flatten)]
    tenant: TenantRow,
    active_surveys: i64,
    responses_this_month: i64,
    answer_bytes: i64,
}

/// A row of the usage report, as stored.
#[derive(sqlx::FromRow)]
struct UsageReportRow {
    #[sqlx(flatten)]
    tenant: TenantRow,
    responses: i64,
    surveys_published: i64,
    active_surveys: i64,
    users: i64,
    answer_bytes: i64,
}

/// The bytes of a tenant's stored answers, as one SQL expression over
/// `answers a` (text in bytes, plus 8 for each answer's number and keys).
/// A sealed text counts as its plain length (what sealing adds, 29 bytes
/// of format, nonce and tag, is not billed), so figures do not move as
/// old answers are sealed.
fn answer_bytes(db: &Database) -> &'static str {
    match db.backend() {
        Backend::Postgres => {
            "OCTET_LENGTH(COALESCE(a.text_value, '')) + COALESCE(OCTET_LENGTH(a.text_sealed) - 29, 0) + 8"
        }
        Backend::Sqlite => {
            "LENGTH(CAST(COALESCE(a.text_value, '') AS BLOB)) + COALESCE(LENGTH(a.text_sealed) - 29, 0) + 8"
        }
    }
}

/// The tenant record's columns, qualified with the alias `t`.
fn tenant_columns() -> String {
    COLUMNS
        .split(", ")
        .map(|c| format!("t.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `%term%` for LIKE, with LIKE's own wildcards taken literally.
fn like_pattern(search: &str) -> String {
    let escaped = search
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// One page of subscribers by alias, and how many match in all.
pub async fn list_tenants(
    db: &Database,
    filter: &TenantFilter,
    offset: i64,
    limit: i64,
    now: UnixMillis,
    month_start: UnixMillis,
) -> Result<(Vec<TenantFiguresRow>, i64), sqlx::Error> {
    let matching = "($1 = '%%' OR LOWER(t.alias) LIKE $1 ESCAPE '\\' OR LOWER(t.name) LIKE $1 ESCAPE '\\') \
                    AND ($2 = '' OR t.plan = $2) AND ($3 = '' OR t.status = $3)";
    let columns = tenant_columns();
    let bytes = answer_bytes(db);
    let page_sql = format!(
        "SELECT {columns}, \
           (SELECT COUNT(*) FROM surveys s WHERE s.tenant_id = t.id AND s.status = 'published' \
              AND (s.expires_at IS NULL OR s.expires_at > $4)) AS active_surveys, \
           (SELECT COUNT(*) FROM submissions x WHERE x.tenant_id = t.id AND x.received_at >= $5) AS responses_this_month, \
           (SELECT COALESCE(SUM({bytes}), 0) FROM answers a WHERE a.tenant_id = t.id) AS answer_bytes \
         FROM tenants t WHERE {matching} ORDER BY t.alias LIMIT $6 OFFSET $7"
    );
    let count_sql = format!("SELECT COUNT(*) FROM tenants t WHERE {matching}");
    let pattern = like_pattern(&filter.search);
    let plan = filter.plan.map_or("", Plan::code);
    let status = filter.status.map_or("", TenantStatus::code);
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, TenantListRow>(&page_sql)
            .bind(&pattern)
            .bind(plan)
            .bind(status)
            .bind(now.0)
            .bind(month_start.0)
            .bind(limit)
            .bind(offset)
            .fetch_all(pool)
            .await?;
        let total: i64 = sqlx::query_scalar(&count_sql)
            .bind(&pattern)
            .bind(plan)
            .bind(status)
            .fetch_one(pool)
            .await?;
        let rows = rows
            .into_iter()
            .map(|row| {
                Ok(TenantFiguresRow {
                    tenant: row.tenant.into_record()?,
                    active_surveys: row.active_surveys,
                    responses_this_month: row.responses_this_month,
                    answer_bytes: row.answer_bytes,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok((rows, total))
    })
}

/// One tenant's usage in one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageRow {
    pub tenant: TenantRecord,
    /// Submissions received in the month.
    pub responses: i64,
    /// Surveys first published in the month.
    pub surveys_published: i64,
    /// Surveys open for answers at any time in the month.
    pub active_surveys: i64,
    /// Users who existed by the end of the month.
    pub users: i64,
    /// Answers received by the end of the month, in bytes (blobs are added
    /// from the blob store).
    pub answer_bytes: i64,
}

/// Usage of every tenant that existed in the month `[start, end)`.
pub async fn usage_for_month(
    db: &Database,
    start: UnixMillis,
    end: UnixMillis,
) -> Result<Vec<UsageRow>, sqlx::Error> {
    let columns = tenant_columns();
    let bytes = answer_bytes(db);
    let sql = format!(
        "SELECT {columns}, \
           (SELECT COUNT(*) FROM submissions x WHERE x.tenant_id = t.id \
              AND x.received_at >= $1 AND x.received_at < $2) AS responses, \
           (SELECT COUNT(*) FROM surveys s WHERE s.tenant_id = t.id \
              AND s.published_at >= $1 AND s.published_at < $2) AS surveys_published, \
           (SELECT COUNT(*) FROM surveys s WHERE s.tenant_id = t.id AND s.published_at < $2 \
              AND (s.closed_at IS NULL OR s.closed_at >= $1) \
              AND (s.expires_at IS NULL OR s.expires_at >= $1)) AS active_surveys, \
           (SELECT COUNT(*) FROM users u WHERE u.tenant_id = t.id AND u.created_at < $2) AS users, \
           (SELECT COALESCE(SUM({bytes}), 0) FROM answers a JOIN submissions x ON x.id = a.submission_id \
              WHERE a.tenant_id = t.id AND x.received_at < $2) AS answer_bytes \
         FROM tenants t WHERE t.created_at < $2 ORDER BY t.alias"
    );
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, UsageReportRow>(&sql)
            .bind(start.0)
            .bind(end.0)
            .fetch_all(pool)
            .await?;
        rows.into_iter()
            .map(|row| {
                Ok(UsageRow {
                    tenant: row.tenant.into_record()?,
                    responses: row.responses,
                    surveys_published: row.surveys_published,
                    active_surveys: row.active_surveys,
                    users: row.users,
                    answer_bytes: row.answer_bytes,
                })
            })
            .collect()
    })
}
