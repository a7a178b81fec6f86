//! Server functions of Premium metadata fields: the Administrator defines
//! fields (`/t/{tenant}/settings/metadata`); every member sets their values
//! on surveys in the editor. Other plans cannot call any of them (403).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::MetadataKind;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataFieldRow {
    pub id: i64,
    pub name: String,
    pub kind: MetadataKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataSettings {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub fields: Vec<MetadataFieldRow>,
    pub max_fields: usize,
}

/// A survey's value of one field, for the editor and the dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataEntry {
    pub field: i64,
    pub name: String,
    pub kind: MetadataKind,
    pub value: String,
}

#[cfg(feature = "ssr")]
pub(crate) async fn premium_member(
    tenant: &str,
    needs_admin: bool,
) -> Result<crate::auth::TenantAccess, AppError> {
    let access = super::tenant_member(tenant, needs_admin).await?;
    if access.scope.plan() == crate::domain::Plan::Premium {
        Ok(access)
    } else {
        Err(AppError::Forbidden)
    }
}

/// A Premium tenant's fields and every survey's values; empty for other
/// plans (they do not see the feature).
#[cfg(feature = "ssr")]
#[derive(Default)]
pub struct TenantMetadata {
    pub fields: Vec<MetadataEntry>,
    pub by_survey: std::collections::HashMap<i64, Vec<MetadataEntry>>,
}

#[cfg(feature = "ssr")]
impl TenantMetadata {
    pub async fn load(
        db: &crate::storage::Database,
        scope: &crate::auth::TenantScope,
    ) -> Result<TenantMetadata, AppError> {
        use crate::storage::metadata::{list_fields, list_values};
        if scope.plan() != crate::domain::Plan::Premium {
            return Ok(TenantMetadata::default());
        }
        let fields: Vec<MetadataEntry> = list_fields(db, scope)
            .await?
            .into_iter()
            .map(|f| MetadataEntry {
                field: f.id,
                name: f.name,
                kind: f.kind,
                value: String::new(),
            })
            .collect();
        let mut by_survey: std::collections::HashMap<i64, Vec<MetadataEntry>> =
            std::collections::HashMap::new();
        for value in list_values(db, scope).await? {
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

#[server(prefix = "/api", endpoint = "load_metadata_fields")]
pub async fn load_metadata_fields(tenant: String) -> Result<MetadataSettings, AppError> {
    let db = super::database()?;
    let access = premium_member(&tenant, true).await?;
    let fields = crate::storage::metadata::list_fields(&db, &access.scope)
        .await?
        .into_iter()
        .map(|f| MetadataFieldRow {
            id: f.id,
            name: f.name,
            kind: f.kind,
        })
        .collect();
    Ok(MetadataSettings {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        fields,
        max_fields: crate::domain::MAX_METADATA_FIELDS,
    })
}

#[server(prefix = "/api", endpoint = "add_metadata_field")]
pub async fn add_metadata_field(
    tenant: String,
    name: String,
    kind: String,
) -> Result<(), AppError> {
    use crate::domain::{MAX_METADATA_FIELDS, UnixMillis, check_field_name};
    use crate::error::FieldProblem;
    use crate::storage::metadata::{AddFieldOutcome, add_field};

    let db = super::database()?;
    let access = premium_member(&tenant, true).await?;
    let mut problems = Vec::new();
    let name = check_field_name(&name)
        .map_err(|m| problems.push(FieldProblem::new("name", m)))
        .ok();
    let kind = MetadataKind::from_code(&kind)
        .ok_or_else(|| {
            problems.push(FieldProblem::new(
                "kind",
                "Choose text, number or web address.",
            ))
        })
        .ok();
    let (Some(name), Some(kind)) = (name, kind) else {
        return Err(AppError::Invalid(problems));
    };
    let outcome = add_field(
        &db,
        &access.scope,
        &name,
        kind,
        MAX_METADATA_FIELDS,
        UnixMillis::now(),
    )
    .await?;
    let problem = match outcome {
        AddFieldOutcome::Added(_) => return Ok(()),
        AddFieldOutcome::NameTaken => {
            FieldProblem::new("name", "There is a field with this name already.")
        }
        AddFieldOutcome::LimitReached => FieldProblem::new(
            "form",
            format!("You can define at most {MAX_METADATA_FIELDS} fields."),
        ),
    };
    Err(AppError::Invalid(vec![problem]))
}

#[server(prefix = "/api", endpoint = "remove_metadata_field")]
pub async fn remove_metadata_field(tenant: String, field: i64) -> Result<(), AppError> {
    let db = super::database()?;
    let access = premium_member(&tenant, true).await?;
    if crate::storage::metadata::remove_field(&db, &access.scope, field).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[server(prefix = "/api", endpoint = "set_survey_metadata")]
pub async fn set_survey_metadata(
    tenant: String,
    survey: i64,
    field: i64,
    value: String,
) -> Result<(), AppError> {
    use crate::error::FieldProblem;
    use crate::storage::metadata::{list_fields, set_value};

    let db = super::database()?;
    let access = premium_member(&tenant, false).await?;
    let fields = list_fields(&db, &access.scope).await?;
    let Some(definition) = fields.iter().find(|f| f.id == field) else {
        return Err(AppError::NotFound);
    };
    let value = definition
        .kind
        .check_value(&value)
        .map_err(|m| AppError::Invalid(vec![FieldProblem::new("value", m)]))?;
    let survey = crate::domain::SurveyId(survey);
    if set_value(&db, &access.scope, survey, field, &value).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
