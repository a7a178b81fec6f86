//! `/admin/subscribers/{alias}`: one subscriber's settings, suspending and
//! activating it, and deleting it (the alias typed again), after which the
//! page follows the purge until nothing of the subscriber is left.

use super::raw_text::PageTitle;
use super::raw_text::raw_text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::fields::TextField;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::plan_settings::PlanHistory;
use super::region_move_panel::RegionMovePanel;
use crate::api::region_moves::{MoveSubscriberRegion, RegionMoves, load_region_moves};
use crate::api::tenants::{
    DeleteTenant, PurgeProgress, SaveTenant, SaveTenantSignIn, SetTenantStatus, TenantDetail,
    load_purge_progress, load_tenant,
};
use crate::domain::ProviderSettingsInput;
use crate::domain::{Plan, TenantStatus};
use crate::error::AppError;

const POLL_MS: u64 = 1_000;

#[derive(Clone, Copy)]
struct Actions {
    save: ServerAction<SaveTenant>,
    status: ServerAction<SetTenantStatus>,
    delete: ServerAction<DeleteTenant>,
    sign_in: ServerAction<SaveTenantSignIn>,
    region_move: ServerAction<MoveSubscriberRegion>,
}

#[component]
pub fn AdminTenantPage() -> impl IntoView {
    let params = use_params_map();
    let alias = move || params.read().get("alias").unwrap_or_default();
    let actions = Actions {
        save: ServerAction::new(),
        status: ServerAction::new(),
        delete: ServerAction::new(),
        sign_in: ServerAction::new(),
        region_move: ServerAction::new(),
    };
    let detail = Resource::new_blocking(
        move || {
            (
                alias(),
                actions.save.version().get(),
                actions.status.version().get(),
                actions.delete.version().get(),
                actions.region_move.version().get(),
            )
        },
        // The region panel's moves load here rather than in a resource of
        // its own: a resource nested under this one's Transition hydrated
        // late now and then, and the page panicked on the stale cursor.
        |(alias, ..)| async move {
            match load_tenant(alias.clone()).await {
                Err(AppError::NotFound) => match load_purge_progress(alias).await {
                    Ok(Some(purge)) => Ok(Err(purge)),
                    Ok(None) => Err(AppError::NotFound),
                    Err(error) => Err(error),
                },
                // A subscriber being deleted has no region to move.
                Ok(detail) if detail.status == TenantStatus::Deleting => Ok(Ok((detail, None))),
                Ok(detail) => Ok(Ok((detail, Some(load_region_moves(alias).await?)))),
                Err(error) => Err(error),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(Ok((detail, moves))) => view! { <TenantView detail moves actions /> }.into_any(),
                    Ok(Err(purge)) => view! {
                        <PageTitle text=crate::i18n::tr!("admin-tenant-title", name = &purge.name) />
                        <section class="page subscriber">
                            <AdminNav current="subscribers" />
                            <h1>{purge.name.clone()}</h1>
                            <PurgePanel alias=purge.alias.clone() initial=purge />
                        </section>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn TenantView(detail: TenantDetail, moves: Option<RegionMoves>, actions: Actions) -> impl IntoView {
    super::hydration::mark_hydrated();
    let deleting = detail.status == TenantStatus::Deleting;
    view! {
        <PageTitle text=crate::i18n::tr!("admin-tenant-title", name = &detail.name) />
        <section class="page subscriber">
            <AdminNav current="subscribers" />
            <h1>{detail.name.clone()}</h1>
            <dl class="connection">
                <dt>{crate::i18n::tr!("admin-tenant-alias")}</dt><dd><code>{detail.alias.clone()}</code></dd>
                <dt>{crate::i18n::tr!("admin-tenant-status")}</dt>
                <dd><span class=format!("status status-{}", detail.status.code()) id="subscriber-status">{detail.status.localized_label()}</span></dd>
                <dt>{crate::i18n::tr!("admin-tenant-created")}</dt><dd>{detail.created.clone()}</dd>
                <dt>{crate::i18n::tr!("admin-tenant-signs-in-with")}</dt><dd>{detail.sign_in.clone()}</dd>
                {detail.redirect_uri.clone().map(|uri| view! { <dt>{crate::i18n::tr!("admin-tenant-redirect-uri")}</dt><dd><code>{uri}</code></dd> })}
                <dt>{crate::i18n::tr!("admin-tenant-public-surveys")}</dt><dd><a href=format!("/s/{}", detail.alias)>{format!("/s/{}", detail.alias)}</a></dd>
            </dl>
            {if deleting {
                view! { <PurgePanel alias=detail.alias.clone() initial=detail.purge.clone().unwrap_or_else(|| waiting(&detail)) /> }.into_any()
            } else {
                view! {
                    <StatusForm detail=detail.clone() action=actions.status />
                    <SettingsForm detail=detail.clone() action=actions.save />
                    {moves.map(|moves| view! { <RegionMovePanel alias=detail.alias.clone() moves action=actions.region_move /> })}
                    <h2>{crate::i18n::tr!("admin-tenant-plan-changes")}</h2>
                    <PlanHistory history=detail.plan_changes.clone() name_tailspin=true />
                    {detail.provider.clone().map(|provider| view! {
                        <ProviderForm alias=detail.alias.clone() provider action=actions.sign_in />
                    })}
                    <DeleteForm alias=detail.alias.clone() action=actions.delete />
                }
                .into_any()
            }}
        </section>
    }
}

fn waiting(detail: &TenantDetail) -> PurgeProgress {
    PurgeProgress {
        alias: detail.alias.clone(),
        name: detail.name.clone(),
        state: crate::i18n::tr!("admin-tenant-purge-waiting"),
        finished: false,
        step: String::new(),
        removed_items: 0,
        requested: String::new(),
        message: String::new(),
    }
}

/// Activating is one click; suspending signs everyone out at once, so it
/// sits behind a disclosure and a box to tick (both work without
/// JavaScript; the server refuses a suspension without the box).
#[component]
fn StatusForm(detail: TenantDetail, action: ServerAction<SetTenantStatus>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let form = match detail.status {
        TenantStatus::Active => view! {
            <p>{crate::i18n::tr!("admin-tenant-suspend-explanation")}</p>
            <FormAlert error />
            <details class="confirm" open=move || error.get().is_some()>
                <summary>{crate::i18n::tr!("admin-tenant-suspend-open")}</summary>
                <ActionForm action attr:class="stacked" attr:id="status-form">
                    <input type="hidden" name="alias" value=detail.alias.clone() />
                    <input type="hidden" name="status" value="suspended" />
                    <label class="checkbox">
                        <input type="checkbox" name="confirmed" value="yes" required
                            aria-invalid=invalid(error, "confirmed") aria-describedby="field-confirmed-error" />
                        {crate::i18n::tr!("admin-tenant-suspend-confirm", name = &detail.name)}
                    </label>
                    <FieldError error field="confirmed" id="field-confirmed-error".to_owned() />
                    <button type="submit" class="danger">{crate::i18n::tr!("admin-tenant-suspend-button", name = &detail.name)}</button>
                </ActionForm>
            </details>
        }
        .into_any(),
        status => {
            let (label, explanation) = if status == TenantStatus::Suspended {
                (
                    crate::i18n::tr!("admin-tenant-reactivate"),
                    crate::i18n::tr!("admin-tenant-suspended"),
                )
            } else {
                (
                    crate::i18n::tr!("admin-tenant-activate"),
                    crate::i18n::tr!("admin-tenant-pending"),
                )
            };
            view! {
                <p>{explanation}</p>
                <FormAlert error />
                <ActionForm action attr:class="inline" attr:id="status-form">
                    <input type="hidden" name="alias" value=detail.alias.clone() />
                    <input type="hidden" name="status" value="active" />
                    <button type="submit" class="primary">{label}</button>
                </ActionForm>
            }
            .into_any()
        }
    };
    view! {
        <h2>{crate::i18n::tr!("admin-tenant-status")}</h2>
        {form}
    }
}

#[component]
fn SettingsForm(detail: TenantDetail, action: ServerAction<SaveTenant>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    let plans = Plan::ALL
        .into_iter()
        .map(|p| view! { <option value=p.code() selected=p == detail.plan>{p.localized_label()}</option> })
        .collect_view();
    let statuses = [
        TenantStatus::Active,
        TenantStatus::Suspended,
        TenantStatus::PendingActivation,
    ]
    .into_iter()
    .map(|s| view! { <option value=s.code() selected=s == detail.status>{s.localized_label()}</option> })
    .collect_view();
    let regions = detail
        .regions
        .iter()
        .map(
            |r| view! { <option value=r.clone() selected=*r == detail.region>{r.clone()}</option> },
        )
        .collect_view();
    let limit = |value: Option<u32>| value.map(|v| v.to_string()).unwrap_or_default();
    // The plan's limit as a number field's placeholder: written as one
    // would type it, without thousands separators.
    let plan_limit = |plan: Option<u32>| match plan {
        Some(n) => crate::i18n::tr!(
            "admin-tenant-plan-limit",
            limit = crate::i18n::Arg::Typed(f64::from(n))
        ),
        None => crate::i18n::tr!("admin-tenant-plan-no-limit"),
    };
    let (hint_before, hint_after) =
        crate::i18n::texts().around("admin-tenant-plan-hint", "link", &[]);
    view! {
        <h2>{crate::i18n::tr!("admin-tenant-settings")}</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("admin-tenant-settings-saved")}</p> })}</div>
        <FormAlert error />
        <ActionForm action attr:class="stacked" attr:id="settings-form">
            <input type="hidden" name="alias" value=detail.alias.clone() />
            <TextField label=crate::i18n::tr!("admin-tenant-name") name="changes[name]" field="name" error value=detail.name.clone() required=true />
            <label for="field-plan">{crate::i18n::tr!("admin-tenant-plan")}</label>
            <select id="field-plan" name="changes[plan]" aria-invalid=invalid(error, "plan") aria-describedby="field-plan-error">{plans}</select>
            <FieldError error field="plan" id="field-plan-error".to_owned() />
            <p class="hint">
                {hint_before}
                <a href=format!("/admin/subscribers/{}/sign-in", detail.alias)>{crate::i18n::tr!("admin-tenant-plan-hint-link")}</a>
                {hint_after}
            </p>
            <label for="field-status">{crate::i18n::tr!("admin-tenant-status")}</label>
            <select id="field-status" name="changes[status]" aria-invalid=invalid(error, "status") aria-describedby="field-status-error">{statuses}</select>
            <FieldError error field="status" id="field-status-error".to_owned() />
            <label for="field-region">{crate::i18n::tr!("admin-tenant-region")}</label>
            <select id="field-region" name="changes[region]" aria-invalid=invalid(error, "region") aria-describedby="field-region-error">{regions}</select>
            <FieldError error field="region" id="field-region-error".to_owned() />
            <TextField label=crate::i18n::tr!("admin-tenant-contact-email") name="changes[contact_email]" field="contact_email" error kind="email"
                value=detail.contact_email.clone() hint=crate::i18n::tr!("admin-tenant-contact-email-hint") />
            <TextField label=crate::i18n::tr!("admin-tenant-max-active-surveys") name="changes[max_active_surveys]" field="max_active_surveys" error
                kind="number" value=limit(detail.max_active_surveys)
                placeholder=plan_limit(Some(detail.plan_max_active_surveys))
                hint=crate::i18n::tr!("admin-tenant-empty-plan-limit") />
            <TextField label=crate::i18n::tr!("admin-tenant-max-users") name="changes[max_users]" field="max_users" error kind="number"
                value=limit(detail.max_users)
                placeholder=plan_limit(detail.plan_max_users)
                hint=crate::i18n::tr!("admin-tenant-empty-plan-limit") />
            <TextField label=crate::i18n::tr!("admin-tenant-monthly-responses") name="changes[monthly_responses]" field="monthly_responses" error
                kind="number" value=limit(detail.monthly_responses)
                placeholder=plan_limit(detail.plan_monthly_responses)
                hint=crate::i18n::tr!("admin-tenant-monthly-responses-hint") />
            <button type="submit" class="primary">{crate::i18n::tr!("admin-tenant-save-settings")}</button>
        </ActionForm>
    }
}

#[component]
fn ProviderForm(
    alias: String,
    provider: ProviderSettingsInput,
    action: ServerAction<SaveTenantSignIn>,
) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <h2>{crate::i18n::tr!("admin-tenant-provider-heading")}</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("admin-tenant-provider-saved")}</p> })}</div>
        <FormAlert error />
        <ActionForm action attr:class="stacked" attr:id="provider-form">
            <input type="hidden" name="alias" value=alias />
            <TextField label=crate::i18n::tr!("admin-tenant-issuer") name="settings[issuer]" field="issuer" error kind="url" value=provider.issuer required=true />
            <TextField label=crate::i18n::tr!("admin-tenant-client-id") name="settings[client_id]" field="client_id" error value=provider.client_id required=true />
            <TextField label=crate::i18n::tr!("admin-tenant-client-secret") name="settings[client_secret]" field="client_secret" error kind="password"
                autocomplete="new-password" hint=crate::i18n::tr!("admin-tenant-client-secret-hint") />
            <TextField label=crate::i18n::tr!("admin-tenant-administrator") name="settings[administrator]" field="administrator" error
                value=provider.administrator required=true />
            <TextField label=crate::i18n::tr!("admin-tenant-identifying-claim") name="settings[identifying_claim]" field="identifying_claim" error
                value=provider.identifying_claim />
            <label for="field-claim_rules">{crate::i18n::tr!("admin-tenant-claim-rules")}</label>
            <textarea id="field-claim_rules" name="settings[claim_rules]" rows="3"
                aria-invalid=invalid(error, "claim_rules") aria-describedby="field-claim_rules-error">{raw_text(provider.claim_rules)}</textarea>
            <FieldError error field="claim_rules" id="field-claim_rules-error".to_owned() />
            <button type="submit" class="primary">{crate::i18n::tr!("admin-tenant-save-provider")}</button>
        </ActionForm>
    }
}

