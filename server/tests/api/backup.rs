//! The backup download and the restore upload over HTTP: who may use them,
//! the archive's headers, a restore through the form, and refusals that
//! come back to the form with their reason.

use crate::helpers::{DEMO_PASSWORD, browser, signed_in_as, spawn_app};

#[tokio::test]
async fn administrators_download_a_backup_that_tailspin_restores_under_a_new_alias() {
    let app = spawn_app().await;
    let anonymous = browser();
    let response = app.get_as(&anonymous, "/t/adatum/backup.tar.gz").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/t/adatum/login");

    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let response = app.get_as(&creator, "/t/adatum/backup.tar.gz").await;
    assert_eq!(response.status(), 403, "Survey Creators may not");

    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let response = app.get_as(&admin, "/t/adatum/backup.tar.gz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/gzip");
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("tailspin-adatum-"),
    );
    assert!(
        response.headers().get("content-length").is_none(),
        "packed as it is sent, so its length is not known up front"
    );
    let archive = response.bytes().await.unwrap().to_vec();
    let contents = app::services::backup::read_backup(&archive[..]).unwrap();
    assert_eq!(contents.manifest.unwrap().tenant.alias, "adatum");

    // A tenant's Administrator may not restore: that is Tailspin's.
    let form = |alias: &str, bytes: Vec<u8>| {
        reqwest::multipart::Form::new()
            .part(
                "archive",
                reqwest::multipart::Part::bytes(bytes).file_name("backup.tar.gz"),
            )
            .text("alias", alias.to_owned())
            .text("administrator_password", "a restored password")
            .text("client_secret", "")
    };
    let response = app
        .post_multipart_as(
            &admin,
            "/admin/restore/upload",
            form("adatum-restored", archive.clone()),
        )
        .await;
    assert_eq!(response.headers()["location"], "/admin/login");

    let ops = signed_in_as(&app, "/admin/login", "ops@tailspin.example", DEMO_PASSWORD).await;
    let response = app
        .post_multipart_as(
            &ops,
            "/admin/restore/upload",
            form("adatum", archive.clone()),
        )
        .await;
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/admin/restore?error="), "{location}");
    assert!(location.contains("taken"), "{location}");

    let response = app
        .post_multipart_as(
            &ops,
            "/admin/restore/upload",
            form("adatum-restored", b"not a backup".to_vec()),
        )
        .await;
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/admin/restore?error=")
    );

    let response = app
        .post_multipart_as(
            &ops,
            "/admin/restore/upload",
            form("adatum-restored", archive),
        )
        .await;
    assert_eq!(
        response.headers()["location"],
        "/admin/subscribers/adatum-restored"
    );
    let page = app
        .get_as(&anonymous, "/s/adatum-restored/customer-satisfaction")
        .await;
    assert_eq!(page.status(), 200, "the restored survey is public");
    // Its Administrator signs in with the password given at the restore.
    signed_in_as(
        &app,
        "/t/adatum-restored/login",
        "admin@adatum.example",
        "a restored password",
    )
    .await;
}
