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

#[component]
pub fn SignupPage() -> impl IntoView {
    let options = Resource::new_blocking(|| (), |_| load_signup_options());
    let chosen = chosen_plan();
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
            <PageTitle text="Sign up · Tailspin Surveys" />
            <section class="page signup">
                <h1>"Sign up for Tailspin Surveys"</h1>
                <p class="lead">{lead(&options.plans)}</p>
                <PlanChoice plans=options.plans.clone() base="/signup" starts=true />
            </section>
        }
        .into_any(),
        Some(plan) => {
            let options = options.clone();
            view! {
            <PageTitle text=format!("Sign up for {} · Tailspin Surveys", plan.label()) />
            <section class="page signup">
                <h1>{format!("Sign up for the {} plan", plan.label())}</h1>
                <ChosenPlan plan base="/signup" />
                <FormAlert error />
                <ActionForm action attr:class="stacked" attr:id="signup-form">
                    <TenantFields options error admin=false plan />
                    <button type="submit" class="primary">"Sign up"</button>
                </ActionForm>
            </section>
            }
            .into_any()
        }
    }
}

/// The introduction, naming only what is offered here.
fn lead(plans: &[Plan]) -> String {
    let trial = if plans.contains(&Plan::Trial) {
        " A Trial starts at once and is free for its first survey."
    } else {
        ""
    };
    format!(
        "Choose a plan, then tell us about your organization.{trial} Paid plans start once a Tailspin administrator activates them."
    )
}

