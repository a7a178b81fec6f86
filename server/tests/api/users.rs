//! The users page's server functions: a tenant Administrator manages
//! accounts kept by Tailspin Surveys within the plan's user limit.

use crate::helpers::{DEMO_PASSWORD, TestApp, spawn_app};

const ADMIN: &str = "admin@adatum.example";

async fn admin(app: &TestApp) -> reqwest::Client {
    crate::helpers::signed_in_as(app, "/t/adatum/login", ADMIN, DEMO_PASSWORD).await
}

async fn user_count(client: &reqwest::Client, app: &TestApp) -> usize {
    let (status, page) = app
        .call_as(client, "load_users", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200, "{page}");
    page["users"].as_array().unwrap().len()
}

/// Adds a user; `Ok` when added, else the status and the field problems.
async fn add(
    client: &reqwest::Client,
    app: &TestApp,
    email: &str,
    password: &str,
) -> Result<(), (u16, Vec<(String, String)>)> {
    let (status, errors) = app
        .call_as(
            client,
            "add_user",
            &[
                ("tenant", "adatum"),
                ("name", "New Person"),
                ("email", email),
                ("role", "survey_creator"),
                ("password", password),
            ],
        )
        .await;
    if status == 200 {
        Ok(())
    } else {
        Err((status, problems(&errors)))
    }
}

/// The (field, message) pairs of an `Invalid` error.
fn problems(error: &serde_json::Value) -> Vec<(String, String)> {
    error["Invalid"]
        .as_array()
        .unwrap_or_else(|| panic!("not an Invalid error: {error}"))
        .iter()
        .map(|p| {
            (
                p["field"].as_str().unwrap().to_owned(),
                p["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn password_works(app: &TestApp, email: &str, password: &str) -> bool {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = app
        .post_form_as(
            &client,
            "/t/adatum/login",
            &[("email", email), ("password", password)],
        )
        .await;
    response.status() == 303
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_adds_users_up_to_the_plan_limit() {
    let app = spawn_app().await;
    let client = admin(&app).await;
    assert_eq!(user_count(&client, &app).await, 2);
    for n in 3..=5 {
        let added = add(
            &client,
            &app,
            &format!("user{n}@adatum.example"),
            "a long first password",
        )
        .await;
        assert_eq!(added, Ok(()));
    }
    assert!(password_works(&app, "user5@adatum.example", "a long first password").await);
    // Standard allows 5 users: the sixth is refused and nothing is stored.
    let (status, problems) = add(
        &client,
        &app,
        "user6@adatum.example",
        "a long first password",
    )
    .await
    .unwrap_err();
    assert_eq!(status, 422);
    assert_eq!(problems[0].0, "form");
    assert!(problems[0].1.contains("Standard plan allows 5 users"));
    assert_eq!(user_count(&client, &app).await, 5);
    assert!(!password_works(&app, "user6@adatum.example", "a long first password").await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_field_by_field_and_changes_nothing() {
    let app = spawn_app().await;
    let client = admin(&app).await;
    let (status, problems) = add(&client, &app, "not-an-email", "short")
        .await
        .unwrap_err();
    assert_eq!(status, 422);
    let fields: Vec<&str> = problems.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, ["email", "password"]);
    let (_, problems) = add(
        &client,
        &app,
        "creator@adatum.example",
        "a long first password",
    )
    .await
    .unwrap_err();
    assert_eq!(problems[0].0, "email");
    assert!(problems[0].1.contains("already"));
    let (status, _) = app
        .call_as(
            &client,
            "add_user",
            &[
                ("tenant", "adatum"),
                ("name", "X"),
                ("email", "x@adatum.example"),
                ("role", "owner"),
                ("password", "a long first password"),
            ],
        )
        .await;
    assert_eq!(status, 422, "an unknown role");
    assert_eq!(user_count(&client, &app).await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_resets_a_password_changes_a_role_and_removes_a_user() {
    let app = spawn_app().await;
    let client = admin(&app).await;
    let (_, page) = app
        .call_as(&client, "load_users", &[("tenant", "adatum")])
        .await;
    let creator = page["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["sign_in_name"] == "creator@adatum.example")
        .unwrap()["id"]
        .to_string();
    let me = page["me"].to_string();

    let (status, problem) = app
        .call_as(
            &client,
            "reset_user_password",
            &[
                ("tenant", "adatum"),
                ("user", &creator),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(
        problems(&problem)[0].0,
        "password",
        "a short password is explained"
    );
    let (status, _) = app
        .call_as(
            &client,
            "reset_user_password",
            &[
                ("tenant", "adatum"),
                ("user", &creator),
                ("password", "a brand new password"),
            ],
        )
        .await;
    assert_eq!(status, 200);
    assert!(!password_works(&app, "creator@adatum.example", DEMO_PASSWORD).await);
    assert!(password_works(&app, "creator@adatum.example", "a brand new password").await);

    let (status, _) = app
        .call_as(
            &client,
            "change_user_role",
            &[
                ("tenant", "adatum"),
                ("user", &creator),
                ("role", "administrator"),
            ],
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = app
        .call_as(
            &client,
            "change_user_role",
            &[
                ("tenant", "adatum"),
                ("user", &me),
                ("role", "survey_creator"),
            ],
        )
        .await;
    assert_eq!(status, 400, "an Administrator cannot demote themselves");
    let (status, _) = app
        .call_as(
            &client,
            "remove_user",
            &[("tenant", "adatum"), ("user", &me)],
        )
        .await;
    assert_eq!(status, 400, "nor remove themselves");

    let creator_session = crate::helpers::signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        "a brand new password",
    )
    .await;
    let (status, _) = app
        .call_as(
            &client,
            "remove_user",
            &[("tenant", "adatum"), ("user", &creator)],
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(user_count(&client, &app).await, 1);
    // A removed user's session no longer works either.
    let (status, _) = app
        .call_as(&creator_session, "load_dashboard", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_sign_in_is_shown_as_the_last_sign_in() {
    let app = spawn_app().await;
    let last_sign_in = |page: &serde_json::Value, email: &str| {
        page["users"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["sign_in_name"] == email)
            .unwrap()["last_sign_in"]
            .clone()
    };
    let client = admin(&app).await;
    let (status, page) = app
        .call_as(&client, "load_users", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200, "{page}");
    assert_ne!(
        last_sign_in(&page, ADMIN),
        serde_json::Value::Null,
        "{page}"
    );
    assert_eq!(
        last_sign_in(&page, "creator@adatum.example"),
        serde_json::Value::Null,
        "never signed in"
    );

    crate::helpers::signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (_, page) = app
        .call_as(&client, "load_users", &[("tenant", "adatum")])
        .await;
    assert_ne!(
        last_sign_in(&page, "creator@adatum.example"),
        serde_json::Value::Null,
        "{page}"
    );
}
