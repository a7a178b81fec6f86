//! The subscriber lifecycle on both engines: two-phase deletion with a purge
//! that survives a crash, usage figures against known data, and the tenant
//! cache seeing changes at once here and within seconds on another instance.

use std::sync::Arc;
use std::time::Duration;

use app::domain::{BillingMonth, Email, Role};
use app::secrets::ServerKey;
use app::services::branding::BlobStore;
use app::services::export::{ExportSettings, ensure_export_database};
use app::services::jobs::JobServices;
use app::services::lifecycle::{PURGE_LEASE_MS, PurgeOutcome, run_purge};
use app::storage::lifecycle::{
    PurgeStatus, begin_deletion, claim_purge, find_purge, remaining_rows,
};
use app::storage::tenant_figures::usage_for_month;
use app::storage::tenants::listen_for_tenant_changes;
use app::storage::tenants::{LimitOverrides, TenantChanges, update_tenant};
use app::storage::users::{NewLocalUser, create_local_user};
use object_store::ObjectStore;
use object_store::local::LocalFileSystem;
use object_store::path::Path as BlobPath;

use crate::support::*;

fn answers(questions: &[app::domain::Question], n: u32) -> Vec<ValidAnswer> {
    vec![
        ValidAnswer {
            question: questions[0].id,
            value: AnswerValue::Rating(4),
        },
        ValidAnswer {
            question: questions[1].id,
            value: AnswerValue::Choice(1),
        },
        ValidAnswer {
            question: questions[2].id,
            value: AnswerValue::Text(format!("Answer {n}")),
        },
    ]
}

async fn submit(db: &Database, tenant: &TenantRecord, slug: &str, n: u32, at: UnixMillis) {
    let scope = system_scope(tenant, SystemGrant::for_tests(SystemTask::Onboarding));
    let survey = find_survey_by_slug(db, &scope, &Slug::parse(slug).unwrap())
        .await
        .unwrap()
        .unwrap();
    let outcome = store_submission(
        db,
        &scope,
        survey.id,
        false,
        &key(n),
        &answers(&survey.survey.questions, n),
        at,
    )
    .await
    .unwrap();
    assert!(matches!(outcome, StoreOutcome::Stored(_)), "{outcome:?}");
}

async fn blob_count(blobs: &BlobStore, prefix: &str) -> usize {
    use futures_util::TryStreamExt;
    blobs
        .main()
        .list(Some(&BlobPath::from(prefix)))
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .len()
}

async fn export_database_exists(
    db: &Database,
    tenant: &TenantRecord,
    dir: &std::path::Path,
) -> bool {
    match db.pool() {
        Pool::Sqlite(_) => dir.join(format!("tenant-{}.sqlite", tenant.id.0)).exists(),
        Pool::Postgres(pool) => {
            // Named after this test's own database (other tests run beside it
            // on the same server, with the same tenant ids).
            let main: String = sqlx::query_scalar("SELECT current_database()")
                .fetch_one(pool)
                .await
                .unwrap();
            let main: String = main.chars().take(40).collect();
            sqlx::query_scalar::<_, bool>(
                "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)",
            )
            .bind(format!("{main}_export_{}", tenant.id.0))
            .fetch_one(pool)
            .await
            .unwrap()
        }
    }
}

