//! The reference page's content, read from the generated OpenAPI document
//! once at start-up (`app::pages::ApiReferencePage` shows it).

use app::api::api_reference::{ApiOperation, ApiParameter, ApiReference};
use serde_json::Value;

pub fn reference() -> ApiReference {
    let document = serde_json::to_value(super::document()).unwrap_or_default();
    let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    let mut operations = Vec::new();
    if let Some(paths) = document["paths"].as_object() {
        for (path, item) in paths {
            for method in ["get", "post", "put", "patch", "delete"] {
                let operation = &item[method];
                if operation.is_null() {
                    continue;
                }
                let scopes = operation["security"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|requirement| requirement["api_key"].as_array())
                    .flatten()
                    .map(text)
                    .collect();
                let parameters = operation["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| ApiParameter {
                        name: text(&p["name"]),
                        location: text(&p["in"]),
                        required: p["required"].as_bool().unwrap_or(false),
                        description: text(&p["description"]),
                    })
                    .collect();
                let responses = operation["responses"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(status, r)| (status.clone(), text(&r["description"])))
                    .collect();
                operations.push(ApiOperation {
                    method: method.to_ascii_uppercase(),
                    path: path.clone(),
                    summary: text(&operation["summary"]),
                    description: text(&operation["description"]),
                    scopes,
                    parameters,
                    responses,
                });
            }
        }
    }
    ApiReference {
        description: text(&document["info"]["description"]),
        operations,
        problems: super::problem::PROBLEMS
            .iter()
            .map(|(code, meaning)| ((*code).to_owned(), (*meaning).to_owned()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_of_the_document_is_in_the_reference_with_its_scope() {
        let reference = reference();
        let listed: Vec<String> = reference
            .operations
            .iter()
            .map(|op| format!("{} {}", op.method, op.path))
            .collect();
        assert!(
            listed.contains(&"GET /api/v1/surveys".to_owned()),
            "{listed:?}"
        );
        assert!(
            listed.contains(&"GET /api/v1/surveys/{slug}/responses".to_owned()),
            "{listed:?}"
        );
        for operation in &reference.operations {
            assert!(
                !operation.scopes.is_empty(),
                "{} has a scope",
                operation.path
            );
            assert!(
                !operation.summary.is_empty(),
                "{} has a summary",
                operation.path
            );
            assert!(operation.responses.iter().any(|(s, _)| s == "401"));
        }
        let responses = reference
            .operations
            .iter()
            .find(|op| op.path == "/api/v1/surveys/{slug}/responses")
            .unwrap();
        assert!(
            responses
                .parameters
                .iter()
                .any(|p| p.name == "after" && p.location == "query")
        );
    }
}
