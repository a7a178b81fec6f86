//! Users, Tailspin administrators and signing in.

use app::auth::{
    MAX_FAILURES_PER_ACCOUNT, Principal, SignInOutcome, sign_in_platform_admin, sign_in_tenant_user,
};
use app::domain::{Email, Role};
use app::passwords::hash_password;
use app::storage::platform_admins::upsert_platform_admin;
use app::storage::users::{
    CreateUserOutcome, NewLocalUser, create_local_user, find_user, list_users, set_password_hash,
};

use crate::support::*;

const PASSWORD: &str = "a long enough password";

async fn local_user(
    db: &Database,
    scope: &TenantScope,
    email: &str,
    role: Role,
) -> CreateUserOutcome {
    let user = NewLocalUser {
        email: Email::parse(email).unwrap(),
        display_name: email.to_owned(),
        role,
        password_hash: hash_password(PASSWORD.to_owned()).await.unwrap(),
    };
    create_local_user(db, scope, &user, scope.plan().max_users(), NOW)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_plan_limits_the_number_of_users_and_emails_are_unique() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        assert_eq!(scope.plan(), Plan::Standard);
        let CreateUserOutcome::Created(first) =
            local_user(db, &scope, "admin@adatum.example", Role::Administrator).await
        else {
            panic!("first user not created")
        };
        assert_eq!(
            local_user(db, &scope, "ADMIN@adatum.example", Role::SurveyCreator).await,
            CreateUserOutcome::EmailTaken
        );
        for n in 2..=5 {
            let outcome = local_user(
                db,
                &scope,
                &format!("user{n}@adatum.example"),
                Role::SurveyCreator,
            )
            .await;
            assert!(
                matches!(outcome, CreateUserOutcome::Created(_)),
                "{n}: {outcome:?}"
            );
        }
        assert_eq!(
            local_user(db, &scope, "user6@adatum.example", Role::SurveyCreator).await,
            CreateUserOutcome::LimitReached
        );
        let users = list_users(db, &scope).await.unwrap();
        assert_eq!(users.len(), 5);
        assert_eq!(users[0].id, first);
        assert_eq!(users[0].role, Role::Administrator);

        // Another tenant cannot see or change these users.
        let other = system_scope(
            &tenant(db, "fabrikam", TenantStatus::Active).await,
            SystemGrant::for_tests(SystemTask::Onboarding),
        );
        assert_eq!(find_user(db, &other, first).await.unwrap(), None);
        assert!(!set_password_hash(db, &other, first, "x").await.unwrap());
        assert!(list_users(db, &other).await.unwrap().is_empty());
    });
}

#[tokio::test]
async fn tenant_users_sign_in_with_their_password() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        let CreateUserOutcome::Created(id) =
            local_user(db, &scope, "creator@adatum.example", Role::SurveyCreator).await
        else {
            panic!("user not created")
        };
        let outcome = sign_in_tenant_user(
            db,
            "adatum",
            " Creator@Adatum.example",
            PASSWORD,
            "127.0.0.1",
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(
            outcome,
            SignInOutcome::SignedIn(Principal::TenantUser {
                tenant: adatum.id,
                user: id
            })
        );
        for (email, password) in [
            ("creator@adatum.example", "wrong password!"),
            ("nobody@adatum.example", PASSWORD),
            ("not an email", PASSWORD),
        ] {
            let outcome = sign_in_tenant_user(db, "adatum", email, password, "127.0.0.1", NOW)
                .await
                .unwrap();
            assert_eq!(outcome, SignInOutcome::WrongCredentials, "{email}");
        }
        // The account exists in adatum only.
        tenant(db, "fabrikam", TenantStatus::Active).await;
        let elsewhere = sign_in_tenant_user(
            db,
            "fabrikam",
            "creator@adatum.example",
            PASSWORD,
            "127.0.0.1",
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(elsewhere, SignInOutcome::WrongCredentials);
        assert_eq!(
            sign_in_tenant_user(
                db,
                "nobody",
                "creator@adatum.example",
                PASSWORD,
                "127.0.0.1",
                NOW
            )
            .await,
            Err(AppError::NotFound)
        );
    });
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_account_and_per_address() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        local_user(db, &scope, "admin@adatum.example", Role::Administrator).await;
        for _ in 0..MAX_FAILURES_PER_ACCOUNT {
            let outcome = sign_in_tenant_user(
                db,
                "adatum",
                "admin@adatum.example",
                "guess guess guess",
                "10.0.0.1",
                NOW,
            )
            .await
            .unwrap();
            assert_eq!(outcome, SignInOutcome::WrongCredentials);
        }
        // Even the right password waits now, from any address.
        let outcome = sign_in_tenant_user(
            db,
            "adatum",
            "admin@adatum.example",
            PASSWORD,
            "10.0.0.2",
            NOW,
        )
        .await
        .unwrap();
        assert!(
            matches!(outcome, SignInOutcome::TooManyAttempts { .. }),
            "{outcome:?}"
        );
        // After the window it works again.
        let later = UnixMillis(NOW.0 + app::auth::FAILURE_WINDOW_MS + 1);
        let outcome = sign_in_tenant_user(
            db,
            "adatum",
            "admin@adatum.example",
            PASSWORD,
            "10.0.0.2",
            later,
        )
        .await
        .unwrap();
        assert!(matches!(outcome, SignInOutcome::SignedIn(_)), "{outcome:?}");

        // One address guessing many accounts is stopped too.
        for n in 0..app::auth::MAX_FAILURES_PER_ADDRESS {
            sign_in_tenant_user(
                db,
                "adatum",
                &format!("guess{n}@adatum.example"),
                "nope nope nope",
                "10.0.0.9",
                later,
            )
            .await
            .unwrap();
        }
        let outcome = sign_in_tenant_user(
            db,
            "adatum",
            "admin@adatum.example",
            PASSWORD,
            "10.0.0.9",
            later,
        )
        .await
        .unwrap();
        assert!(
            matches!(outcome, SignInOutcome::TooManyAttempts { .. }),
            "{outcome:?}"
        );
    });
}

