//! Answers at rest: their text is sealed with the tenant's data key, which
//! lives in the blob store sealed by the server key; deleting a tenant
//! destroys the key first, so what is left of its answers (in the database
//! or in a copy taken earlier) does not open.

use crate::support::*;
use app::storage::data_keys::{reseal_data_keys, tenant_cipher};
use app::storage::lifecycle::begin_deletion;

const MARKER: &str = "MARKER-7f3e-we-never-store-plain";

/// A free-text answer and an "Other" answer carrying the marker.
async fn submit_marker(db: &Database, tenant: &TenantRecord, n: u32) -> SubmissionId {
    let scope = system_scope(tenant, SystemGrant::for_tests(SystemTask::Onboarding));
    let survey = find_survey_by_slug(db, &scope, &Slug::parse("feedback").unwrap())
        .await
        .unwrap()
        .unwrap();
    let questions = survey.survey.questions;
    let answers = vec![
        ValidAnswer {
            question: questions[0].id,
            value: AnswerValue::Rating(4),
        },
        ValidAnswer {
            question: questions[2].id,
            value: AnswerValue::Text(format!("{MARKER} free {n}")),
        },
    ];
    match store_submission(db, &scope, survey.id, false, &key(n), &answers, NOW)
        .await
        .unwrap()
    {
        StoreOutcome::Stored(id) => id,
        other => panic!("not stored: {other:?}"),
    }
}

fn scope_of(tenant: &TenantRecord) -> TenantScope {
    system_scope(tenant, SystemGrant::for_tests(SystemTask::BackgroundJob))
}

async fn texts(db: &Database, tenant: &TenantRecord) -> Result<Vec<String>, sqlx::Error> {
    let scope = scope_of(tenant);
    let survey = find_survey_by_slug(db, &scope, &Slug::parse("feedback").unwrap())
        .await?
        .unwrap()
        .id;
    let submissions = list_submissions(db, &scope, survey, None, 100).await?;
    Ok(submissions
        .into_iter()
        .flat_map(|s| s.answers)
        .filter_map(|a| match a.value {
            AnswerValue::Text(t) => Some(t),
            _ => None,
        })
        .collect())
}

/// Rows of `answers` whose plain or sealed column holds `needle`.
async fn raw_rows_holding(db: &Database, needle: &str) -> i64 {
    let like = format!("%{needle}%");
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(
            "SELECT COUNT(*) FROM answers WHERE text_value LIKE $1 OR instr(text_sealed, CAST($2 AS BLOB)) > 0",
        )
        .bind(&like)
        .bind(needle)
        .fetch_one(pool)
        .await
        .unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(
            "SELECT COUNT(*) FROM answers WHERE text_value LIKE $1 OR position($2::bytea IN text_sealed) > 0",
        )
        .bind(&like)
        .bind(needle.as_bytes())
        .fetch_one(pool)
        .await
        .unwrap(),
    }
}

async fn sealed_rows(db: &Database) -> i64 {
    let sql = "SELECT COUNT(*) FROM answers WHERE text_sealed IS NOT NULL AND text_value IS NULL";
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

async fn engines() -> Vec<TestDb> {
    let mut engines = vec![sqlite().await];
    engines.extend(postgres().await);
    engines
}

#[tokio::test]
async fn the_database_holds_no_plain_text_of_an_answer() {
    for engine in engines().await {
        let db = &engine.db;
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        for n in 0..3 {
            submit_marker(db, &adatum, n).await;
        }
        assert_eq!(sealed_rows(db).await, 3, "{:?}", db.backend());
        assert_eq!(raw_rows_holding(db, MARKER).await, 0);
        let mut read = texts(db, &adatum).await.unwrap();
        read.sort();
        assert_eq!(
            read,
            (0..3)
                .map(|n| format!("{MARKER} free {n}"))
                .collect::<Vec<_>>()
        );
        if let Pool::Sqlite(pool) = db.pool() {
            // Nothing in the file or its log either.
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(pool)
                .await
                .unwrap();
            let path = engine.url.trim_start_matches("sqlite://");
            for file in [path.to_owned(), format!("{path}-wal")] {
                if let Ok(bytes) = std::fs::read(&file) {
                    assert!(
                        !bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()),
                        "{file}"
                    );
                }
            }
        }
    }
}

