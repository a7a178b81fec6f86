//! `/t/{tenant}/settings/metadata`: a Premium tenant's Administrator defines
//! the metadata fields every survey can carry.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::tenant_nav::TenantNav;
use crate::api::metadata::{
    AddMetadataField, MetadataSettings, RemoveMetadataField, load_metadata_fields,
};
use crate::domain::MetadataKind;

#[component]
pub fn MetadataSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let add = ServerAction::<AddMetadataField>::new();
    let remove = ServerAction::<RemoveMetadataField>::new();
    let settings = Resource::new_blocking(
        move || (tenant(), add.version().get(), remove.version().get()),
        |(tenant, ..)| load_metadata_fields(tenant),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match settings.await {
                    Ok(settings) => view! { <FieldsView settings add remove /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn FieldsView(
    settings: MetadataSettings,
    add: ServerAction<AddMetadataField>,
    remove: ServerAction<RemoveMetadataField>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let MetadataSettings {
        tenant_alias,
        tenant_name,
        fields,
        max_fields,
    } = settings;
    let error = Signal::derive(move || add.value().get().and_then(Result::err));
    let remove_error = Signal::derive(move || remove.value().get().and_then(Result::err));
    let tenant = StoredValue::new(tenant_alias.clone());
    let rows = fields
        .into_iter()
        .map(|field| {
            view! {
                <li>
                    <strong>{field.name.clone()}</strong> {format!(" ({})", field.kind.localized_label())}
                    <ActionForm action=remove attr:class="inline">
                        <input type="hidden" name="tenant" value=tenant.get_value() />
                        <input type="hidden" name="field" value=field.id.to_string() />
                        <button type="submit" class="secondary small">{crate::i18n::tr!("metadata-settings-remove", name = &field.name)}</button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    let kinds = MetadataKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.code()>{k.localized_label()}</option> })
        .collect_view();
    view! {
        <PageTitle text=crate::i18n::tr!("metadata-settings-title", tenant = &tenant_name) />
        <section class="page metadata-settings">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="metadata" admin=true premium=true />
            <h1>{crate::i18n::tr!("metadata-settings-heading")}</h1>
            <p>{crate::i18n::tr!("metadata-settings-lead", max = max_fields)}</p>
            <FormAlert error=remove_error />
            <ul class="field-list">{rows}</ul>
            <h2>{crate::i18n::tr!("metadata-settings-add-heading")}</h2>
            <FormAlert error />
            <ActionForm action=add attr:class="stacked" attr:id="add-field">
                <input type="hidden" name="tenant" value=tenant_alias />
                <label for="field-name">{crate::i18n::tr!("metadata-settings-name")}</label>
                <input id="field-name" name="name" type="text" required maxlength="50"
                    aria-invalid=invalid(error, "name") aria-describedby="field-name-error" />
                <FieldError error field="name" id="field-name-error".to_owned() />
                <label for="field-kind">{crate::i18n::tr!("metadata-settings-type")}</label>
                <select id="field-kind" name="kind">{kinds}</select>
                <button type="submit" class="primary">{crate::i18n::tr!("metadata-settings-add-button")}</button>
            </ActionForm>
        </section>
    }
}
