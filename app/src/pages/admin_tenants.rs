//! `/admin/subscribers`: the subscriber list (search, filters, pages) and
//! the recent deletions with their purge progress.

use super::figures::format_bytes;
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
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
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
        .map(|p| view! { <option value=p.code() selected=Some(p) == plan>{p.localized_label()}</option> })
        .collect_view();
    let statuses = TenantStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code() selected=Some(s) == status>{s.localized_label()}</option> })
        .collect_view();
    let empty = rows.is_empty();
    view! {
        <PageTitle text=crate::i18n::tr!("admin-tenants-title") />
        <section class="page subscribers">
            <AdminNav current="subscribers" />
            <h1>{crate::i18n::tr!("admin-tenants-heading")}</h1>
            <form method="get" action="/admin/subscribers" class="filters" role="search">
                <div class="field grow">
                    <label for="search">{crate::i18n::tr!("admin-tenants-search-label")}</label>
                    <input id="search" name="q" type="search" value=search />
                </div>
                <div class="field">
                    <label for="plan-filter">{crate::i18n::tr!("admin-tenants-plan")}</label>
                    <select id="plan-filter" name="plan"><option value="">{crate::i18n::tr!("admin-tenants-any-plan")}</option>{plans}</select>
                </div>
                <div class="field">
                    <label for="status-filter">{crate::i18n::tr!("admin-tenants-status")}</label>
                    <select id="status-filter" name="status"><option value="">{crate::i18n::tr!("admin-tenants-any-status")}</option>{statuses}</select>
                </div>
                <button type="submit" class="secondary">{crate::i18n::tr!("admin-tenants-search")}</button>
            </form>
            <p role="status">{crate::i18n::tr!("admin-tenants-found", count = total)}</p>
            {(!empty).then(|| view! {
                <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("admin-tenants-heading") tabindex="0">
                    <table class="data">
                        <thead>
                            <tr>
                                <th scope="col">{crate::i18n::tr!("admin-tenants-subscriber")}</th>
                                <th scope="col">{crate::i18n::tr!("admin-tenants-plan")}</th>
                                <th scope="col">{crate::i18n::tr!("admin-tenants-status")}</th>
                                <th scope="col">{crate::i18n::tr!("admin-tenants-created")}</th>
                                <th scope="col" class="number">{crate::i18n::tr!("admin-tenants-active-surveys")}</th>
                                <th scope="col" class="number">{crate::i18n::tr!("admin-tenants-responses-this-month")}</th>
                                <th scope="col" class="number">{crate::i18n::tr!("admin-tenants-storage")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows.into_iter().map(|row| view! { <TenantRowView row /> }).collect_view()}</tbody>
                    </table>
                </div>
            })}
            {(pages > 1).then(|| view! {
                <nav class="pager" aria-label=crate::i18n::tr!("admin-tenants-pages")>
                    {(page > 1).then(|| view! { <a href=page_link(page - 1) rel="prev">{crate::i18n::tr!("admin-tenants-previous-page")}</a> })}
                    <span>{crate::i18n::tr!("admin-tenants-page-of", page = page, pages = pages)}</span>
                    {(page < pages).then(|| view! { <a href=page_link(page + 1) rel="next">{crate::i18n::tr!("admin-tenants-next-page")}</a> })}
                </nav>
            })}
            {(!purges.is_empty()).then(|| view! { <RecentDeletions purges /> })}
            <div class="panels">
                <section class="panel" aria-labelledby="add-subscriber-heading">
                    <h2 id="add-subscriber-heading">{crate::i18n::tr!("admin-tenants-add")}</h2>
                    <p>{crate::i18n::tr!("admin-tenants-add-text")}</p>
                    <a class="button primary" href="/admin/subscribers/new">{crate::i18n::tr!("admin-tenants-add")}</a>
                </section>
                <section class="panel" aria-labelledby="restore-heading">
                    <h2 id="restore-heading">{crate::i18n::tr!("admin-tenants-restore")}</h2>
                    <p>{crate::i18n::tr!("admin-tenants-restore-text")}</p>
                    <a class="button" href="/admin/restore">{crate::i18n::tr!("admin-tenants-restore")}</a>
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
            <td data-label=crate::i18n::tr!("admin-tenants-plan")>{row.plan.localized_label()}</td>
            <td data-label=crate::i18n::tr!("admin-tenants-status")><span class=format!("status status-{}", row.status.code())>{row.status.localized_label()}</span></td>
            <td data-label=crate::i18n::tr!("admin-tenants-created")>{row.created}</td>
            <td class="number" data-label=crate::i18n::tr!("admin-tenants-active-surveys")>{row.active_surveys}</td>
            <td class="number" data-label=crate::i18n::tr!("admin-tenants-responses-this-month")>{row.responses_this_month}</td>
            <td class="number" data-label=crate::i18n::tr!("admin-tenants-storage")>{format_bytes(row.storage_bytes)}</td>
        </tr>
    }
}

#[component]
fn RecentDeletions(purges: Vec<PurgeProgress>) -> impl IntoView {
    view! {
        <h2>{crate::i18n::tr!("admin-tenants-recent-deletions")}</h2>
        <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("admin-tenants-recent-deletions") tabindex="0">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{crate::i18n::tr!("admin-tenants-subscriber")}</th>
                        <th scope="col">{crate::i18n::tr!("admin-tenants-deleted")}</th>
                        <th scope="col">{crate::i18n::tr!("admin-tenants-purge")}</th>
                        <th scope="col" class="number">{crate::i18n::tr!("admin-tenants-items-removed")}</th>
                    </tr>
                </thead>
                <tbody>
                    {purges.into_iter().map(|p| view! {
                        <tr>
                            <th scope="row">{p.name} " (" {p.alias} ")"</th>
                            <td data-label=crate::i18n::tr!("admin-tenants-deleted")>{p.requested}</td>
                            <td data-label=crate::i18n::tr!("admin-tenants-purge")>{p.state} {(!p.step.is_empty()).then(|| format!(": {}", p.step))}</td>
                            <td class="number" data-label=crate::i18n::tr!("admin-tenants-items-removed")>{p.removed_items}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