#[tokio::test]
async fn deletion_hides_at_once_and_a_crashed_purge_is_finished_by_the_next_run() {
    on_each_database!(|db| {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::new(Arc::new(
            LocalFileSystem::new_with_prefix(dir.path()).unwrap(),
        ));
        let mail = app::services::mail::Mailer::new(
            app::services::mail::MailTransport::Outbox(dir.path().join("outbox")),
            None,
            "http://127.0.0.1:3000",
            ServerKey::generate(),
        )
        .unwrap();
        let services = JobServices {
            export: ExportSettings {
                sqlite_dir: dir.path().join("exports"),
                key: ServerKey::generate(),
            },
            blobs: blobs.clone(),
            pending_signup_ms: app::services::jobs::DEFAULT_PENDING_SIGNUP_MS,
            invitations_per_minute: 1_000,
            webhooks: app::services::webhooks::WebhookSender {
                client: app::outbound::OutboundClient::new(Default::default()),
                mailer: mail.clone(),
            },
            mail,
        };
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        for (tenant, slugs) in [
            (&adatum, ["feedback", "events"]),
            (&fabrikam, ["feedback", "other"]),
        ] {
            for slug in slugs {
                published_survey(db, tenant, slug, NOW.plus_days(5)).await;
            }
            for n in 0..30 {
                submit(db, tenant, "feedback", n, NOW).await;
            }
            blobs
                .main()
                .put(
                    &BlobPath::from(format!("tenants/{}/logo-1.png", tenant.id.0)),
                    b"png".to_vec().into(),
                )
                .await
                .unwrap();
            let scope = system_scope(tenant, SystemGrant::for_tests(SystemTask::BackgroundJob));
            ensure_export_database(db, &services.export, &scope)
                .await
                .unwrap();
            if db.backend() == app::storage::Backend::Sqlite {
                std::fs::write(
                    dir.path()
                        .join("exports")
                        .join(format!("tenant-{}.sqlite", tenant.id.0)),
                    b"",
                )
                .unwrap();
            }
        }
        let fabrikam_rows = remaining_rows(db, fabrikam.id).await.unwrap();

        // Phase one: gone from the public site at once, the purge queued.
        let scope = system_scope(
            &adatum,
            SystemGrant::for_tests(SystemTask::PlatformAdministration),
        );
        assert!(begin_deletion(db, &scope, NOW).await.unwrap());
        assert!(!begin_deletion(db, &scope, NOW).await.unwrap(), "only once");
        assert!(matches!(
            public_scope(db, "adatum", PublicSiteGrant::for_tests()).await,
            Err(AppError::NotFound)
        ));
        let marked = find_tenant_by_alias(db, &adatum.alias)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(marked.status, TenantStatus::Deleting);

        // A runner claims it and "crashes" after one batch.
        let purge = claim_purge(db, NOW, PURGE_LEASE_MS)
            .await
            .unwrap()
            .expect("queued");
        assert_eq!(purge.tenant, adatum.id);
        let outcome = run_purge(db, &services, &purge, Some(1)).await.unwrap();
        assert_eq!(outcome, PurgeOutcome::Interrupted);
        let left = remaining_rows(db, adatum.id).await.unwrap();
        assert!(left > 0, "the crash left work to do");
        assert!(
            claim_purge(db, NOW, PURGE_LEASE_MS)
                .await
                .unwrap()
                .is_none(),
            "claimed while the lease runs"
        );

        // After the lease, the next run resumes and finishes it.
        // Progress reports renew the lease from the real clock.
        let later = UnixMillis(UnixMillis::now().0 + PURGE_LEASE_MS + 1);
        let again = claim_purge(db, later, PURGE_LEASE_MS)
            .await
            .unwrap()
            .expect("re-claimed");
        assert_eq!(again.attempts, 2);
        assert_eq!(
            run_purge(db, &services, &again, None).await.unwrap(),
            PurgeOutcome::Finished
        );
        assert_eq!(remaining_rows(db, adatum.id).await.unwrap(), 0);
        assert_eq!(
            blob_count(&blobs, &format!("tenants/{}", adatum.id.0)).await,
            0
        );
        assert!(!export_database_exists(db, &adatum, &dir.path().join("exports")).await);
        let record = find_purge(db, adatum.id).await.unwrap().unwrap();
        assert_eq!(record.status, PurgeStatus::Succeeded);
        // A logo, 30 submissions, 2 surveys and the tenant row.
        assert_eq!(record.removed_items, 1 + 30 + 2 + 1, "{record:?}");
        assert!(
            find_tenant_by_alias(db, &adatum.alias)
                .await
                .unwrap()
                .is_none()
        );

        // Running it once more changes nothing; the other tenant is intact.
        assert_eq!(
            run_purge(db, &services, &again, None).await.unwrap(),
            PurgeOutcome::Finished
        );
        assert_eq!(
            remaining_rows(db, fabrikam.id).await.unwrap(),
            fabrikam_rows
        );
        assert_eq!(
            blob_count(&blobs, &format!("tenants/{}", fabrikam.id.0)).await,
            1
        );
        assert!(export_database_exists(db, &fabrikam, &dir.path().join("exports")).await);
        public_scope(db, "fabrikam", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        // The alias is free again.
        tenant(db, "adatum", TenantStatus::Active).await;
    });
}

#[tokio::test]
async fn usage_counts_each_month_from_known_data() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let fabrikam = tenant(db, "fabrikam", TenantStatus::Active).await;
        published_survey(db, &adatum, "feedback", NOW.plus_days(20)).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        let user = NewLocalUser {
            email: Email::parse("admin@adatum.example").unwrap(),
            display_name: "Admin".into(),
            role: Role::Administrator,
            password_hash: "x".into(),
        };
        create_local_user(db, &scope, &user, None, NOW)
            .await
            .unwrap();
        let hour = 3_600_000;
        submit(db, &adatum, "feedback", 1, UnixMillis(NOW.0 + hour)).await;
        submit(db, &adatum, "feedback", 2, UnixMillis(NOW.0 + 2 * hour)).await;
        // 2026-12-02: the next month.
        submit(db, &adatum, "feedback", 3, NOW.plus_days(10)).await;

        let november = BillingMonth::parse("2026-11").unwrap();
        let rows = usage_for_month(db, november.start(), november.end())
            .await
            .unwrap();
        assert_eq!(rows.len(), 2);
        let row = rows.iter().find(|r| r.tenant.id == adatum.id).unwrap();
        // Each submission: a rating and a choice (8 bytes each) and
        // "Answer n" (8 bytes of text + 8), sealed but billed as plain.
        assert_eq!(
            (
                row.responses,
                row.surveys_published,
                row.active_surveys,
                row.users,
                row.answer_bytes
            ),
            (2, 1, 1, 1, 64)
        );
        let idle = rows.iter().find(|r| r.tenant.id == fabrikam.id).unwrap();
        assert_eq!(
            (
                idle.responses,
                idle.active_surveys,
                idle.users,
                idle.answer_bytes
            ),
            (0, 0, 0, 0)
        );

        let december = november.next();
        let rows = usage_for_month(db, december.start(), december.end())
            .await
            .unwrap();
        let row = rows.iter().find(|r| r.tenant.id == adatum.id).unwrap();
        assert_eq!(
            (
                row.responses,
                row.surveys_published,
                row.active_surveys,
                row.users,
                row.answer_bytes
            ),
            (1, 0, 1, 1, 96)
        );
        // Before the tenants existed there is nothing to bill.
        let october = november.previous();
        assert!(
            usage_for_month(db, october.start(), october.end())
                .await
                .unwrap()
                .is_empty()
        );
    });
}

