//! Demo data for a fresh installation: Adatum Ltd. (Standard plan) with a
//! published customer-satisfaction survey that has one question of each type.

use crate::auth::{SystemTask, system_scope};
use crate::domain::{Plan, QuestionKind, Slug, TenantAlias, TenantStatus, UnixMillis};
use crate::storage::Database;
use crate::storage::surveys::{NewQuestion, NewSurvey, append_question, create_draft, publish};
use crate::storage::tenants::{NewTenant, count_tenants, create_tenant};

pub const DEMO_TENANT: &str = "adatum";
pub const DEMO_SURVEY: &str = "customer-satisfaction";

/// Loads the demo data when the database holds no tenant at all; a database
/// with any data is left untouched. Returns whether anything was loaded.
pub async fn load_demo_data(db: &Database, now: UnixMillis) -> Result<bool, sqlx::Error> {
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
        },
        now,
    )
    .await?;
    let scope = system_scope(&tenant, SystemTask::DemoData);
    let survey = create_draft(
        db,
        &scope,
        &NewSurvey {
            slug: Slug::parse(DEMO_SURVEY).expect("valid demo slug"),
            title: "Customer satisfaction".to_owned(),
            description: "Tell us how we did. It takes less than a minute.".to_owned(),
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
            kind: QuestionKind::Choice {
                options: ["Phone", "Email", "Chat", "In person"]
                    .map(String::from)
                    .to_vec(),
            },
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
    publish(
        db,
        &scope,
        survey,
        now,
        now.plus_days(plan.max_survey_days()),
    )
    .await?;
    tracing::info!(
        tenant = DEMO_TENANT,
        survey = DEMO_SURVEY,
        "demo data loaded"
    );
    Ok(true)
}
