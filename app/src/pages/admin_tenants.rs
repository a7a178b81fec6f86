//! `/admin/subscribers`: the subscriber list (search, filters, pages) and
//! the recent deletions with their purge progress.

use super::figures::{count_of, format_bytes};
use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use crate::api::tenants::{PurgeProgress, TenantList, TenantSummary, load_tenants};
use crate::domain::{Plan, TenantStatus};

#[component]
pub fn AdminTenantsPage() -> impl IntoView {
    let query = use_query_map();
    let list = Resource::new_blocking(
        move || {
            let q = query.read();
            (
                q.get("q").unwrap_or_default(),
                q.get("plan").unwrap_or_default(),
                q.get("status").unwrap_or_default(),
                q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1),
            )
        },
        |(search, plan, status, page)| load_tenants(search, plan, status, page),
    );
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <TenantsView list /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn TenantsView(list: TenantList) -> impl IntoView {
    super::hydration::mark_hydrated();
    let TenantList {
        rows,
        total,
        page,
        pages,
        search,
        plan,
        status,
        purges,
    } = list;
    let page_link = {
        let search = search.clone();
        move |page: i64| {
            let mut href = format!("/admin/subscribers?page={page}");
            for (key, value) in [
                ("q", search.as_str()),
                ("plan", plan.map_or("", Plan::code)),
                ("status", status.map_or("", TenantStatus::code)),
            ] {
                if !value.is_empty() {
                    href.push_str(&format!("&{key}={}", super::query::urlencode(value)));
                }
            }
            href
        }
    };
    let plans = Plan::ALL
        .into_iter()
        .map(|p| view! { <option value=p.code() selected=Some(p) == plan>{p.label()}</option> })
        .collect_view();
    let statuses = TenantStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code() selected=Some(s) == status>{s.label()}</option> })
        .collect_view();
    let empty = rows.is_empty();
    view! {
        <PageTitle text="Subscribers · Tailspin administration" />
        <section class="page subscribers">
            <AdminNav current="subscribers" />
            <h1>"Subscribers"</h1>
            <form method="get" action="/admin/subscribers" class="filters" role="search">
                <div class="field grow">
                    <label for="search">"Name or alias"</label>
                    <input id="search" name="q" type="search" value=search />
                </div>
                <div class="field">
                    <label for="plan-filter">"Plan"</label>
                    <select id="plan-filter" name="plan"><option value="">"Any plan"</option>{plans}</select>
                </div>
                <div class="field">
                    <label for="status-filter">"Status"</label>
                    <select id="status-filter" name="status"><option value="">"Any status"</option>{statuses}</select>
                </div>
                <button type="submit" class="secondary">"Search"</button>
            </form>
            <p role="status">{format!("{} found.", count_of(total, "subscriber", "subscribers"))}</p>
            {(!empty).then(|| view! {
                <div class="table-scroll" role="region" aria-label="Subscribers" tabindex="0">
                    <table class="data">
                        <thead>
                            <tr>
                                <th scope="col">"Subscriber"</th>
                                <th scope="col">"Plan"</th>
                                <th scope="col">"Status"</th>
                                <th scope="col">"Created"</th>
                                <th scope="col" class="number">"Active surveys"</th>
                                <th scope="col" class="number">"Responses this month"</th>
                                <th scope="col" class="number">"Storage"</th>
                            </tr>
                        </thead>
                        <tbody>{rows.into_iter().map(|row| view! { <TenantRowView row /> }).collect_view()}</tbody>
                    </table>
                </div>
            })}
            {(pages > 1).then(|| view! {
                <nav class="pager" aria-label="Pages of subscribers">
                    {(page > 1).then(|| view! { <a href=page_link(page - 1) rel="prev">"Previous page"</a> })}
                    <span>{format!("Page {page} of {pages}")}</span>
                    {(page < pages).then(|| view! { <a href=page_link(page + 1) rel="next">"Next page"</a> })}
                </nav>
            })}
            {(!purges.is_empty()).then(|| view! { <RecentDeletions purges /> })}
            <div class="panels">
                <section class="panel" aria-labelledby="add-subscriber-heading">
                    <h2 id="add-subscriber-heading">"Add a subscriber"</h2>
                    <p>"Sign up an organization on its behalf: its plan, region and first Administrator or identity provider."</p>
                    <a class="button primary" href="/admin/subscribers/new">"Add a subscriber"</a>
                </section>
                <section class="panel" aria-labelledby="restore-heading">
                    <h2 id="restore-heading">"Restore a backup"</h2>
                    <p>"Create a new subscriber from a backup archive that a subscriber's Administrator downloaded."</p>
                    <a class="button" href="/admin/restore">"Restore a backup"</a>
                </section>
            </div>
        </section>
    }
}

#[component]
fn TenantRowView(row: TenantSummary) -> impl IntoView {
    view! {
        <tr data-alias=row.alias.clone()>
            <th scope="row">
                <a href=format!("/admin/subscribers/{}", row.alias)>{row.name}</a>
                <span class="hint">" (" {row.alias.clone()} ")"</span>
            </th>
            <td data-label="Plan">{row.plan.label()}</td>
            <td data-label="Status"><span class=format!("status status-{}", row.status.code())>{row.status.label()}</span></td>
            <td data-label="Created">{row.created}</td>
            <td class="number" data-label="Active surveys">{row.active_surveys}</td>
            <td class="number" data-label="Responses this month">{row.responses_this_month}</td>
            <td class="number" data-label="Storage">{format_bytes(row.storage_bytes)}</td>
        </tr>
    }
}

#[component]
fn RecentDeletions(purges: Vec<PurgeProgress>) -> impl IntoView {
    view! {
        <h2>"Recent deletions"</h2>
        <div class="table-scroll" role="region" aria-label="Recent deletions" tabindex="0">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">"Subscriber"</th>
                        <th scope="col">"Deleted"</th>
                        <th scope="col">"Purge"</th>
                        <th scope="col" class="number">"Items removed"</th>
                    </tr>
                </thead>
                <tbody>
                    {purges.into_iter().map(|p| view! {
                        <tr>
                            <th scope="row">{p.name} " (" {p.alias} ")"</th>
                            <td data-label="Deleted">{p.requested}</td>
                            <td data-label="Purge">{p.state} {(!p.step.is_empty()).then(|| format!(": {}", p.step))}</td>
                            <td class="number" data-label="Items removed">{p.removed_items}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
