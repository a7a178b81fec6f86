//! A survey's contacts and invitations through `/api/v1`: added all or
//! none with each problem named, listed with their status, invited once.

use serde_json::Value;

use crate::helpers::{TestApp, spawn_app, spawn_postgres_app};
use crate::rest_api::{call, key_of, post};

const CONTACTS: &str = "/api/v1/surveys/customer-satisfaction/contacts";
const INVITATIONS: &str = "/api/v1/surveys/customer-satisfaction/invitations";

async fn listed(app: &TestApp, key: &str, query: &str) -> (u16, Value) {
    let response = call(app, Some(key), &format!("{CONTACTS}{query}")).await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

async fn contacts_are_added_listed_and_invited(app: TestApp) {
    let key = key_of(&app, "adatum", &["surveys:write", "responses:read"]).await;

    // One bad contact: named, and nothing is added.
    let bad = r#"{"contacts":[{"email":"ana@example.com"},{"email":"not an address"},
        {"email":"bo@example.com","attributes":{"first name":"Bo"}}]}"#;
    let refused = post(&app, &key, CONTACTS, bad, None).await;
    assert_eq!(refused.status(), 422);
    let problem = refused.text().await.unwrap();
    assert!(problem.contains("Contact 2: "), "{problem}");
    assert!(problem.contains("Contact 3: "), "{problem}");
    assert!(problem.contains("Nothing was added."), "{problem}");
    let (_, page) = listed(&app, &key, "").await;
    assert_eq!(page["data"].as_array().unwrap().len(), 0);
    let unknown = post(&app, &key, CONTACTS, r#"{"people":[]}"#, None).await;
    assert_eq!(unknown.status(), 400);

    let good = r#"{"contacts":[{"email":"ana@example.com","name":"Ana",
        "attributes":{"company":"Contoso"}},{"email":"bo@example.com"}]}"#;
    let added = post(&app, &key, CONTACTS, good, Some("import-1")).await;
    assert_eq!(added.status(), 200);
    let first: Value = added.json().await.unwrap();
    assert_eq!(first["added"], 2);
    assert_eq!(first["already_listed"], 0);
    // The same key again: the first outcome. Without it: already listed.
    let repeated: Value = post(&app, &key, CONTACTS, good, Some("import-1"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(repeated, first);
    let again: Value = post(&app, &key, CONTACTS, good, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (again["added"].clone(), again["already_listed"].clone()),
        (0.into(), 2.into())
    );

    let (status, page) = listed(&app, &key, "").await;
    assert_eq!(status, 200);
    let contacts = page["data"].as_array().unwrap();
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0]["email"], "ana@example.com");
    assert_eq!(contacts[0]["attributes"]["company"], "Contoso");
    assert_eq!(contacts[0]["status"], "not_invited");
    assert_eq!(page["counts"]["not_invited"], 2);
    assert_eq!(page["has_more"], false);
    assert_eq!(listed(&app, &key, "?page=0").await.0, 400);

    let wrong = post(&app, &key, INVITATIONS, r#"{"round":"everyone"}"#, None).await;
    assert_eq!(wrong.status(), 400);
    let sent = post(&app, &key, INVITATIONS, "", None).await;
    assert_eq!(sent.status(), 202);
    let sent: Value = sent.json().await.unwrap();
    assert_eq!(sent["round"], "invitation");
    assert_eq!(sent["requested"], 2);
    // Everyone has theirs: a second round of invitations has nobody.
    let twice = post(&app, &key, INVITATIONS, "", None).await;
    assert_eq!(twice.status(), 400);
    let (_, page) = listed(&app, &key, "").await;
    assert_eq!(page["counts"]["queued"], 2, "{page}");

    // Reading contacts does not let a key change them.
    let reader = key_of(&app, "adatum", &["responses:read"]).await;
    assert_eq!(
        post(&app, &reader, CONTACTS, good, None).await.status(),
        403
    );
    assert_eq!(listed(&app, &reader, "").await.0, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contacts_are_added_listed_and_invited_on_sqlite() {
    contacts_are_added_listed_and_invited(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contacts_are_added_listed_and_invited_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        contacts_are_added_listed_and_invited(app).await;
    }
}
