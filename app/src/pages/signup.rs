//! `/signup`: self-service sign-up, a plan first and then the form for it
//! (`?plan=`); `/signup/welcome/{alias}`: the next steps;
//! `/admin/subscribers/new`: a Tailspin administrator adds a subscriber with
//! the same steps and fields.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::fields::TextField;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::plan_choice::{ChosenPlan, PlanChoice};
use super::tenant_login::AwaitingActivation;
use crate::api::signup::{
    AddTenant, SignUp, SignupOptions, Welcome, WelcomeReply, check_alias,
    load_admin_signup_options, load_signup_options, load_welcome, test_identity_provider,
};
use crate::domain::{Plan, SignInKind, TenantAlias};
use crate::error::AppError;
use crate::i18n::{texts, tr};

#[component]
pub fn SignupPage() -> impl IntoView {
    let options = Resource::new_blocking(|| (), |_| load_signup_options());
    let chosen = chosen_plan();
    view! {
        <Suspense fallback=|| view! { <p class="loading">{tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => view! { <SignupSteps options chosen /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The plan named by `?plan=`, the step after the plan choice.
fn chosen_plan() -> Memo<Option<Plan>> {
    let query = use_query_map();
    Memo::new(move |_| {
        query
            .read()
            .get("plan")
            .and_then(|code| Plan::from_code(&code))
    })
}

/// First the plans, then the form for the chosen one. A plan this
/// installation cannot complete is never offered (the server refuses it too).
#[component]
fn SignupSteps(options: SignupOptions, chosen: Memo<Option<Plan>>) -> impl IntoView {
    super::hydration::mark_hydrated();
    let action = ServerAction::<SignUp>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    move || match chosen.get().filter(|plan| options.plans.contains(plan)) {
        None => view! {
            <PageTitle text=tr!("signup-title") />
            <section class="page signup">
                <h1>{tr!("signup-heading")}</h1>
                <p class="lead">{lead(&options.plans)}</p>
                <PlanChoice plans=options.plans.clone() base="/signup" starts=true />
            </section>
        }
        .into_any(),
        Some(plan) => {
            let options = options.clone();
            view! {
            <PageTitle text=tr!("signup-title-plan", plan = plan.localized_label()) />
            <section class="page signup">
                <h1>{tr!("signup-heading-plan", plan = plan.localized_label())}</h1>
                <ChosenPlan plan base="/signup" />
                <FormAlert error />
                <ActionForm action attr:class="stacked" attr:id="signup-form">
                    <TenantFields options error admin=false plan />
                    <button type="submit" class="primary">{tr!("signup-submit")}</button>
                </ActionForm>
            </section>
            }
            .into_any()
        }
    }
}

/// The introduction, naming only what is offered here.
fn lead(plans: &[Plan]) -> String {
    if plans.contains(&Plan::Trial) {
        tr!(
            "signup-lead-with-trial",
            trial = Plan::Trial.localized_label()
        )
    } else {
        tr!("signup-lead")
    }
}

#[component]
pub fn AdminNewTenantPage() -> impl IntoView {
    let options = Resource::new_blocking(|| (), |_| load_admin_signup_options());
    let chosen = chosen_plan();
    view! {
        <PageTitle text=tr!("signup-admin-title") />
        <Suspense fallback=|| view! { <p class="loading">{tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => view! { <AdminNewTenantSteps options chosen /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AdminNewTenantSteps(options: SignupOptions, chosen: Memo<Option<Plan>>) -> impl IntoView {
    super::hydration::mark_hydrated();
    let action = ServerAction::<AddTenant>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    const BASE: &str = "/admin/subscribers/new";
    let step = move || match chosen.get().filter(|plan| options.plans.contains(plan)) {
        None => view! {
            <h1>{tr!("signup-admin-heading")}</h1>
            <PlanChoice plans=options.plans.clone() base=BASE starts=false />
        }
        .into_any(),
        Some(plan) => {
            let options = options.clone();
            view! {
            <h1>{tr!("signup-admin-heading-plan", plan = plan.localized_label())}</h1>
            <ChosenPlan plan base=BASE />
            <FormAlert error />
            <ActionForm action attr:class="stacked" attr:id="add-subscriber-form">
                <TenantFields options error admin=true plan />
                <label class="checkbox">
                    <input type="checkbox" name="activate" value="on" checked=true />
                    " "
                    {tr!("signup-activate")}
                </label>
                <button type="submit" class="primary">{tr!("signup-add-submit")}</button>
            </ActionForm>
            }
            .into_any()
        }
    };
    view! {
        <section class="page signup">
            <AdminNav current="subscribers" />
            {step}
        </section>
    }
}

/// The fields of a new subscriber on `plan`: only the sign-in details that
/// plan needs.
#[component]
fn TenantFields(
    options: SignupOptions,
    error: Signal<Option<AppError>>,
    admin: bool,
    plan: Plan,
) -> impl IntoView {
    let alias = RwSignal::new(String::new());
    let alias_edited = RwSignal::new(false);
    let alias_check = Action::new(|alias: &String| check_alias(alias.clone()));
    let regions = options
        .regions
        .iter()
        .map(|r| view! { <option value=r.clone()>{r.clone()}</option> })
        .collect_view();
    let alias_message = move || {
        alias_check
            .value()
            .get()
            .and_then(Result::ok)
            .filter(|c| c.alias == alias.get())
            .map(|c| (c.available, c.message))
    };
    let sign_in = match plan.sign_in() {
        SignInKind::SocialIdentity => view! { <SocialOwnerFields options error admin /> }.into_any(),
        SignInKind::LocalAccounts => view! {
            <fieldset class="plan-details">
                <legend>{tr!("signup-admin-account")}</legend>
                <TextField label=tr!("signup-admin-name") name="form[admin_name]" field="admin_name" error autocomplete="name" />
                <TextField label=tr!("signup-admin-email") name="form[admin_email]" field="admin_email" error kind="email" autocomplete="email" />
                <TextField label=tr!("signup-password") name="form[password]" field="password" error kind="password" autocomplete="new-password"
                    hint=tr!("signup-password-hint") />
            </fieldset>
        }
        .into_any(),
        SignInKind::OwnIdentityProvider => view! { <OwnProviderFields options error /> }.into_any(),
    };
    view! {
        <input type="hidden" name="form[plan]" value=plan.code() />
        <FieldError error field="plan" id="field-plan-error".to_owned() />
        <label for="field-name">{tr!("signup-name")}</label>
        <input id="field-name" name="form[name]" type="text" required maxlength="100" autocomplete="organization"
            aria-invalid=invalid(error, "name") aria-describedby="field-name-error"
            on:input=move |ev| {
                if !alias_edited.get_untracked() {
                    let suggested = TenantAlias::suggest(&event_target_value(&ev));
                    alias.set(suggested.clone());
                    if suggested.len() >= 2 {
                        alias_check.dispatch(suggested);
                    }
                }
            } />
        <FieldError error field="name" id="field-name-error".to_owned() />
        <label for="field-alias">{tr!("signup-alias")}</label>
        <p class="hint" id="field-alias-hint">{tr!("signup-alias-hint")}</p>
        <input id="field-alias" name="form[alias]" type="text" required maxlength="40" autocomplete="off"
            prop:value=move || alias.get()
            aria-invalid=invalid(error, "alias") aria-describedby="field-alias-hint field-alias-status field-alias-error"
            on:input=move |ev| {
                let value = event_target_value(&ev);
                alias_edited.set(true);
                alias.set(value.clone());
                alias_check.dispatch(value);
            } />
        <p id="field-alias-status" role="status" class=move || match alias_message() {
            Some((true, _)) => "success",
            Some((false, _)) => "field-error",
            None => "field-error-slot",
        }>{move || alias_message().map(|(_, m)| m)}</p>
        <FieldError error field="alias" id="field-alias-error".to_owned() />
        <label for="field-region">{tr!("signup-region")}</label>
        <select id="field-region" name="form[region]">{regions}</select>
        <FieldError error field="region" id="field-region-error".to_owned() />
        {(plan.sign_in() != SignInKind::LocalAccounts).then(|| {
            let hint = if admin {
                tr!("signup-notices-hint-admin")
            } else {
                tr!("signup-notices-hint")
            };
            view! { <TextField label=tr!("signup-notices") name="form[contact_email]" field="contact_email" error kind="email" autocomplete="email" hint /> }
        })}
        {sign_in}
        <label class="checkbox">
            <input type="checkbox" name="form[export_database]" value="on" />
            " "
            {tr!("signup-export")}
        </label>
    }
}

/// Trial and Individual: the social identity that owns the subscription.
#[component]
fn SocialOwnerFields(
    options: SignupOptions,
    error: Signal<Option<AppError>>,
    admin: bool,
) -> impl IntoView {
    let providers = options
        .social_providers
        .iter()
        .enumerate()
        .map(|(i, (id, name))| view! { <option value=id.clone() selected=i == 0>{name.clone()}</option> })
        .collect_view();
    view! {
        <fieldset class="plan-details">
            <legend>{tr!("signup-social-legend")}</legend>
            <label for="field-social_provider">{tr!("signup-social-sign-in-with")}</label>
            <select id="field-social_provider" name="form[social_provider]">{providers}</select>
            <FieldError error field="social_provider" id="field-social_provider-error".to_owned() />
            {if admin {
                view! { <TextField label=tr!("signup-owner-subject") name="form[owner_subject]" field="owner_subject" error /> }.into_any()
            } else {
                view! { <p class="hint">{tr!("signup-social-hint")}</p> }.into_any()
            }}
        </fieldset>
    }
}

/// Premium: the organization's own identity provider.
#[component]
fn OwnProviderFields(options: SignupOptions, error: Signal<Option<AppError>>) -> impl IntoView {
    let issuer = RwSignal::new(String::new());
    let connection = Action::new(|issuer: &String| test_identity_provider(issuer.clone()));
    view! {
        <fieldset class="plan-details">
            <legend>{tr!("signup-provider-legend")}</legend>
            <label for="field-issuer">{tr!("signup-issuer")}</label>
            <input id="field-issuer" name="form[issuer]" type="url" autocomplete="off"
                aria-invalid=invalid(error, "issuer") aria-describedby="field-issuer-status field-issuer-error"
                on:input=move |ev| issuer.set(event_target_value(&ev)) />
            <button type="button" class="secondary" on:click=move |_| { connection.dispatch(issuer.get_untracked()); }>
                {tr!("signup-test-connection")}
            </button>
            <p id="field-issuer-status" role="status">
                {move || connection.pending().get().then(|| tr!("signup-testing"))}
                {move || connection.value().get().map(|r| match r {
                    Ok(found) => view! { <span class="success">{found}</span> }.into_any(),
                    Err(e) => view! { <span class="field-error">{e.problems_with("issuer").join(" ")}{e.problems_with("issuer").is_empty().then(|| e.message().in_page_language())}</span> }.into_any(),
                })}
            </p>
            <FieldError error field="issuer" id="field-issuer-error".to_owned() />
            <TextField label=tr!("signup-client-id") name="form[client_id]" field="client_id" error />
            <TextField label=tr!("signup-client-secret") name="form[client_secret]" field="client_secret" error kind="password" autocomplete="new-password" />
            <TextField label=tr!("signup-administrator") name="form[administrator]" field="administrator" error
                hint=tr!("signup-administrator-hint") />
            <TextField label=tr!("signup-identifying-claim") name="form[identifying_claim]" field="identifying_claim" error placeholder="sub" />
            <label for="field-claim_rules">{tr!("signup-claim-rules")}</label>
            <p class="hint" id="field-claim_rules-hint">{tr!("signup-claim-rules-hint")}</p>
            <textarea id="field-claim_rules" name="form[claim_rules]" rows="3"
                aria-invalid=invalid(error, "claim_rules") aria-describedby="field-claim_rules-hint field-claim_rules-error"></textarea>
            <FieldError error field="claim_rules" id="field-claim_rules-error".to_owned() />
            <p class="hint">{tr!("signup-redirect-uri", uri = &options.redirect_uri_example)}</p>
        </fieldset>
    }
}

#[component]
pub fn WelcomePage() -> impl IntoView {
    let params = use_params_map();
    let welcome = Resource::new_blocking(
        move || params.read().get("tenant").unwrap_or_default(),
        load_welcome,
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match welcome.await {
                    Ok(WelcomeReply::SignedUp(welcome)) => view! { <WelcomeView welcome /> }.into_any(),
                    Ok(WelcomeReply::AwaitingActivation { alias }) => {
                        view! { <AwaitingActivation alias /> }.into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WelcomeView(welcome: Welcome) -> impl IntoView {
    super::hydration::mark_hydrated();
    let alias = welcome.alias.clone();
    // The private pages' links load in full (`rel="external"`), so that the
    // server can send a visitor who is not signed in to the sign-in page;
    // while pending, that page says the subscription awaits activation.
    let mut steps: Vec<AnyView> = Vec::new();
    if welcome.active {
        let (before, after) = texts().around("signup-welcome-dashboard", "link", &[]);
        steps.push(view! { <li>{before}<a href=format!("/t/{alias}")>{tr!("signup-welcome-dashboard-link")}</a>{after}</li> }.into_any());
    } else {
        let notice = if welcome.contact_email.is_empty() {
            tr!("signup-welcome-pending")
        } else {
            tr!(
                "signup-welcome-pending-email",
                email = &welcome.contact_email
            )
        };
        steps.push(view! { <li>{notice}</li> }.into_any());
    }
    if let Some(uri) = welcome.redirect_uri.clone() {
        let (before, after) = texts().around("signup-welcome-redirect-uri", "uri", &[]);
        steps.push(
            view! { <li>{before}<code id="redirect-uri">{uri}</code>{after}</li> }.into_any(),
        );
    }
    // Not a link while pending: the public site opens on activation.
    let public_list = format!("/s/{alias}");
    steps.push(if welcome.active {
        let href = public_list.clone();
        let (before, after) = texts().around("signup-welcome-public-list", "address", &[]);
        view! { <li>{before}<a href=href>{public_list}</a>{after}</li> }.into_any()
    } else {
        let (before, after) = texts().around("signup-welcome-public-list-pending", "address", &[]);
        view! { <li>{before}<code>{public_list}</code>{after}</li> }.into_any()
    });
    let (before, after) = texts().around("signup-welcome-branding", "link", &[]);
    steps.push(view! { <li>{before}<a href=format!("/t/{alias}/branding") rel="external">{tr!("signup-welcome-branding-link")}</a>{after}</li> }.into_any());
    if welcome.export_database {
        let (before, after) = texts().around("signup-welcome-export", "link", &[]);
        steps.push(view! { <li>{before}<a href=format!("/t/{alias}/export") rel="external">{tr!("signup-welcome-export-link")}</a>{after}</li> }.into_any());
    }
    view! {
        <PageTitle text=tr!("signup-welcome-title", name = &welcome.name) />
        <section class="page welcome">
            <h1>{tr!("signup-welcome-title", name = &welcome.name)}</h1>
            <p class="lead" role="status">{if welcome.active {
                tr!("signup-welcome-ready", plan = welcome.plan.localized_label())
            } else {
                tr!("signup-welcome-waiting", plan = welcome.plan.localized_label())
            }}</p>
            <h2>{tr!("signup-welcome-next")}</h2>
            <ol>{steps}</ol>
        </section>
    }
}
