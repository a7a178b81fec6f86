//! `/admin/subscribers/{alias}/sign-in`: a Tailspin administrator moves a
//! subscriber to a plan that signs in differently. Each plan says first
//! what must change before the move, who keeps an account and who is
//! removed, and what they are told; every form works without the
//! WebAssembly.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::plan_choice::{PlanLimits, moved_without_js};
use super::raw_text::PageTitle;
use super::sign_in_settings::ProviderFields;
use crate::api::sign_in_moves::{
    MoveToOwnProvider, MoveToPasswords, MoveToSocialIdentity, SignInMoveDone, SignInMoveOption,
    SignInMovesPage, load_sign_in_moves,
};
use crate::domain::{Plan, PlanPath, SignInKind};
use crate::error::AppError;

/// What the cards tell the page: a move was made (reload, and say so).
#[derive(Clone, Copy)]
struct Outcome {
    done: RwSignal<Option<SignInMoveDone>>,
}

#[component]
pub fn AdminSignInMovesPage() -> impl IntoView {
    let params = use_params_map();
    let alias = move || params.read().get("alias").unwrap_or_default();
    let outcome = Outcome {
        done: RwSignal::new(None),
    };
    let page = Resource::new_blocking(
        move || (alias(), outcome.done.get()),
        |(alias, _)| load_sign_in_moves(alias),
    );
    view! {
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <MovesView page outcome /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// How `plan` signs in, as it follows "signs in with".
fn sign_in_label(plan: Plan) -> String {
    match plan.sign_in() {
        SignInKind::SocialIdentity => crate::i18n::tr!("admin-sign-in-moves-social"),
        SignInKind::LocalAccounts => crate::i18n::tr!("admin-sign-in-moves-passwords"),
        SignInKind::OwnIdentityProvider => crate::i18n::tr!("admin-sign-in-moves-own-provider"),
    }
}

#[component]
fn MovesView(page: SignInMovesPage, outcome: Outcome) -> impl IntoView {
    super::hydration::mark_hydrated();
    let SignInMovesPage {
        alias,
        name,
        plan,
        status: _,
        moves,
        redirect_uri,
        social_providers,
        suggested_email,
    } = page;
    let query = use_query_map();
    let done = move || {
        outcome
            .done
            .get()
            .map(|done| {
                let moved_to = done.plan.localized_label();
                match (done.mailed.as_slice(), done.administrator) {
                    ([], Some(administrator)) => crate::i18n::tr!(
                        "admin-sign-in-moves-done-provider",
                        plan = moved_to,
                        administrator = administrator,
                    ),
                    ([], None) => crate::i18n::tr!("admin-sign-in-moves-done", plan = moved_to),
                    (mailed, _) => crate::i18n::tr!(
                        "admin-sign-in-moves-done-mailed",
                        plan = moved_to,
                        people = mailed.join(", "),
                    ),
                }
            })
            // Moved by a form posted without the WebAssembly (and no later
            // post refused since).
            .or_else(|| {
                moved_without_js(&query.read(), "moved", plan).map(|moved| {
                    crate::i18n::tr!("admin-sign-in-moves-done", plan = moved.localized_label())
                })
            })
    };
    let context = StoredValue::new(CardContext {
        alias: alias.clone(),
        redirect_uri,
        social_providers,
        suggested_email,
    });
    let cards = moves
        .into_iter()
        .map(|option| view! { <MoveCard option context=context.get_value() outcome /> })
        .collect_view();
    view! {
        <PageTitle text=crate::i18n::tr!("admin-sign-in-moves-title", name = &name) />
        <section class="page subscriber">
            <AdminNav current="subscribers" />
            <p><a href=format!("/admin/subscribers/{alias}")>{format!("← {name}")}</a></p>
            <h1>{crate::i18n::tr!("admin-sign-in-moves-heading", name = &name)}</h1>
            <div role="status">{move || done().map(|text| view! { <p class="success">{text}</p> })}</div>
            <p>{crate::i18n::tr!("admin-sign-in-moves-current", name = &name, plan = plan.localized_label(), method = sign_in_label(plan))}</p>
            <p class="hint">{crate::i18n::tr!("admin-sign-in-moves-intro")}</p>
            <ul class="plan-cards">{cards}</ul>
        </section>
    }
}

#[derive(Clone)]
struct CardContext {
    alias: String,
    redirect_uri: String,
    social_providers: Vec<(String, String)>,
    suggested_email: String,
}

#[component]
fn MoveCard(option: SignInMoveOption, context: CardContext, outcome: Outcome) -> impl IntoView {
    let to = option.to;
    let form = if option.first.is_empty() {
        view! { <MoveForm option context outcome /> }.into_any()
    } else {
        view! {
            <p>{crate::i18n::tr!("admin-sign-in-moves-before", plan = to.localized_label())}</p>
            <ul class="problems">{option.first.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
        .into_any()
    };
    view! {
        <li class="plan-card" data-plan=to.code()>
            <h2>{to.localized_label()}</h2>
            <p>{crate::i18n::tr!("admin-sign-in-moves-signs-in-with", method = sign_in_label(to))}</p>
            <PlanLimits plan=to />
            {form}
        </li>
    }
}

/// Who keeps an account and who is removed, as lists.
#[component]
fn People(kept: Vec<String>, removed: Vec<String>, kept_says: String) -> impl IntoView {
    let kept = (!kept.is_empty()).then(|| {
        view! {
            <p>{kept_says}</p>
            <ul class="people">{kept.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
    });
    let removed = (!removed.is_empty()).then(|| {
        view! {
            <p>{crate::i18n::tr!("admin-sign-in-moves-removed")}</p>
            <ul class="people removed">{removed.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        }
    });
    view! { {kept} {removed} }
}

/// Tells the page once `value` holds a success.
fn report(
    value: impl Fn() -> Option<Result<SignInMoveDone, AppError>> + Send + Sync + 'static,
    outcome: Outcome,
) {
    Effect::new(move |_| {
        if let Some(Ok(done)) = value() {
            outcome.done.set(Some(done));
        }
    });
}

#[component]
fn ConfirmBox(error: Signal<Option<AppError>>, id: String) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <label class="checkbox">
            <input id=id name="confirmed" type="checkbox" value="yes" required
                aria-invalid=invalid(error, "confirmed") aria-describedby=error_id.clone() />
            {crate::i18n::tr!("admin-sign-in-moves-confirm")}
        </label>
        <FieldError error field="confirmed" id=error_id />
    }
}

#[component]
fn MoveForm(option: SignInMoveOption, context: CardContext, outcome: Outcome) -> impl IntoView {
    let to = option.to;
    let button = crate::i18n::tr!("admin-sign-in-moves-move", plan = to.localized_label());
    let plan_field = view! { <input type="hidden" name="plan" value=to.code() /> };
    let alias_field = view! { <input type="hidden" name="alias" value=context.alias.clone() /> };
    match option.path {
        PlanPath::OwnerChoosesPassword | PlanPath::UsersChoosePasswords => {
            let action = ServerAction::<MoveToPasswords>::new();
            report(move || action.value().get(), outcome);
            let error = Signal::derive(move || action.value().get().and_then(Result::err));
            let fields = if option.path == PlanPath::OwnerChoosesPassword {
                let id = format!("email-{}", to.code());
                let error_id = format!("{id}-error");
                view! {
                    <People kept=option.kept removed=option.removed
                        kept_says=crate::i18n::tr!("admin-sign-in-moves-owner-password") />
                    <label for=id.clone()>{crate::i18n::tr!("admin-sign-in-moves-owner-email-sign-in")}</label>
                    <input id=id name="email" type="email" required autocomplete="off" value=context.suggested_email
                        aria-invalid=invalid(error, "email") aria-describedby=error_id.clone() />
                    <FieldError error field="email" id=error_id />
                }
                .into_any()
            } else {
                view! {
                    <People kept=option.kept removed=option.removed
                        kept_says=crate::i18n::tr!("admin-sign-in-moves-users-passwords") />
                    <ConfirmBox error id=format!("confirm-{}", to.code()) />
                }
                .into_any()
            };
            view! {
                <FormAlert error />
                <ActionForm action attr:class="stacked">
                    {alias_field}
                    {plan_field}
                    {fields}
                    <button type="submit" class="primary">{button}</button>
                </ActionForm>
            }
            .into_any()
        }
        PlanPath::OwnProvider => {
            let action = ServerAction::<MoveToOwnProvider>::new();
            report(move || action.value().get(), outcome);
            let error = Signal::derive(move || action.value().get().and_then(Result::err));
            let has_error = move || error.get().is_some();
            view! {
                <People kept=option.kept removed=option.removed
                    kept_says=crate::i18n::tr!("admin-sign-in-moves-provider-kept") />
                <details class="provider-setup" open=has_error>
                <summary>{crate::i18n::tr!("admin-sign-in-moves-set-up", plan = to.localized_label())}</summary>
                <p>{crate::i18n::tr!("admin-sign-in-moves-redirect")}</p>
                <p><code class="redirect-uri">{context.redirect_uri}</code></p>
                <FormAlert error />
                <ActionForm action attr:class="stacked">
                    {alias_field}
                    {plan_field}
                    <ProviderFields settings=Default::default()
                        secret_hint=crate::i18n::tr!("admin-sign-in-moves-secret-hint")
                        secret_required=true error />
                    <ConfirmBox error id=format!("confirm-{}", to.code()) />
                    <button type="submit" class="primary">{crate::i18n::tr!("admin-sign-in-moves-test-and-move", plan = to.localized_label())}</button>
                </ActionForm>
                </details>
            }
            .into_any()
        }
        PlanPath::OwnerSignsInSocially => {
            let action = ServerAction::<MoveToSocialIdentity>::new();
            report(move || action.value().get(), outcome);
            let error = Signal::derive(move || action.value().get().and_then(Result::err));
            let provider_id = format!("social-{}", to.code());
            let email_id = format!("email-{}", to.code());
            let providers = context
                .social_providers
                .into_iter()
                .map(|(id, name)| view! { <option value=id>{name}</option> })
                .collect_view();
            view! {
                <People kept=option.kept removed=option.removed
                    kept_says=crate::i18n::tr!("admin-sign-in-moves-owner-social") />
                <FormAlert error />
                <ActionForm action attr:class="stacked">
                    {alias_field}
                    {plan_field}
                    <label for=email_id.clone()>{crate::i18n::tr!("admin-sign-in-moves-owner-email")}</label>
                    <input id=email_id.clone() name="email" type="email" required autocomplete="off" value=context.suggested_email
                        aria-invalid=invalid(error, "email") aria-describedby=format!("{email_id}-error") />
                    <FieldError error field="email" id=format!("{email_id}-error") />
                    <label for=provider_id.clone()>{crate::i18n::tr!("admin-sign-in-moves-social-provider")}</label>
                    <select id=provider_id.clone() name="social_provider"
                        aria-invalid=invalid(error, "social_provider") aria-describedby=format!("{provider_id}-error")>{providers}</select>
                    <FieldError error field="social_provider" id=format!("{provider_id}-error") />
                    <button type="submit" class="primary">{button}</button>
                </ActionForm>
            }
            .into_any()
        }
        PlanPath::Direct => ().into_any(),
    }
}
