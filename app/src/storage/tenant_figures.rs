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
    #[sqlx(flatten)]
    figures: Figures,
}

/// A row of the usage report, as stored.
#[derive(sqlx::FromRow)]
struct UsageReportRow {
    #[sqlx(flatten)]
    tenant: TenantRow,
    #[sqlx(flatten)]
    figures: Figures,
    users: i64,
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
    let figures = |now: &str, month_start: &str| {
        format!(
            "(SELECT COUNT(*) FROM surveys s WHERE s.tenant_id = t.id AND s.status = 'published' \
                AND (s.expires_at IS NULL OR s.expires_at > {now})) AS f1, \
             (SELECT COUNT(*) FROM submissions x WHERE x.tenant_id = t.id AND x.received_at >= {month_start}) AS f2, \
             (SELECT COALESCE(SUM({bytes}), 0) FROM answers a WHERE a.tenant_id = t.id) AS f3, \
             CAST(0 AS BIGINT) AS f4"
        )
    };
    let page_sql = format!(
        "SELECT {columns}, {} \
         FROM tenants t WHERE {matching} ORDER BY t.alias LIMIT $6 OFFSET $7",
        figures("$4", "$5")
    );
    let count_sql = format!("SELECT COUNT(*) FROM tenants t WHERE {matching}");
    let pattern = like_pattern(&filter.search);
    let plan = filter.plan.map_or("", Plan::code);
    let status = filter.status.map_or("", TenantStatus::code);
    let found = with_pool!(db, pool => {
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
        Ok((rows, total))
    })?;
    let (rows, total) = found;
    let mut rows = rows
        .into_iter()
        .map(|row| {
            Ok(TenantFiguresRow {
                tenant: row.tenant.into_record()?,
                active_surveys: row.figures.f1,
                responses_this_month: row.figures.f2,
                answer_bytes: row.figures.f3,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let region_sql = figures("$1", "$2");
    for (region, tenants) in placed(db, rows.iter().map(|r| &r.tenant)) {
        let found = figures_in(region, &region_sql, &tenants, [now.0, month_start.0]).await?;
        for row in &mut rows {
            if let Some(f) = found.iter().find(|f| f.id == row.tenant.id.0) {
                row.active_surveys = f.f1;
                row.responses_this_month = f.f2;
                row.answer_bytes = f.f3;
            }
        }
    }
    Ok((rows, total))
}

/// Figures of one tenant, counted in one database.
#[derive(Clone, Copy, Debug, Default, sqlx::FromRow)]
struct Figures {
    #[sqlx(default)]
    id: i64,
    f1: i64,
    f2: i64,
    f3: i64,
    f4: i64,
}

/// The tenants of `tenants` whose surveys live in a region database, by
/// that database.
fn placed<'d, 't>(
    db: &'d Database,
    tenants: impl Iterator<Item = &'t TenantRecord>,
) -> Vec<(&'d Database, Vec<i64>)> {
    let tenants: Vec<&TenantRecord> = tenants.collect();
    db.placed_regions()
        .map(|(id, region)| {
            let ids = tenants
                .iter()
                .filter(|t| t.region == id)
                .map(|t| t.id.0)
                .collect::<Vec<_>>();
            (region, ids)
        })
        .filter(|(_, ids)| !ids.is_empty())
        .collect()
}

/// `figures` (four columns `f1`..`f4` over `tenants t`, with `$1` and `$2`)
/// of `tenants`, counted in `region`.
async fn figures_in(
    region: &Database,
    figures: &str,
    tenants: &[i64],
    parameters: [i64; 2],
) -> Result<Vec<Figures>, sqlx::Error> {
    let sql = format!(
        "SELECT t.id, {figures} FROM tenants t WHERE t.id IN ({})",
        super::database::parameter_list(3, tenants.len())
    );
    with_pool!(region, pool => {
        let mut query = sqlx::query_as::<_, Figures>(&sql).bind(parameters[0]).bind(parameters[1]);
        for id in tenants {
            query = query.bind(*id);
        }
        query.fetch_all(pool).await
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
    // The survey figures, counted where the tenant's surveys are.
    let figures = format!(
        "(SELECT COUNT(*) FROM submissions x WHERE x.tenant_id = t.id \
            AND x.received_at >= $1 AND x.received_at < $2) AS f1, \
         (SELECT COUNT(*) FROM surveys s WHERE s.tenant_id = t.id \
            AND s.published_at >= $1 AND s.published_at < $2) AS f2, \
         (SELECT COUNT(*) FROM surveys s WHERE s.tenant_id = t.id AND s.published_at < $2 \
            AND (s.closed_at IS NULL OR s.closed_at >= $1) \
            AND (s.expires_at IS NULL OR s.expires_at >= $1)) AS f3, \
         (SELECT COALESCE(SUM({bytes}), 0) FROM answers a JOIN submissions x ON x.id = a.submission_id \
            WHERE a.tenant_id = t.id AND x.received_at < $2) AS f4"
    );
    let sql = format!(
        "SELECT {columns}, {figures}, \
           (SELECT COUNT(*) FROM users u WHERE u.tenant_id = t.id AND u.created_at < $2) AS users \
         FROM tenants t WHERE t.created_at < $2 ORDER BY t.alias"
    );
    let rows = with_pool!(db, pool => {
        sqlx::query_as::<_, UsageReportRow>(&sql)
            .bind(start.0)
            .bind(end.0)
            .fetch_all(pool)
            .await
    })?;
    let mut rows = rows
        .into_iter()
        .map(|row| {
            Ok(UsageRow {
                tenant: row.tenant.into_record()?,
                responses: row.figures.f1,
                surveys_published: row.figures.f2,
                active_surveys: row.figures.f3,
                users: row.users,
                answer_bytes: row.figures.f4,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    for (region, tenants) in placed(db, rows.iter().map(|r| &r.tenant)) {
        let found = figures_in(region, &figures, &tenants, [start.0, end.0]).await?;
        for row in &mut rows {
            if let Some(f) = found.iter().find(|f| f.id == row.tenant.id.0) {
                row.responses = f.f1;
                row.surveys_published = f.f2;
                row.active_surveys = f.f3;
                row.answer_bytes = f.f4;
            }
        }
    }
    Ok(rows)
}
