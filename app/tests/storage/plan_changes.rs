//! Plan changes on both engines: only a real change is recorded, an
//! upgrade from a plan the tenant no longer has changes nothing, the owner
//! of a social-identity tenant becomes an account with a password link in
//! the same transaction (or nothing happens), and what a smaller plan
//! requires first is named.

use app::domain::{Email, Role, UnixMillis, UserId};
use app::storage::outgoing_mail::{NewMail, recent_mail};
use app::storage::password_resets::{LinkPurpose, NewLink, latest_reset};
use app::storage::plan_changes::{
    AlongWith, ChangedBy, OwnerToLocalAccount, UpgradeOutcome, change_plan, plan_changes_between,
    tenant_plan_changes,
};
use app::storage::tenants::{LimitOverrides, TenantChanges, find_tenant_by_id, update_tenant};
use app::storage::users::{
    CreateUserOutcome, FederatedIdentity, NewFederatedUser, NewLocalUser, create_federated_user,
    create_local_user, find_user,
};

use crate::support::*;

const OWNER: ChangedBy<'static> = ChangedBy {
    who: "sam",
    tailspin: false,
};

async fn tenant_on(db: &Database, alias: &str, plan: Plan) -> TenantRecord {
    create_tenant(
        db,
        &NewTenant {
            alias: TenantAlias::parse(alias).unwrap(),
            name: format!("{alias} Ltd."),
            plan,
            status: TenantStatus::Active,
            region: "europe".into(),
            contact_email: String::new(),
            default_language: None,
        },
        NOW,
    )
    .await
    .unwrap()
}

fn scope_of(tenant: &TenantRecord) -> TenantScope {
    system_scope(tenant, SystemGrant::for_tests(SystemTask::Onboarding))
}

async fn social_owner(db: &Database, scope: &TenantScope) -> UserId {
    let user = NewFederatedUser {
        identity: FederatedIdentity {
            issuer: "https://social.example".into(),
            subject: "sam".into(),
            social_provider: Some("social".into()),
        },
        display_name: "Sam".into(),
        role: Role::Administrator,
    };
    match create_federated_user(db, scope, &user, None, NOW)
        .await
        .unwrap()
    {
        CreateUserOutcome::Created(id) => id,
        other => panic!("{other:?}"),
    }
}

fn mail(recipient: &str) -> NewMail {
    NewMail {
        idempotency_key: format!("plan-password:{recipient}"),
        kind: "plan_password",
        recipient: recipient.into(),
        subject: "Choose a password".into(),
        sealed_body: "sealed".into(),
        created_at: NOW,
    }
}

#[tokio::test]
async fn only_a_new_plan_is_recorded_with_who_changed_it() {
    on_each_database!(|db| {
        let tenant = tenant_on(db, "northwind", Plan::Trial).await;
        let changes = |plan| TenantChanges {
            name: tenant.name.clone(),
            plan,
            status: TenantStatus::Active,
            region: tenant.region.clone(),
            limits: LimitOverrides::default(),
            contact_email: String::new(),
        };
        let ops = ChangedBy {
            who: "ops@tailspin.example",
            tailspin: true,
        };
        update_tenant(db, tenant.id, &changes(Plan::Trial), None, ops)
            .await
            .unwrap()
            .unwrap();
        let scope = scope_of(&tenant);
        assert!(tenant_plan_changes(db, &scope).await.unwrap().is_empty());
        update_tenant(db, tenant.id, &changes(Plan::Individual), None, ops)
            .await
            .unwrap()
            .unwrap();
        let history = tenant_plan_changes(db, &scope).await.unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(
            (history[0].from, history[0].to, history[0].by.as_str()),
            (Plan::Trial, Plan::Individual, "ops@tailspin.example")
        );
        assert!(history[0].by_tailspin);
        let all = plan_changes_between(db, UnixMillis(0), UnixMillis(i64::MAX))
            .await
            .unwrap();
        assert_eq!(all, history);
        // Outside the month asked for, nothing.
        let before = plan_changes_between(db, UnixMillis(0), UnixMillis(1))
            .await
            .unwrap();
        assert!(before.is_empty());
    });
}

