//! Backup and restore on both engines: a round trip gives the same content
//! apart from ids and alias; a backup holds only its tenant; a restore
//! touches no other tenant; bad archives are refused and leave nothing.

use std::sync::Arc;

use app::domain::{Email, MetadataKind, Role};
use app::secrets::ServerKey;
use app::services::backup::{
    BackupArchive, Contents, RestoreRequest, create_backup, read_backup, restore_backup,
};
use app::services::branding::{BlobStore, replace_logo, save_stylesheet};
use app::storage::lifecycle::remaining_rows;
use app::storage::metadata::{AddFieldOutcome, add_field, set_value};
use app::storage::users::{NewLocalUser, create_local_user};
use object_store::local::LocalFileSystem;

use crate::every_kind::{every_answer, every_kind_survey};
use crate::support::*;

const PASSWORD: &str = "a new long password";

/// The archive as a download gives it.
fn packed(archive: BackupArchive) -> Vec<u8> {
    let mut bytes = Vec::new();
    archive.write_to(&mut bytes).unwrap();
    bytes
}

/// An archive as a restore reads it (an upload, or a file).
fn upload(bytes: &[u8]) -> std::io::Cursor<Vec<u8>> {
    std::io::Cursor::new(bytes.to_vec())
}

fn png() -> Vec<u8> {
    let image =
        image::RgbImage::from_fn(16, 8, |x, y| image::Rgb([x as u8 * 10, y as u8 * 20, 90]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

async fn furnish(db: &Database, blobs: &BlobStore, tenant: &TenantRecord, responses: u32) {
    let scope = system_scope(tenant, SystemGrant::for_tests(SystemTask::Onboarding));
    let survey = published_survey(db, tenant, "feedback", NOW.plus_days(5)).await;
    let AddFieldOutcome::Added(field) =
        add_field(db, &scope, "Region", MetadataKind::Text, 10, NOW)
            .await
            .unwrap()
    else {
        panic!("field added")
    };
    assert!(set_value(db, &scope, survey, field, "North").await.unwrap());
    let questions = questions_of(db, &scope, "feedback").await;
    for n in 0..responses {
        let answers = vec![
            ValidAnswer {
                question: questions[0].id,
                value: AnswerValue::Rating(1 + n as u8 % 5),
            },
            ValidAnswer {
                question: questions[1].id,
                value: AnswerValue::Choice((n % 3) as u16),
            },
            ValidAnswer {
                question: questions[2].id,
                value: AnswerValue::Text(format!("Réponse {n} ✓")),
            },
        ];
        store_submission(db, &scope, survey, false, &key(n), &answers, NOW)
            .await
            .unwrap();
    }
    let user = NewLocalUser {
        email: Email::parse(&format!("admin@{}.example", tenant.alias)).unwrap(),
        display_name: "Admin".into(),
        role: Role::Administrator,
        password_hash: "old hash".into(),
    };
    create_local_user(db, &scope, &user, None, NOW)
        .await
        .unwrap();
    save_stylesheet(db, &scope, "#surveyTitle h1 { color: #aa0000; }")
        .await
        .unwrap();
    replace_logo(db, blobs, &scope, &png()).await.unwrap();
    // A survey with every kind of question, and two responses to it.
    let every = every_kind_survey(db, tenant, "every-kind", NOW.plus_days(5)).await;
    let questions = questions_of(db, &scope, "every-kind").await;
    for n in 0..2 {
        let answers = every_answer(&questions, n);
        store_submission(db, &scope, every, false, &key(100 + n), &answers, NOW)
            .await
            .unwrap();
    }
}

fn request(alias: &str) -> RestoreRequest {
    RestoreRequest {
        alias: TenantAlias::parse(alias).unwrap(),
        administrator_password: Some(PASSWORD.into()),
        client_secret: None,
    }
}

#[tokio::test]
async fn a_backup_restored_under_a_new_alias_backs_up_to_the_same_content() {
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::new(Arc::new(
            LocalFileSystem::new_with_prefix(dir.path()).unwrap(),
        ));
        let key = ServerKey::generate();
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        furnish(db, &blobs, &adatum, 7).await;
        furnish(db, &blobs, &fabrikam, 3).await;
        let fabrikam_rows = remaining_rows(db, fabrikam.id).await.unwrap();

        let scope = system_scope(
            &adatum,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        let first = packed(create_backup(db, &blobs, &scope, &adatum).await.unwrap());
        let contents = read_backup(&first[..]).unwrap();
        assert_eq!(
            contents.tables["submissions"].len(),
            7 + 2,
            "only adatum's responses"
        );
        assert_eq!(contents.tables["users"].len(), 1);
        let text =
            String::from_utf8_lossy(&serde_json::to_vec(&contents.tables).unwrap()).into_owned();
        assert!(!text.contains("fabrikam"), "nothing of another tenant");
        assert!(!text.contains("old hash"), "no password hashes");

        let restored = restore_backup(
            db,
            &blobs,
            &key,
            upload(&first),
            request("adatum-copy"),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(restored.status, TenantStatus::Active);
        assert_eq!(restored.name, adatum.name);
        assert_eq!(
            remaining_rows(db, fabrikam.id).await.unwrap(),
            fabrikam_rows,
            "fabrikam untouched"
        );
        let copy_scope = public_scope(db, "adatum-copy", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        // Every restored response is queued so that the statistics are rebuilt.
        let copied = find_survey_by_slug(db, &copy_scope, &Slug::parse("feedback").unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            queued_messages(db, &copy_scope, copied.id).await.unwrap(),
            7
        );

        // Every kind of question, and every answer to it, reads back as it was.
        let every = find_survey_by_slug(db, &copy_scope, &Slug::parse("every-kind").unwrap())
            .await
            .unwrap()
            .unwrap();
        let original = find_survey_by_slug(db, &scope, &Slug::parse("every-kind").unwrap())
            .await
            .unwrap()
            .unwrap();
        let strip_ids = |questions: Vec<app::domain::Question>| {
            questions
                .into_iter()
                .map(|q| (q.text, q.required, q.kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            strip_ids(every.survey.questions.clone()),
            strip_ids(original.survey.questions)
        );
        let answers = list_submissions(db, &copy_scope, every.id, None, 10)
            .await
            .unwrap();
        assert_eq!(answers.len(), 2);
        for (n, response) in answers.iter().enumerate() {
            assert_eq!(
                response.answers,
                every_answer(&every.survey.questions, n as u32),
                "response {n}"
            );
        }

        let second = packed(
            create_backup(db, &blobs, &copy_scope, &restored)
                .await
                .unwrap(),
        );
        let again = read_backup(&second[..]).unwrap();
        assert_eq!(again.tables, contents.tables, "same rows apart from ids");
        assert_eq!(again.logo, contents.logo, "same logo");
        let (mut a, mut b) = (contents.manifest.unwrap(), again.manifest.unwrap());
        assert_eq!(b.tenant.alias, "adatum-copy");
        (a.created_at, b.created_at, a.tenant.alias, b.tenant.alias) = Default::default();
        assert_eq!(a, b, "same manifest apart from alias and time");

        // The first Administrator signs in with the password given.
        let user = app::storage::users::find_user_by_email(
            db,
            &copy_scope,
            &Email::parse("admin@adatum.example").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        let hash = user.password_hash.expect("a password was set");
        assert!(app::passwords::verify_password(PASSWORD.into(), hash).await);
    });
}

#[tokio::test]
async fn bad_archives_and_taken_aliases_are_refused_and_leave_nothing() {
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::new(Arc::new(
            LocalFileSystem::new_with_prefix(dir.path()).unwrap(),
        ));
        let key = ServerKey::generate();
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        furnish(db, &blobs, &adatum, 2).await;
        let scope = system_scope(
            &adatum,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        let archive = packed(create_backup(db, &blobs, &scope, &adatum).await.unwrap());
        let before = count_tenants(db).await.unwrap();

        let refused = |result: Result<TenantRecord, AppError>| match result {
            Err(AppError::BadRequest(message)) => message,
            other => panic!("expected a refusal, got {other:?}"),
        };
        let garbage = refused(
            restore_backup(
                db,
                &blobs,
                &key,
                upload(b"not an archive"),
                request("other"),
                NOW,
            )
            .await,
        );
        assert!(garbage.contains("not a Tailspin backup"), "{garbage}");
        let truncated = &archive[..archive.len() / 2];
        refused(restore_backup(db, &blobs, &key, upload(truncated), request("other"), NOW).await);
        let taken = refused(
            restore_backup(db, &blobs, &key, upload(&archive), request("adatum"), NOW).await,
        );
        assert!(taken.contains("taken"), "{taken}");
        let mut no_password = request("other");
        no_password.administrator_password = None;
        let needs =
            refused(restore_backup(db, &blobs, &key, upload(&archive), no_password, NOW).await);
        assert!(needs.contains("password"), "{needs}");
        assert_eq!(
            count_tenants(db).await.unwrap(),
            before,
            "nothing was created"
        );
        assert!(
            find_tenant_by_alias(db, &TenantAlias::parse("other").unwrap())
                .await
                .unwrap()
                .is_none()
        );
    });
}

/// An archive's contents packed as `archive.rs` writes them.
fn repack(contents: &Contents) -> Vec<u8> {
    use std::io::Write;
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    let mut add = |path: &str, bytes: &[u8]| {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, path, bytes).unwrap();
    };
    add(
        "manifest.json",
        &serde_json::to_vec(&contents.manifest).unwrap(),
    );
    for (name, rows) in &contents.tables {
        let mut lines = Vec::new();
        for row in rows {
            serde_json::to_writer(&mut lines, row).unwrap();
            lines.write_all(b"\n").unwrap();
        }
        add(&format!("tables/{name}.jsonl"), &lines);
    }
    if let Some(logo) = &contents.logo {
        add("branding/logo", logo);
    }
    tar.into_inner().unwrap().finish().unwrap()
}

#[tokio::test]
async fn an_archive_from_before_the_new_kinds_restores_and_edited_kinds_are_refused() {
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::new(Arc::new(
            LocalFileSystem::new_with_prefix(dir.path()).unwrap(),
        ));
        let server_key = ServerKey::generate();
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(
            &adatum,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let questions = questions_of(db, &scope, "feedback").await;
        let given = vec![
            ValidAnswer {
                question: questions[0].id,
                value: AnswerValue::Rating(3),
            },
            ValidAnswer {
                question: questions[1].id,
                value: AnswerValue::Choice(2),
            },
        ];
        store_submission(db, &scope, survey, false, &key(1), &given, NOW)
            .await
            .unwrap();
        let archive = packed(create_backup(db, &blobs, &scope, &adatum).await.unwrap());
        let mut old = read_backup(&archive[..]).unwrap();
        // As the previous version wrote it: no settings, no items.
        for (table, column) in [("questions", "settings"), ("answers", "items")] {
            for row in old.tables.get_mut(table).unwrap() {
                assert!(row.remove(column).is_some(), "{table}.{column}");
            }
        }
        let restored = restore_backup(
            db,
            &blobs,
            &server_key,
            upload(&repack(&old)),
            request("adatum-old"),
            NOW,
        )
        .await
        .unwrap();
        let copy_scope = system_scope(
            &restored,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        let copied = questions_of(db, &copy_scope, "feedback").await;
        let kinds = |qs: &[app::domain::Question]| {
            qs.iter()
                .map(|q| (q.text.clone(), q.required, q.kind.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds(&copied), kinds(&questions));
        let survey_copy = find_survey_by_slug(db, &copy_scope, &Slug::parse("feedback").unwrap())
            .await
            .unwrap()
            .unwrap();
        let back = list_submissions(db, &copy_scope, survey_copy.id, None, 10)
            .await
            .unwrap();
        let values: Vec<_> = back[0].answers.iter().map(|a| a.value.clone()).collect();
        assert_eq!(values, vec![AnswerValue::Rating(3), AnswerValue::Choice(2)]);

        // Edited so that a question or an answer no longer reads back: refused.
        let before = count_tenants(db).await.unwrap();
        let refused = |result: Result<TenantRecord, AppError>| match result {
            Err(AppError::BadRequest(message)) => message,
            other => panic!("expected a refusal, got {other:?}"),
        };
        let mut scale_without_points = read_backup(&archive[..]).unwrap();
        scale_without_points.tables.get_mut("questions").unwrap()[0]
            .insert("kind".into(), "scale".into());
        let message = refused(
            restore_backup(
                db,
                &blobs,
                &server_key,
                upload(&repack(&scale_without_points)),
                request("edited"),
                NOW,
            )
            .await,
        );
        assert!(message.contains("scale question"), "{message}");
        let mut stars_as_text = read_backup(&archive[..]).unwrap();
        let answer = &mut stars_as_text.tables.get_mut("answers").unwrap()[0];
        answer.insert("number_value".into(), serde_json::Value::Null);
        answer.insert("text_value".into(), "three".into());
        let message = refused(
            restore_backup(
                db,
                &blobs,
                &server_key,
                upload(&repack(&stars_as_text)),
                request("edited"),
                NOW,
            )
            .await,
        );
        assert!(message.contains("does not fit"), "{message}");
        assert_eq!(
            count_tenants(db).await.unwrap(),
            before,
            "nothing was created"
        );
    });
}
