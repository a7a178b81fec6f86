//! Plan changes: the record billing reads (platform data), what a plan
//! change must wait for (open surveys and users over the new limits), and
//! a change of plan (an upgrade by a tenant's own Administrator, or any
//! move by Tailspin), in one transaction with everything that goes with it.

use super::database::{Database, with_pool};
use super::outgoing_mail::{NewMail, queue_mail_in};
use super::password_resets::NewLink;
use crate::auth::scope::TenantScope;
use crate::domain::{Email, Plan, PlanChange, ProviderSettings, TenantAlias, UnixMillis, UserId};

pub use super::plan_record::ChangedBy;
use super::plan_record::{LOCK_TENANT, RECORD_CHANGE};

#[derive(sqlx::FromRow)]
struct PlanChangeRow {
    alias: String,
    name: String,
    from_plan: String,
    to_plan: String,
    changed_at: i64,
    changed_by: String,
    by_tailspin: bool,
}

impl PlanChangeRow {
    fn into_change(self) -> Result<PlanChange, sqlx::Error> {
        let corrupt =
            |what: &str| sqlx::Error::Decode(format!("invalid plan change {what}").into());
        Ok(PlanChange {
            alias: TenantAlias::parse(&self.alias).map_err(|_| corrupt("alias"))?,
            name: self.name,
            from: Plan::from_code(&self.from_plan).ok_or_else(|| corrupt("from"))?,
            to: Plan::from_code(&self.to_plan).ok_or_else(|| corrupt("to"))?,
            at: UnixMillis(self.changed_at),
            by: self.changed_by,
            by_tailspin: self.by_tailspin,
        })
    }
}

const CHANGE_COLUMNS: &str =
    "t.alias, t.name, c.from_plan, c.to_plan, c.changed_at, c.changed_by, c.by_tailspin";

/// Every tenant's plan changes from `start` until before `end`, oldest
/// first.
pub async fn plan_changes_between(
    db: &Database,
    start: UnixMillis,
    end: UnixMillis,
) -> Result<Vec<PlanChange>, sqlx::Error> {
    let sql = format!(
        "SELECT {CHANGE_COLUMNS} FROM plan_changes c JOIN tenants t ON t.id = c.tenant_id \
         WHERE c.changed_at >= $1 AND c.changed_at < $2 ORDER BY c.changed_at, c.id"
    );
    with_pool!(db, pool => sqlx::query_as::<_, PlanChangeRow>(&sql)
        .bind(start.0)
        .bind(end.0)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(PlanChangeRow::into_change)
        .collect())
}

/// The tenant's own plan changes, newest first.
pub async fn tenant_plan_changes(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<PlanChange>, sqlx::Error> {
    let sql = format!(
        "SELECT {CHANGE_COLUMNS} FROM plan_changes c JOIN tenants t ON t.id = c.tenant_id \
         WHERE c.tenant_id = $1 ORDER BY c.changed_at DESC, c.id DESC LIMIT 50"
    );
    with_pool!(db, pool => sqlx::query_as::<_, PlanChangeRow>(&sql)
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(PlanChangeRow::into_change)
        .collect())
}

/// A survey that counts as open: published and not yet at its end.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct OpenSurvey {
    pub slug: String,
    pub title: String,
}

/// The tenant's open surveys at `now`, by title.
pub async fn open_surveys(
    db: &Database,
    scope: &TenantScope,
    now: UnixMillis,
) -> Result<Vec<OpenSurvey>, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query_as::<_, OpenSurvey>(
        "SELECT slug, title FROM surveys \
         WHERE tenant_id = $1 AND status = 'published' AND expires_at > $2 ORDER BY title, slug",
    )
    .bind(scope.tenant_id().0)
    .bind(now.0)
    .fetch_all(pool)
    .await)
}

/// The owner of a tenant that signed in with one social identity, who
/// keeps the account and will sign in with `email` and a password chosen
/// through `link` (carried by `mail`).
pub struct OwnerToLocalAccount<'a> {
    pub user: UserId,
    pub email: &'a Email,
    pub link: &'a NewLink<'a>,
    pub mail: &'a NewMail,
}

/// A user who keeps their account on a move to passwords, with the link to
/// choose one and the message that carries it.
pub struct PasswordLink<'a> {
    pub user: UserId,
    pub link: NewLink<'a>,
    pub mail: NewMail,
}

