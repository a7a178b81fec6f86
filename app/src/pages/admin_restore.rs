//! `/admin/restore`: a Tailspin administrator restores a tenant backup into
//! a new alias. A plain multipart form (`POST /admin/restore/upload`), so it
//! works without JavaScript; a refusal comes back in the address.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use crate::api::admin::load_admin_home;

#[component]
pub fn AdminRestorePage() -> impl IntoView {
    // The administrators' home doubles as the check that this is one.
    let guard = Resource::new_blocking(|| (), |_| load_admin_home());
    let query = use_query_map();
    view! {
        <PageTitle text=crate::i18n::tr!("admin-restore-title") />
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match guard.await {
                    Ok(_) => {
                        let error = query.read_untracked().get("error");
                        view! { <RestoreForm error /> }.into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RestoreForm(error: Option<String>) -> impl IntoView {
    super::hydration::mark_hydrated();
    view! {
        <section class="page restore">
            <AdminNav current="subscribers" />
            <h1>{crate::i18n::tr!("admin-restore-heading")}</h1>
            <p class="lead">{crate::i18n::tr!("admin-restore-lead")}</p>
            <div class="error-summary" role="alert">{error.map(|message| view! { <p>{message}</p> })}</div>
            <form method="post" action="/admin/restore/upload" enctype="multipart/form-data" class="stacked" id="restore-form">
                <label for="restore-archive">{crate::i18n::tr!("admin-restore-archive")}</label>
                <input id="restore-archive" name="archive" type="file" accept=".tar.gz,.tgz,application/gzip" required />
                <label for="restore-alias">{crate::i18n::tr!("admin-restore-alias")}</label>
                <input id="restore-alias" name="alias" type="text" required maxlength="40" autocomplete="off" />
                <label for="restore-password">{crate::i18n::tr!("admin-restore-password")}</label>
                <input id="restore-password" name="administrator_password" type="password" autocomplete="new-password" />
                <label for="restore-secret">{crate::i18n::tr!("admin-restore-secret")}</label>
                <input id="restore-secret" name="client_secret" type="password" autocomplete="off" />
                <button type="submit" class="primary">{crate::i18n::tr!("admin-restore-submit")}</button>
            </form>
        </section>
    }
}
