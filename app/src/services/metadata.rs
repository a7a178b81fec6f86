//! Premium metadata fields: the Administrator defines fields; every member
//! sets their values on surveys. Other plans have no fields and may not
//! change any (403).

use std::collections::HashMap;

use crate::auth::TenantScope;
use crate::domain::{
    MAX_METADATA_FIELDS, MetadataEntry, MetadataKind, Plan, SurveyId, UnixMillis, check_field_name,
};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::storage::Database;
use crate::storage::metadata::{self, AddFieldOutcome, MetadataField};

/// Only a Premium tenant has metadata fields.
pub fn require_premium(scope: &TenantScope) -> Result<(), AppError> {
    if scope.plan() == Plan::Premium {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// A Premium tenant's fields and every survey's values; empty for other
/// plans (they do not see the feature).
#[derive(Default)]
pub struct TenantMetadata {
    pub fields: Vec<MetadataEntry>,
    pub by_survey: HashMap<i64, Vec<MetadataEntry>>,
}

impl TenantMetadata {
    pub async fn load(db: &Database, scope: &TenantScope) -> Result<TenantMetadata, AppError> {
        if scope.plan() != Plan::Premium {
            return Ok(TenantMetadata::default());
        }
        let fields: Vec<MetadataEntry> = metadata::list_fields(db, scope)
            .await?
            .into_iter()
            .map(|f| MetadataEntry {
                field: f.id,
                name: f.name,
                kind: f.kind,
                value: String::new(),
            })
            .collect();
        let mut by_survey: HashMap<i64, Vec<MetadataEntry>> = HashMap::new();
        for value in metadata::list_values(db, scope).await? {
            if let Some(field) = fields.iter().find(|f| f.field == value.field) {
                by_survey
                    .entry(value.survey.0)
                    .or_default()
                    .push(MetadataEntry {
                        value: value.value,
                        ..field.clone()
                    });
            }
        }
        Ok(TenantMetadata { fields, by_survey })
    }

    /// Every field with the survey's value (empty where it has none).
    pub fn form_for(&self, survey: i64) -> Vec<MetadataEntry> {
        let set = self.by_survey.get(&survey);
        self.fields
            .iter()
            .map(|field| {
                let value = set
                    .and_then(|values| values.iter().find(|v| v.field == field.field))
                    .map(|v| v.value.clone())
                    .unwrap_or_default();
                MetadataEntry {
                    value,
                    ..field.clone()
                }
            })
            .collect()
    }
}

pub async fn list_fields(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<MetadataField>, AppError> {
    require_premium(scope)?;
    Ok(metadata::list_fields(db, scope).await?)
}

/// Adds a field; its name must be unique within the tenant, and a tenant
/// has at most `MAX_METADATA_FIELDS`.
pub async fn add_field(
    db: &Database,
    scope: &TenantScope,
    name: &str,
    kind: &str,
) -> Result<(), AppError> {
    require_premium(scope)?;
    let mut problems = Vec::new();
    let name = check_field_name(name)
        .map_err(|m| problems.push(FieldProblem::new("name", m)))
        .ok();
    let kind = MetadataKind::from_code(kind)
        .ok_or_else(|| {
            problems.push(FieldProblem::new(
                "kind",
                Message::new("msg-design-metadata-choose-kind").in_page_language(),
            ))
        })
        .ok();
    let (Some(name), Some(kind)) = (name, kind) else {
        return Err(AppError::Invalid(problems));
    };
    let outcome = metadata::add_field(
        db,
        scope,
        &name,
        kind,
        MAX_METADATA_FIELDS,
        UnixMillis::now(),
    )
    .await?;
    let problem = match outcome {
        AddFieldOutcome::Added(_) => return Ok(()),
        AddFieldOutcome::NameTaken => FieldProblem::new(
            "name",
            Message::new("msg-design-metadata-name-taken").in_page_language(),
        ),
        AddFieldOutcome::LimitReached => FieldProblem::new(
            "form",
            Message::new("msg-design-metadata-too-many-fields")
                .number("max", MAX_METADATA_FIELDS)
                .in_page_language(),
        ),
    };
    Err(AppError::Invalid(vec![problem]))
}

pub async fn remove_field(db: &Database, scope: &TenantScope, field: i64) -> Result<(), AppError> {
    require_premium(scope)?;
    if metadata::remove_field(db, scope, field).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Sets a survey's value of one field, checked against the field's kind.
pub async fn set_value(
    db: &Database,
    scope: &TenantScope,
    survey: SurveyId,
    field: i64,
    value: &str,
) -> Result<(), AppError> {
    require_premium(scope)?;
    let fields = metadata::list_fields(db, scope).await?;
    let Some(definition) = fields.iter().find(|f| f.id == field) else {
        return Err(AppError::NotFound);
    };
    let value = definition
        .kind
        .check_value(value)
        .map_err(|m| AppError::Invalid(vec![FieldProblem::new("value", m)]))?;
    if metadata::set_value(db, scope, survey, field, &value).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
