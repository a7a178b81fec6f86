//! The server key changes: `server keys reseal` seals the tenants' data keys
//! again with the new key, and every answer reads as before without being
//! rewritten.

use app::auth::public_scope;
use app::domain::field_name;
use app::storage::submissions::list_submissions;

use crate::helpers::{DEMO_PATH, connect_keyed, encode, spawn_app_on};

const TEXT: &str = "Sealed across a change of server key";

/// `server ARGS` on the database at `url`, with the key and blobs of `data`.
fn server(url: &str, data: &std::path::Path, args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", url)
        .env("TAILSPIN_SECRET_KEY_FILE", data.join("secret.key"))
        .env("TAILSPIN_BLOB_DIR", data.join("blobs"))
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

fn reseal(url: &str, data: &std::path::Path, previous: &std::path::Path) -> std::process::Output {
    let args = ["keys", "reseal", "--previous-key-file"].map(std::ffi::OsStr::new);
    server(url, data, &[&args[..], &[previous.as_os_str()]].concat())
}

/// A command that opens the database as a server does.
fn list_dead_letters(url: &str, data: &std::path::Path) -> std::process::Output {
    server(
        url,
        data,
        &["dead-letters", "list"].map(std::ffi::OsStr::new),
    )
}

async fn texts(
    db: &app::storage::Database,
    survey: app::domain::SurveyId,
) -> Result<Vec<String>, sqlx::Error> {
    let scope = public_scope(db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap();
    Ok(list_submissions(db, &scope, survey, None, 100)
        .await?
        .into_iter()
        .flat_map(|s| s.answers)
        .filter_map(|a| match a.value {
            app::domain::AnswerValue::Text(t) => Some(t),
            _ => None,
        })
        .collect())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_server_key_reads_every_answer_after_the_reseal_command() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_owned();
    let url = format!("sqlite://{}/tailspin.db", data.display());
    let app = spawn_app_on(url.clone(), dir).await;
    let (survey, questions) = app.demo_survey().await;
    let body = encode(&[
        ("idempotency_key", "6f0e8d55-3c1e-4c55-9a57-1f1e3d2b7a01"),
        (&field_name(questions[0].id), "4"),
        (&field_name(questions[1].id), "1"),
        (&field_name(questions[2].id), TEXT),
    ]);
    assert_eq!(app.post_form(DEMO_PATH, body).await.status(), 303);
    assert!(
        texts(&app.db, survey)
            .await
            .unwrap()
            .contains(&TEXT.to_owned())
    );

    // A provider's client secret, sealed with the key in use.
    let old_key = app::secrets::ServerKey::from_base64(
        &std::fs::read_to_string(data.join("secret.key")).unwrap(),
    )
    .unwrap();
    let adatum = public_scope(&app.db, "adatum", app::auth::PublicSiteGrant::for_tests())
        .await
        .unwrap()
        .tenant_id();
    let app::storage::Pool::Sqlite(pool) = app.db.pool() else {
        unreachable!()
    };
    sqlx::query(
        "INSERT INTO tenant_identity_providers (tenant_id, issuer, client_id, client_secret_sealed, \
         identifying_claim, administrator, claim_rules, updated_at) \
         VALUES ($1, 'https://login.adatum.example', 'tailspin', $2, 'email', 'admin@adatum.example', '[]', 0)",
    )
    .bind(adatum.0)
    .bind(old_key.seal(adatum, "client secret").unwrap())
    .execute(pool)
    .await
    .unwrap();
    // An export login's password sealed with some third key: it stops
    // nothing else.
    let stray = app::secrets::ServerKey::generate();
    sqlx::query(
        "INSERT INTO export_databases (tenant_id, engine, database_name, username, password_sealed, created_at) \
         VALUES ($1, 'postgres', 'export_adatum', 'export_adatum', $2, 0)",
    )
    .bind(adatum.0)
    .bind(stray.seal(adatum, "lost password").unwrap())
    .execute(pool)
    .await
    .unwrap();

    // The operator keeps the old key aside and puts a new one in place.
    let previous = data.join("previous.key");
    std::fs::rename(data.join("secret.key"), &previous).unwrap();
    let new_key = app::secrets::ServerKey::generate();
    std::fs::write(data.join("secret.key"), new_key.to_base64()).unwrap();
    let unresealed = connect_keyed(&url, &data).await;
    assert!(
        texts(&unresealed, survey).await.is_err(),
        "not yet resealed"
    );

    // A process with the new key refuses to start before the reseal…
    let refused = list_dead_letters(&url, &data);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("keys reseal"));

    let output = reseal(&url, &data, &previous);
    let complaint = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(!output.status.success(), "the stray value is reported");
    assert!(
        complaint.contains(&format!(
            "left as it is: export_databases.password_sealed of row {}",
            adatum.0
        )),
        "{complaint}"
    );
    let said = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        said.contains("Sealed again with the new server key"),
        "{said}"
    );
    assert!(!said.contains(" 0 data keys"), "{said}");
    // The provider's secret and the key check, at least.
    assert!(
        !said.contains(" 0 other secrets") && !said.contains(" 1 other secrets"),
        "{said}"
    );

    let after = connect_keyed(&url, &data).await;
    assert!(
        texts(&after, survey)
            .await
            .unwrap()
            .contains(&TEXT.to_owned())
    );
    // …and starts after it.
    assert!(list_dead_letters(&url, &data).status.success());
    // The operator removes the stray value; run again: nothing left to do.
    sqlx::query("DELETE FROM export_databases WHERE tenant_id = $1")
        .bind(adatum.0)
        .execute(pool)
        .await
        .unwrap();
    let again = reseal(&url, &data, &previous);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains(" 0 data keys, 0 other secrets"));
    // A key file that is not a key is refused, and changes nothing.
    std::fs::write(data.join("junk.key"), "not a key").unwrap();
    let refused = reseal(&url, &data, &data.join("junk.key"));
    assert!(!refused.status.success());
    assert!(
        texts(&connect_keyed(&url, &data).await, survey)
            .await
            .unwrap()
            .contains(&TEXT.to_owned())
    );
}
