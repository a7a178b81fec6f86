use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::survey_form::SurveyFormView;
use crate::api::designer::load_survey_preview;
use crate::api::respondent::SurveyForm;

/// `/t/{tenant}/surveys/{slug}/preview`: the survey exactly as respondents
/// see it (the same components), with sending switched off.
#[component]
pub fn SurveyPreviewPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let survey = Resource::new_blocking(
        move || (tenant(), slug()),
        |(tenant, slug)| load_survey_preview(tenant, slug),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading the preview…"</p> }>
            {move || Suspend::new(async move {
                match survey.await {
                    Ok(survey) => {
                        let form = SurveyForm { survey, idempotency_key: String::new(), feedback: None, branding: Default::default() };
                        let back = format!("/t/{}/surveys/{}/edit", tenant(), slug());
                        view! {
                            <p><a href=back>"← Back to the editor"</a></p>
                            <SurveyFormView form preview=true />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