#[tokio::test]
async fn tenant_changes_reach_this_instance_at_once_and_another_within_seconds() {
    on_each_database!(|db, url| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let other = Database::connect(url).await.unwrap();
        tokio::spawn(listen_for_tenant_changes(other.clone()));
        // Both instances have the active tenant cached.
        public_scope(db, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        public_scope(&other, "adatum", PublicSiteGrant::for_tests())
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;

        let changes = TenantChanges {
            name: adatum.name.clone(),
            plan: adatum.plan,
            status: TenantStatus::Suspended,
            region: adatum.region.clone(),
            limits: LimitOverrides {
                max_active_surveys: Some(3),
                max_users: None,
                monthly_responses: None,
            },
            contact_email: String::new(),
        };
        update_tenant(
            db,
            adatum.id,
            &changes,
            None,
            app::storage::plan_changes::ChangedBy::tailspin("tests"),
        )
        .await
        .unwrap()
        .unwrap();
        assert!(
            matches!(
                public_scope(db, "adatum", PublicSiteGrant::for_tests()).await,
                Err(AppError::NotFound)
            ),
            "this instance sees the suspension at once"
        );
        let seen = find_tenant_by_alias(db, &adatum.alias)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(seen.max_active_surveys(), 3);
        assert_eq!(seen.max_users(), Plan::Standard.max_users());

        // PostgreSQL announces it; SQLite has a single serving instance,
        // where the time-to-live still bounds staleness.
        let deadline = match db.backend() {
            app::storage::Backend::Postgres => Duration::from_secs(2),
            app::storage::Backend::Sqlite => {
                app::storage::tenant_cache::TENANT_CACHE_TTL + Duration::from_secs(1)
            }
        };
        let started = std::time::Instant::now();
        while public_scope(&other, "adatum", PublicSiteGrant::for_tests())
            .await
            .is_ok()
        {
            assert!(
                started.elapsed() < deadline,
                "the other instance still serves the old status"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        other.close().await;
    });
}

/// A paid sign-up nobody activates does not hold its alias forever; a
/// subscriber a Tailspin administrator added, or one that was ever active,
/// is never expired.
#[tokio::test]
async fn pending_sign_ups_expire_and_free_their_alias() {
    on_each_database!(|db| {
        let waiting = tenant(db, "waiting", TenantStatus::PendingActivation).await;
        app::storage::tenants::mark_awaiting_first_activation(db, waiting.id)
            .await
            .unwrap();
        // Added by an administrator without activating: not a sign-up.
        tenant(db, "added", TenantStatus::PendingActivation).await;
        // Signed up, activated, later set back to pending.
        let returning = tenant(db, "returning", TenantStatus::PendingActivation).await;
        app::storage::tenants::mark_awaiting_first_activation(db, returning.id)
            .await
            .unwrap();
        for (from, to) in [
            (TenantStatus::PendingActivation, TenantStatus::Active),
            (TenantStatus::Active, TenantStatus::Suspended),
            (TenantStatus::Suspended, TenantStatus::PendingActivation),
        ] {
            app::storage::tenants::change_tenant_status(db, returning.id, &[from], to, None)
                .await
                .unwrap()
                .unwrap();
        }
        let week = app::services::jobs::DEFAULT_PENDING_SIGNUP_MS;
        let expire = |days: i64| {
            app::services::lifecycle::expire_pending_signups(
                db,
                week,
                UnixMillis(NOW.0 + days * 86_400_000),
            )
        };
        assert_eq!(expire(6).await.unwrap(), 0, "still within the week");
        assert_eq!(expire(8).await.unwrap(), 1, "only the unactivated sign-up");
        let status = |alias: &'static str| async move {
            app::storage::tenants::find_tenant_by_alias(db, &TenantAlias::parse(alias).unwrap())
                .await
                .unwrap()
                .map(|t| t.status)
        };
        assert_eq!(status("waiting").await, Some(TenantStatus::Deleting));
        assert_eq!(status("added").await, Some(TenantStatus::PendingActivation));
        assert_eq!(
            status("returning").await,
            Some(TenantStatus::PendingActivation)
        );
        assert_eq!(expire(9).await.unwrap(), 0, "expired once");
    });
}
