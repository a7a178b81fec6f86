//! The first step of sign-up and of "add a subscriber": the plans this
//! installation can complete, side by side with their limits, each with a
//! plain link to its form (`?plan=code`), so the step works without the
//! WebAssembly. Prices are not configured anywhere, so none are shown.

use leptos::prelude::*;

use crate::domain::{Plan, SignInKind};
use crate::i18n::{Arg, format_number, texts, tr};

/// The plan a form posted without the WebAssembly moved to, as the page's
/// address names it (`?{key}=PLAN`, set by `api::after_plain_form`): only
/// while it is still `current` and no later post was refused (a refusal
/// adds `__err` to the same address).
pub fn moved_without_js(
    query: &leptos_router::params::ParamsMap,
    key: &str,
    current: Plan,
) -> Option<Plan> {
    let moved = Plan::from_code(&query.get(key)?)?;
    (moved == current && query.get("__err").is_none()).then_some(moved)
}

/// `base`: the address of the form; `starts`: whether to say when each plan
/// starts (sign-up; a Tailspin administrator decides that).
#[component]
pub fn PlanChoice(plans: Vec<Plan>, base: &'static str, starts: bool) -> impl IntoView {
    let cards = plans
        .into_iter()
        .map(|plan| {
            let starts = starts.then(|| {
                view! {
                    <dt>{tr!("plan-choice-starts")}</dt>
                    <dd>{if plan == Plan::Trial { tr!("plan-choice-starts-trial") } else { tr!("plan-choice-starts-paid") }}</dd>
                }
            });
            view! {
                <li class="plan-card">
                    <h3>{plan.localized_label()}</h3>
                    <PlanLimits plan>{starts}</PlanLimits>
                    <a class="button primary" href=format!("{base}?plan={}", plan.code())>
                        {tr!("plan-choice-choose", plan = plan.localized_label())}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 id="plans-heading">{tr!("plan-choice-heading")}</h2>
        <ul class="plan-cards" aria-labelledby="plans-heading">{cards}</ul>
    }
}

/// What a plan allows, as a description list; `children` add rows.
#[component]
pub fn PlanLimits(plan: Plan, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <dl>
            <dt>{tr!("plan-choice-active-surveys")}</dt>
            <dd>{number(plan.max_active_surveys())}</dd>
            <dt>{tr!("plan-choice-survey-open")}</dt>
            <dd>{tr!("plan-choice-survey-days", days = plan.max_survey_days())}</dd>
            <dt>{tr!("plan-choice-users")}</dt>
            <dd>{users(plan)}</dd>
            <dt>{tr!("plan-choice-responses")}</dt>
            <dd>{plan.monthly_responses().map_or_else(
                || tr!("plan-choice-no-limit"),
                number,
            )}</dd>
            <dt>{tr!("plan-choice-sign-in")}</dt>
            <dd>{sign_in(plan)}</dd>
            {children.map(|c| c())}
        </dl>
    }
}

/// The chosen plan in one sentence, with the way back to the choice.
#[component]
pub fn ChosenPlan(plan: Plan, base: &'static str) -> impl IntoView {
    let (users, max_users) = match plan.max_users() {
        Some(1) => ("one", 1),
        Some(n) => ("some", n),
        None => ("any", 0),
    };
    let (before, after) = texts().around(
        "plan-choice-chosen",
        "plan",
        &[
            ("surveys", Arg::from(plan.max_active_surveys())),
            ("days", Arg::from(plan.max_survey_days())),
            ("users", Arg::from(users)),
            ("max_users", Arg::from(max_users)),
            ("sign_in", Arg::from(sign_in_kind(plan))),
        ],
    );
    view! {
        <p class="chosen-plan">
            {before}
            <strong>{tr!("plan-choice-chosen-plan", plan = plan.localized_label())}</strong>
            {after}
            " "
            <a href=base>{tr!("plan-choice-change")}</a>
        </p>
    }
}

fn users(plan: Plan) -> String {
    match plan.max_users() {
        Some(1) => tr!("plan-choice-users-one"),
        Some(n) => tr!("plan-choice-users-up-to", count = n),
        None => tr!("plan-choice-users-any"),
    }
}

fn sign_in(plan: Plan) -> String {
    match plan.sign_in() {
        SignInKind::SocialIdentity => tr!("plan-choice-sign-in-social"),
        SignInKind::LocalAccounts => tr!("plan-choice-sign-in-local"),
        SignInKind::OwnIdentityProvider => tr!("plan-choice-sign-in-own"),
    }
}

/// A limit as the page's language writes it (`10,000`, `10.000`).
fn number(n: u32) -> String {
    format_number(texts().language(), f64::from(n))
}

/// How the plan's users sign in, as `plan-choice-chosen` selects it.
fn sign_in_kind(plan: Plan) -> &'static str {
    match plan.sign_in() {
        SignInKind::SocialIdentity => "social",
        SignInKind::LocalAccounts => "local",
        SignInKind::OwnIdentityProvider => "own",
    }
}

#[cfg(test)]
mod tests {
    use super::moved_without_js;
    use crate::domain::Plan;
    use leptos_router::params::ParamsMap;

    fn query(pairs: &[(&'static str, &str)]) -> ParamsMap {
        pairs.iter().map(|(k, v)| (*k, v.to_string())).collect()
    }

    #[test]
    fn a_plain_move_is_told_while_it_is_the_plan_and_nothing_was_refused() {
        let moved = query(&[("moved", "standard")]);
        assert_eq!(
            moved_without_js(&moved, "moved", Plan::Standard),
            Some(Plan::Standard)
        );
        assert_eq!(moved_without_js(&moved, "moved", Plan::Premium), None);
        assert_eq!(moved_without_js(&moved, "upgraded", Plan::Standard), None);
        let refused_since = query(&[("moved", "standard"), ("__err", "x")]);
        assert_eq!(
            moved_without_js(&refused_since, "moved", Plan::Standard),
            None
        );
        assert_eq!(
            moved_without_js(&query(&[("moved", "gold")]), "moved", Plan::Standard),
            None
        );
    }
}
