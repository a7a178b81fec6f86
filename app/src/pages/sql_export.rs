//! `/t/{tenant}/export`: export to SQL. The Administrator starts a transfer
//! into the tenant's own database and follows its progress; the page shows
//! how to reach that database (a SQLite file to download on the embedded
//! default, connection details on PostgreSQL).

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::FormAlert;
use super::tenant_nav::TenantNav;
use crate::api::sql_export::{
    ExportDatabaseView, ExportJobView, ExportPage, RequestSqlExport, load_export_page,
    sql_export_progress,
};

const POLL_MS: u64 = 1_000;

#[component]
pub fn SqlExportPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let changes = RwSignal::new(0u32);
    let page = Resource::new_blocking(
        move || (tenant(), changes.get()),
        |(tenant, _)| load_export_page(tenant),
    );
    view! {
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <SqlExportView page tenant=tenant() changes /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn SqlExportView(page: ExportPage, tenant: String, changes: RwSignal<u32>) -> impl IntoView {
    super::hydration::mark_hydrated();
    let live = RwSignal::new(page.jobs.first().cloned());
    let action = ServerAction::<RequestSqlExport>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(job)) = action.value().get() {
            live.set(Some(job));
        }
    });
    follow_progress(tenant.clone(), live, changes);
    let first_time = page.database.is_none();
    let backup_url = format!("/t/{tenant}/backup.tar.gz");
    let history = page.jobs.clone();
    view! {
        <PageTitle text=crate::i18n::tr!("sql-export-title", tenant = &page.tenant_name) />
        <section class="page sql-export">
            <TenantNav tenant=tenant.clone() tenant_name=page.tenant_name.clone() current="export" admin=true premium=page.premium />
            <h1>{crate::i18n::tr!("sql-export-heading")}</h1>
            <p class="lead">{crate::i18n::tr!("sql-export-lead")}</p>
            <FormAlert error />
            <ActionForm action attr:class="inline">
                <input type="hidden" name="tenant" value=tenant.clone() />
                <button type="submit" class="primary">
                    {if first_time {
                        crate::i18n::tr!("sql-export-start-first")
                    } else {
                        crate::i18n::tr!("sql-export-start-again")
                    }}
                </button>
            </ActionForm>
            {move || live.get().map(|job| view! { <TransferProgress job /> })}
            {page.database.map(|database| view! { <DatabaseDetails database /> })}
            <h2>{crate::i18n::tr!("sql-export-contains")}</h2>
            <ul class="table-list">
                <li><code>"surveys"</code>" — "{crate::i18n::tr!("sql-export-table-surveys")}</li>
                <li><code>"questions"</code>" — "{crate::i18n::tr!("sql-export-table-questions")}</li>
                <li><code>"question_options"</code>" — question_id, position, label"</li>
                <li><code>"responses"</code>" — id, survey_id, received_at (UTC)"</li>
                <li><code>"answers"</code>" — "{crate::i18n::tr!("sql-export-table-answers")}</li>
            </ul>
            {(!history.is_empty()).then(|| view! { <TransferHistory jobs=history /> })}
            <h2>{crate::i18n::tr!("sql-export-backup-heading")}</h2>
            <p>{crate::i18n::tr!("sql-export-backup-text")}</p>
            <p><a class="button" href=backup_url download="">{crate::i18n::tr!("sql-export-download-backup")}</a></p>
        </section>
    }
}

/// While the newest transfer is unfinished, asks for its progress every
/// second; once it finishes, reloads the page's data (the database details
/// appear after the first transfer).
fn follow_progress(tenant: String, live: RwSignal<Option<ExportJobView>>, changes: RwSignal<u32>) {
    Effect::new(move |_| {
        let tenant = tenant.clone();
        let handle = set_interval_with_handle(
            move || {
                if live.get_untracked().is_none_or(|job| job.is_finished()) {
                    return;
                }
                let tenant = tenant.clone();
                leptos::task::spawn_local(async move {
                    if let Ok(Some(job)) = sql_export_progress(tenant).await {
                        let finished = job.is_finished();
                        live.set(Some(job));
                        if finished {
                            changes.update(|n| *n += 1);
                        }
                    }
                });
            },
            std::time::Duration::from_millis(POLL_MS),
        );
        on_cleanup(move || {
            if let Ok(handle) = handle {
                handle.clear();
            }
        });
    });
}

