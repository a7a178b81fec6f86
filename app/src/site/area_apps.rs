//! Each area's route tree: the pages its bundle hydrates. The server renders
//! a page with the tree of its address's area ([`Area::of`]), so the bundle
//! always hydrates the very tree the server rendered. A path the tree does
//! not know renders [`LeaveForServer`].

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{SsrMode, path};

use super::area::Area;
use super::frame::{Frame, StaticFrame};
use super::leave::LeaveForServer;
use super::page_kind::current_path;
use crate::error::AppError;
use crate::pages::{
    AdminDeadLettersPage, AdminHomePage, AdminLoginPage, AdminMailPage, AdminNewTenantPage,
    AdminRestorePage, AdminSignInMovesPage, AdminTenantPage, AdminTenantsPage, AdminUsagePage,
    ApiKeysSettingsPage, ApiReferencePage, BrandingPage, DashboardPage, ErrorPage, HomePage,
    InvitationsPage, LanguageSettingsPage, MetadataSettingsPage, NewPasswordPage,
    PasswordResetPage, PlanSettingsPage, ResponsesPage, ResultsPage, SharePage, SignInSettingsPage,
    SignupPage, SqlExportPage, SurveyEditorPage, SurveyPage, SurveyPreviewDocument,
    SurveyPreviewPage, SurveyTranslationsPage, TenantLoginPage, TenantSurveysPage, ThanksPage,
    UnsubscribePage, UsersPage, WebhookEndpointSettingsPage, WebhooksSettingsPage, WelcomePage,
};

/// The home page, sign-up and the sign-in pages.
#[component]
pub fn PublicApp() -> impl IntoView {
    view! {
        <Frame area=Area::Public>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/signup") view=SignupPage ssr=SsrMode::Async />
                <Route path=path!("/signup/welcome/:tenant") view=WelcomePage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/login") view=TenantLoginPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/password-reset") view=PasswordResetPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/password-reset/new") view=NewPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/admin/login") view=AdminLoginPage ssr=SsrMode::Async />
                <Route path=path!("/unsubscribe/:tenant") view=UnsubscribePage ssr=SsrMode::Async />
                <Route path=path!("/developers/api") view=ApiReferencePage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// The respondent's pages, picked by their address without a router: the
/// respondent's bundle is the one every respondent downloads, and leaving
/// the router out keeps it within its weight budget. Its pages never
/// change in place. `RespondentRoutes` lists the same addresses for the
/// server's route table.
#[component]
pub fn RespondentApp() -> impl IntoView {
    let path = current_path();
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let page = match segments.as_slice() {
        ["s", tenant] => view! { <TenantSurveysPage tenant=tenant.to_string() /> }.into_any(),
        ["s", tenant, slug] => {
            view! { <SurveyPage tenant=tenant.to_string() slug=slug.to_string() /> }.into_any()
        }
        ["s", tenant, _, "thanks"] => view! { <ThanksPage tenant=tenant.to_string() /> }.into_any(),
        _ => view! { <ErrorPage error=AppError::NotFound /> }.into_any(),
    };
    view! {
        <StaticFrame area=Area::Respondent path=path.clone()>{page}</StaticFrame>
    }
}

/// The respondent's addresses as routes, for the server's route table
/// alone (`RespondentApp` renders them).
#[cfg(feature = "ssr")]
#[component]
fn RespondentRoutes() -> impl IntoView {
    view! {
        <Frame area=Area::Respondent>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/s/:tenant") view=|| () ssr=SsrMode::Async />
                <Route path=path!("/s/:tenant/:slug") view=|| () ssr=SsrMode::Async />
                <Route path=path!("/s/:tenant/:slug/thanks") view=|| () />
            </Routes>
        </Frame>
    }
}

/// A tenant's dashboard and each survey's results and responses.
#[component]
pub fn DashboardApp() -> impl IntoView {
    view! {
        <Frame area=Area::Dashboard>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/t/:tenant") view=DashboardPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/results") view=ResultsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/responses") view=ResponsesPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/share") view=SharePage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/invitations") view=InvitationsPage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// The survey editor and the preview around its frame.
