//! The first step of sign-up and of "add a subscriber": the plans this
//! installation can complete, side by side with their limits, each with a
//! plain link to its form (`?plan=code`), so the step works without the
//! WebAssembly. Prices are not configured anywhere, so none are shown.

use super::figures::group_thousands;
use leptos::prelude::*;

use crate::domain::{Plan, SignInKind};

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
                    <dt>"Starts"</dt>
                    <dd>{if plan == Plan::Trial { "At once, free" } else { "After activation by Tailspin" }}</dd>
                }
            });
            view! {
                <li class="plan-card">
                    <h3>{plan.label()}</h3>
                    <PlanLimits plan>{starts}</PlanLimits>
                    <a class="button primary" href=format!("{base}?plan={}", plan.code())>
                        {format!("Choose {}", plan.label())}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 id="plans-heading">"Choose a plan"</h2>
        <ul class="plan-cards" aria-labelledby="plans-heading">{cards}</ul>
    }
}

/// What a plan allows, as a description list; `children` add rows.
#[component]
pub fn PlanLimits(plan: Plan, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <dl>
            <dt>"Active surveys"</dt>
            <dd>{plan.max_active_surveys()}</dd>
            <dt>"Each survey open"</dt>
            <dd>{format!("Up to {} days", plan.max_survey_days())}</dd>
            <dt>"Users"</dt>
            <dd>{users(plan)}</dd>
            <dt>"Responses a month"</dt>
            <dd>{plan.monthly_responses().map_or_else(|| "No limit".to_owned(), |n| group_thousands(n.into()))}</dd>
            <dt>"Sign-in"</dt>
            <dd>{sign_in(plan)}</dd>
            {children.map(|c| c())}
        </dl>
    }
}

/// The chosen plan in one sentence, with the way back to the choice.
#[component]
pub fn ChosenPlan(plan: Plan, base: &'static str) -> impl IntoView {
    view! {
        <p class="chosen-plan">
            <strong>{format!("{} plan", plan.label())}</strong>
            {format!(
                ": {} active survey{}, each open up to {} days; {}; sign-in {}. ",
                plan.max_active_surveys(),
                if plan.max_active_surveys() == 1 { "" } else { "s" },
                plan.max_survey_days(),
                users(plan).to_lowercase(),
                sign_in(plan).to_lowercase(),
            )}
            <a href=base>"Change plan"</a>
        </p>
    }
}

fn users(plan: Plan) -> String {
    match plan.max_users() {
        Some(1) => "1 user".to_owned(),
        Some(n) => format!("Up to {n} users"),
        None => "Any number of users".to_owned(),
    }
}

fn sign_in(plan: Plan) -> &'static str {
    match plan.sign_in() {
        SignInKind::SocialIdentity => "With a social identity",
        SignInKind::LocalAccounts => "With email and password",
        SignInKind::OwnIdentityProvider => "With your own identity provider",
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
