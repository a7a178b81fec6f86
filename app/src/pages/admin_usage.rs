//! `/admin/usage`: usage for billing, a month across all tenants, with the
//! month's CSV; and `/admin/dead-letters`: answers the statistics task gave
//! up on, to re-queue or discard.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::figures::{count_of, format_bytes};
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
        <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    view! {
        <PageTitle text=format!("Usage {} · Tailspin administration", report.month) />
        <section class="page usage">
            <AdminNav current="usage" />
            <h1>{format!("Usage for {}", report.month)}</h1>
            <nav class="pager" aria-label="Months">
                <a href=format!("/admin/usage?month={}", report.previous) rel="prev">{format!("← {}", report.previous)}</a>
                {report.next.map(|next| view! { <a href=format!("/admin/usage?month={next}") rel="next">{format!("{next} →")}</a> })}
            </nav>
            <form method="get" action="/admin/usage" class="filters">
                <div class="field">
                    <label for="month">"Month"</label>
                    <input id="month" name="month" type="month" value=month.clone() />
                </div>
                <button type="submit" class="secondary">"Show"</button>
            </form>
            <p>
                <a class="button" href=format!("/admin/usage.csv?month={month}") download="">
                    {format!("Download usage-{month}.csv")}
                </a>
            </p>
            <p role="status">{format!(
                "{}; {}, {}, {} stored in all.",
                count_of(report.lines.len() as i64, "subscriber", "subscribers"),
                count_of(totals.0, "response", "responses"),
                count_of(totals.1, "survey published", "surveys published"),
                format_bytes(totals.2)
            )}</p>
            <p class="hint">"Storage is the subscriber's answers received by the end of the month plus its files as they are now."</p>
            <div class="table-scroll" role="region" aria-label="Usage by subscriber" tabindex="0">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">"Subscriber"</th>
                            <th scope="col">"Plan"</th>
                            <th scope="col" class="number">"Responses"</th>
                            <th scope="col" class="number">"Surveys published"</th>
                            <th scope="col" class="number">"Active surveys"</th>
                            <th scope="col" class="number">"Users"</th>
                            <th scope="col" class="number">"Storage"</th>
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
                        <td data-label="When">{change.at.minute_string()}</td>
                        <th scope="row">{change.name} " (" {change.alias.to_string()} ")"</th>
                        <td data-label="From">{change.from.label()}</td>
                        <td data-label="To">{change.to.label()}</td>
                        <td data-label="By">{by}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-label="Plan changes" tabindex="0">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">"When"</th>
                            <th scope="col">"Subscriber"</th>
                            <th scope="col">"From"</th>
                            <th scope="col">"To"</th>
                            <th scope="col">"By"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let summary = if table.is_none() {
        format!("No subscriber changed plan in {month}.")
    } else {
        "Billing prorates each subscriber's month from these times.".to_owned()
    };
    view! {
        <h2 id="plan-changes">"Plan changes"</h2>
        <p>{summary}</p>
        {table}
        <p>
            <a class="button secondary" href=format!("/admin/plan-changes.csv?month={month}") download="">
                {format!("Download plan-changes-{month}.csv")}
            </a>
        </p>
    }
}

#[component]
fn UsageRowView(line: UsageLine, most: i64) -> impl IntoView {
    // A bar beside the count, so the heavy users stand out at a glance.
    let width = (line.responses as f64 / most as f64 * 100.0).round();
    let alias = line.alias.to_string();
    view! {
        <tr data-alias=alias>
            <th scope="row">{line.name} " (" {line.alias.to_string()} ")"</th>
            <td data-label="Plan">{line.plan.label()}</td>
            <td class="number" data-label="Responses">
                <svg class="usage-bar" width="100" height="10" aria-hidden="true" focusable="false">
                    <rect width=width.to_string() height="10"></rect>
                </svg>
                " " {line.responses}
            </td>
            <td class="number" data-label="Surveys published">{line.surveys_published}</td>
            <td class="number" data-label="Active surveys">{line.active_surveys}</td>
            <td class="number" data-label="Users">{line.users}</td>
            <td class="number" data-label="Storage">{format_bytes(line.storage_bytes)}</td>
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
        <PageTitle text="Dead letters · Tailspin administration" />
        <section class="page dead-letters">
            <AdminNav current="dead-letters" />
            <h1>"Dead letters"</h1>
            <p class="lead">
                "Answers the statistics task failed to merge five times. They are stored and appear in responses \
                 and exports, but not in the statistics. Re-queue them once the cause is fixed, or discard them."
            </p>
            <FormAlert error />
            <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match letters.await {
                        Ok(rows) if rows.is_empty() => {
                            super::hydration::mark_hydrated();
                            view! { <p role="status">"No dead letters."</p> }.into_any()
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
    view! {
        <p role="status">{format!("{}.", count_of(rows.len() as i64, "dead letter", "dead letters"))}</p>
        <div class="table-scroll" role="region" aria-label="Dead letters" tabindex="0">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">"Failed"</th>
                        <th scope="col">"Subscriber"</th>
                        <th scope="col">"Submission"</th>
                        <th scope="col" class="number">"Attempts"</th>
                        <th scope="col">"Error"</th>
                        <th scope="col">"Actions"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let id = row.id.to_string();
                        let (requeue_id, discard_id) = (id.clone(), id.clone());
                        view! {
                            <tr data-dead-letter=id>
                                <td data-label="Failed">{row.failed}</td>
                                <td data-label="Subscriber">{row.tenant}</td>
                                <th scope="row">{format!("{} of {}", row.submission, row.survey)}</th>
                                <td class="number" data-label="Attempts">{row.attempts}</td>
                                <td data-label="Error"><code>{row.error}</code></td>
                                <td class="actions" data-label="Actions"><div class="action-stack">
                                    <ActionForm action=requeue attr:class="inline">
                                        <input type="hidden" name="id" value=requeue_id />
                                        <button type="submit" class="secondary">"Re-queue"</button>
                                    </ActionForm>
                                    <ActionForm action=discard attr:class="inline">
                                        <input type="hidden" name="id" value=discard_id />
                                        <button type="submit" class="secondary">"Discard"</button>
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