#[component]
pub fn DesignerApp() -> impl IntoView {
    view! {
        <Frame area=Area::Designer>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/t/:tenant/surveys/:slug/edit") view=SurveyEditorPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/preview") view=SurveyPreviewPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/surveys/:slug/translations") view=SurveyTranslationsPage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// The document inside the preview's frame (hydrated by the designer's
/// bundle: `Area::hydrated_by`).
#[component]
pub fn PreviewDocumentApp() -> impl IntoView {
    view! {
        <Frame area=Area::PreviewDocument>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/t/:tenant/surveys/:slug/preview/document") view=SurveyPreviewDocument ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// A tenant's settings.
#[component]
pub fn TenantSettingsApp() -> impl IntoView {
    view! {
        <Frame area=Area::TenantSettings>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/t/:tenant/users") view=UsersPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/plan") view=PlanSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/sign-in") view=SignInSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/metadata") view=MetadataSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/language") view=LanguageSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/api") view=ApiKeysSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/webhooks") view=WebhooksSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/settings/webhooks/:endpoint") view=WebhookEndpointSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/t/:tenant/export") view=SqlExportPage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// A tenant's branding.
#[component]
pub fn BrandingApp() -> impl IntoView {
    view! {
        <Frame area=Area::Branding>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/t/:tenant/branding") view=BrandingPage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// Tailspin administration of subscribers.
#[component]
pub fn SubscribersApp() -> impl IntoView {
    view! {
        <Frame area=Area::Subscribers>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/admin/subscribers") view=AdminTenantsPage ssr=SsrMode::Async />
                <Route path=path!("/admin/subscribers/new") view=AdminNewTenantPage ssr=SsrMode::Async />
                <Route path=path!("/admin/subscribers/:alias") view=AdminTenantPage ssr=SsrMode::Async />
                <Route path=path!("/admin/subscribers/:alias/sign-in") view=AdminSignInMovesPage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// Tailspin administration's other pages.
#[component]
pub fn AdministrationApp() -> impl IntoView {
    view! {
        <Frame area=Area::Administration>
            <Routes fallback=LeaveForServer>
                <Route path=path!("/admin") view=AdminHomePage ssr=SsrMode::Async />
                <Route path=path!("/admin/usage") view=AdminUsagePage ssr=SsrMode::Async />
                <Route path=path!("/admin/restore") view=AdminRestorePage ssr=SsrMode::Async />
                <Route path=path!("/admin/dead-letters") view=AdminDeadLettersPage ssr=SsrMode::Async />
                <Route path=path!("/admin/email") view=AdminMailPage ssr=SsrMode::Async />
            </Routes>
        </Frame>
    }
}

/// The route tree of the page at `path`.
pub(super) fn area_app(area: Area) -> AnyView {
    match area {
        Area::Public => view! { <PublicApp /> }.into_any(),
        Area::Respondent => view! { <RespondentApp /> }.into_any(),
        Area::Dashboard => view! { <DashboardApp /> }.into_any(),
        Area::Designer => view! { <DesignerApp /> }.into_any(),
        Area::PreviewDocument => view! { <PreviewDocumentApp /> }.into_any(),
        Area::TenantSettings => view! { <TenantSettingsApp /> }.into_any(),
        Area::Branding => view! { <BrandingApp /> }.into_any(),
        Area::Administration => view! { <AdministrationApp /> }.into_any(),
        Area::Subscribers => view! { <SubscribersApp /> }.into_any(),
    }
}

/// Every page route of the site, for the server's route table.
#[cfg(feature = "ssr")]
pub fn page_routes() -> Vec<leptos_axum::AxumRouteListing> {
    page_routes_by_area()
        .into_iter()
        .flat_map(|(_, routes)| routes)
        .collect()
}

#[cfg(feature = "ssr")]
fn page_routes_by_area() -> Vec<(Area, Vec<leptos_axum::AxumRouteListing>)> {
    use leptos_axum::generate_route_list;
    vec![
        (Area::Public, generate_route_list(PublicApp)),
        (Area::Respondent, generate_route_list(RespondentRoutes)),
        (Area::Dashboard, generate_route_list(DashboardApp)),
        (Area::Designer, generate_route_list(DesignerApp)),
        (
            Area::PreviewDocument,
            generate_route_list(PreviewDocumentApp),
        ),
        (Area::TenantSettings, generate_route_list(TenantSettingsApp)),
        (Area::Branding, generate_route_list(BrandingApp)),
        (Area::Administration, generate_route_list(AdministrationApp)),
        (Area::Subscribers, generate_route_list(SubscribersApp)),
    ]
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::page_routes_by_area;
    use crate::site::area::Area;

    /// The server picks the tree by [`Area::of`]: a route in another
    /// area's tree would render "not found".
    #[tokio::test]
    async fn every_route_lies_in_the_area_its_address_names() {
        let mut paths = Vec::new();
        for (area, routes) in page_routes_by_area() {
            for route in routes {
                // `/t/{tenant}/users` → `/t/x/users`
                let path: Vec<&str> = route
                    .path()
                    .split('/')
                    .map(|s| if s.starts_with(['{', ':']) { "x" } else { s })
                    .collect();
                let path = path.join("/");
                assert_eq!(Area::of(&path), area, "{}", route.path());
                paths.push(route.path().to_owned());
            }
        }
        let count = paths.len();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), count, "a route in two trees");
        assert_eq!(count, 40, "every page: {paths:?}");
    }
}
