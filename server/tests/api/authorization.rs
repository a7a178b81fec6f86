//! The authorization matrix: every page route and every server function,
//! called by each kind of visitor, answers the expected status. Routes and
//! server functions are enumerated from the application itself, so adding
//! one without classifying it here fails this test.

use std::collections::BTreeSet;

use app::auth::{SystemTask, system_scope};
use app::domain::{Email, Role, UnixMillis};
use app::passwords::hash_password;
use app::storage::users::{NewLocalUser, create_local_user};
use reqwest::Method;

use crate::helpers::{TestApp, add_tenant, send, spawn_app};

const PASSWORD: &str = tailspin_server::config::DEFAULT_DEMO_PASSWORD;

/// Columns: anonymous, adatum Survey Creator, adatum Administrator,
/// fabrikam Administrator, Tailspin administrator.
pub(crate) type Statuses = [u16; 5];
const EVERYONE: Statuses = [200; 5];
const ADATUM_MEMBERS: Statuses = [401, 200, 200, 404, 404];
const TAILSPIN_ADMINS: Statuses = [401, 401, 401, 401, 200];
/// Tailspin administrators, naming a subscriber or item that does not exist.
const TAILSPIN_ADMINS_NOT_FOUND: Statuses = [401, 401, 401, 401, 404];
/// A page of Tailspin administration (302: sent to sign in as one).
const TAILSPIN_ADMIN_PAGE: Statuses = [302, 302, 302, 302, 200];
/// adatum's members, on adatum's published demo survey (frozen: 400).
const ADATUM_MEMBERS_FROZEN: Statuses = [401, 400, 400, 404, 404];
/// adatum's members, naming a survey or question adatum does not have.
const ADATUM_MEMBERS_NOT_FOUND: Statuses = [401, 404, 404, 404, 404];
/// Premium only: adatum (Standard) cannot use it at all.
const PREMIUM_ONLY: Statuses = [401, 403, 403, 404, 404];
/// Only adatum's Administrator; the user named does not exist (404).
const ADATUM_ADMIN: Statuses = [401, 403, 200, 404, 404];
const ADATUM_ADMIN_NO_SUCH_USER: Statuses = [401, 403, 404, 404, 404];

