//! Demo data for a fresh installation: Adatum Ltd. (Standard plan) with a
//! published customer-satisfaction survey (stars, one choice, free text) and
//! a published product-feedback survey with one question of every kind, its
//! Administrator and Survey Creator, and a Tailspin administrator.

mod every_kind;
mod translations;

use crate::auth::system_scope;
use crate::domain::{Email, Plan, QuestionKind, Role, Slug, TenantAlias, TenantStatus, UnixMillis};
use crate::error::AppError;
use crate::passwords::hash_password;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::storage::Database;
use crate::storage::drafts::{
    NewQuestion, NewSurvey, append_question, create_draft, create_draft_with_questions,
};
use crate::storage::platform_admins::upsert_platform_admin;
use crate::storage::surveys::publish;
use crate::storage::tenants::{NewTenant, count_tenants, create_tenant};
use crate::storage::users::{NewLocalUser, create_local_user};

pub const DEMO_TENANT: &str = "adatum";
pub const DEMO_SURVEY: &str = "customer-satisfaction";
pub const DEMO_ADMIN: &str = "admin@adatum.example";
pub const DEMO_CREATOR: &str = "creator@adatum.example";
pub const DEMO_OPERATOR: &str = "ops@tailspin.example";
const DEMO_DESCRIPTION: &str = "Tell us how we did. It takes **less than a minute**.";

/// Loads the demo data when the database holds no tenant at all; a database
/// with any data is left untouched. Returns whether anything was loaded.
pub async fn load_demo_data(
    db: &Database,
    password: &str,
    now: UnixMillis,
) -> Result<bool, AppError> {
    if count_tenants(db).await? > 0 {
        return Ok(false);
    }
    let plan = Plan::Standard;
    let tenant = create_tenant(
        db,
        &NewTenant {
            alias: TenantAlias::parse(DEMO_TENANT).expect("valid demo alias"),
            name: "Adatum Ltd.".to_owned(),
            plan,
            status: TenantStatus::Active,
            region: "europe".to_owned(),
            contact_email: DEMO_ADMIN.to_owned(),
            default_language: None,
        },
        now,
    )
    .await?;
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::DemoData));
    let survey = create_draft(
        db,
        &scope,
        &NewSurvey {
            slug: Slug::parse(DEMO_SURVEY).expect("valid demo slug"),
            title: "Customer satisfaction".to_owned(),
            description: DEMO_DESCRIPTION.to_owned(),
            description_html: crate::markdown::render_description(DEMO_DESCRIPTION),
            logic: None,
        },
        now,
    )
    .await?;
    let questions = [
        NewQuestion {
            text: "How satisfied are you with our service overall?".to_owned(),
            required: true,
            kind: QuestionKind::Range {
                low_label: Some("Very unsatisfied".to_owned()),
                high_label: Some("Very satisfied".to_owned()),
            },
        },
        NewQuestion {
            text: "Which channel did you use to contact us?".to_owned(),
            required: true,
            kind: QuestionKind::Choice(crate::domain::ChoiceList {
                options: ["Phone", "Email", "Chat", "In person"]
                    .map(String::from)
                    .to_vec(),
                ..Default::default()
            }),
        },
        NewQuestion {
            text: "What could we do better?".to_owned(),
            required: false,
            kind: QuestionKind::FreeText { max_length: 2000 },
        },
    ];
    for question in &questions {
        append_question(db, &scope, survey, question).await?;
    }
    let slug = Slug::parse(DEMO_SURVEY).expect("valid demo slug");
    if let Some(stored) = crate::storage::surveys::find_survey_by_slug(db, &scope, &slug).await? {
        let languages = translations::demo_languages(&stored.survey);
        crate::storage::survey_languages::save_languages(db, &scope, survey, &languages).await?;
    }
    publish(
        db,
        &scope,
        survey,
        now,
        now.plus_days(plan.max_survey_days()),
    )
    .await?;
    // Made and published a minute earlier, so that the customer-satisfaction
    // survey stays first in the dashboard's and the public page's lists.
    let earlier = UnixMillis(now.0 - 60_000);
    let every_kind = create_draft_with_questions(
        db,
        &scope,
        &NewSurvey {
            slug: Slug::parse(every_kind::SLUG).expect("valid demo slug"),
            title: every_kind::TITLE.to_owned(),
            description: every_kind::DESCRIPTION.to_owned(),
            description_html: crate::markdown::render_description(every_kind::DESCRIPTION),
            logic: None,
        },
        &every_kind::questions(),
        earlier,
    )
    .await?;
    publish(
        db,
        &scope,
        every_kind,
        earlier,
        earlier.plus_days(plan.max_survey_days()),
    )
    .await?;

    let hash = hash_password(password.to_owned()).await?;
    for (email, name, role) in [
        (DEMO_ADMIN, "Ada Administrator", Role::Administrator),
        (DEMO_CREATOR, "Carl Creator", Role::SurveyCreator),
    ] {
        let user = NewLocalUser {
            email: Email::parse(email).expect("valid demo email"),
            display_name: name.to_owned(),
            role,
            password_hash: hash.clone(),
        };
        create_local_user(db, &scope, &user, plan.max_users(), now).await?;
    }
    let ops = Email::parse(DEMO_OPERATOR).expect("valid demo email");
    upsert_platform_admin(db, &ops, &hash, now).await?;
    tracing::info!(
        tenant = DEMO_TENANT,
        survey = DEMO_SURVEY,
        "demo data loaded"
    );
    Ok(true)
}
