//! The reference page's content, read from the generated OpenAPI document
//! once at start-up (`app::pages::ApiReferencePage` shows it, each text in
//! the page's language from `api-reference.ftl`, whose English the tests
//! below keep equal to the document's).

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
    use app::api::api_reference::texts::{in_language, keyed_texts};
    use app::i18n::catalogue::CATALOGUE;
    use app::i18n::{Language, Texts};

    use super::*;

    /// Runs of whitespace as one space: a doc comment's lines are joined
    /// with line breaks, its message is one line.
    fn collapsed(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// `api-reference.ftl` says in English what the annotations and
    /// `PROBLEMS` say, and German and Spanish have each of its messages:
    /// a changed or new text fails here until the catalogue follows.
    #[test]
    fn the_catalogue_says_what_the_document_says() {
        let texts = keyed_texts(&reference());
        assert!(texts.len() > 100, "{} texts", texts.len());
        let mut problems = Vec::new();
        let mut keys = std::collections::BTreeSet::new();
        for (key, english) in &texts {
            if !keys.insert(key.as_str()) {
                problems.push(format!("two texts have the key {key}"));
            }
            if !CATALOGUE.has_own_message(Language::English, key) {
                problems.push(format!(
                    "en/api-reference.ftl lacks {key} = {}",
                    collapsed(english)
                ));
                continue;
            }
            let message = CATALOGUE.format(Language::English, key, &[]);
            if collapsed(&message) != collapsed(english) {
                problems.push(format!(
                    "{key}: the catalogue says \"{message}\", the document \"{}\"",
                    collapsed(english)
                ));
            }
            for language in [Language::German, Language::Spanish] {
                if !CATALOGUE.has_own_message(language, key) {
                    let code = language.code();
                    problems.push(format!("{code}/api-reference.ftl lacks {key}"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The page in German says the operations in German.
    #[test]
    fn the_reference_in_german_is_german() {
        let english = reference();
        let german = in_language(&english, &Texts::new(Language::German));
        assert_eq!(german.operations.len(), english.operations.len());
        for (ours, theirs) in german.operations.iter().zip(&english.operations) {
            assert_eq!(ours.path, theirs.path);
            assert_ne!(ours.summary, theirs.summary, "{}", ours.anchor());
            for (said, (status, meaning)) in ours.responses.iter().zip(&theirs.responses) {
                assert_eq!(&said.0, status);
                assert_ne!(&said.1, meaning, "{} {status}", ours.anchor());
            }
        }
        assert_ne!(german.description, english.description);
        let (_, not_found) = german
            .problems
            .iter()
            .find(|(code, _)| code == "not-found")
            .expect("not-found is a problem");
        assert!(not_found.contains("Umfrage"), "{not_found}");
        // English is the catalogue's, which is the document's.
        let same = in_language(&english, &Texts::new(Language::English));
        assert_eq!(
            collapsed(&same.operations[0].summary),
            collapsed(&english.operations[0].summary)
        );
    }

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
