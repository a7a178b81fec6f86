//! The survey preview. `/t/{tenant}/surveys/{slug}/preview` is a page of
//! the back office; the survey itself is shown in a frame holding
//! `…/preview/document`, a respondent's page in the tenant's style. The
//! tenant's rules (`body { … }` included) reach only that document, never
//! the navigation around it.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::raw_text::PageTitle;
use super::survey_form::SurveyFormView;
use super::tenant_nav::TenantNav;
use crate::api::branding::load_tenant_branding;
use crate::api::designer::load_survey_preview;
use crate::api::respondent::SurveyForm;

/// `/t/{tenant}/surveys/{slug}/preview`.
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
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("survey-preview-loading")}</p> }>
            {move || Suspend::new(async move {
                match survey.await {
                    Ok(survey) => {
                        super::hydration::mark_hydrated();
                        let (tenant, slug) = (tenant(), slug());
                        let back = format!("/t/{tenant}/surveys/{slug}/edit");
                        let document = survey.preview_document_path();
                        let heading = crate::i18n::tr!("survey-preview-heading", title = &survey.title);
                        view! {
                            <PageTitle text=format!("{} · {}", heading, survey.tenant_name) />
                            <section class="page preview">
                                <TenantNav tenant=tenant.clone() tenant_name=survey.tenant_name.clone() current="" admin=false />
                                <p><a href=back>{crate::i18n::tr!("survey-preview-back")}</a></p>
                                <h1>{heading.clone()}</h1>
                                <iframe class="survey-preview" src=document
                                    title=crate::i18n::tr!("survey-preview-frame-title", title = &survey.title)></iframe>
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

/// A page of the preview posted without JavaScript (provided by the
/// server's handler): its fields, answers and page turn alike.
#[derive(Clone, Debug)]
pub struct PreviewPost(pub Vec<(String, String)>);

/// `/t/{tenant}/surveys/{slug}/preview/document`: what the preview's frame
/// holds. The respondent's components with sending switched off; the page
/// frame links the tenant's style sheet and leaves out the scripts.
/// Without JavaScript its pages turn by posting here: the same rules as
/// the respondent's (`page_turn`) choose the next page, and nothing is
/// stored, ever.
#[component]
pub fn SurveyPreviewDocument() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    // Only ever present on the server; the browser receives the result
    // through the resource's serialized value.
    let posted = use_context::<PreviewPost>();
    let form = Resource::new_blocking(
        move || (tenant(), slug()),
        move |(tenant, slug)| {
            let posted = posted.clone();
            async move {
                let survey = load_survey_preview(tenant.clone(), slug).await?;
                let branding = load_tenant_branding(tenant).await?;
                let (page, feedback) = match posted {
                    Some(PreviewPost(fields)) => turned(&survey, fields),
                    None => (0, None),
                };
                Ok::<_, crate::error::AppError>(SurveyForm {
                    survey,
                    idempotency_key: String::new(),
                    feedback,
                    branding,
                    already_sent: false,
                    invitation: None,
                    challenge: None,
                    page,
                })
            }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("survey-preview-loading")}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <SurveyFormView form preview=true /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The page a preview's post leads to, and the answers (and problems) it
/// shows. "Send" stays on the page it was pressed on: a preview sends
/// nothing.
fn turned(
    survey: &crate::domain::PublicSurvey,
    fields: Vec<(String, String)>,
) -> (usize, Option<crate::api::respondent::SubmissionFeedback>) {
    use crate::domain::page_turn::{Step, page_turn, posted_page};
    let (page, errors) = match page_turn(&survey.questions, &survey.logic, &fields) {
        Step::Show { page, errors } => (page, errors),
        Step::Send => (posted_page(&fields), Default::default()),
    };
    let feedback = crate::api::respondent::SubmissionFeedback {
        errors,
        values: fields,
    };
    (page, Some(feedback))
}
