//! `/admin/usage`: usage for billing, a month across all tenants, with the
//! month's CSV; and `/admin/dead-letters`: answers the statistics task gave
//! up on, to re-queue or discard.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::figures::format_bytes;
use super::form_feedback::FormAlert;
use crate::api::admin::{DeadLetterRow, DiscardDeadLetter, RequeueDeadLetter, load_dead_letters};
use crate::api::usage::{UsageLine, UsageReport, load_usage};
use crate::domain::PlanChange;

#[component]
pub fn AdminUsagePage() -> impl IntoView {
    let query = use_query_map();
    let report = Resource::new_blocking(
        move || query.read().get("month").unwrap_or_default(),
        load_usage,
    );
    view! {
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(report) => view! { <UsageView report /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn UsageView(report: UsageReport) -> impl IntoView {
    super::hydration::mark_hydrated();
    let most = report
        .lines
        .iter()
        .map(|l| l.responses)
        .max()
        .unwrap_or(0)
        .max(1);
    let totals = report.lines.iter().fold((0, 0, 0), |(r, p, s), l| {
        (
            r + l.responses,
            p + l.surveys_published,
            s + l.storage_bytes,
        )
    });
    let month = report.month.to_string();
    let changes_month = month.clone();
    let summary = crate::i18n::tr!(
        "admin-usage-summary",
        subscribers = report.lines.len(),
        responses = totals.0,
        surveys = totals.1,
        storage = format_bytes(totals.2),
    );
    view! {
        <PageTitle text=crate::i18n::tr!("admin-usage-title", month = &month) />
        <section class="page usage">
            <AdminNav current="usage" />
            <h1>{crate::i18n::tr!("admin-usage-heading", month = &month)}</h1>
            <nav class="pager" aria-label=crate::i18n::tr!("admin-usage-months")>
                <a href=format!("/admin/usage?month={}", report.previous) rel="prev">{format!("← {}", report.previous)}</a>
                {report.next.map(|next| view! { <a href=format!("/admin/usage?month={next}") rel="next">{format!("{next} →")}</a> })}
            </nav>
            <form method="get" action="/admin/usage" class="filters">
                <div class="field">
                    <label for="month">{crate::i18n::tr!("admin-usage-month")}</label>
                    <input id="month" name="month" type="month" value=month.clone() />
                </div>
                <button type="submit" class="secondary">{crate::i18n::tr!("admin-usage-show")}</button>
            </form>
            <p>
                <a class="button" href=format!("/admin/usage.csv?month={month}") download="">
                    {crate::i18n::tr!("admin-usage-download", month = &month)}
                </a>
            </p>
            <p role="status">{summary}</p>
            <p class="hint">{crate::i18n::tr!("admin-usage-storage-hint")}</p>
            <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("admin-usage-by-subscriber") tabindex="0">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{crate::i18n::tr!("admin-usage-subscriber")}</th>
                            <th scope="col">{crate::i18n::tr!("admin-usage-plan")}</th>
                            <th scope="col" class="number">{crate::i18n::tr!("admin-usage-responses")}</th>
                            <th scope="col" class="number">{crate::i18n::tr!("admin-usage-surveys-published")}</th>
                            <th scope="col" class="number">{crate::i18n::tr!("admin-usage-active-surveys")}</th>
                            <th scope="col" class="number">{crate::i18n::tr!("admin-usage-users")}</th>
                            <th scope="col" class="number">{crate::i18n::tr!("admin-usage-storage")}</th>
                        </tr>
                    </thead>
                    <tbody>{report.lines.into_iter().map(|line| view! { <UsageRowView line most /> }).collect_view()}</tbody>
                </table>
            </div>
            <PlanChangesView month=changes_month changes=report.plan_changes />
        </section>
    }
}

/// The month's plan changes, for billing to prorate.
#[component]
fn PlanChangesView(month: String, changes: Vec<PlanChange>) -> impl IntoView {
    let table = (!changes.is_empty()).then(|| {
        let when_label = crate::i18n::tr!("admin-usage-when");
        let from_label = crate::i18n::tr!("admin-usage-from");
        let to_label = crate::i18n::tr!("admin-usage-to");
        let by_label = crate::i18n::tr!("admin-usage-by");
        let rows = changes
            .into_iter()
            .map(|change| {
                let by = if change.by_tailspin {
                    format!("{} (Tailspin)", change.by)
                } else {
                    change.by
                };
                view! {
                    <tr data-plan-change=change.alias.to_string()>
                        <td data-label=when_label.clone()>{change.at.localized_minute_string()}</td>
                        <th scope="row">{change.name} " (" {change.alias.to_string()} ")"</th>
                        <td data-label=from_label.clone()>{change.from.localized_label()}</td>
                        <td data-label=to_label.clone()>{change.to.localized_label()}</td>
                        <td data-label=by_label.clone()>{by}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("admin-usage-plan-changes") tabindex="0">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{when_label}</th>
                            <th scope="col">{crate::i18n::tr!("admin-usage-subscriber")}</th>
                            <th scope="col">{from_label}</th>
                            <th scope="col">{to_label}</th>
                            <th scope="col">{by_label}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let summary = if table.is_none() {
        crate::i18n::tr!("admin-usage-no-plan-changes", month = &month)
    } else {
        crate::i18n::tr!("admin-usage-prorates")
    };
    view! {
        <h2 id="plan-changes">{crate::i18n::tr!("admin-usage-plan-changes")}</h2>
        <p>{summary}</p>
        {table}
        <p>
            <a class="button secondary" href=format!("/admin/plan-changes.csv?month={month}") download="">
                {crate::i18n::tr!("admin-usage-download-plan-changes", month = &month)}
            </a>
        </p>
    }
}

#[component]
fn UsageRowView(line: UsageLine, most: i64) -> impl IntoView {
    // A bar beside the count, so the heavy users stand out at a glance.
    let width = (line.responses as f64 / most as f64 * 100.0).round();
    let alias = line.alias.to_string();
    let responses_label = crate::i18n::tr!("admin-usage-responses");
    view! {
        <tr data-alias=alias>
            <th scope="row">{line.name} " (" {line.alias.to_string()} ")"</th>
            <td data-label=crate::i18n::tr!("admin-usage-plan")>{line.plan.localized_label()}</td>
            <td class="number" data-label=responses_label>
                <svg class="usage-bar" width="100" height="10" aria-hidden="true" focusable="false">
                    <rect width=width.to_string() height="10"></rect>
                </svg>
                " " {line.responses}
            </td>
            <td class="number" data-label=crate::i18n::tr!("admin-usage-surveys-published")>{line.surveys_published}</td>
            <td class="number" data-label=crate::i18n::tr!("admin-usage-active-surveys")>{line.active_surveys}</td>
            <td class="number" data-label=crate::i18n::tr!("admin-usage-users")>{line.users}</td>
            <td class="number" data-label=crate::i18n::tr!("admin-usage-storage")>{format_bytes(line.storage_bytes)}</td>
        </tr>
    }
}

#[component]
pub fn AdminDeadLettersPage() -> impl IntoView {
    let requeue = ServerAction::<RequeueDeadLetter>::new();
    let discard = ServerAction::<DiscardDeadLetter>::new();
    let letters = Resource::new_blocking(
        move || (requeue.version().get(), discard.version().get()),
        |_| load_dead_letters(),
    );
    let error = Signal::derive(move || {
        requeue
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| discard.value().get().and_then(Result::err))
    });
    view! {
        <PageTitle text=crate::i18n::tr!("admin-usage-dead-letters-title") />
        <section class="page dead-letters">
            <AdminNav current="dead-letters" />
            <h1>{crate::i18n::tr!("admin-usage-dead-letters-heading")}</h1>
            <p class="lead">{crate::i18n::tr!("admin-usage-dead-letters-lead")}</p>
            <FormAlert error />
            <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match letters.await {
                        Ok(rows) if rows.is_empty() => {
                            super::hydration::mark_hydrated();
                            view! { <p role="status">{crate::i18n::tr!("admin-usage-no-dead-letters")}</p> }.into_any()
                        }
                        Ok(rows) => view! { <DeadLetterTable rows requeue discard /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn DeadLetterTable(
    rows: Vec<DeadLetterRow>,
    requeue: ServerAction<RequeueDeadLetter>,
    discard: ServerAction<DiscardDeadLetter>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let failed_label = crate::i18n::tr!("admin-usage-failed");
    let subscriber_label = crate::i18n::tr!("admin-usage-subscriber");
    let attempts_label = crate::i18n::tr!("admin-usage-attempts");
    let error_label = crate::i18n::tr!("admin-usage-error");
    let actions_label = crate::i18n::tr!("admin-usage-actions");
    let requeue_label = crate::i18n::tr!("admin-usage-requeue");
    let discard_label = crate::i18n::tr!("admin-usage-discard");
    view! {
        <p role="status">{crate::i18n::tr!("admin-usage-dead-letter-count", count = rows.len())}</p>
        <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("admin-usage-dead-letters-heading") tabindex="0">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{failed_label.clone()}</th>
                        <th scope="col">{subscriber_label.clone()}</th>
                        <th scope="col">{crate::i18n::tr!("admin-usage-submission")}</th>
                        <th scope="col" class="number">{attempts_label.clone()}</th>
                        <th scope="col">{error_label.clone()}</th>
                        <th scope="col">{actions_label.clone()}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let id = row.id.to_string();
                        let (requeue_id, discard_id) = (id.clone(), id.clone());
                        let (requeue_text, discard_text) = (requeue_label.clone(), discard_label.clone());
                        view! {
                            <tr data-dead-letter=id>
                                <td data-label=failed_label.clone()>{row.failed}</td>
                                <td data-label=subscriber_label.clone()>{row.tenant}</td>
                                <th scope="row">{crate::i18n::tr!(
                                    "admin-usage-submission-of",
                                    submission = row.submission.to_string(),
                                    survey = &row.survey,
                                )}</th>
                                <td class="number" data-label=attempts_label.clone()>{row.attempts}</td>
                                <td data-label=error_label.clone()><code>{row.error}</code></td>
                                <td class="actions" data-label=actions_label.clone()><div class="action-stack">
                                    <ActionForm action=requeue attr:class="inline">
                                        <input type="hidden" name="id" value=requeue_id />
                                        <button type="submit" class="secondary">{requeue_text}</button>
                                    </ActionForm>
                                    <ActionForm action=discard attr:class="inline">
                                        <input type="hidden" name="id" value=discard_id />
                                        <button type="submit" class="secondary">{discard_text}</button>
                                    </ActionForm>
                                </div></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
