//! Plans take a number of responses a month (`Plan::monthly_responses`,
//! or a limit set for the tenant). The submission writer counts and
//! enforces it (`storage::monthly_allowance`); this module shows it on the
//! dashboard and mails the tenant's contact address at 80 % and 100 %,
//! each warning queued once, in the transaction that records it sent.

use super::mail::{MailKind, Mailer, Recipient, Sender, Value, contact_mail_language};
use crate::auth::TenantScope;
use crate::domain::{BillingMonth, MonthlyAllowance, Plan, TenantId, UnixMillis};
use crate::error::AppError;
use crate::i18n::{Arg, Texts, format_percent};
use crate::storage::Database;
use crate::storage::monthly_usage::{
    AllowanceWarning, pending_allowance_warnings, responses_in_month, settle_allowance_warning,
};
use crate::storage::outgoing_mail::NewMail;

/// Warnings queued per run; the rest wait for the next one.
const WARNINGS_PER_RUN: i64 = 50;

/// The tenant's responses this month against its limit.
pub async fn this_month(
    db: &Database,
    scope: &TenantScope,
    now: UnixMillis,
) -> Result<MonthlyAllowance, AppError> {
    let month = BillingMonth::containing(now);
    Ok(MonthlyAllowance {
        month,
        plan: scope.plan(),
        responses: responses_in_month(db, scope, month).await?,
        limit: scope.monthly_responses().map(i64::from),
    })
}

/// Queues the warnings that are due; returns how many it settled.
pub async fn queue_allowance_warnings(
    db: &Database,
    mailer: &Mailer,
    now: UnixMillis,
) -> Result<usize, AppError> {
    let due = pending_allowance_warnings(db, WARNINGS_PER_RUN).await?;
    let mut settled = 0;
    for warning in &due {
        // One that fails is logged and tried again next run; the others go on.
        let queued = match warning_mail(mailer, warning, BillingMonth::containing(now)) {
            Ok(mail) => settle_allowance_warning(db, warning, mail.as_ref())
                .await
                .map(|()| mail.is_some())
                .map_err(AppError::from),
            Err(error) => Err(error),
        };
        match queued {
            Ok(mail) => {
                settled += 1;
                tracing::info!(tenant = %warning.alias, month = %warning.month, level = warning.level, mail, "monthly response warning");
            }
            Err(error) => {
                tracing::error!(tenant = %warning.alias, month = %warning.month, %error, "monthly response warning failed")
            }
        }
    }
    Ok(settled)
}

/// The message for `warning`; none when nobody is to be told, the month is
/// over, or the tenant no longer has a limit.
fn warning_mail(
    mailer: &Mailer,
    warning: &AllowanceWarning,
    current: BillingMonth,
) -> Result<Option<NewMail>, AppError> {
    let month = BillingMonth::parse(&warning.month)
        .map_err(|e| AppError::internal("monthly warning", e))?;
    let plan = Plan::from_code(&warning.plan)
        .ok_or_else(|| AppError::internal("monthly warning", "plan"))?;
    let limit = warning
        .monthly_responses
        .or(plan.monthly_responses().map(i64::from));
    let (Some(limit), false, true) = (limit, warning.contact_email.is_empty(), month == current)
    else {
        return Ok(None);
    };
    let language = contact_mail_language(warning.contact_language.as_deref());
    let texts = Texts::new(language);
    let resumes_on = texts.long_date_of(&month.end().date_string());
    let month_name = texts.format(
        "mail-billing-month",
        &[
            (
                "month",
                Arg::Text(texts.get(&format!("month-{}", month.month()))),
            ),
            ("year", Arg::Text(month.year().to_string())),
        ],
    );
    let percent = format_percent(language, warning.level as f64 / 100.0);
    let plan_name = texts.get(plan.label_key());
    let link = mailer.link(&format!("/t/{}", warning.alias));
    mailer
        .seal_message(
            TenantId(warning.tenant_id),
            &Sender {
                tenant_name: &warning.tenant_name,
                logo_url: None,
            },
            MailKind::MonthlyLimitWarning,
            // Per limit too: a raised limit warns again at its thresholds.
            format!(
                "monthly_limit:{}:{}:{limit}:{}",
                warning.tenant_id, warning.month, warning.level
            ),
            Recipient::new(&warning.contact_email, language),
            &[
                ("level", Value::Number(warning.level as f64)),
                ("percent", Value::Text(&percent)),
                ("tenant_name", Value::Text(&warning.tenant_name)),
                (
                    "responses",
                    Value::Number(warning.responses.min(limit) as f64),
                ),
                ("limit", Value::Number(limit as f64)),
                ("plan", Value::Text(&plan_name)),
                ("month", Value::Text(&month_name)),
                ("resumes_on", Value::Text(&resumes_on)),
                ("link", Value::Link(&link)),
            ],
        )
        .map(Some)
}
