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
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
                (Some(email), _) => format!(
                    "You are on the {} plan now. We sent a link to {email} to choose your password.",
                    done.plan.label()
                ),
                (None, Some(administrator)) => format!(
                    "You are on the {} plan now. Everyone signs in through your identity provider; {administrator} is always an Administrator.",
                    done.plan.label()
                ),
                (None, None) => format!("You are on the {} plan now.", done.plan.label()),
            })
            // Upgraded by a form posted without the WebAssembly (and no
            // later post refused since).
            .or_else(|| {
                moved_without_js(&query.read(), "upgraded", plan)
                    .map(|upgraded| format!("You are on the {} plan now.", upgraded.label()))
            })
    };
    let switch = StoredValue::new((provider_switch, redirect_uri));
    let pending = password_pending.map(|email| {
        view! {
            <p class="notice" id="password-pending">{format!(
                "Choose your password with the link we sent to {email}: from then on you sign in with this email and that password. \
                 You stay signed in here until then. If the link is lost or has expired, use “Forgot your password?” on the sign-in page."
            )}</p>
        }
    });
    let options = if upgrades.is_empty() {
        view! { <p>{format!("{} is our largest plan.", plan.label())}</p> }.into_any()
    } else {
        let tenant = StoredValue::new(tenant_alias.clone());
        let email = StoredValue::new(suggested_email);
        let cards = upgrades
            .into_iter()
            .map(|(to, path)| {
                view! {
                    <li class="plan-card" data-plan=to.code()>
                        <h3>{to.label()}</h3>
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
        <PageTitle text=format!("Plan · {tenant_name}") />
        <section class="page plan-settings">
            <TenantNav tenant=tenant_alias tenant_name current="plan" admin=true premium={plan == Plan::Premium} />
            <h1>"Plan"</h1>
            <div role="status">{move || done().map(|text| view! { <p class="success">{text}</p> })}</div>
            {pending}
            <h2>{format!("Your plan: {}", plan.label())}</h2>
            <div class="plan-card current">
                <PlanLimits plan>
                    <dt>"Open surveys now"</dt>
                    <dd>{open_surveys}</dd>
                    <dt>"Users now"</dt>
                    <dd>{users}</dd>
                </PlanLimits>
            </div>
            <h2 id="upgrade-heading">"Move to a higher plan"</h2>
            <p class="hint">"A higher plan applies at once, and your surveys and answers stay as they are. To move to a smaller plan, contact Tailspin Surveys."</p>
            {options}
            <h2>"Plan changes"</h2>
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
    let button = format!("Move to {}", to.label());
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
                <p>"You keep your account and your surveys. From now on you sign in with an email and a password of your own, and you can add users."</p>
                <ActionForm action=upgrade attr:class="stacked">
                    <input type="hidden" name="tenant" value=tenant />
                    <input type="hidden" name="plan" value=to.code() />
                    <label for=id.clone()>"Email to sign in with"</label>
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
            <p>"These users keep their accounts: each is found by the email your provider verifies when they first sign in there."</p>
            <ul class="people">{kept.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
    });
    let removed = (!removed.is_empty()).then(|| {
        view! {
            <p>"These sign in with a social identity, which your provider cannot vouch for, and are removed: the administrator you name below signs in instead."</p>
            <ul class="people">{removed.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
    });
    let has_error = move || error.get().is_some();
    view! {
        <p>"Your users sign in through your organization's OpenID Connect provider. The settings are tested before anything changes."</p>
        <details class="provider-setup" open=has_error>
            <summary>"Set up your provider and move to Premium"</summary>
            <p>"Register this redirect URI for Tailspin Surveys at your provider:"</p>
            <p><code class="redirect-uri">{redirect_uri}</code></p>
            {kept}
            {removed}
            <FormAlert error />
            <ActionForm action attr:class="stacked">
                <input type="hidden" name="tenant" value=tenant />
                <ProviderFields settings=Default::default()
                    secret_hint="The secret your provider issued for this application. It is stored encrypted and never shown again."
                    secret_required=true error />
                <label class="checkbox">
                    <input name="confirmed" type="checkbox" value="yes" required
                        aria-invalid=invalid(error, "confirmed") aria-describedby="confirm-provider-error" />
                    "I have read who keeps an account and who is removed"
                </label>
                <FieldError error field="confirmed" id="confirm-provider-error".to_owned() />
                <button type="submit" class="primary">"Test the provider and move to Premium"</button>
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
        return view! { <p>"No plan changes yet."</p> }.into_any();
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
                    <td data-label="When">{change.at.minute_string()}</td>
                    <td data-label="From">{change.from.label()}</td>
                    <th scope="row">{change.to.label()}</th>
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
                        <th scope="col">"From"</th>
                        <th scope="col">"To"</th>
                        <th scope="col">"By"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