enum Body {
    Form(&'static str),
    Json(&'static str),
}

/// Every server function: its path, a request for adatum, who may call it.
const SERVER_FUNCTIONS: &[(&str, Body, Statuses)] = &[
    (
        "/api/list_public_surveys",
        Body::Form("tenant=adatum"),
        EVERYONE,
    ),
    (
        "/api/load_survey_form",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        EVERYONE,
    ),
    (
        "/api/submit_answers",
        Body::Json(r#"{"tenant":"adatum","slug":"customer-satisfaction","fields":[]}"#),
        EVERYONE,
    ),
    (
        "/api/load_login_page",
        Body::Form("tenant=adatum"),
        EVERYONE,
    ),
    (
        "/api/load_new_password_page",
        Body::Form("tenant=adatum&token=not-a-token"),
        EVERYONE,
    ),
    (
        "/api/load_dashboard",
        Body::Form("tenant=adatum"),
        ADATUM_MEMBERS,
    ),
    ("/api/load_admin_home", Body::Form(""), TAILSPIN_ADMINS),
    (
        "/api/load_subscribers",
        Body::Form("search=&plan=&status=&page=1"),
        TAILSPIN_ADMINS,
    ),
    (
        "/api/load_subscriber",
        Body::Form("alias=fabrikam"),
        TAILSPIN_ADMINS,
    ),
    (
        "/api/save_subscriber",
        Body::Form(
            "alias=nosuch&changes[name]=X&changes[plan]=trial&changes[status]=active&changes[region]=europe&changes[max_active_surveys]=&changes[max_users]=",
        ),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/load_subscriber_sign_in_moves",
        Body::Form("alias=nosuch"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/move_subscriber_to_passwords",
        Body::Form("alias=nosuch&plan=standard&email=a%40b.example&confirmed=yes"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/move_subscriber_to_own_provider",
        Body::Form(
            "alias=nosuch&plan=premium&settings[issuer]=https%3A%2F%2Fid.example&settings[client_id]=x&settings[identifying_claim]=&settings[administrator]=x&settings[claim_rules]=&settings[client_secret]=s&confirmed=yes",
        ),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/move_subscriber_to_social_identity",
        Body::Form("alias=nosuch&plan=individual&social_provider=social&email=a%40b.example"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/save_subscriber_sign_in",
        Body::Form(
            "alias=nosuch&settings[issuer]=https%3A%2F%2Fid.example&settings[client_id]=x&settings[identifying_claim]=&settings[administrator]=x&settings[claim_rules]=&settings[client_secret]=",
        ),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/set_subscriber_status",
        Body::Form("alias=nosuch&status=active"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/delete_subscriber",
        Body::Form("alias=nosuch&confirmation=nosuch"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/load_purge_progress",
        Body::Form("alias=fabrikam"),
        TAILSPIN_ADMINS,
    ),
    (
        "/api/load_region_moves",
        Body::Form("alias=fabrikam"),
        TAILSPIN_ADMINS,
    ),
    (
        "/api/move_subscriber_region",
        Body::Form("alias=nosuch&region=north-america"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    ("/api/load_dead_letters", Body::Form(""), TAILSPIN_ADMINS),
    ("/api/load_mail_page", Body::Form(""), TAILSPIN_ADMINS),
    (
        "/api/requeue_dead_letter",
        Body::Form("id=999999"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/discard_dead_letter",
        Body::Form("id=999999"),
        TAILSPIN_ADMINS_NOT_FOUND,
    ),
    (
        "/api/load_usage",
        Body::Form("month=2026-11"),
        TAILSPIN_ADMINS,
    ),
    ("/api/load_signup_options", Body::Form(""), EVERYONE),
    (
        "/api/load_admin_signup_options",
        Body::Form(""),
        TAILSPIN_ADMINS,
    ),
    ("/api/check_alias", Body::Form("alias=adatum"), EVERYONE),
    (
        "/api/test_identity_provider",
        Body::Form("issuer=not-a-url"),
        [422; 5],
    ),
    (
        "/api/sign_up",
        Body::Form("form[name]=&form[alias]=admin&form[plan]=trial&form[region]=europe"),
        [422; 5],
    ),
    ("/api/load_welcome", Body::Form("alias=adatum"), [404; 5]),
    (
        "/api/add_subscriber",
        Body::Form("form[name]=&form[alias]=admin&form[plan]=trial&form[region]=europe"),
        [401, 401, 401, 401, 422],
    ),
    ("/api/load_users", Body::Form("tenant=adatum"), ADATUM_ADMIN),
    (
        "/api/add_user",
        Body::Form(
            "tenant=adatum&name=Matrix&email=matrix%40adatum.example&role=survey_creator&password=long-enough-password",
        ),
        ADATUM_ADMIN,
    ),
    (
        "/api/reset_user_password",
        Body::Form("tenant=adatum&user=999999&password=long-enough-password"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/change_user_role",
        Body::Form("tenant=adatum&user=999999&role=administrator"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/remove_user",
        Body::Form("tenant=adatum&user=999999"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/invite_user",
        Body::Form("tenant=adatum&name=Invited&email=invited%40adatum.example&role=survey_creator"),
        ADATUM_ADMIN,
    ),
    (
        "/api/resend_invitation",
        Body::Form("tenant=adatum&user=999999"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/create_survey",
        Body::Form("tenant=adatum&title=Matrix%20survey&slug="),
        ADATUM_MEMBERS,
    ),
    (
        "/api/duplicate_survey",
        Body::Form("tenant=adatum&survey=1"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/load_survey_editor",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/load_survey_preview",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/load_tenant_branding",
        Body::Form("tenant=adatum"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/save_survey_details",
        Body::Form("tenant=adatum&survey=1&title=T&slug=customer-satisfaction&description="),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/add_question",
        Body::Form(
            "tenant=adatum&survey=1&question[text]=Q&question[kind]=range&question[max_length]=&question[low_label]=&question[high_label]=&question[options]=",
        ),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/update_question",
        Body::Form(
            "tenant=adatum&survey=1&id=1&question[text]=Q&question[kind]=range&question[max_length]=&question[low_label]=&question[high_label]=&question[options]=",
        ),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/delete_question",
        Body::Form("tenant=adatum&survey=1&question=1"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/move_question",
        Body::Form("tenant=adatum&survey=1&question=1&direction=down"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/add_page_break",
        Body::Form("tenant=adatum&survey=1&question=1"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/remove_page",
        Body::Form("tenant=adatum&survey=1&page=1"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/move_page",
        Body::Form("tenant=adatum&survey=1&page=1&direction=up"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/save_page",
        Body::Form("tenant=adatum&survey=1&page=0&title=Intro&description="),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/save_condition",
        Body::Form("tenant=adatum&survey=1&owner=page-1&condition[combine]=all"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/add_skip_rule",
        Body::Form("tenant=adatum&survey=1&page=0&to=finish&condition[combine]=all"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/remove_skip_rule",
        Body::Form("tenant=adatum&survey=1&page=0&rule=0"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/publish_survey",
        Body::Form("tenant=adatum&survey=1"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/close_survey",
        Body::Form("tenant=adatum&survey=999999"),
        ADATUM_MEMBERS_NOT_FOUND,
    ),
    (
        "/api/delete_survey",
        Body::Form("tenant=adatum&survey=999999"),
        ADATUM_MEMBERS_NOT_FOUND,
    ),
    (
        "/api/load_results",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/load_responses",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/load_share_page",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/save_embed_origins",
        Body::Form("tenant=adatum&origins="),
        ADATUM_ADMIN,
    ),
    (
        "/api/save_proof_of_work",
        Body::Form("tenant=adatum&slug=customer-satisfaction&choice=unknown"),
        [401, 422, 422, 404, 404],
    ),
    (
        "/api/load_invitations_page",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/load_invitation_progress",
        Body::Form("tenant=adatum&slug=customer-satisfaction&page=1"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/add_survey_contacts",
        Body::Form("tenant=adatum&slug=customer-satisfaction&contacts="),
        [401, 422, 422, 404, 404],
    ),
    (
        "/api/save_invitation_message",
        Body::Form("tenant=adatum&slug=customer-satisfaction&subject=&message=&anonymous=yes"),
        [401, 422, 422, 404, 404],
    ),
    (
        "/api/send_survey_invitations",
        Body::Form("tenant=adatum&slug=customer-satisfaction&round=invitation"),
        [401, 400, 400, 404, 404],
    ),
    (
        "/api/load_unsubscribe_page",
        Body::Form("tenant=adatum&token=not-a-token"),
        [404; 5],
    ),
    (
        "/api/unsubscribe_contact",
        Body::Form("tenant=adatum&token=not-a-token"),
        [404; 5],
    ),
    (
        "/api/results_version",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/load_survey_translations",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/add_survey_language",
        Body::Form("tenant=adatum&slug=customer-satisfaction&language=de"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/remove_survey_language",
        Body::Form("tenant=adatum&slug=customer-satisfaction&language=de"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/set_survey_language",
        Body::Form("tenant=adatum&slug=customer-satisfaction&written_in=en"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/set_translation_fallback",
        Body::Form("tenant=adatum&slug=customer-satisfaction"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/save_survey_translation",
        Body::Form("tenant=adatum&slug=customer-satisfaction&language=de"),
        ADATUM_MEMBERS_FROZEN,
    ),
    (
        "/api/load_language_settings",
        Body::Form("tenant=adatum"),
        ADATUM_MEMBERS,
    ),
    (
        "/api/save_own_language",
        Body::Form("tenant=adatum&language="),
        ADATUM_MEMBERS,
    ),
    (
        "/api/save_tenant_language",
        Body::Form("tenant=adatum&default_language="),
        ADATUM_ADMIN,
    ),
    (
        "/api/load_metadata_fields",
        Body::Form("tenant=adatum"),
        PREMIUM_ONLY,
    ),
    (
        "/api/add_metadata_field",
        Body::Form("tenant=adatum&name=Owner&kind=text"),
        PREMIUM_ONLY,
    ),
    (
        "/api/remove_metadata_field",
        Body::Form("tenant=adatum&field=1"),
        PREMIUM_ONLY,
    ),
    (
        "/api/set_survey_metadata",
        Body::Form("tenant=adatum&survey=1&field=1&value=x"),
        PREMIUM_ONLY,
    ),
    (
        "/api/load_export_page",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        "/api/load_branding",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        "/api/save_tenant_stylesheet",
        Body::Form("tenant=adatum&css="),
        ADATUM_ADMIN,
    ),
    (
        "/api/remove_tenant_logo",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        "/api/request_sql_export",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        "/api/sql_export_progress",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        "/api/load_sign_in_settings",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        // adatum keeps its own accounts: no provider to configure (400).
        "/api/save_sign_in_settings",
        Body::Form(
            "tenant=adatum&settings[issuer]=https%3A%2F%2Fid.example&settings[client_id]=c&settings[identifying_claim]=&settings[administrator]=a&settings[claim_rules]=&settings[client_secret]=s",
        ),
        [401, 403, 400, 404, 404],
    ),
    ("/api/load_plan", Body::Form("tenant=adatum"), ADATUM_ADMIN),
    (
        // Not confirmed (422): nothing is tested, stored or changed.
        "/api/upgrade_to_own_provider",
        Body::Form(
            "tenant=adatum&settings[issuer]=https%3A%2F%2Fid.example&settings[client_id]=c&settings[identifying_claim]=&settings[administrator]=a&settings[claim_rules]=&settings[client_secret]=s",
        ),
        [401, 403, 422, 404, 404],
    ),
    (
        // adatum is Standard: Trial is no upgrade (422), and nothing changes.
        "/api/upgrade_plan",
        Body::Form("tenant=adatum&plan=trial"),
        [401, 403, 422, 404, 404],
    ),
    (
        "/api/load_api_keys",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        "/api/revoke_api_key",
        Body::Form("tenant=adatum&key=999"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    ("/api/load_api_reference", Body::Form(""), EVERYONE),
    (
        "/api/load_webhooks",
        Body::Form("tenant=adatum"),
        ADATUM_ADMIN,
    ),
    (
        // No address: refused (422), and nothing stored.
        "/api/create_webhook_endpoint",
        Body::Form("tenant=adatum&url=&description=&events[response_created]=on"),
        [401, 403, 422, 404, 404],
    ),
    (
        "/api/load_webhook_endpoint",
        Body::Form("tenant=adatum&endpoint=999"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/update_webhook_endpoint",
        Body::Form(
            "tenant=adatum&endpoint=999&url=https%3A%2F%2Fexample.com%2F&description=&events[response_created]=on",
        ),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/ping_webhook_endpoint",
        Body::Form("tenant=adatum&endpoint=999"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/rotate_webhook_secret",
        Body::Form("tenant=adatum&endpoint=999"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/set_webhook_endpoint_enabled",
        Body::Form("tenant=adatum&endpoint=999&enabled=true"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/delete_webhook_endpoint",
        Body::Form("tenant=adatum&endpoint=999"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
    (
        "/api/redeliver_webhook",
        Body::Form("tenant=adatum&endpoint=999&delivery=1"),
        ADATUM_ADMIN_NO_SUCH_USER,
    ),
];

/// Every page route: its route pattern, a concrete address, and the status
/// of a page load (302: sent to sign in).
pub(crate) const PAGES: &[(&str, &str, Statuses)] = &[
    ("/", "/", EVERYONE),
    ("/s/{tenant}", "/s/adatum", EVERYONE),
    (
        "/s/{tenant}/{slug}",
        "/s/adatum/customer-satisfaction",
        EVERYONE,
    ),
    (
        "/s/{tenant}/{slug}/thanks",
        "/s/adatum/customer-satisfaction/thanks",
        EVERYONE,
    ),
    ("/t/{tenant}/login", "/t/adatum/login", EVERYONE),
    (
        "/t/{tenant}/password-reset",
        "/t/adatum/password-reset",
        EVERYONE,
    ),
    (
        "/t/{tenant}/password-reset/new",
        "/t/adatum/password-reset/new?token=not-a-token",
        EVERYONE,
    ),
    ("/t/{tenant}", "/t/adatum", [302, 200, 200, 404, 404]),
    ("/admin/login", "/admin/login", EVERYONE),
    ("/admin", "/admin", TAILSPIN_ADMIN_PAGE),
    (
        "/admin/subscribers",
        "/admin/subscribers",
        TAILSPIN_ADMIN_PAGE,
    ),
    (
        "/admin/subscribers/new",
        "/admin/subscribers/new",
        TAILSPIN_ADMIN_PAGE,
    ),
    (
        "/admin/subscribers/{alias}",
        "/admin/subscribers/fabrikam",
        TAILSPIN_ADMIN_PAGE,
    ),
    (
        "/admin/subscribers/{alias}/sign-in",
        "/admin/subscribers/fabrikam/sign-in",
        TAILSPIN_ADMIN_PAGE,
    ),
    ("/admin/usage", "/admin/usage", TAILSPIN_ADMIN_PAGE),
    ("/admin/restore", "/admin/restore", TAILSPIN_ADMIN_PAGE),
    (
        "/admin/dead-letters",
        "/admin/dead-letters",
        TAILSPIN_ADMIN_PAGE,
    ),
    ("/admin/email", "/admin/email", TAILSPIN_ADMIN_PAGE),
    ("/signup", "/signup", EVERYONE),
    (
        "/signup/welcome/{tenant}",
        "/signup/welcome/adatum",
        [404; 5],
    ),
    (
        "/t/{tenant}/users",
        "/t/adatum/users",
        [302, 403, 200, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/edit",
        "/t/adatum/surveys/customer-satisfaction/edit",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/preview",
        "/t/adatum/surveys/customer-satisfaction/preview",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/preview/document",
        "/t/adatum/surveys/customer-satisfaction/preview/document",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/translations",
        "/t/adatum/surveys/customer-satisfaction/translations",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/settings/language",
        "/t/adatum/settings/language",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/settings/metadata",
        "/t/adatum/settings/metadata",
        [302, 403, 403, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/results",
        "/t/adatum/surveys/customer-satisfaction/results",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/responses",
        "/t/adatum/surveys/customer-satisfaction/responses",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/share",
        "/t/adatum/surveys/customer-satisfaction/share",
        [302, 200, 200, 404, 404],
    ),
    (
        "/t/{tenant}/surveys/{slug}/invitations",
        "/t/adatum/surveys/customer-satisfaction/invitations",
        [302, 200, 200, 404, 404],
    ),
    (
        "/unsubscribe/{tenant}",
        "/unsubscribe/adatum?token=not-a-token",
        [404; 5],
    ),
    (
        "/t/{tenant}/settings/sign-in",
        "/t/adatum/settings/sign-in",
        [302, 403, 200, 404, 404],
    ),
    (
        "/t/{tenant}/settings/plan",
        "/t/adatum/settings/plan",
        [302, 403, 200, 404, 404],
    ),
    (
        "/t/{tenant}/export",
        "/t/adatum/export",
        [302, 403, 200, 404, 404],
    ),
    (
        "/t/{tenant}/branding",
        "/t/adatum/branding",
        [302, 403, 200, 404, 404],
    ),
    (
        "/t/{tenant}/settings/api",
        "/t/adatum/settings/api",
        [302, 403, 200, 404, 404],
    ),
    (
        "/t/{tenant}/settings/webhooks",
        "/t/adatum/settings/webhooks",
        [302, 403, 200, 404, 404],
    ),
    (
        "/t/{tenant}/settings/webhooks/{endpoint}",
        "/t/adatum/settings/webhooks/999",
        [302, 403, 404, 404, 404],
    ),
    ("/developers/api", "/developers/api", EVERYONE),
];

fn client() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
    reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

async fn signed_in(app: &TestApp, path: &str, email: &str) -> reqwest::Client {
    let client = client();
    let response = app
        .post_form_as(&client, path, &[("email", email), ("password", PASSWORD)])
        .await;
    assert_eq!(response.status(), 303, "{email} signs in");
    client
}

async fn visitors(app: &TestApp) -> [reqwest::Client; 5] {
    let fabrikam = add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let user = NewLocalUser {
        email: Email::parse("admin@fabrikam.example").unwrap(),
        display_name: "Fabrikam Administrator".into(),
        role: Role::Administrator,
        password_hash: hash_password(PASSWORD.into()).await.unwrap(),
    };
    let scope = system_scope(
        &fabrikam,
        app::auth::SystemGrant::for_tests(SystemTask::Onboarding),
    );
    create_local_user(&app.db, &scope, &user, None, UnixMillis::now())
        .await
        .unwrap();
    [
        client(),
        signed_in(app, "/t/adatum/login", "creator@adatum.example").await,
        signed_in(app, "/t/adatum/login", "admin@adatum.example").await,
        signed_in(app, "/t/fabrikam/login", "admin@fabrikam.example").await,
        signed_in(app, "/admin/login", "ops@tailspin.example").await,
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_server_function_and_page_answers_each_visitor_as_expected() {
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let classified: BTreeSet<String> = SERVER_FUNCTIONS
        .iter()
        .map(|(p, _, _)| p.to_string())
        .collect();
    assert_eq!(
        registered, classified,
        "every server function is in the matrix"
    );

    let routes: BTreeSet<String> = app::page_routes()
        .iter()
        .map(|r| r.path().to_owned())
        .collect();
    let classified: BTreeSet<String> = PAGES
        .iter()
        .map(|(route, _, _)| route.to_string())
        .collect();
    assert_eq!(routes, classified, "every page route is in the matrix");

    let app = spawn_app().await;
    let visitors = visitors(&app).await;
    let mut failures = Vec::new();
    for (path, body, expected) in SERVER_FUNCTIONS {
        for (who, client) in visitors.iter().enumerate() {
            let request = app.request_as(client, Method::POST, path);
            let request = match body {
                Body::Form(form) => request
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(*form),
                Body::Json(json) => request
                    .header("content-type", "application/json")
                    .body(*json),
            };
            let status = send(request).await.status().as_u16();
            if status != expected[who] {
                failures.push(format!(
                    "{path} as visitor {who}: {status}, expected {}",
                    expected[who]
                ));
            }
        }
    }
    for (_, address, expected) in PAGES {
        for (who, client) in visitors.iter().enumerate() {
            let response = send(
                app.request_as(client, Method::GET, address)
                    .header("accept", "text/html"),
            )
            .await;
            let status = response.status().as_u16();
            if status != expected[who] {
                failures.push(format!(
                    "{address} as visitor {who}: {status}, expected {}",
                    expected[who]
                ));
            }
        }
    }
    for (address, form, expected) in PAGE_POSTS {
        for (who, client) in visitors.iter().enumerate() {
            let response = send(
                app.request_as(client, Method::POST, address)
                    .header("accept", "text/html")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(*form),
            )
            .await;
            let status = response.status().as_u16();
            if status != expected[who] {
                failures.push(format!(
                    "POST {address} as visitor {who}: {status}, expected {}",
                    expected[who]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Pages that take a form post outside the server functions and draw the
/// page again (the respondent's own form post is public).
const PAGE_POSTS: &[(&str, &str, Statuses)] = &[
    (
        "/t/adatum/surveys/customer-satisfaction/preview/document",
        "page=0&go=next",
        [302, 200, 200, 404, 404],
    ),
    // A key with no name: refused, and nothing stored.
    (
        "/t/adatum/settings/api",
        "name=&surveys_read=on",
        // Anonymous: sent to sign in (303, as from a form post).
        [303, 403, 422, 404, 404],
    ),
];

/// Every `/api/v1` route: its method and pattern, a concrete address of
/// adatum's with a body, the scope it needs, whether it names one of
/// adatum's objects (which a key of another tenant does not find), and
/// what a key with the scope gets. Closing comes last: it closes the demo
/// survey the others name.
const API_ROUTES: &[(&str, &str, &str, &str, &str, bool, u16)] = &[
    (
        "GET",
        "/api/v1/surveys",
        "/api/v1/surveys",
        "",
        "surveys:read",
        false,
        200,
    ),
    (
        "GET",
        "/api/v1/surveys/{slug}",
        "/api/v1/surveys/customer-satisfaction",
        "",
        "surveys:read",
        true,
        200,
    ),
    (
        "GET",
        "/api/v1/surveys/{slug}/responses",
        "/api/v1/surveys/customer-satisfaction/responses",
        "",
        "responses:read",
        true,
        200,
    ),
    (
        "GET",
        "/api/v1/surveys/{slug}/summary",
        "/api/v1/surveys/customer-satisfaction/summary",
        "",
        "responses:read",
        true,
        200,
    ),
    (
        "GET",
        "/api/v1/surveys/{slug}/responses/{id}",
        // {first}: the demo survey's one response, sent before.
        "/api/v1/surveys/customer-satisfaction/responses/{first}",
        "",
        "responses:read",
        true,
        200,
    ),
    (
        "GET",
        "/api/v1/webhooks",
        "/api/v1/webhooks",
        "",
        "webhooks:write",
        false,
        200,
    ),
    (
        "POST",
        "/api/v1/webhooks",
        "/api/v1/webhooks",
        r#"{"url":"https://hooks.example.com/matrix","events":["response.created"]}"#,
        "webhooks:write",
        false,
        201,
    ),
    (
        "GET",
        "/api/v1/webhooks/{id}/secret",
        // {hook}: an endpoint of adatum's, registered before.
        "/api/v1/webhooks/{hook}/secret",
        "",
        "webhooks:write",
        true,
        200,
    ),
    (
        "DELETE",
        "/api/v1/webhooks/{id}",
        "/api/v1/webhooks/{hook}",
        "",
        "webhooks:write",
        true,
        204,
    ),
    (
        "POST",
        "/api/v1/surveys",
        "/api/v1/surveys",
        r#"{"title":"Made by the matrix"}"#,
        "surveys:write",
        false,
        201,
    ),
    (
        "POST",
        "/api/v1/surveys/{slug}/duplicate",
        "/api/v1/surveys/customer-satisfaction/duplicate",
        "",
        "surveys:write",
        true,
        201,
    ),
    // The demo survey is published: not a draft (400).
    (
        "PATCH",
        "/api/v1/surveys/{slug}",
        "/api/v1/surveys/customer-satisfaction",
        r#"{"title":"Renamed"}"#,
        "surveys:write",
        true,
        400,
    ),
    (
        "POST",
        "/api/v1/surveys/{slug}/questions",
        "/api/v1/surveys/customer-satisfaction/questions",
        r#"{"text":"More?","kind":"free_text"}"#,
        "surveys:write",
        true,
        400,
    ),
    (
        "POST",
        "/api/v1/surveys/{slug}/publish",
        "/api/v1/surveys/customer-satisfaction/publish",
        "",
        "surveys:write",
        true,
        400,
    ),
    (
        "GET",
        "/api/v1/surveys/{slug}/contacts",
        "/api/v1/surveys/customer-satisfaction/contacts",
        "",
        "responses:read",
        true,
        200,
    ),
    (
        "POST",
        "/api/v1/surveys/{slug}/contacts",
        "/api/v1/surveys/customer-satisfaction/contacts",
        r#"{"contacts":[{"email":"matrix@example.com"}]}"#,
        "surveys:write",
        true,
        200,
    ),
    // The contact just added is invited.
    (
        "POST",
        "/api/v1/surveys/{slug}/invitations",
        "/api/v1/surveys/customer-satisfaction/invitations",
        r#"{"round":"invitation"}"#,
        "surveys:write",
        true,
        202,
    ),
    (
        "DELETE",
        "/api/v1/surveys/{slug}/responses/{id}",
        "/api/v1/surveys/customer-satisfaction/responses/{first}",
        "",
        "surveys:write",
        true,
        204,
    ),
    (
        "POST",
        "/api/v1/surveys/{slug}/close",
        "/api/v1/surveys/customer-satisfaction/close",
        "",
        "surveys:write",
        true,
        200,
    ),
];

/// An endpoint of adatum's, registered as its page would.
async fn adatum_webhook(app: &TestApp) -> i64 {
    let tenant = app::storage::tenants::find_tenant_by_alias(
        &app.db,
        &app::domain::TenantAlias::parse("adatum").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let scope = app::auth::system_scope(
        &tenant,
        app::services::grants::SystemGrant::for_tests(
            app::services::grants::SystemTask::PlatformAdministration,
        ),
    );
    let sender = app::services::webhooks::WebhookSender {
        client: app::outbound::OutboundClient::new(Default::default()),
        mailer: app::services::mail::Mailer::new(
            app::services::mail::MailTransport::Outbox(app.dir().join("test-outbox")),
            None,
            &app.address,
            app.key.clone(),
        )
        .unwrap(),
    };
    let events = ["response.created".to_owned()];
    let request = app::services::webhooks::EndpointRequest {
        url: "https://hooks.example.com/adatum",
        description: "",
        events: &events,
    };
    app::services::webhooks::register(&app.db, &scope, &sender, None, &request)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_api_route_answers_each_key_as_expected() {
    use crate::rest_api::key_of;
    let document: serde_json::Value =
        serde_json::to_value(tailspin_server::routes::api_v1::document()).unwrap();
    let mut documented = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert(format!("{} {path}", method.to_uppercase()));
        }
    }
    let classified: BTreeSet<String> = API_ROUTES
        .iter()
        .map(|r| format!("{} {}", r.0, r.1))
        .collect();
    assert_eq!(documented, classified, "every API route is in the matrix");

    let app = spawn_app().await;
    add_tenant(&app.db, "fabrikam", "Fabrikam").await;
    let all = [
        "surveys:read",
        "surveys:write",
        "responses:read",
        "webhooks:write",
    ];
    let fabrikam = key_of(&app, "fabrikam", &all).await;
    let revoked = key_of(&app, "adatum", &all).await;
    let revoked_id = *crate::helpers::api_key_ids(&app).await.last().unwrap();
    let admin = signed_in(&app, "/t/adatum/login", "admin@adatum.example").await;
    let (status, _) = app
        .call_as(
            &admin,
            "revoke_api_key",
            &[("tenant", "adatum"), ("key", &revoked_id.to_string())],
        )
        .await;
    assert_eq!(status, 200);

    crate::rest_api::answer(&app, 1).await;
    let first = app.stored_submissions().await[0].id.0.to_string();
    let hook = adatum_webhook(&app).await.to_string();
    let mut failures = Vec::new();
    let mut keys = std::collections::HashMap::new();
    for (method, _, address, body, needs, names_an_object, allowed) in API_ROUTES {
        let address = address.replace("{first}", &first).replace("{hook}", &hook);
        let address = address.as_str();
        // One pair of keys per scope: a tenant may have 25 live keys.
        if !keys.contains_key(needs) {
            let others: Vec<&str> = all.iter().copied().filter(|s| s != needs).collect();
            let pair = (
                key_of(&app, "adatum", &[needs]).await,
                key_of(&app, "adatum", &others).await,
            );
            keys.insert(needs, pair);
        }
        let (with_scope, without_scope) = keys[needs].clone();
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let call = |client: &reqwest::Client, key: Option<&str>| {
            let mut request = app
                .request_as(client, method.clone(), address)
                .header("content-type", "application/json")
                .body(body.to_string());
            if let Some(key) = key {
                request = request.bearer_auth(key);
            }
            send(request)
        };
        let plain = client();
        // The ones that change something go last, each with its own key.
        let outcomes = [
            ("no key", call(&plain, None).await.status()),
            ("a session", call(&admin, None).await.status()),
            ("a revoked key", call(&plain, Some(&revoked)).await.status()),
            (
                "a key without the scope",
                call(&plain, Some(&without_scope)).await.status(),
            ),
            (
                "another tenant's key",
                call(&plain, Some(&fabrikam)).await.status(),
            ),
            (
                "a key with the scope",
                call(&plain, Some(&with_scope)).await.status(),
            ),
        ];
        let other_tenant = if *names_an_object { 404 } else { *allowed };
        let expected = [401, 401, 401, 403, other_tenant, *allowed];
        for ((who, status), expected) in outcomes.into_iter().zip(expected) {
            if status.as_u16() != expected {
                failures.push(format!(
                    "{method} {address} with {who}: {status}, expected {expected}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
