use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::new_survey::{CreateSurveyForm, DuplicateSurveyForm};
use super::tenant_brand::TenantLogo;
use super::tenant_nav::TenantNav;
use crate::api::tenant::{Dashboard, SurveyRow, load_dashboard};
use crate::domain::{MonthlyAllowance, SurveyState};
use crate::error::AppError;

/// `/t/{tenant}`: the tenant's surveys, usage of the plan, and where new
/// surveys start.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let dashboard = Resource::new_blocking(tenant, load_dashboard);
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Ok(dashboard) => view! { <DashboardView dashboard /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        let login = format!("/t/{}/login", tenant());
                        view! {
                            <section class="page">
                                <h1>{crate::i18n::tr!("dashboard-sign-in-heading")}</h1>
                                <p><a href=login>{crate::i18n::tr!("dashboard-sign-in-link")}</a></p>
                            </section>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    super::hydration::mark_hydrated();
    let Dashboard {
        tenant_alias,
        tenant_name,
        user_name,
        role,
        plan_label,
        active_surveys,
        max_active_surveys,
        max_survey_days,
        monthly,
        premium,
        surveys,
        branding,
    } = dashboard;
    let empty = surveys.is_empty();
    let (signed_in_before, signed_in_after) = crate::i18n::texts().around(
        "dashboard-signed-in",
        "name",
        &[("role", crate::i18n::Arg::from(role.localized_label()))],
    );
    let rows = surveys
        .into_iter()
        .map(|survey| view! { <SurveyRowView tenant=tenant_alias.clone() survey /> })
        .collect_view();
    view! {
        <PageTitle text=tenant_name.clone() />
        <section class="page dashboard">
            <TenantNav tenant=tenant_alias.clone() tenant_name=tenant_name.clone() current="dashboard"
                admin=role.can_administer_tenant() premium />
            <div class="tenant-heading">
                <TenantLogo branding />
                <h1>{tenant_name.clone()}</h1>
            </div>
            <p class="signed-in">
                {signed_in_before} <strong>{user_name}</strong> {signed_in_after}
            </p>
            <div class="usage">
                <label for="active-surveys">
                    {crate::i18n::tr!(
                        "dashboard-active-surveys",
                        active = active_surveys,
                        max = max_active_surveys,
                        plan = &plan_label,
                    )}
                </label>
                <meter id="active-surveys" min="0" max=max_active_surveys.to_string()
                    value=active_surveys.to_string()>
                    {crate::i18n::tr!("dashboard-count-of", count = active_surveys, total = max_active_surveys)}
                </meter>
                <p class="hint">{crate::i18n::tr!("dashboard-survey-days", days = max_survey_days)}</p>
                <MonthlyResponses monthly plan_label=plan_label.clone() />
            </div>
            <h2>{crate::i18n::tr!("dashboard-surveys-heading")}</h2>
            {if empty {
                view! {
                    <p class="lead empty-state">
                        {crate::i18n::tr!("dashboard-empty")}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("dashboard-surveys-heading") tabindex="0">
                        <table class="data surveys">
                            <thead>
                                <tr>
                                    <th scope="col">{crate::i18n::tr!("dashboard-column-survey")}</th>
                                    <th scope="col">{crate::i18n::tr!("dashboard-column-status")}</th>
                                    <th scope="col">{crate::i18n::tr!("dashboard-column-responses")}</th>
                                    <th scope="col">{crate::i18n::tr!("dashboard-column-published")}</th>
                                    <th scope="col">{crate::i18n::tr!("dashboard-column-expires")}</th>
                                    <th scope="col">{crate::i18n::tr!("dashboard-column-links")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                    .into_any()
            }}
            <CreateSurveyForm tenant=tenant_alias />
        </section>
    }
}

/// Responses this month against the plan's limit, with a warning from 80 %
/// and a stronger one once the surveys are paused.
#[component]
fn MonthlyResponses(monthly: MonthlyAllowance, plan_label: String) -> impl IntoView {
    let responses = monthly.responses;
    let Some(limit) = monthly.limit else {
        return view! {
            <p>{crate::i18n::tr!("dashboard-monthly-unlimited", responses = responses, plan = &plan_label)}</p>
        }
        .into_any();
    };
    let shown = responses.min(limit);
    let resumes_on = monthly.resumes_on();
    // The first count that is due the 80 % warning: ⌈limit · 4/5⌉.
    let warn_from = (limit * 4 + 4) / 5;
    let warning = match monthly.warning() {
        100 => Some(
            view! {
                <p class="limit-warning full" role="alert">
                    <strong>{crate::i18n::tr!("dashboard-paused-heading")} " "</strong>
                    {crate::i18n::tr!("dashboard-paused", limit = limit, date = &resumes_on)}
                </p>
            }
            .into_any(),
        ),
        80 => Some(
            view! {
                <p class="limit-warning" role="status">
                    {crate::i18n::tr!(
                        "dashboard-used",
                        percent = crate::i18n::format_percent(
                            crate::i18n::texts().language(),
                            (shown * 100 / limit.max(1)) as f64 / 100.0,
                        ),
                        limit = limit,
                        date = &resumes_on,
                    )}
                </p>
            }
            .into_any(),
        ),
        _ => None,
    };
    view! {
        <label for="monthly-responses">
            {crate::i18n::tr!("dashboard-monthly", responses = shown, limit = limit, plan = &plan_label)}
        </label>
        // Green below the warning, amber from it, red at the limit.
        <meter id="monthly-responses" min="0" max=limit.to_string() value=shown.to_string()
            low=(warn_from - 1).to_string() high=(limit - 1).to_string() optimum="0">
            {crate::i18n::tr!("dashboard-count-of", count = shown, total = limit)}
        </meter>
        {warning}
    }
    .into_any()
}

#[component]
fn SurveyRowView(tenant: String, survey: SurveyRow) -> impl IntoView {
    let edit = format!("/t/{tenant}/surveys/{}/edit", survey.slug);
    let preview = format!("/t/{tenant}/surveys/{}/preview", survey.slug);
    let public = format!("/s/{tenant}/{}", survey.slug);
    let expires = match (survey.expires.clone(), survey.days_left) {
        (Some(date), Some(days)) => {
            crate::i18n::tr!("dashboard-expires-left", date = date, days = days)
        }
        (Some(date), None) => date,
        (None, _) => "—".to_owned(),
    };
    let open = survey.state == SurveyState::Published;
    view! {
        <tr>
            <th scope="row">
                <a href=edit.clone()>{survey.title.clone()}</a>
                {(!survey.metadata.is_empty()).then(|| view! {
                    <ul class="metadata-values">
                        {survey.metadata.iter().map(|m| view! {
                            <li>{format!("{}: {}", m.name, m.value)}</li>
                        }).collect_view()}
                    </ul>
                })}
            </th>
            <td data-label=crate::i18n::tr!("dashboard-column-status")>
                <span class=format!("badge {}", survey.state.label().to_lowercase())>{survey.state.localized_label()}</span>
                {survey.closed_by_quota.then(|| view! { <span class="hint status-note">" " {crate::i18n::tr!("dashboard-at-limit")}</span> })}
                {survey.opens.clone().map(|at| view! { <span class="hint status-note">{crate::i18n::tr!("dashboard-opens", at = at)}</span> })}
            </td>
            <td data-label=crate::i18n::tr!("dashboard-column-responses")>{match survey.response_limit {
                Some(limit) => crate::i18n::tr!("dashboard-count-of", count = survey.responses, total = limit),
                None => crate::i18n::format_number(crate::i18n::texts().language(), survey.responses as f64),
            }}</td>
            <td data-label=crate::i18n::tr!("dashboard-column-published")>{survey.published.clone().unwrap_or_else(|| "—".to_owned())}</td>
            <td data-label=crate::i18n::tr!("dashboard-column-expires")>{expires}</td>
            <td class="links" data-label=crate::i18n::tr!("dashboard-column-links")><div class="link-row">
                <a href=edit aria-label=crate::i18n::tr!("dashboard-edit-survey", survey = &survey.title)>{crate::i18n::tr!("dashboard-edit")}</a>
                <a href=preview aria-label=crate::i18n::tr!("dashboard-preview-survey", survey = &survey.title)>{crate::i18n::tr!("dashboard-preview")}</a>
                {(survey.state != SurveyState::Draft).then(|| view! {
                    <a href=format!("/t/{tenant}/surveys/{}/results", survey.slug)
                        aria-label=crate::i18n::tr!("dashboard-results-survey", survey = &survey.title)>{crate::i18n::tr!("dashboard-results")}</a>
                    <a href=format!("/t/{tenant}/surveys/{}/share", survey.slug)
                        aria-label=crate::i18n::tr!("dashboard-share-survey", survey = &survey.title)>{crate::i18n::tr!("dashboard-share")}</a>
                })}
                <DuplicateSurveyForm tenant=tenant.clone() survey=survey.id title=survey.title.clone() label=crate::i18n::tr!("dashboard-duplicate") />
                {open.then(|| view! { <PublicAddress path=public title=survey.title.clone() /> })}
            </div></td>
        </tr>
    }
}

/// The public address with a copy button (shown once the page is
/// interactive; without JavaScript the address can be copied by hand).
#[component]
fn PublicAddress(path: String, title: String) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let copied = RwSignal::new(false);
    let to_copy = path.clone();
    let copy = move |_| {
        let window = window();
        let origin = window.location().origin().unwrap_or_default();
        let _ = window
            .navigator()
            .clipboard()
            .write_text(&format!("{origin}{to_copy}"));
        copied.set(true);
    };
    view! {
        <a href=path.clone() aria-label=crate::i18n::tr!("dashboard-public-page", survey = &title)>{path.clone()}</a>
        <button type="button" class="secondary small" hidden=move || !hydrated.get() on:click=copy
            aria-label=crate::i18n::tr!("dashboard-copy-address", survey = &title)>
            {crate::i18n::tr!("dashboard-copy")}
        </button>
        <span role="status" class="hint">{move || copied.get().then(|| crate::i18n::tr!("dashboard-copied"))}</span>
    }
}