/// The one user left on a move to one social identity, who keeps the
/// account (as its Administrator) and signs in with the identity of
/// `social_provider` whose verified email is `email`.
pub struct OwnerToSocialIdentity<'a> {
    pub user: UserId,
    pub email: &'a Email,
    pub social_provider: &'a str,
    pub mail: &'a NewMail,
}

/// What changes with the plan, in its transaction.
pub enum AlongWith<'a> {
    OwnerToLocalAccount(OwnerToLocalAccount<'a>),
    /// The tenant's own provider (its secret sealed for the tenant). The
    /// accounts kept here lose their passwords and keep their emails, by
    /// which their first sign-in through the provider finds them; social
    /// identities, which the provider cannot vouch for, are removed.
    OwnProvider {
        settings: &'a ProviderSettings,
        sealed_secret: &'a str,
    },
    /// The tenant's own provider is forgotten; users with an email keep
    /// their accounts and choose passwords, the others are removed.
    UsersChoosePasswords(&'a [PasswordLink<'a>]),
    OwnerToSocialIdentity(OwnerToSocialIdentity<'a>),
}

/// What a plan change did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpgradeOutcome {
    Upgraded,
    /// The plan was no longer `from`, the tenant not active (for its own
    /// Administrator) or being deleted, or its users not the ones the
    /// change expected: nothing changed.
    Stale,
    /// Another user of the tenant has the owner's new email: nothing
    /// changed.
    EmailTaken,
}

