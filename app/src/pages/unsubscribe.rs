//! `/unsubscribe/{tenant}?token=…`: the link in every invitation. Opening
//! it asks first (mail scanners open links), then stops every later
//! invitation of that organization to the address. Works without
//! JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error_page::ErrorPage;
use super::form_feedback::FormAlert;
use super::raw_text::PageTitle;
use crate::api::survey_invitations::{UnsubscribeContact, UnsubscribePage, load_unsubscribe_page};

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let token = move || query.read().get("token").unwrap_or_default();
    let page = Resource::new_blocking(
        move || (tenant(), token()),
        |(tenant, token)| load_unsubscribe_page(tenant, token),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <UnsubscribeView page tenant=tenant() token=token() /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn UnsubscribeView(page: UnsubscribePage, tenant: String, token: String) -> impl IntoView {
    super::hydration::mark_hydrated();
    let confirm = ServerAction::<UnsubscribeContact>::new();
    let error = Signal::derive(move || confirm.value().get().and_then(Result::err));
    let done = move || page.unsubscribed || matches!(confirm.value().get(), Some(Ok(_)));
    let (name, email) = (page.tenant_name.clone(), page.email.clone());
    let (tenant, token) = (StoredValue::new(tenant), StoredValue::new(token));
    view! {
        <PageTitle text=crate::i18n::tr!("unsubscribe-heading", tenant = &page.tenant_name) />
        <section class="page narrow">
            <h1>{crate::i18n::tr!("unsubscribe-heading", tenant = &page.tenant_name)}</h1>
            {move || if done() {
                view! {
                    <p role="status">{crate::i18n::tr!("unsubscribe-done", tenant = &name, email = &email)}</p>
                }.into_any()
            } else {
                view! {
                    <p>{crate::i18n::tr!("unsubscribe-confirm", tenant = &name, email = &email)}</p>
                    <FormAlert error />
                    <ActionForm action=confirm>
                        <input type="hidden" name="tenant" value=tenant.get_value() />
                        <input type="hidden" name="token" value=token.get_value() />
                        <button type="submit" class="primary">{crate::i18n::tr!("unsubscribe-button")}</button>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}