#[tokio::test]
async fn each_tenant_has_its_own_key_and_a_second_instance_finds_the_same() {
    for engine in engines().await {
        let db = &engine.db;
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        let other = Database::connect(&engine.url).await.unwrap();
        engine.keys.install(&other);
        // Two instances asking at once for a key nobody has made yet end up
        // with the same one.
        let (here, there) = tokio::join!(
            tenant_cipher(db, adatum.id),
            tenant_cipher(&other, adatum.id)
        );
        let (here, there) = (here.unwrap(), there.unwrap());
        let sealed = here.seal(1, 2, "same key?");
        assert_eq!(there.open(1, 2, &sealed).unwrap(), "same key?");
        let fabrikam_key = tenant_cipher(db, fabrikam.id).await.unwrap();
        assert!(fabrikam_key.open(1, 2, &sealed).is_err());
        // One blob per tenant: the loser of the race removed its own.
        let blobs = walk(engine.keys.dir.path());
        assert_eq!(blobs.len(), 2, "{blobs:?}");

        published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        submit_marker(db, &adatum, 1).await;
        assert_eq!(texts(&other, &adatum).await.unwrap().len(), 1);
        // Without the server key that sealed it, the key does not open.
        let stranger = Database::connect(&engine.url).await.unwrap();
        stranger.install_data_keys(app::secrets::ServerKey::generate(), engine.keys.store());
        assert!(texts(&stranger, &adatum).await.is_err());
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[tokio::test]
async fn deleting_a_tenant_leaves_its_answers_unreadable_even_in_an_earlier_copy() {
    for engine in engines().await {
        let db = &engine.db;
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        for tenant in [&adatum, &fabrikam] {
            published_survey(db, tenant, "feedback", NOW.plus_days(5)).await;
            submit_marker(db, tenant, 1).await;
        }
        // A copy of the database taken before the deletion (SQLite: the
        // file; on PostgreSQL the rows stay until the purge, which is the
        // same test).
        let copy_dir = tempfile::tempdir().unwrap();
        let earlier = match db.pool() {
            Pool::Sqlite(pool) => {
                let path = copy_dir.path().join("earlier.db");
                sqlx::query(&format!("VACUUM INTO '{}'", path.display()))
                    .execute(pool)
                    .await
                    .unwrap();
                Some(format!("sqlite://{}", path.display()))
            }
            Pool::Postgres(_) => None,
        };
        // Another instance (PostgreSQL: several processes) that has the
        // key open already.
        let running = Database::connect(&engine.url).await.unwrap();
        engine.keys.install(&running);
        assert_eq!(texts(&running, &adatum).await.unwrap().len(), 1);
        if db.backend() == app::storage::Backend::Postgres {
            tokio::spawn(app::storage::tenants::listen_for_tenant_changes(
                running.clone(),
            ));
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }

        let scope = system_scope(
            &adatum,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        assert!(begin_deletion(db, &scope, NOW).await.unwrap());

        // The rows are still there, sealed, until the purge removes them…
        assert_eq!(sealed_rows(db).await, 2);
        // …and open neither here nor in a new instance with the same keys.
        assert!(texts(db, &adatum).await.is_err());
        let fresh = Database::connect(&engine.url).await.unwrap();
        engine.keys.install(&fresh);
        assert!(texts(&fresh, &adatum).await.is_err());
        assert!(tenant_cipher(&fresh, adatum.id).await.is_err());
        if let Some(url) = earlier {
            let copy = Database::connect(&url).await.unwrap();
            engine.keys.install(&copy);
            assert!(texts(&copy, &adatum).await.is_err(), "the earlier copy");
            // The other tenant's answers in that copy still read.
            assert_eq!(texts(&copy, &fabrikam).await.unwrap().len(), 1);
        }
        // Another tenant is untouched.
        assert_eq!(texts(&fresh, &fabrikam).await.unwrap().len(), 1);
        if db.backend() == app::storage::Backend::Postgres {
            // The running instance hears of the deletion and forgets the key.
            let mut forgotten = false;
            for _ in 0..100 {
                if texts(&running, &adatum).await.is_err() {
                    forgotten = true;
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            assert!(
                forgotten,
                "another instance still opens a deleted tenant's answers"
            );
        }
    }
}

#[tokio::test]
async fn a_new_server_key_reseals_the_data_keys_without_touching_answers() {
    for engine in engines().await {
        let db = &engine.db;
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        submit_marker(db, &adatum, 1).await;
        let before = raw_sealed(db).await;

        let new_key = app::secrets::ServerKey::generate();
        let rotated = Database::connect(&engine.url).await.unwrap();
        rotated.install_data_keys(new_key.clone(), engine.keys.store());
        assert!(texts(&rotated, &adatum).await.is_err(), "not resealed yet");
        let previous = &engine.keys.server_key;
        let first = reseal_data_keys(&rotated, previous).await.unwrap();
        assert_eq!((first.resealed, first.opens_with_neither.len()), (1, 0));
        let again = reseal_data_keys(&rotated, previous).await.unwrap();
        assert_eq!(
            (again.resealed, again.opens_with_neither.len()),
            (0, 0),
            "repeatable"
        );
        // A process whose key is some third one names the tenant and
        // changes nothing.
        let stray = Database::connect(&engine.url).await.unwrap();
        stray.install_data_keys(app::secrets::ServerKey::generate(), engine.keys.store());
        let strayed = reseal_data_keys(&stray, previous).await.unwrap();
        assert_eq!(
            (strayed.resealed, strayed.opens_with_neither),
            (0, vec![adatum.id])
        );

        let after = Database::connect(&engine.url).await.unwrap();
        after.install_data_keys(new_key, engine.keys.store());
        assert_eq!(texts(&after, &adatum).await.unwrap().len(), 1);
        assert_eq!(raw_sealed(db).await, before, "answers untouched");
        let old = Database::connect(&engine.url).await.unwrap();
        engine.keys.install(&old);
        assert!(
            texts(&old, &adatum).await.is_err(),
            "the old server key no longer opens it"
        );
    }
}

async fn raw_sealed(db: &Database) -> Vec<Vec<u8>> {
    let sql = "SELECT text_sealed FROM answers WHERE text_sealed IS NOT NULL ORDER BY submission_id, question_id";
    match db.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await.unwrap(),
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await.unwrap(),
    }
}

#[tokio::test]
async fn contacts_are_sealed_and_found_by_their_index() {
    use app::domain::Email;
    use app::domain::contacts::ContactInput;
    use app::storage::survey_contacts::{
        ContactStatus, Round, add_contacts, due_messages, is_unsubscribed, list_contacts,
        request_round, seal_plain_contacts, status_counts, unsubscribe,
    };
    for engine in engines().await {
        let db = &engine.db;
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = scope_of(&adatum);
        let contact = |email: &str, name: &str| ContactInput {
            email: Email::parse(email).unwrap(),
            name: name.into(),
            attributes: [("team".to_owned(), "MARKER-team".to_owned())].into(),
        };
        let added = add_contacts(
            db,
            &scope,
            survey,
            &[
                contact("Ann.Marker@example.org", "MARKER Ann"),
                contact("bob@example.org", "Bob"),
            ],
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(added, 2);
        // The same address again (any case) is already listed.
        let again = add_contacts(
            db,
            &scope,
            survey,
            &[contact("ANN.MARKER@example.org", "Ann")],
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(again, 0);

        // A contact and an unsubscription from before sealing, plain.
        let plain_sql = [
            "INSERT INTO survey_contacts (tenant_id, survey_id, email, name, attributes, added_at) \
             VALUES ($1, $2, 'old.marker@example.org', 'MARKER Old', '{\"team\":\"MARKER-old\"}', 0)",
            "INSERT INTO contact_unsubscribes (tenant_id, email, at) VALUES ($1, 'old.marker@example.org', 0)",
        ];
        for sql in plain_sql {
            match db.pool() {
                Pool::Sqlite(pool) => {
                    let query = sqlx::query(sql).bind(adatum.id.0);
                    let query = if sql.contains("$2") {
                        query.bind(survey.0)
                    } else {
                        query
                    };
                    query.execute(pool).await.unwrap();
                }
                Pool::Postgres(pool) => {
                    let query = sqlx::query(sql).bind(adatum.id.0);
                    let query = if sql.contains("$2") {
                        query.bind(survey.0)
                    } else {
                        query
                    };
                    query.execute(pool).await.unwrap();
                }
            }
        }
        // Found by its plain address until the runner seals it.
        assert!(
            is_unsubscribed(db, &scope, "old.marker@example.org")
                .await
                .unwrap()
        );
        // Carol unsubscribed before sealing and is listed after: no
        // message goes to her while the forms differ.
        let carol = "INSERT INTO contact_unsubscribes (tenant_id, email, at) VALUES ($1, 'carol@example.org', 0)";
        match db.pool() {
            Pool::Sqlite(pool) => {
                sqlx::query(carol)
                    .bind(adatum.id.0)
                    .execute(pool)
                    .await
                    .unwrap();
            }
            Pool::Postgres(pool) => {
                sqlx::query(carol)
                    .bind(adatum.id.0)
                    .execute(pool)
                    .await
                    .unwrap();
            }
        }
        add_contacts(
            db,
            &scope,
            survey,
            &[contact("carol@example.org", "Carol")],
            NOW,
        )
        .await
        .unwrap();
        request_round(db, &scope, survey, Round::Invitation)
            .await
            .unwrap();
        let due = due_messages(db, adatum.id, 100).await.unwrap();
        let mut to: Vec<&str> = due.iter().map(|m| m.email.as_str()).collect();
        to.sort();
        assert_eq!(to, ["ann.marker@example.org", "bob@example.org"]);
        assert_eq!(
            due_messages(db, adatum.id, 100).await.unwrap().len(),
            2,
            "Carol's stopped"
        );

        assert_eq!(seal_plain_contacts(db, 0, 100).await.unwrap().sealed, 3);
        assert_eq!(seal_plain_contacts(db, 0, 100).await.unwrap().sealed, 0);

        let listed = list_contacts(db, &scope, survey, 0, 10).await.unwrap();
        let shown: Vec<(&str, &str, Option<&String>)> = listed
            .iter()
            .map(|c| (c.email.as_str(), c.name.as_str(), c.attributes.get("team")))
            .collect();
        assert_eq!(shown.len(), 4);
        assert!(shown.contains(&(
            "ann.marker@example.org",
            "MARKER Ann",
            Some(&"MARKER-team".to_owned())
        )));
        assert!(shown.contains(&(
            "old.marker@example.org",
            "MARKER Old",
            Some(&"MARKER-old".to_owned())
        )));
        let old = listed.iter().find(|c| c.email.starts_with("old.")).unwrap();
        assert_eq!(
            old.status,
            ContactStatus::Unsubscribed,
            "its unsubscription was kept"
        );
        assert!(
            is_unsubscribed(db, &scope, "Old.Marker@example.org")
                .await
                .unwrap()
        );

        unsubscribe(db, &scope, "bob@example.org", NOW)
            .await
            .unwrap();
        let counts = status_counts(db, &scope, survey).await.unwrap();
        assert!(
            counts.contains(&(ContactStatus::Unsubscribed, 3)),
            "{counts:?}"
        );

        // Nothing of the marker is left in plain text in either table.
        let plain_left: i64 = {
            let sql = "SELECT (SELECT COUNT(*) FROM survey_contacts WHERE email LIKE '%marker%' OR name LIKE '%MARKER%' OR attributes LIKE '%MARKER%') \
                       + (SELECT COUNT(*) FROM contact_unsubscribes WHERE email LIKE '%@%')";
            match db.pool() {
                Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
                Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
            }
        };
        assert_eq!(plain_left, 0);

        // Deleted: what is left of the contacts does not open.
        let admin = system_scope(
            &adatum,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        assert!(begin_deletion(db, &admin, NOW).await.unwrap());
        assert!(list_contacts(db, &scope, survey, 0, 10).await.is_err());
    }
}

#[tokio::test]
async fn messages_to_contacts_keep_their_address_sealed() {
    use app::domain::Email;
    use app::domain::contacts::ContactInput;
    use app::storage::outgoing_mail::{NewMail, claim_mail, find_mail, recent_mail};
    use app::storage::survey_contacts::{
        Round, SettledMessage, add_contacts, due_messages, request_round, settle_messages,
    };
    for engine in engines().await {
        let db = &engine.db;
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let survey = published_survey(db, &adatum, "feedback", NOW.plus_days(5)).await;
        let scope = scope_of(&adatum);
        let ann = ContactInput {
            email: Email::parse("ann.marker@example.org").unwrap(),
            name: "MARKER Ann".into(),
            attributes: Default::default(),
        };
        add_contacts(db, &scope, survey, &[ann], NOW).await.unwrap();
        request_round(db, &scope, survey, Round::Invitation)
            .await
            .unwrap();
        let due = due_messages(db, adatum.id, 10).await.unwrap();
        assert_eq!(due.len(), 1);
        let message = SettledMessage {
            due: &due[0],
            token_hash: "hash-of-ann's-token".into(),
            mail: NewMail {
                idempotency_key: "invitation:ann".into(),
                kind: "survey_invitation",
                recipient: due[0].email.clone(),
                subject: format!("{}, tell us", due[0].name),
                sealed_body: "sealed body".into(),
                created_at: NOW,
            },
        };
        assert_eq!(settle_messages(db, &[message]).await.unwrap(), 1);

        let plain_left: i64 = {
            let sql = "SELECT COUNT(*) FROM outgoing_mail WHERE recipient LIKE '%marker%' \
                       OR subject LIKE '%MARKER%' OR recipient_sealed IS NULL";
            match db.pool() {
                Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
                Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
            }
        };
        assert_eq!(plain_left, 0, "{:?}", db.backend());

        // Read back, by the tenant's pages and by the runner, in clear.
        let found = find_mail(db, &scope, "invitation:ann")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (found.recipient.as_str(), found.subject.as_str()),
            ("ann.marker@example.org", "MARKER Ann, tell us")
        );
        assert!(!found.address_unreadable);
        let claimed = claim_mail(db, NOW, 60_000, 10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].recipient, "ann.marker@example.org");

        // Deleted: the log keeps the message, but not where it went.
        let admin = system_scope(
            &adatum,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        assert!(begin_deletion(db, &admin, NOW).await.unwrap());
        let listed = recent_mail(db, 10).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert!(listed[0].address_unreadable);
        assert_eq!(
            (listed[0].recipient.as_str(), listed[0].subject.as_str()),
            ("", "")
        );
    }
}
