//! The users page's server functions: a tenant Administrator manages
//! accounts kept by Tailspin Surveys within the plan's user limit.

use crate::helpers::{DEMO_PASSWORD, TestApp, call, spawn_app};

const ADMIN: &str = "admin@adatum.example";

async fn admin(app: &TestApp) -> reqwest::Client {
    crate::helpers::signed_in_as(app, "/t/adatum/login", ADMIN, DEMO_PASSWORD).await
}

async fn user_count(client: &reqwest::Client, app: &TestApp) -> usize {
    let (status, page) = call(client, app, "load_users", &[("tenant", "adatum")]).await;
    assert_eq!(status, 200, "{page}");
    page["users"].as_array().unwrap().len()
}

async fn add(
    client: &reqwest::Client,
    app: &TestApp,
    email: &str,
    password: &str,
) -> serde_json::Value {
    let (status, errors) = call(
        client,
        app,
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
    assert_eq!(status, 200, "{errors}");
    errors
}

async fn password_works(app: &TestApp, email: &str, password: &str) -> bool {
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/t/adatum/login", app.address))
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap();
    response.status() == 303
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_adds_users_up_to_the_plan_limit() {
    let app = spawn_app().await;
    let client = admin(&app).await;
    assert_eq!(user_count(&client, &app).await, 2);
    for n in 3..=5 {
        let errors = add(
            &client,
            &app,
            &format!("user{n}@adatum.example"),
            "a long first password",
        )
        .await;
        assert_eq!(errors["form"], serde_json::Value::Null, "{errors}");
    }
    assert!(password_works(&app, "user5@adatum.example", "a long first password").await);
    // Standard allows 5 users: the sixth is refused and nothing is stored.
    let errors = add(
        &client,
        &app,
        "user6@adatum.example",
        "a long first password",
    )
    .await;
    assert!(
        errors["form"]
            .as_str()
            .unwrap()
            .contains("Standard plan allows 5 users")
    );
    assert_eq!(user_count(&client, &app).await, 5);
    assert!(!password_works(&app, "user6@adatum.example", "a long first password").await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_field_by_field_and_changes_nothing() {
    let app = spawn_app().await;
    let client = admin(&app).await;
    let errors = add(&client, &app, "not-an-email", "short").await;
    assert!(errors["email"].is_string(), "{errors}");
    assert!(errors["password"].is_string(), "{errors}");
    let errors = add(
        &client,
        &app,
        "creator@adatum.example",
        "a long first password",
    )
    .await;
    assert!(errors["email"].as_str().unwrap().contains("already"));
    let (status, _) = call(
        &client,
        &app,
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
    assert_eq!(status, 400);
    assert_eq!(user_count(&client, &app).await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_resets_a_password_changes_a_role_and_removes_a_user() {
    let app = spawn_app().await;
    let client = admin(&app).await;
    let (_, page) = call(&client, &app, "load_users", &[("tenant", "adatum")]).await;
    let creator = page["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["sign_in_name"] == "creator@adatum.example")
        .unwrap()["id"]
        .to_string();
    let me = page["me"].to_string();

    let (status, problem) = call(
        &client,
        &app,
        "reset_user_password",
        &[
            ("tenant", "adatum"),
            ("user", &creator),
            ("password", "short"),
        ],
    )
    .await;
    assert_eq!((status, problem["0"].is_null()), (200, true));
    assert!(
        problem.is_string(),
        "a short password is explained: {problem}"
    );
    let (status, _) = call(
        &client,
        &app,
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

    let (status, _) = call(
        &client,
        &app,
        "change_user_role",
        &[
            ("tenant", "adatum"),
            ("user", &creator),
            ("role", "administrator"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = call(
        &client,
        &app,
        "change_user_role",
        &[
            ("tenant", "adatum"),
            ("user", &me),
            ("role", "survey_creator"),
        ],
    )
    .await;
    assert_eq!(status, 400, "an Administrator cannot demote themselves");
    let (status, _) = call(
        &client,
        &app,
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
    let (status, _) = call(
        &client,
        &app,
        "remove_user",
        &[("tenant", "adatum"), ("user", &creator)],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(user_count(&client, &app).await, 1);
    // A removed user's session no longer works either.
    let (status, _) = call(
        &creator_session,
        &app,
        "load_dashboard",
        &[("tenant", "adatum")],
    )
    .await;
    assert_eq!(status, 401);
}
