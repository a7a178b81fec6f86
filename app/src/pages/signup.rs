//! `/signup`: self-service sign-up; `/signup/welcome/{alias}`: the next
//! steps; `/admin/subscribers/new`: a Tailspin administrator adds a
//! subscriber with the same fields.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::fields::TextField;
use super::form_feedback::{FieldError, FormAlert, invalid};
use crate::api::signup::{
    AddTenant, SignUp, SignupOptions, Welcome, check_alias, load_admin_signup_options,
    load_signup_options, load_welcome, test_identity_provider,
};
use crate::domain::{Plan, SignInKind, TenantAlias};
use crate::error::AppError;

#[component]
pub fn SignupPage() -> impl IntoView {
    let options = Resource::new_blocking(|| (), |_| load_signup_options());
    let action = ServerAction::<SignUp>::new();
    view! {
        <PageTitle text="Sign up · Tailspin Surveys" />
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => view! {
                        <section class="page signup">
                            <h1>"Sign up for Tailspin Surveys"</h1>
                            <p class="lead">"A Trial starts at once and is free for its first survey. Paid plans start once a Tailspin administrator activates them."</p>
                            {
                                let error = Signal::derive(move || action.value().get().and_then(Result::err));
                                view! {
                                    <FormAlert error />
                                    <ActionForm action attr:class="stacked" attr:id="signup-form">
                                        <TenantFields options error admin=false />
                                        <button type="submit" class="primary">"Sign up"</button>
                                    </ActionForm>
                                }
                            }
                        </section>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn AdminNewTenantPage() -> impl IntoView {
    let options = Resource::new_blocking(|| (), |_| load_admin_signup_options());
    let action = ServerAction::<AddTenant>::new();
    view! {
        <PageTitle text="Add a subscriber · Tailspin administration" />
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => {
                        let error = Signal::derive(move || action.value().get().and_then(Result::err));
                        view! {
                            <section class="page signup">
                                <AdminNav current="subscribers" />
                                <h1>"Add a subscriber"</h1>
                                <FormAlert error />
                                <ActionForm action attr:class="stacked" attr:id="add-subscriber-form">
                                    <TenantFields options error admin=true />
                                    <label class="checkbox">
                                        <input type="checkbox" name="activate" value="on" checked=true />
                                        " Active at once (otherwise pending activation)"
                                    </label>
                                    <button type="submit" class="primary">"Add the subscriber"</button>
                                </ActionForm>
                            </section>
                        }
                        .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The fields of a new subscriber. Every section is shown until a plan is
/// chosen (so the form works before the page is interactive); then only the
/// sign-in details that plan needs.
#[component]
fn TenantFields(
    options: SignupOptions,
    error: Signal<Option<AppError>>,
    admin: bool,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let plan = RwSignal::new(None::<Plan>);
    let alias = RwSignal::new(String::new());
    let alias_edited = RwSignal::new(false);
    let alias_check = Action::new(|alias: &String| check_alias(alias.clone()));
    let issuer = RwSignal::new(String::new());
    let connection = Action::new(|issuer: &String| test_identity_provider(issuer.clone()));
    let shows = move |kind: SignInKind| plan.get().is_none_or(|p| p.sign_in() == kind);
    let plans = Plan::ALL
        .into_iter()
        .map(|p| {
            let id = format!("plan-{}", p.code());
            view! {
                <li>
                    <input type="radio" id=id.clone() name="form[plan]" value=p.code()
                        on:change=move |_| plan.set(Some(p)) />
                    <label for=id>{p.label()} " — " {plan_summary(p)}</label>
                </li>
            }
        })
        .collect_view();
    let regions = options
        .regions
        .iter()
        .map(|r| view! { <option value=r.clone()>{r.clone()}</option> })
        .collect_view();
    let providers = options
        .social_providers
        .iter()
        .enumerate()
        .map(|(i, (id, name))| view! { <option value=id.clone() selected=i == 0>{name.clone()}</option> })
        .collect_view();
    let alias_message = move || {
        alias_check
            .value()
            .get()
            .and_then(Result::ok)
            .filter(|c| c.alias == alias.get())
            .map(|c| (c.available, c.message))
    };
    view! {
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
        <fieldset aria-describedby="field-plan-error">
            <legend>"Plan"</legend>
            <ul class="choices">{plans}</ul>
        </fieldset>
        <FieldError error field="plan" id="field-plan-error".to_owned() />
        <label for="field-region">"Region"</label>
        <select id="field-region" name="form[region]">{regions}</select>
        <FieldError error field="region" id="field-region-error".to_owned() />

        <fieldset class="plan-details" hidden=move || !shows(SignInKind::SocialIdentity)>
            <legend>"Trial and Individual: the identity that owns the subscription"</legend>
            <label for="field-social_provider">"Sign in with"</label>
            <select id="field-social_provider" name="form[social_provider]">{providers}</select>
            <FieldError error field="social_provider" id="field-social_provider-error".to_owned() />
            {if admin {
                view! { <TextField label="Owner's identifier at that provider (subject)" name="form[owner_subject]" field="owner_subject" error /> }.into_any()
            } else {
                view! { <p class="hint">"After you press Sign up you sign in there; that identity becomes the owner."</p> }.into_any()
            }}
        </fieldset>

        <fieldset class="plan-details" hidden=move || !shows(SignInKind::LocalAccounts)>
            <legend>"Standard: the first administrator's account"</legend>
            <TextField label="Administrator's name" name="form[admin_name]" field="admin_name" error autocomplete="name" />
            <TextField label="Administrator's email" name="form[admin_email]" field="admin_email" error kind="email" autocomplete="email" />
            <TextField label="Password" name="form[password]" field="password" error kind="password" autocomplete="new-password"
                hint=crate::domain::PASSWORD_HINT />
        </fieldset>

        <fieldset class="plan-details" hidden=move || !shows(SignInKind::OwnIdentityProvider)>
            <legend>"Premium: your organization's identity provider"</legend>
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

        <label class="checkbox">
            <input type="checkbox" name="form[export_database]" value="on" />
            " Also create an export database (your surveys and responses in a database of your own)"
        </label>
    }
}

fn plan_summary(plan: Plan) -> String {
    format!(
        "{} active survey{}, {}; signs in with {}",
        plan.max_active_surveys(),
        if plan.max_active_surveys() == 1 {
            ""
        } else {
            "s"
        },
        match plan.max_users() {
            Some(1) => "1 user".to_owned(),
            Some(n) => format!("{n} users"),
            None => "any number of users".to_owned(),
        },
        match plan.sign_in() {
            SignInKind::SocialIdentity => "a social identity",
            SignInKind::LocalAccounts => "email and password",
            SignInKind::OwnIdentityProvider => "your own identity provider",
        }
    )
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
                    Ok(welcome) => view! { <WelcomeView welcome /> }.into_any(),
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
    let mut steps: Vec<AnyView> = Vec::new();
    if welcome.active {
        steps.push(view! { <li><a href=format!("/t/{alias}")>"Open your dashboard"</a>" and create your first survey."</li> }.into_any());
    } else {
        steps.push(view! { <li>"A Tailspin administrator activates your subscription once payment is arranged; we will let you know."</li> }.into_any());
    }
    if let Some(uri) = welcome.redirect_uri.clone() {
        steps.push(view! { <li>"Register this redirect URI at your identity provider: " <code id="redirect-uri">{uri}</code></li> }.into_any());
    }
    steps.push(view! { <li>"Your public survey list will be at " <a href=format!("/s/{alias}")>{format!("/s/{alias}")}</a>"."</li> }.into_any());
    steps.push(view! { <li>"Give your surveys your look under " <a href=format!("/t/{alias}/branding")>"Branding"</a>"."</li> }.into_any());
    if welcome.export_database {
        steps.push(view! { <li>"Your export database is being prepared; see " <a href=format!("/t/{alias}/export")>"Export to a database"</a>"."</li> }.into_any());
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
