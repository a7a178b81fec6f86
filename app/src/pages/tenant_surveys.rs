use super::raw_text::PageTitle;
use leptos::prelude::*;

use super::error_page::ErrorPage;
use super::tenant_brand::TenantLogo;
use crate::api::respondent::TenantSurveys;

/// `/s/{tenant}`: the tenant's surveys that are open for answers.
#[component]
pub fn TenantSurveysPage(tenant: String) -> impl IntoView {
    let alias = tenant.clone();
    let surveys = Resource::new_blocking(
        move || alias.clone(),
        |tenant| async move {
            #[cfg(feature = "ssr")]
            return crate::api::respondent::list_public_surveys(tenant).await;
            #[cfg(not(feature = "ssr"))]
            super::full_load::load_in_full(format!("/s/{tenant}")).await
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("surveys-loading")}</p> }>
            {move || {
                let tenant = tenant.clone();
                Suspend::new(async move {
                    match surveys.await {
                        Ok(list) => view! { <SurveyList tenant list /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn SurveyList(tenant: String, list: TenantSurveys) -> impl IntoView {
    super::hydration::mark_hydrated();
    let TenantSurveys {
        tenant_name,
        surveys,
        branding,
    } = list;
    let texts = crate::i18n::texts();
    let heading = texts.format(
        "surveys-heading",
        &[("tenant", texts.isolate(&tenant_name).into())],
    );
    view! {
        <PageTitle text=heading.clone() />
        <section class="page survey-list">
            <TenantLogo branding />
            <h1>{heading}</h1>
            {if surveys.is_empty() {
                view! { <p>{crate::i18n::tr!("surveys-none")}</p> }
                    .into_any()
            } else {
                view! {
                    <ul class="cards">
                        {surveys
                            .into_iter()
                            .map(|card| {
                                let href = format!("/s/{tenant}/{}", card.slug);
                                let closes = card
                                    .expires_at
                                    .map(|at| {
                                        let texts = crate::i18n::texts();
                                        let date = texts.long_date_of(&at.date_string());
                                        texts.format("surveys-open-until", &[("date", date.into())])
                                    });
                                view! {
                                    <li class="card">
                                        <a href=href dir="auto">{card.title}</a>
                                        {closes.map(|text| view! { <p class="meta">{text}</p> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}
