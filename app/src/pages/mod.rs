//! One module per page. Components render on the server and hydrate in the
//! browser; everything a page shows before hydration must also work without
//! JavaScript.

mod admin;
mod dashboard;
mod error_page;
mod home;
mod sign_in_form;
mod survey;
mod survey_form;
mod tenant_login;
mod tenant_surveys;
mod thanks;

pub use admin::{AdminHomePage, AdminLoginPage};
pub use dashboard::DashboardPage;
pub use error_page::ErrorPage;
pub use home::HomePage;
pub use survey::{RefusedSubmission, SurveyPage};
pub use tenant_login::TenantLoginPage;
pub use tenant_surveys::TenantSurveysPage;
pub use thanks::ThanksPage;

use leptos::prelude::*;

/// Marks the page as interactive once this component has hydrated, so that
/// end-to-end tests know when event handlers are attached.
pub(crate) fn mark_hydrated() {
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