#[component]
pub fn AdminNewTenantPage() -> impl IntoView {
    let options = Resource::new_blocking(|| (), |_| load_admin_signup_options());
    let chosen = chosen_plan();
    view! {
        <PageTitle text="Add a subscriber · Tailspin administration" />
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
            <h1>"Add a subscriber"</h1>
            <PlanChoice plans=options.plans.clone() base=BASE starts=false />
        }
        .into_any(),
        Some(plan) => {
            let options = options.clone();
            view! {
            <h1>{format!("Add a {} subscriber", plan.label())}</h1>
            <ChosenPlan plan base=BASE />
            <FormAlert error />
            <ActionForm action attr:class="stacked" attr:id="add-subscriber-form">
                <TenantFields options error admin=true plan />
                <label class="checkbox">
                    <input type="checkbox" name="activate" value="on" checked=true />
                    " Active at once (otherwise pending activation)"
                </label>
                <button type="submit" class="primary">"Add the subscriber"</button>
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
                <legend>"The first administrator's account"</legend>
                <TextField label="Administrator's name" name="form[admin_name]" field="admin_name" error autocomplete="name" />
                <TextField label="Administrator's email" name="form[admin_email]" field="admin_email" error kind="email" autocomplete="email" />
                <TextField label="Password" name="form[password]" field="password" error kind="password" autocomplete="new-password"
                    hint=crate::domain::PASSWORD_HINT />
            </fieldset>
        }
        .into_any(),
        SignInKind::OwnIdentityProvider => view! { <OwnProviderFields options error /> }.into_any(),
    };
    view! {
        <input type="hidden" name="form[plan]" value=plan.code() />
        <FieldError error field="plan" id="field-plan-error".to_owned() />
        <label for="field-name">"Subscriber name"</label>
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
        <label for="field-alias">"Alias"</label>
        <p class="hint" id="field-alias-hint">"Your address: lowercase letters, digits and hyphens, for example /s/adatum."</p>
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
        <label for="field-region">"Region"</label>
        <select id="field-region" name="form[region]">{regions}</select>
        <FieldError error field="region" id="field-region-error".to_owned() />
        {(plan.sign_in() != SignInKind::LocalAccounts).then(|| {
            let hint = if admin {
                "Activation and plan-limit notices go here. Optional here: empty means none."
            } else {
                "We write here when the subscription is ready, and when it nears its plan's limits."
            };
            view! { <TextField label="Email for notices" name="form[contact_email]" field="contact_email" error kind="email" autocomplete="email" hint /> }
        })}
        {sign_in}
        <label class="checkbox">
            <input type="checkbox" name="form[export_database]" value="on" />
            " Also create an export database (your surveys and responses in a database of your own)"
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
            <legend>"The identity that owns the subscription"</legend>
            <label for="field-social_provider">"Sign in with"</label>
            <select id="field-social_provider" name="form[social_provider]">{providers}</select>
            <FieldError error field="social_provider" id="field-social_provider-error".to_owned() />
            {if admin {
                view! { <TextField label="Owner's identifier at that provider (subject)" name="form[owner_subject]" field="owner_subject" error /> }.into_any()
            } else {
                view! { <p class="hint">"After you press Sign up you sign in there; that identity becomes the owner."</p> }.into_any()
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
            <legend>"Your organization's identity provider"</legend>
            <label for="field-issuer">"Issuer URL"</label>
            <input id="field-issuer" name="form[issuer]" type="url" autocomplete="off"
                aria-invalid=invalid(error, "issuer") aria-describedby="field-issuer-status field-issuer-error"
                on:input=move |ev| issuer.set(event_target_value(&ev)) />
            <button type="button" class="secondary" on:click=move |_| { connection.dispatch(issuer.get_untracked()); }>
                "Test connection"
            </button>
            <p id="field-issuer-status" role="status">
                {move || connection.pending().get().then_some("Testing…")}
                {move || connection.value().get().map(|r| match r {
                    Ok(found) => view! { <span class="success">{found}</span> }.into_any(),
                    Err(e) => view! { <span class="field-error">{e.problems_with("issuer").join(" ")}{e.problems_with("issuer").is_empty().then(|| e.to_string())}</span> }.into_any(),
                })}
            </p>
            <FieldError error field="issuer" id="field-issuer-error".to_owned() />
            <TextField label="Client ID" name="form[client_id]" field="client_id" error />
            <TextField label="Client secret" name="form[client_secret]" field="client_secret" error kind="password" autocomplete="new-password" />
            <TextField label="Administrator (email or identifier)" name="form[administrator]" field="administrator" error
                hint="This user is always an Administrator." />
            <TextField label="Identifying claim" name="form[identifying_claim]" field="identifying_claim" error placeholder="sub" />
            <label for="field-claim_rules">"Claim-mapping rules"</label>
            <p class="hint" id="field-claim_rules-hint">"One a line: claim = value => administrator | survey_creator"</p>
            <textarea id="field-claim_rules" name="form[claim_rules]" rows="3"
                aria-invalid=invalid(error, "claim_rules") aria-describedby="field-claim_rules-hint field-claim_rules-error"></textarea>
            <FieldError error field="claim_rules" id="field-claim_rules-error".to_owned() />
            <p class="hint">{format!("Register this redirect URI at your provider: {}", options.redirect_uri_example)}</p>
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
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        steps.push(view! { <li><a href=format!("/t/{alias}")>"Open your dashboard"</a>" and create your first survey."</li> }.into_any());
    } else {
        let notice = if welcome.contact_email.is_empty() {
            "; ask Tailspin Surveys when it is ready.".to_owned()
        } else {
            format!(
                "; we will write to {} when it is ready (we have sent a confirmation there).",
                welcome.contact_email
            )
        };
        steps.push(view! { <li>"A Tailspin administrator activates your subscription once payment is arranged"{notice}</li> }.into_any());
    }
    if let Some(uri) = welcome.redirect_uri.clone() {
        steps.push(view! { <li>"Register this redirect URI at your identity provider: " <code id="redirect-uri">{uri}</code></li> }.into_any());
    }
    // Not a link while pending: the public site opens on activation.
    let public_list = format!("/s/{alias}");
    steps.push(if welcome.active {
        let href = public_list.clone();
        view! { <li>"Your public survey list is at " <a href=href>{public_list}</a>"."</li> }.into_any()
    } else {
        view! { <li>"Your public survey list will be at " <code>{public_list}</code>" once the subscription is active."</li> }.into_any()
    });
    steps.push(view! { <li>"Give your surveys your look under " <a href=format!("/t/{alias}/branding") rel="external">"Branding"</a>"."</li> }.into_any());
    if welcome.export_database {
        steps.push(view! { <li>"Your export database is being prepared; see " <a href=format!("/t/{alias}/export") rel="external">"Export to a database"</a>"."</li> }.into_any());
    }
    view! {
        <PageTitle text=format!("Welcome, {}", welcome.name) />
        <section class="page welcome">
            <h1>{format!("Welcome, {}", welcome.name)}</h1>
            <p class="lead" role="status">{if welcome.active {
                format!("Your {} subscription is ready.", welcome.plan.label())
            } else {
                format!("Your {} subscription is waiting for activation.", welcome.plan.label())
            }}</p>
            <h2>"Next steps"</h2>
            <ol>{steps}</ol>
        </section>
    }
}
