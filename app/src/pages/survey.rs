use leptos::prelude::*;

use super::error_page::ErrorPage;
use super::survey_form::SurveyFormView;
use crate::api::respondent::SubmissionFeedback;

/// Provided by the plain-form handler when it refuses a submission made
/// without JavaScript, or turns a page: the survey is rendered again with
/// the errors, the answers as given and the same idempotency key.
#[derive(Clone, Debug)]
pub struct RefusedSubmission {
    pub idempotency_key: String,
    pub feedback: SubmissionFeedback,
    /// It came through this personal link, which the form keeps.
    pub invitation: Option<crate::api::respondent::PersonalInvitation>,
    /// The page to show (a survey of several pages answered without
    /// JavaScript moves on this way).
    pub page: usize,
}

/// Provided by the server's survey-page handler, which has already looked
/// the survey up: the page shows this instead of loading it again.
#[derive(Clone, Debug)]
pub struct PreparedSurvey(pub Result<crate::api::respondent::SurveyForm, crate::error::AppError>);

/// `/s/{tenant}/{slug}`: the survey a respondent answers.
#[component]
pub fn SurveyPage(tenant: String, slug: String) -> impl IntoView {
    // Only ever present on the server; the browser receives the result
    // through the resource's serialized value.
    let refused = use_context::<RefusedSubmission>();
    let prepared = use_context::<PreparedSurvey>();
    let form = Resource::new_blocking(
        move || (tenant.clone(), slug.clone()),
        move |(tenant, slug)| {
            let refused = refused.clone();
            let prepared = prepared.clone();
            async move {
                #[cfg(feature = "ssr")]
                let mut form = match prepared {
                    Some(PreparedSurvey(prepared)) => prepared?,
                    None => crate::api::respondent::load_survey_form(tenant, slug).await?,
                };
                #[cfg(not(feature = "ssr"))]
                let _ = prepared;
                #[cfg(not(feature = "ssr"))]
                let mut form: crate::api::respondent::SurveyForm =
                    super::full_load::load_in_full(format!("/s/{tenant}/{slug}")).await;
                if let Some(refused) = refused {
                    form.idempotency_key = refused.idempotency_key;
                    form.feedback = Some(refused.feedback);
                    form.invitation = refused.invitation;
                    form.page = refused.page;
                }
                Ok(form)
            }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("survey-loading")}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <SurveyFormView form /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