#[component]
fn TransferProgress(job: ExportJobView) -> impl IntoView {
    let counted = if job.total > 0 || job.is_finished() {
        crate::i18n::tr!("sql-export-counted", done = job.done, total = job.total)
    } else {
        crate::i18n::tr!("sql-export-counting")
    };
    let (max, value) = (job.total.max(1), job.done.min(job.total.max(1)));
    let finished = job.is_finished();
    view! {
        <div class="transfer" role="status" aria-live="polite" data-status=job.status.clone()>
            <p><strong>{job.status_label()}</strong>" — " {counted}</p>
            {(!finished || job.status == "succeeded").then(|| view! {
                <progress max=max value=value aria-label=crate::i18n::tr!("sql-export-progress")></progress>
            })}
            {(!job.message.is_empty()).then(|| view! { <p class="transfer-message">{job.message.clone()}</p> })}
        </div>
    }
}

#[component]
fn DatabaseDetails(database: ExportDatabaseView) -> impl IntoView {
    match database {
        ExportDatabaseView::SqliteFile { download_url } => {
            let (before, after) = crate::i18n::texts().around("sql-export-sqlite", "tool", &[]);
            view! {
                <h2>{crate::i18n::tr!("sql-export-database-heading")}</h2>
                <p>{before} <code>"sqlite3"</code> {after}</p>
                <p><a class="button" href=download_url download="">{crate::i18n::tr!("sql-export-download-database")}</a></p>
            }
            .into_any()
        }
        ExportDatabaseView::Postgres { host, port, database, username, password } => view! {
            <h2>{crate::i18n::tr!("sql-export-database-heading")}</h2>
            <p>{crate::i18n::tr!("sql-export-postgres")}</p>
            <dl class="connection">
                <dt>{crate::i18n::tr!("sql-export-host")}</dt><dd><code>{host}</code></dd>
                <dt>{crate::i18n::tr!("sql-export-port")}</dt><dd><code>{port}</code></dd>
                <dt>{crate::i18n::tr!("sql-export-database")}</dt><dd><code>{database}</code></dd>
                <dt>{crate::i18n::tr!("sql-export-user")}</dt><dd><code>{username}</code></dd>
                <dt>{crate::i18n::tr!("sql-export-password")}</dt>
                <dd><details><summary>{crate::i18n::tr!("sql-export-show-password")}</summary><code class="secret">{password}</code></details></dd>
            </dl>
        }
        .into_any(),
    }
}

#[component]
fn TransferHistory(jobs: Vec<ExportJobView>) -> impl IntoView {
    view! {
        <h2>{crate::i18n::tr!("sql-export-history")}</h2>
        <div class="table-scroll">
            <table class="history">
                <thead>
                    <tr>
                        <th scope="col">{crate::i18n::tr!("sql-export-asked-for")}</th>
                        <th scope="col">{crate::i18n::tr!("sql-export-status")}</th>
                        <th scope="col">{crate::i18n::tr!("sql-export-copied")}</th>
                        <th scope="col">{crate::i18n::tr!("sql-export-result")}</th>
                    </tr>
                </thead>
                <tbody>
                    {jobs.into_iter().map(|job| view! {
                        <tr>
                            <td>{job.requested_at.clone()}</td>
                            <td>{job.status_label()}</td>
                            <td>{job.done}</td>
                            <td>{job.message.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// How the page shows a transfer's status.
impl ExportJobView {
    pub fn is_finished(&self) -> bool {
        matches!(self.status.as_str(), "succeeded" | "failed")
    }

    pub fn status_label(&self) -> String {
        match self.status.as_str() {
            "queued" => crate::i18n::tr!("sql-export-queued"),
            "running" => crate::i18n::tr!("sql-export-running"),
            "succeeded" => crate::i18n::tr!("sql-export-succeeded"),
            _ => crate::i18n::tr!("sql-export-failed"),
        }
    }
}
