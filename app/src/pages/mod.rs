//! One module per page. Components render on the server and hydrate in the
//! browser; everything a page shows before hydration must also work without
//! JavaScript.

mod admin;
mod admin_mail;
mod admin_nav;
mod admin_restore;
mod admin_tenant;
mod admin_tenants;
mod admin_usage;
mod branding;
mod dashboard;
mod error_page;
mod fields;
mod figures;
mod form_feedback;
mod full_load;
mod home;
mod hydration;
mod metadata_settings;
mod new_survey;
mod password_reset;
mod plan_choice;
mod question_fields;
mod raw_text;
mod responses;
mod results;
mod sign_in_form;
mod sign_in_settings;
mod signup;
mod sql_export;
mod survey;
mod survey_editor;
mod survey_form;
mod survey_preview;
mod tenant_brand;
mod tenant_login;
mod tenant_nav;
mod tenant_surveys;
mod thanks;
mod users;

pub use admin::{AdminHomePage, AdminLoginPage};
pub use admin_mail::AdminMailPage;
pub use admin_restore::AdminRestorePage;
pub use admin_tenant::AdminTenantPage;
pub use admin_tenants::AdminTenantsPage;
pub use admin_usage::{AdminDeadLettersPage, AdminUsagePage};
pub use branding::BrandingPage;
pub use dashboard::DashboardPage;
pub use error_page::ErrorPage;
pub use home::HomePage;
#[cfg(feature = "hydrate")]
pub(crate) use hydration::mark_leaving;
pub use metadata_settings::MetadataSettingsPage;
pub use password_reset::{NewPasswordPage, PasswordResetPage};
pub use responses::ResponsesPage;
pub use results::ResultsPage;
pub use sign_in_settings::SignInSettingsPage;
pub use signup::{AdminNewTenantPage, SignupPage, WelcomePage};
pub use sql_export::SqlExportPage;
pub use survey::{PreparedSurvey, RefusedSubmission, SurveyPage};
pub use survey_editor::SurveyEditorPage;
pub use survey_preview::{SurveyPreviewDocument, SurveyPreviewPage};
pub use tenant_login::TenantLoginPage;
pub use tenant_surveys::TenantSurveysPage;
pub use thanks::ThanksPage;
pub use users::UsersPage;