#[component]
fn DeleteForm(alias: String, action: ServerAction<DeleteTenant>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <h2>{crate::i18n::tr!("admin-tenant-delete-heading")}</h2>
        <p class="lead">{crate::i18n::tr!("admin-tenant-delete-lead")}</p>
        <FormAlert error />
        <ActionForm action attr:class="stacked danger-zone" attr:id="delete-form">
            <input type="hidden" name="alias" value=alias.clone() />
            <label for="field-confirmation">{crate::i18n::tr!("admin-tenant-delete-type", alias = &alias)}</label>
            <input id="field-confirmation" name="confirmation" type="text" autocomplete="off" required
                aria-invalid=invalid(error, "confirmation") aria-describedby="field-confirmation-error" />
            <FieldError error field="confirmation" id="field-confirmation-error".to_owned() />
            <button type="submit" class="danger">{crate::i18n::tr!("admin-tenant-delete-button")}</button>
        </ActionForm>
    }
}

/// The purge's progress, asked for every second until it finishes.
#[component]
fn PurgePanel(alias: String, initial: PurgeProgress) -> impl IntoView {
    let live = RwSignal::new(initial);
    Effect::new(move |_| {
        let alias = alias.clone();
        let handle = set_interval_with_handle(
            move || {
                if live.get_untracked().finished {
                    return;
                }
                let alias = alias.clone();
                leptos::task::spawn_local(async move {
                    if let Ok(Some(progress)) = load_purge_progress(alias).await {
                        live.set(progress);
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
    view! {
        <h2>{crate::i18n::tr!("admin-tenant-deletion")}</h2>
        <div class="transfer" role="status" aria-live="polite" id="purge-progress"
            data-finished=move || live.get().finished.to_string()>
            <p>
                <strong>{move || live.get().state}</strong>
                {move || {
                    let p = live.get();
                    (!p.step.is_empty()).then(|| format!(" — {}", p.step))
                }}
            </p>
            <p>{move || crate::i18n::tr!("admin-tenant-items-removed", count = live.get().removed_items)}</p>
            {move || (!live.get().finished).then(|| view! { <progress aria-label=crate::i18n::tr!("admin-tenant-deleting")></progress> })}
            {move || {
                let p = live.get();
                (!p.message.is_empty()).then(|| view! { <p class="transfer-message">{p.message}</p> })
            }}
        </div>
    }
}