/// Attempts sent at the same moment cannot all pass one check together:
/// each is recorded before its password is checked and judged by those
/// recorded before it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simultaneous_guesses_do_not_all_get_through() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        local_user(db, &scope, "admin@adatum.example", Role::Administrator).await;
        let attempts = (0..20).map(|_| {
            sign_in_tenant_user(
                db,
                "adatum",
                "admin@adatum.example",
                "guess guess guess",
                "10.0.0.66",
                NOW,
            )
        });
        let outcomes = futures_util::future::join_all(attempts).await;
        let checked = outcomes
            .iter()
            .filter(|o| matches!(o, Ok(SignInOutcome::WrongCredentials)))
            .count();
        // Five free attempts; PostgreSQL may let one or two more through
        // when their inserts commit out of order.
        assert!(
            checked <= 7,
            "{checked} of 20 simultaneous guesses were checked"
        );
        assert!(outcomes.iter().all(Result::is_ok), "{outcomes:?}");
    });
}

/// Guessing from one address cannot lock the owner out: from their own
/// address they wait at most `ACCOUNT_DELAY_CAP_MS`, while the guessing
/// address keeps waiting.
#[tokio::test]
async fn guessing_slows_the_guesser_and_never_locks_the_owner_out() {
    on_each_database!(|db| {
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        let scope = system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding));
        local_user(db, &scope, "admin@adatum.example", Role::Administrator).await;
        let mut now = NOW;
        let mut refused = 0;
        let mut last_failure = NOW;
        for _ in 0..40 {
            let outcome = sign_in_tenant_user(
                db,
                "adatum",
                "admin@adatum.example",
                "guess guess guess",
                "10.0.0.66",
                now,
            )
            .await
            .unwrap();
            match outcome {
                SignInOutcome::TooManyAttempts { retry_after_secs } => {
                    refused += 1;
                    assert!(retry_after_secs >= 1);
                }
                _ => last_failure = now,
            }
            now = UnixMillis(now.0 + 1_000);
        }
        assert!(
            refused > 20,
            "the guessing address was slowed down ({refused} refused)"
        );
        // The account waits at most its cap after the last failure; the
        // guessing address longer, its delay having doubled past the cap.
        let owner_at = UnixMillis(last_failure.0 + app::auth::ACCOUNT_DELAY_CAP_MS);
        let outcome = sign_in_tenant_user(
            db,
            "adatum",
            "admin@adatum.example",
            PASSWORD,
            "10.0.0.7",
            owner_at,
        )
        .await
        .unwrap();
        assert!(matches!(outcome, SignInOutcome::SignedIn(_)), "{outcome:?}");
        let outcome = sign_in_tenant_user(
            db,
            "adatum",
            "admin@adatum.example",
            "guess guess guess",
            "10.0.0.66",
            owner_at,
        )
        .await
        .unwrap();
        assert!(
            matches!(outcome, SignInOutcome::TooManyAttempts { .. }),
            "{outcome:?}"
        );
    });
}

#[tokio::test]
async fn tailspin_administrators_sign_in_separately() {
    on_each_database!(|db| {
        let email = Email::parse("ops@tailspin.example").unwrap();
        let first = upsert_platform_admin(
            db,
            &email,
            &hash_password("first password!".into()).await.unwrap(),
            NOW,
        )
        .await
        .unwrap();
        // Re-running the command replaces the password of the same account.
        let again = upsert_platform_admin(
            db,
            &email,
            &hash_password(PASSWORD.into()).await.unwrap(),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(first, again);
        let outcome =
            sign_in_platform_admin(db, "ops@tailspin.example", PASSWORD, "127.0.0.1", NOW)
                .await
                .unwrap();
        assert_eq!(
            outcome,
            SignInOutcome::SignedIn(Principal::PlatformAdmin { admin: first })
        );
        let outcome = sign_in_platform_admin(
            db,
            "ops@tailspin.example",
            "first password!",
            "127.0.0.1",
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(outcome, SignInOutcome::WrongCredentials);
        // A tenant account is not a Tailspin administrator.
        let adatum = tenant(db, "adatum", TenantStatus::Active).await;
        local_user(
            db,
            &system_scope(&adatum, SystemGrant::for_tests(SystemTask::Onboarding)),
            "admin@adatum.example",
            Role::Administrator,
        )
        .await;
        let outcome =
            sign_in_platform_admin(db, "admin@adatum.example", PASSWORD, "127.0.0.1", NOW)
                .await
                .unwrap();
        assert_eq!(outcome, SignInOutcome::WrongCredentials);
    });
}