#[tokio::test]
async fn an_upgrade_from_a_plan_no_longer_held_changes_nothing() {
    on_each_database!(|db| {
        let tenant = tenant_on(db, "northwind", Plan::Trial).await;
        let scope = scope_of(&tenant);
        let upgraded = change_plan(db, &scope, Plan::Trial, Plan::Individual, OWNER, None, NOW)
            .await
            .unwrap();
        assert_eq!(upgraded, UpgradeOutcome::Upgraded);
        // A second form sent from a page that still showed Trial.
        let stale = change_plan(db, &scope, Plan::Trial, Plan::Premium, OWNER, None, NOW)
            .await
            .unwrap();
        assert_eq!(stale, UpgradeOutcome::Stale);
        let now = find_tenant_by_id(db, tenant.id).await.unwrap().unwrap();
        assert_eq!(now.plan, Plan::Individual);
        assert_eq!(tenant_plan_changes(db, &scope).await.unwrap().len(), 1);
    });
}

#[tokio::test]
async fn the_social_owner_becomes_an_account_with_a_link_in_the_same_transaction() {
    on_each_database!(|db| {
        let tenant = tenant_on(db, "contoso", Plan::Individual).await;
        let scope = scope_of(&tenant);
        let owner = social_owner(db, &scope).await;
        let email = Email::parse("sam@contoso.example").unwrap();
        let link = NewLink {
            token_hash: "hash-of-the-token",
            purpose: LinkPurpose::Invitation,
            expires_at: UnixMillis(NOW.0 + 1_000),
        };
        let message = mail(email.as_str());
        let conversion = AlongWith::OwnerToLocalAccount(OwnerToLocalAccount {
            user: owner,
            email: &email,
            link: &link,
            mail: &message,
        });
        let outcome = change_plan(
            db,
            &scope,
            Plan::Individual,
            Plan::Standard,
            OWNER,
            Some(&conversion),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(outcome, UpgradeOutcome::Upgraded);
        let user = find_user(db, &scope, owner).await.unwrap().unwrap();
        assert_eq!(user.email.as_ref(), Some(&email));
        assert_eq!(user.federated, None);
        assert_eq!(user.password_hash, None);
        assert_eq!(user.role, Role::Administrator);
        let reset = latest_reset(db, &scope, owner).await.unwrap().unwrap();
        assert_eq!(reset.purpose, LinkPurpose::Invitation);
        let queued = recent_mail(db, 10).await.unwrap();
        assert!(queued.iter().any(|m| m.recipient == "sam@contoso.example"));
    });
}

#[tokio::test]
async fn an_email_someone_else_has_leaves_plan_owner_and_mail_as_they_were() {
    on_each_database!(|db| {
        let tenant = tenant_on(db, "contoso", Plan::Trial).await;
        let scope = scope_of(&tenant);
        let owner = social_owner(db, &scope).await;
        let taken = Email::parse("kim@contoso.example").unwrap();
        let other = NewLocalUser {
            email: taken.clone(),
            display_name: "Kim".into(),
            role: Role::SurveyCreator,
            password_hash: "x".into(),
        };
        create_local_user(db, &scope, &other, None, NOW)
            .await
            .unwrap();
        let link = NewLink {
            token_hash: "another-hash",
            purpose: LinkPurpose::Invitation,
            expires_at: UnixMillis(NOW.0 + 1_000),
        };
        let message = mail(taken.as_str());
        let conversion = AlongWith::OwnerToLocalAccount(OwnerToLocalAccount {
            user: owner,
            email: &taken,
            link: &link,
            mail: &message,
        });
        let outcome = change_plan(
            db,
            &scope,
            Plan::Trial,
            Plan::Standard,
            OWNER,
            Some(&conversion),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(outcome, UpgradeOutcome::EmailTaken);
        let now = find_tenant_by_id(db, tenant.id).await.unwrap().unwrap();
        assert_eq!(now.plan, Plan::Trial);
        let user = find_user(db, &scope, owner).await.unwrap().unwrap();
        assert!(user.federated.is_some());
        assert_eq!(user.email, None);
        assert!(latest_reset(db, &scope, owner).await.unwrap().is_none());
        assert!(recent_mail(db, 10).await.unwrap().is_empty());
        assert!(tenant_plan_changes(db, &scope).await.unwrap().is_empty());
    });
}

#[tokio::test]
async fn a_smaller_plan_names_the_surveys_to_close_and_the_users_to_remove() {
    on_each_database!(|db| {
        let tenant = tenant_on(db, "adatum", Plan::Standard).await;
        let scope = scope_of(&tenant);
        let later = UnixMillis(NOW.0 + 86_400_000);
        published_survey(db, &tenant, "first", later).await;
        published_survey(db, &tenant, "second", later).await;
        // Ended already: not open, so nothing to close.
        published_survey(db, &tenant, "ended", UnixMillis(NOW.0 + 1)).await;
        for (n, email) in ["a@adatum.example", "b@adatum.example"].iter().enumerate() {
            let user = NewLocalUser {
                email: Email::parse(email).unwrap(),
                display_name: format!("User {n}"),
                role: Role::Administrator,
                password_hash: "x".into(),
            };
            create_local_user(db, &scope, &user, None, NOW)
                .await
                .unwrap();
        }
        let at = UnixMillis(NOW.0 + 10);
        let fits = app::services::plan_changes::what_must_change_first(
            db,
            &scope,
            Plan::Trial,
            2,
            Some(2),
            at,
        )
        .await
        .unwrap();
        assert!(fits.is_empty(), "{fits:?}");
        let problems = app::services::plan_changes::what_must_change_first(
            db,
            &scope,
            Plan::Trial,
            1,
            Some(1),
            at,
        )
        .await
        .unwrap();
        let said: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[0].contains("close 1 of these first"), "{}", said[0]);
        assert!(
            said[0].contains("(first)") && said[0].contains("(second)"),
            "{}",
            said[0]
        );
        assert!(!said[0].contains("ended"), "{}", said[0]);
        assert!(said[1].contains("remove 1 of these first"), "{}", said[1]);
        assert!(said[1].contains("User 0 (a@adatum.example)"), "{}", said[1]);
    });
}

#[tokio::test]
async fn a_move_to_the_own_provider_keeps_accounts_for_their_first_sign_in_there() {
    use app::storage::identity_providers::find_identity_provider;
    use app::storage::users::{claim_account_by_email, list_users};
    on_each_database!(|db| {
        let tenant = tenant_on(db, "tailwind", Plan::Standard).await;
        let scope = scope_of(&tenant);
        let local = NewLocalUser {
            email: Email::parse("alice@tailwind.example").unwrap(),
            display_name: "Alice".into(),
            role: Role::Administrator,
            password_hash: "argon2-hash".into(),
        };
        create_local_user(db, &scope, &local, None, NOW)
            .await
            .unwrap();
        social_owner(db, &scope).await;
        let settings = tailwind_provider();
        let along = AlongWith::OwnProvider {
            settings: &settings,
            sealed_secret: "sealed",
        };
        let outcome = change_plan(
            db,
            &scope,
            Plan::Standard,
            Plan::Premium,
            OWNER,
            Some(&along),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(outcome, UpgradeOutcome::Upgraded);
        let stored = find_identity_provider(db, &scope).await.unwrap().unwrap();
        assert_eq!(stored.settings, settings);
        assert_eq!(stored.client_secret_sealed, "sealed");
        // The social identity went; the account kept here lost its password.
        let users = list_users(db, &scope).await.unwrap();
        assert_eq!(users.len(), 1, "{users:?}");
        assert_eq!(users[0].password_hash, None);
        let kept = users[0].id;
        // Its first sign-in through the provider finds it, once.
        let issuer = "https://login.tailwind.example";
        let found = claim_account_by_email(db, &scope, "alice@tailwind.example", issuer, "a-1")
            .await
            .unwrap();
        assert_eq!(found, Some(kept));
        let again = claim_account_by_email(db, &scope, "alice@tailwind.example", issuer, "a-2")
            .await
            .unwrap();
        assert_eq!(again, None);
        let user = find_user(db, &scope, kept).await.unwrap().unwrap();
        assert_eq!(user.federated.unwrap().subject, "a-1");
    });
}

/// The provider settings of the tailwind tests.
fn tailwind_provider() -> app::domain::ProviderSettings {
    app::domain::ProviderSettings::parse(&app::domain::ProviderSettingsInput {
        issuer: "https://login.tailwind.example".into(),
        client_id: "tailspin".into(),
        identifying_claim: String::new(),
        administrator: "alice@tailwind.example".into(),
        claim_rules: String::new(),
    })
    .unwrap()
}

const TAILSPIN: ChangedBy<'static> = ChangedBy {
    who: "ops@tailspin.example",
    tailspin: true,
};

async fn local_user(db: &Database, scope: &TenantScope, email: &str) -> UserId {
    let user = NewLocalUser {
        email: Email::parse(email).unwrap(),
        display_name: email.split('@').next().unwrap().into(),
        role: Role::SurveyCreator,
        password_hash: "argon2-hash".into(),
    };
    match create_local_user(db, scope, &user, None, NOW)
        .await
        .unwrap()
    {
        CreateUserOutcome::Created(id) => id,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_move_to_one_social_identity_keeps_the_only_user_found_by_email() {
    use app::storage::plan_changes::OwnerToSocialIdentity;
    use app::storage::users::{claim_social_account, delete_user, find_federated_user};
    on_each_database!(|db| {
        let tenant = tenant_on(db, "tailwind", Plan::Standard).await;
        let scope = scope_of(&tenant);
        let alice = local_user(db, &scope, "alice@tailwind.example").await;
        let bob = local_user(db, &scope, "bob@tailwind.example").await;
        let email = Email::parse("alice@social.example").unwrap();
        let message = mail(email.as_str());
        let along = AlongWith::OwnerToSocialIdentity(OwnerToSocialIdentity {
            user: alice,
            email: &email,
            social_provider: "social",
            mail: &message,
        });
        let move_now = || {
            change_plan(
                db,
                &scope,
                Plan::Standard,
                Plan::Individual,
                TAILSPIN,
                Some(&along),
                NOW,
            )
        };
        // Another user still there: nothing changes.
        assert_eq!(move_now().await.unwrap(), UpgradeOutcome::Stale);
        let unchanged = find_user(db, &scope, alice).await.unwrap().unwrap();
        assert_eq!(unchanged.password_hash.as_deref(), Some("argon2-hash"));
        assert_eq!(
            find_tenant_by_id(db, tenant.id)
                .await
                .unwrap()
                .unwrap()
                .plan,
            Plan::Standard
        );
        assert!(recent_mail(db, 10).await.unwrap().is_empty());

        assert!(delete_user(db, &scope, bob).await.unwrap());
        assert_eq!(move_now().await.unwrap(), UpgradeOutcome::Upgraded);
        let owner = find_user(db, &scope, alice).await.unwrap().unwrap();
        assert_eq!(owner.email.as_ref(), Some(&email));
        assert_eq!(owner.password_hash, None);
        assert_eq!(owner.role, Role::Administrator);
        let history = tenant_plan_changes(db, &scope).await.unwrap();
        assert_eq!(
            (history[0].from, history[0].to, history[0].by_tailspin),
            (Plan::Standard, Plan::Individual, true)
        );
        assert!(
            recent_mail(db, 10)
                .await
                .unwrap()
                .iter()
                .any(|m| m.recipient == "alice@social.example")
        );

        // The first sign-in finds the owner by the verified email, through
        // that provider only, and once.
        let issuer = "https://social.example";
        let elsewhere =
            claim_social_account(db, &scope, "other", email.as_str(), issuer, "s-1").await;
        assert_eq!(elsewhere.unwrap(), None);
        let found = claim_social_account(db, &scope, "social", email.as_str(), issuer, "s-1")
            .await
            .unwrap();
        assert_eq!(found, Some(alice));
        let again = claim_social_account(db, &scope, "social", email.as_str(), issuer, "s-2")
            .await
            .unwrap();
        assert_eq!(again, None);
        let by_identity = find_federated_user(db, &scope, issuer, "s-1")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(by_identity.id, alice);

        // Moved on to its own provider, the owner is found there by the
        // same email, like any account kept here.
        let settings = tailwind_provider();
        let along = AlongWith::OwnProvider {
            settings: &settings,
            sealed_secret: "sealed",
        };
        let outcome = change_plan(
            db,
            &scope,
            Plan::Individual,
            Plan::Premium,
            TAILSPIN,
            Some(&along),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(outcome, UpgradeOutcome::Upgraded);
        let found = app::storage::users::claim_account_by_email(
            db,
            &scope,
            email.as_str(),
            "https://login.tailwind.example",
            "p-1",
        )
        .await
        .unwrap();
        assert_eq!(found, Some(alice));
    });
}

#[tokio::test]
async fn a_move_from_the_own_provider_to_passwords_keeps_users_with_an_email() {
    use app::storage::identity_providers::{find_identity_provider, save_identity_provider};
    use app::storage::plan_changes::PasswordLink;
    use app::storage::users::{list_users, record_federated_sign_in};
    on_each_database!(|db| {
        let tenant = tenant_on(db, "tailwind", Plan::Premium).await;
        let scope = scope_of(&tenant);
        let settings = tailwind_provider();
        assert!(
            save_identity_provider(db, &scope, &settings, Some("sealed"), NOW)
                .await
                .unwrap()
        );
        let federated = |subject: &str| NewFederatedUser {
            identity: FederatedIdentity {
                issuer: "https://login.tailwind.example".into(),
                subject: subject.into(),
                social_provider: None,
            },
            display_name: subject.into(),
            role: Role::SurveyCreator,
        };
        let mut ids = Vec::new();
        for subject in ["alice", "bob", "carol"] {
            match create_federated_user(db, &scope, &federated(subject), None, NOW)
                .await
                .unwrap()
            {
                CreateUserOutcome::Created(id) => ids.push(id),
                other => panic!("{other:?}"),
            }
        }
        let (alice, bob, carol) = (ids[0], ids[1], ids[2]);
        // Signing in keeps the verified email, unless another user has it.
        for (user, email) in [
            (alice, "alice@tailwind.example"),
            (bob, "alice@tailwind.example"),
        ] {
            record_federated_sign_in(db, &scope, user, "A", Role::Administrator, Some(email), NOW)
                .await
                .unwrap();
        }
        let mut emails = Vec::new();
        for id in [alice, bob] {
            let user = find_user(db, &scope, id).await.unwrap().unwrap();
            emails.push(user.email.map(|e| e.as_str().to_owned()));
        }
        assert_eq!(emails, [Some("alice@tailwind.example".to_owned()), None]);

        let message = mail("alice@tailwind.example");
        let links = [PasswordLink {
            user: alice,
            link: NewLink {
                token_hash: "alice-link",
                purpose: LinkPurpose::Invitation,
                expires_at: UnixMillis(NOW.0 + 1_000),
            },
            mail: message,
        }];
        let along = AlongWith::UsersChoosePasswords(&links);
        let outcome = change_plan(
            db,
            &scope,
            Plan::Premium,
            Plan::Standard,
            TAILSPIN,
            Some(&along),
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(outcome, UpgradeOutcome::Upgraded);
        assert!(find_identity_provider(db, &scope).await.unwrap().is_none());
        let users = list_users(db, &scope).await.unwrap();
        assert_eq!(users.len(), 1, "bob and carol had no email: {users:?}");
        assert_eq!(users[0].id, alice);
        assert_eq!(users[0].federated, None);
        assert_eq!(users[0].password_hash, None);
        assert_eq!(
            latest_reset(db, &scope, alice)
                .await
                .unwrap()
                .unwrap()
                .purpose,
            LinkPurpose::Invitation
        );
        for gone in [bob, carol] {
            assert!(find_user(db, &scope, gone).await.unwrap().is_none());
        }
        assert_eq!(recent_mail(db, 10).await.unwrap().len(), 1);
    });
}
