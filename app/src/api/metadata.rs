//! Server functions of Premium metadata fields (rules:
//! `services::metadata`): the Administrator defines fields
//! (`/t/{tenant}/settings/metadata`); every member sets their values on
//! surveys in the editor.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::domain::MetadataEntry;
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

#[server(prefix = "/api", endpoint = "load_metadata_fields")]
pub async fn load_metadata_fields(tenant: String) -> Result<MetadataSettings, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let fields = crate::services::metadata::list_fields(&db, &access.scope).await?;
    Ok(MetadataSettings {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        fields: fields
            .into_iter()
            .map(|f| MetadataFieldRow {
                id: f.id,
                name: f.name,
                kind: f.kind,
            })
            .collect(),
        max_fields: crate::domain::MAX_METADATA_FIELDS,
    })
}

#[server(prefix = "/api", endpoint = "add_metadata_field")]
pub async fn add_metadata_field(
    tenant: String,
    name: String,
    kind: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::metadata::add_field(&db, &access.scope, &name, &kind).await
}

#[server(prefix = "/api", endpoint = "remove_metadata_field")]
pub async fn remove_metadata_field(tenant: String, field: i64) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::metadata::remove_field(&db, &access.scope, field).await
}

#[server(prefix = "/api", endpoint = "set_survey_metadata")]
pub async fn set_survey_metadata(
    tenant: String,
    survey: i64,
    field: i64,
    value: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let survey = crate::domain::SurveyId(survey);
    crate::services::metadata::set_value(&db, &access.scope, survey, field, &value).await
}
