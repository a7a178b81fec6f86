//! `/t/{tenant}/settings/plan`: an Administrator sees their plan, what it
//! allows and what is used, moves to a higher plan, and reads the record of
//! plan changes. Every form works without the WebAssembly.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::plan_choice::{PlanLimits, moved_without_js};
use super::raw_text::PageTitle;
use super::sign_in_settings::ProviderFields;
use super::tenant_nav::TenantNav;
use crate::api::plan::{PlanPage, UpgradePlan, UpgradeToOwnProvider, load_plan};
use crate::domain::{Plan, PlanChange, PlanPath};
use crate::i18n::tr;

#[component]
pub fn PlanSettingsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let upgrade = ServerAction::<UpgradePlan>::new();
    let own_provider = ServerAction::<UpgradeToOwnProvider>::new();
    // Reloaded after a change only: a refused form keeps what was typed.
    let page = Resource::new_blocking(
        move || {
            (
                tenant(),
                upgrade.value().get().and_then(Result::ok),
                own_provider.value().get().and_then(Result::ok),
            )
        },
        |(tenant, ..)| load_plan(tenant),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <PlanView page upgrade own_provider /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PlanView(
    page: PlanPage,
    upgrade: ServerAction<UpgradePlan>,
    own_provider: ServerAction<UpgradeToOwnProvider>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let PlanPage {
        tenant_alias,
        tenant_name,
        plan,
        open_surveys,
        users,
        upgrades,
        history,
        suggested_email,
        password_pending,
        provider_switch,
        redirect_uri,
    } = page;
    let error = Signal::derive(move || upgrade.value().get().and_then(Result::err));
    let provider_error = Signal::derive(move || own_provider.value().get().and_then(Result::err));
    let query = use_query_map();
    let done = move || {
        upgrade
            .value()
            .get()
            .and_then(Result::ok)
            .or_else(|| own_provider.value().get().and_then(Result::ok))
            .map(|done| match (done.password_link_to, done.administrator) {
                (Some(email), _) => tr!(
                    "plan-settings-done-password",
                    plan = done.plan.localized_label(),
                    email = email
                ),
                (None, Some(administrator)) => tr!(
                    "plan-settings-done-provider",
                    plan = done.plan.localized_label(),
                    administrator = administrator
                ),
                (None, None) => tr!("plan-settings-done", plan = done.plan.localized_label()),
            })
            // Upgraded by a form posted without the WebAssembly (and no
            // later post refused since).
            .or_else(|| {
                moved_without_js(&query.read(), "upgraded", plan)
                    .map(|upgraded| tr!("plan-settings-done", plan = upgraded.localized_label()))
            })
    };
    let switch = StoredValue::new((provider_switch, redirect_uri));
    let pending = password_pending.map(|email| {
        view! {
            <p class="notice" id="password-pending">{tr!("plan-settings-password-pending", email = email)}</p>
        }
    });
    let options = if upgrades.is_empty() {
        view! { <p>{tr!("plan-settings-largest", plan = plan.localized_label())}</p> }.into_any()
    } else {
        let tenant = StoredValue::new(tenant_alias.clone());
        let email = StoredValue::new(suggested_email);
        let cards = upgrades
            .into_iter()
            .map(|(to, path)| {
                view! {
                    <li class="plan-card" data-plan=to.code()>
                        <h3>{to.localized_label()}</h3>
                        <PlanLimits plan=to />
                        {if path == PlanPath::OwnProvider {
                            let (users, redirect_uri) = switch.get_value();
                            view! {
                                <OwnProviderForm tenant=tenant.get_value() users=users.unwrap_or_default()
                                    redirect_uri action=own_provider error=provider_error />
                            }.into_any()
                        } else {
                            view! { <UpgradeForm to path tenant=tenant.get_value() email=email.get_value() upgrade error /> }.into_any()
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <FormAlert error />
            <ul class="plan-cards" aria-labelledby="upgrade-heading">{cards}</ul>
        }
        .into_any()
    };
    view! {
        <PageTitle text=tr!("plan-settings-title", tenant = tenant_name.as_str()) />
        <section class="page plan-settings">
            <TenantNav tenant=tenant_alias tenant_name current="plan" admin=true premium={plan == Plan::Premium} />
            <h1>{tr!("plan-settings-heading")}</h1>
            <div role="status">{move || done().map(|text| view! { <p class="success">{text}</p> })}</div>
            {pending}
            <h2>{tr!("plan-settings-yours", plan = plan.localized_label())}</h2>
            <div class="plan-card current">
                <PlanLimits plan>
                    <dt>{tr!("plan-settings-open-surveys")}</dt>
                    <dd>{open_surveys}</dd>
                    <dt>{tr!("plan-settings-users")}</dt>
                    <dd>{users}</dd>
                </PlanLimits>
            </div>
            <h2 id="upgrade-heading">{tr!("plan-settings-upgrade-heading")}</h2>
            <p class="hint">{tr!("plan-settings-upgrade-hint")}</p>
            {options}
            <h2>{tr!("plan-settings-changes-heading")}</h2>
            <PlanHistory history />
        </section>
    }
}

/// The form that moves to `to`, as its path needs.
#[component]
fn UpgradeForm(
    to: Plan,
    path: PlanPath,
    tenant: String,
    email: String,
    upgrade: ServerAction<UpgradePlan>,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let button = tr!("plan-settings-move-to", plan = to.localized_label());
    match path {
        PlanPath::Direct => view! {
            <ActionForm action=upgrade>
                <input type="hidden" name="tenant" value=tenant />
                <input type="hidden" name="plan" value=to.code() />
                <button type="submit" class="primary">{button}</button>
            </ActionForm>
        }
        .into_any(),
        PlanPath::OwnerChoosesPassword => {
            let id = format!("email-{}", to.code());
            let error_id = format!("{id}-error");
            view! {
                <p>{tr!("plan-settings-keep-account")}</p>
                <ActionForm action=upgrade attr:class="stacked">
                    <input type="hidden" name="tenant" value=tenant />
                    <input type="hidden" name="plan" value=to.code() />
                    <label for=id.clone()>{tr!("plan-settings-email")}</label>
                    <input id=id name="email" type="email" required autocomplete="email" value=email
                        aria-invalid=invalid(error, "email") aria-describedby=error_id.clone() />
                    <FieldError error field="email" id=error_id />
                    <button type="submit" class="primary">{button}</button>
                </ActionForm>
            }
            .into_any()
        }
        // Its own form: `OwnProviderForm`; the others are no upgrades.
        PlanPath::OwnProvider | PlanPath::UsersChoosePasswords | PlanPath::OwnerSignsInSocially => {
            ().into_any()
        }
    }
}

/// The move to the subscriber's own OpenID Connect provider: who keeps an
/// account, the provider's settings (tested before anything changes) and
/// the confirmation.
#[component]
fn OwnProviderForm(
    tenant: String,
    /// Who keeps an account, and who is removed.
    users: (Vec<String>, Vec<String>),
    redirect_uri: String,
    action: ServerAction<UpgradeToOwnProvider>,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let (kept, removed) = users;
    let kept = (!kept.is_empty()).then(|| {
        view! {
            <p>{tr!("plan-settings-kept")}</p>
            <ul class="people">{kept.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
    });
    let removed = (!removed.is_empty()).then(|| {
        view! {
            <p>{tr!("plan-settings-removed")}</p>
            <ul class="people">{removed.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
    });
    let has_error = move || error.get().is_some();
    view! {
        <p>{tr!("plan-settings-own-provider")}</p>
        <details class="provider-setup" open=has_error>
            <summary>{tr!("plan-settings-provider-summary", plan = Plan::Premium.localized_label())}</summary>
            <p>{tr!("plan-settings-redirect-uri")}</p>
            <p><code class="redirect-uri">{redirect_uri}</code></p>
            {kept}
            {removed}
            <FormAlert error />
            <ActionForm action attr:class="stacked">
                <input type="hidden" name="tenant" value=tenant />
                <ProviderFields settings=Default::default()
                    secret_hint=crate::i18n::tr!("plan-settings-secret-hint")
                    secret_required=true error />
                <label class="checkbox">
                    <input name="confirmed" type="checkbox" value="yes" required
                        aria-invalid=invalid(error, "confirmed") aria-describedby="confirm-provider-error" />
                    {tr!("plan-settings-confirm")}
                </label>
                <FieldError error field="confirmed" id="confirm-provider-error".to_owned() />
                <button type="submit" class="primary">{tr!("plan-settings-test-and-move", plan = Plan::Premium.localized_label())}</button>
            </ActionForm>
        </details>
    }
}

/// A subscriber's plan changes, newest first. `name_tailspin`: show which
/// Tailspin administrator made a change (their own pages say only
/// "Tailspin Surveys").
#[component]
pub(super) fn PlanHistory(
    history: Vec<PlanChange>,
    #[prop(optional)] name_tailspin: bool,
) -> impl IntoView {
    if history.is_empty() {
        return view! { <p>{tr!("plan-settings-no-changes")}</p> }.into_any();
    }
    let rows = history
        .into_iter()
        .map(|change| {
            let by = match (change.by_tailspin, name_tailspin) {
                (true, true) => format!("{} (Tailspin)", change.by),
                (true, false) => "Tailspin Surveys".to_owned(),
                (false, _) => change.by,
            };
            view! {
                <tr>
                    <td data-label=crate::i18n::tr!("plan-settings-when")>{change.at.localized_minute_string()}</td>
                    <td data-label=crate::i18n::tr!("plan-settings-from")>{change.from.localized_label()}</td>
                    <th scope="row">{change.to.localized_label()}</th>
                    <td data-label=crate::i18n::tr!("plan-settings-by")>{by}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=tr!("plan-settings-history-label") tabindex="0">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{tr!("plan-settings-when")}</th>
                        <th scope="col">{tr!("plan-settings-from")}</th>
                        <th scope="col">{tr!("plan-settings-to")}</th>
                        <th scope="col">{tr!("plan-settings-by")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