/// Moves the tenant from `from` to `to`, records it, and makes the changes
/// `along` with it, all in one transaction. A tenant's own Administrator
/// changes an active tenant's plan only; Tailspin any but one being
/// deleted.
pub async fn change_plan(
    db: &Database,
    scope: &TenantScope,
    from: Plan,
    to: Plan,
    by: ChangedBy<'_>,
    along: Option<&AlongWith<'_>>,
    now: UnixMillis,
) -> Result<UpgradeOutcome, sqlx::Error> {
    let reopen = super::tenants::reopen_sql("$2", "monthly_responses");
    let update =
        format!("UPDATE tenants SET plan = $2, responses_full_in = {reopen} WHERE id = $1");
    let id = scope.tenant_id().0;
    let outcome: Result<UpgradeOutcome, sqlx::Error> = with_pool!(db, pool => {
        async {
            let mut tx = pool.begin().await?;
            sqlx::query(LOCK_TENANT).bind(id).execute(&mut *tx).await?;
            let recorded = sqlx::query(&if by.tailspin {
                RECORD_CHANGE.to_owned()
            } else {
                format!("{RECORD_CHANGE} AND status = 'active'")
            })
                .bind(id)
                .bind(to.code())
                .bind(now.0)
                .bind(by.who)
                .bind(by.tailspin)
                .bind(Some(from.code()))
                .execute(&mut *tx)
                .await?;
            if recorded.rows_affected() != 1 {
                return Ok(UpgradeOutcome::Stale);
            }
            sqlx::query(&update).bind(id).bind(to.code()).execute(&mut *tx).await?;
            if from.monthly_responses() != to.monthly_responses() {
                // Warnings count against the new limit from its next
                // threshold; a limit of the tenant's own did not change.
                sqlx::query(RESET_WARNINGS)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            match along {
                Some(AlongWith::OwnerToLocalAccount(owner)) => {
                    let converted = sqlx::query(
                        "UPDATE users SET email = $3, password_hash = NULL, issuer = NULL, \
                         subject = NULL, social_provider = NULL WHERE tenant_id = $1 AND id = $2",
                    )
                    .bind(id)
                    .bind(owner.user.0)
                    .bind(owner.email.as_str())
                    .execute(&mut *tx)
                    .await;
                    match converted {
                        Ok(done) if done.rows_affected() == 1 => {}
                        Ok(_) => return Ok(UpgradeOutcome::Stale),
                        Err(error) if super::database::is_unique_violation(&error) => {
                            return Ok(UpgradeOutcome::EmailTaken);
                        }
                        Err(error) => return Err(error),
                    }
                    super::password_resets::insert_link_in!(tx, scope, owner.user, owner.link, now)?;
                    queue_mail_in!(tx, scope.tenant_id(), owner.mail)?;
                }
                Some(AlongWith::OwnProvider {
                    settings,
                    sealed_secret,
                }) => {
                    sqlx::query(super::identity_providers::UPSERT_PROVIDER)
                        .bind(id)
                        .bind(&settings.issuer)
                        .bind(&settings.client_id)
                        .bind(*sealed_secret)
                        .bind(&settings.identifying_claim)
                        .bind(&settings.administrator)
                        .bind(settings.claim_rules.to_text())
                        .bind(now.0)
                        .execute(&mut *tx)
                        .await?;
                    for statement in [
                        "DELETE FROM password_resets WHERE tenant_id = $1",
                        "DELETE FROM users WHERE tenant_id = $1 AND email IS NULL",
                        // A social owner with an email (after a move by
                        // Tailspin) is found by it like everyone else.
                        "UPDATE users SET password_hash = NULL, issuer = NULL, subject = NULL, \
                         social_provider = NULL WHERE tenant_id = $1",
                    ] {
                        sqlx::query(statement).bind(id).execute(&mut *tx).await?;
                    }
                }
                Some(AlongWith::UsersChoosePasswords(links)) => {
                    for statement in [
                        "DELETE FROM tenant_identity_providers WHERE tenant_id = $1",
                        "DELETE FROM password_resets WHERE tenant_id = $1",
                        "DELETE FROM users WHERE tenant_id = $1 AND email IS NULL",
                        "UPDATE users SET password_hash = NULL, issuer = NULL, subject = NULL, \
                         social_provider = NULL WHERE tenant_id = $1",
                    ] {
                        sqlx::query(statement).bind(id).execute(&mut *tx).await?;
                    }
                    for PasswordLink { user, link, mail } in links.iter() {
                        // A user removed meanwhile: the page showed others.
                        if let Err(error) =
                            super::password_resets::insert_link_in!(tx, scope, user, link, now)
                        {
                            return match error {
                                sqlx::Error::Database(e) if e.is_foreign_key_violation() => {
                                    Ok(UpgradeOutcome::Stale)
                                }
                                other => Err(other),
                            };
                        }
                        queue_mail_in!(tx, scope.tenant_id(), mail)?;
                    }
                }
                Some(AlongWith::OwnerToSocialIdentity(owner)) => {
                    let others: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM users WHERE tenant_id = $1 AND id <> $2",
                    )
                    .bind(id)
                    .bind(owner.user.0)
                    .fetch_one(&mut *tx)
                    .await?;
                    let converted = sqlx::query(
                        "UPDATE users SET email = $3, social_provider = $4, role = 'administrator', \
                         password_hash = NULL, issuer = NULL, subject = NULL \
                         WHERE tenant_id = $1 AND id = $2",
                    )
                    .bind(id)
                    .bind(owner.user.0)
                    .bind(owner.email.as_str())
                    .bind(owner.social_provider)
                    .execute(&mut *tx)
                    .await?;
                    if others != 0 || converted.rows_affected() != 1 {
                        return Ok(UpgradeOutcome::Stale);
                    }
                    for statement in [
                        "DELETE FROM tenant_identity_providers WHERE tenant_id = $1",
                        "DELETE FROM password_resets WHERE tenant_id = $1",
                    ] {
                        sqlx::query(statement).bind(id).execute(&mut *tx).await?;
                    }
                    queue_mail_in!(tx, scope.tenant_id(), owner.mail)?;
                }
                None => {}
            }
            tx.commit().await?;
            Ok(UpgradeOutcome::Upgraded)
        }
        .await
    });
    let upgraded = outcome
        .as_ref()
        .is_ok_and(|o| *o == UpgradeOutcome::Upgraded);
    if upgraded && let Err(error) = super::tenants::tenant_changed(db, scope.alias()).await {
        // The change is committed; the caches forget it within seconds.
        tracing::warn!(tenant = %scope.alias(), ?error, "plan changed; announcing it failed");
    }
    let region = db.region(scope)?;
    if upgraded
        && region.region_id().is_some()
        && from.monthly_responses() != to.monthly_responses()
    {
        // The region counts the tenant's responses (and has the new plan
        // from the announcement above).
        with_pool!(region, pool => sqlx::query(RESET_WARNINGS).bind(id).execute(pool).await.map(|_| ()))?;
    }
    outcome
}

/// Warnings count against a new plan's limit from its next threshold; a
/// limit of the tenant's own did not change.
const RESET_WARNINGS: &str = "UPDATE tenant_monthly_usage SET warning_due = 0, warning_sent = 0 \
     WHERE tenant_id = $1 AND (SELECT monthly_responses FROM tenants WHERE id = $1) IS NULL";
