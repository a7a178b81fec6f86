//! Premium tenants' metadata fields and their values on surveys.
//! Tenant-owned: every function takes the scope.

use super::database::with_pool;
use crate::auth::scope::TenantScope;
use crate::domain::{MetadataKind, SurveyId, UnixMillis};
use crate::storage::database::Database;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetadataField {
    pub id: i64,
    pub name: String,
    pub kind: MetadataKind,
}

/// One value: which survey, which field, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetadataValue {
    pub survey: SurveyId,
    pub field: i64,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddFieldOutcome {
    Added(i64),
    NameTaken,
    /// The tenant already has `max` fields.
    LimitReached,
}

#[derive(sqlx::FromRow)]
struct FieldRow {
    id: i64,
    name: String,
    kind: String,
}

#[derive(sqlx::FromRow)]
struct ValueRow {
    survey_id: i64,
    field_id: i64,
    value: String,
}

pub async fn list_fields(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<MetadataField>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, FieldRow>("SELECT id, name, kind FROM metadata_fields WHERE tenant_id = $1 ORDER BY id")
            .bind(scope.tenant_id().0)
            .fetch_all(pool)
            .await?;
        rows.into_iter()
            .map(|row| {
                Ok(MetadataField {
                    kind: MetadataKind::from_code(&row.kind)
                        .ok_or_else(|| sqlx::Error::Decode("invalid stored metadata kind".into()))?,
                    id: row.id,
                    name: row.name,
                })
            })
            .collect()
    })
}

pub async fn add_field(
    db: &Database,
    scope: &TenantScope,
    name: &str,
    kind: MetadataKind,
    max: usize,
    now: UnixMillis,
) -> Result<AddFieldOutcome, sqlx::Error> {
    let db = db.region(scope)?;
    let inserted: Result<Option<i64>, sqlx::Error> = with_pool!(db, pool => {
        sqlx::query_scalar(
            "INSERT INTO metadata_fields (tenant_id, name, kind, created_at) \
             SELECT $1, $2, $3, $4 \
             WHERE (SELECT COUNT(*) FROM metadata_fields WHERE tenant_id = $1) < $5 \
             RETURNING id",
        )
        .bind(scope.tenant_id().0)
        .bind(name)
        .bind(kind.code())
        .bind(now.0)
        .bind(max as i64)
        .fetch_optional(pool)
        .await
    });
    match inserted {
        Ok(Some(id)) => Ok(AddFieldOutcome::Added(id)),
        Ok(None) => Ok(AddFieldOutcome::LimitReached),
        Err(e) if super::database::is_unique_violation(&e) => Ok(AddFieldOutcome::NameTaken),
        Err(e) => Err(e),
    }
}

/// Removes a field and every value of it.
pub async fn remove_field(
    db: &Database,
    scope: &TenantScope,
    field: i64,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let done = sqlx::query("DELETE FROM metadata_fields WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(field)
            .execute(pool)
            .await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Sets (or with an empty value, clears) a survey's value of a field.
/// `false` when the survey or field is not the tenant's.
pub async fn set_value(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    field: i64,
    value: &str,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let owned: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM surveys WHERE tenant_id = $1 AND id = $2) \
                  + (SELECT COUNT(*) FROM metadata_fields WHERE tenant_id = $1 AND id = $3)",
        )
        .bind(tenant)
        .bind(survey.0)
        .bind(field)
        .fetch_one(&mut *tx)
        .await?;
        if owned != 2 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM survey_metadata WHERE tenant_id = $1 AND survey_id = $2 AND field_id = $3")
            .bind(tenant)
            .bind(survey.0)
            .bind(field)
            .execute(&mut *tx)
            .await?;
        if !value.is_empty() {
            sqlx::query(
                "INSERT INTO survey_metadata (tenant_id, survey_id, field_id, value) VALUES ($1, $2, $3, $4)",
            )
            .bind(tenant)
            .bind(survey.0)
            .bind(field)
            .bind(value)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    })
}

/// Every value of the tenant's surveys.
pub async fn list_values(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<MetadataValue>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, ValueRow>(
            "SELECT survey_id, field_id, value FROM survey_metadata WHERE tenant_id = $1 ORDER BY survey_id, field_id",
        )
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| MetadataValue {
                survey: SurveyId(row.survey_id),
                field: row.field_id,
                value: row.value,
            })
            .collect())
    })
}
