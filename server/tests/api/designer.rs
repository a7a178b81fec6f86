//! The survey designer through its server functions, as a signed-in Survey
//! Creator: create, write questions, publish, answer, close, delete.

use crate::helpers::{DEMO_PASSWORD, TestApp, signed_in_as, spawn_app};

async fn creator(app: &TestApp) -> reqwest::Client {
    signed_in_as(
        app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await
}

async fn ok(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &[(&str, &str)],
) -> serde_json::Value {
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 200, "{function}: {body}");
    body
}

fn question<'a>(
    survey: &'a str,
    text: &'a str,
    kind: &'a str,
    options: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("tenant", "adatum"),
        ("survey", survey),
        ("question[text]", text),
        ("question[required]", "on"),
        ("question[kind]", kind),
        ("question[max_length]", ""),
        ("question[low_label]", "Poor"),
        ("question[high_label]", "Great"),
        ("question[options]", options),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_survey_is_designed_published_answered_closed_and_deleted() {
    let app = spawn_app().await;
    let client = creator(&app).await;
    let slug = ok(
        &client,
        &app,
        "create_survey",
        &[
            ("tenant", "adatum"),
            ("title", "Après-sales Survey!"),
            ("slug", ""),
        ],
    )
    .await;
    assert_eq!(slug, "apres-sales-survey");
    let editor = ok(
        &client,
        &app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", "apres-sales-survey")],
    )
    .await;
    let id = editor["id"].to_string();
    assert_eq!(editor["state"], "Draft");

    ok(
        &client,
        &app,
        "add_question",
        &question(&id, "Rate the visit", "range", ""),
    )
    .await;
    ok(
        &client,
        &app,
        "add_question",
        &question(&id, "Which shop?", "choice", "North\nSouth"),
    )
    .await;
    ok(
        &client,
        &app,
        "add_question",
        &question(&id, "Anything else?", "free_text", ""),
    )
    .await;
    // Bad questions are refused by field and change nothing.
    let (status, error) = app
        .call_as(
            &client,
            "add_question",
            &question(&id, "Pick", "choice", "Only one"),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(error["Invalid"][0]["field"], "options");

    let editor = ok(
        &client,
        &app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", "apres-sales-survey")],
    )
    .await;
    let questions = editor["questions"].as_array().unwrap().clone();
    assert_eq!(questions.len(), 3);
    let last = questions[2]["id"].to_string();
    ok(
        &client,
        &app,
        "move_question",
        &[
            ("tenant", "adatum"),
            ("survey", &id),
            ("question", &last),
            ("direction", "up"),
        ],
    )
    .await;
    let editor = ok(
        &client,
        &app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", "apres-sales-survey")],
    )
    .await;
    let texts: Vec<&str> = editor["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Rate the visit", "Anything else?", "Which shop?"]);

    // Not public before publishing.
    assert_eq!(app.get("/s/adatum/apres-sales-survey").await.status(), 404);
    ok(
        &client,
        &app,
        "publish_survey",
        &[("tenant", "adatum"), ("survey", &id), ("confirm", "yes")],
    )
    .await;
    assert_eq!(app.get("/s/adatum/apres-sales-survey").await.status(), 200);
    // Frozen once published.
    let (status, _) = app
        .call_as(&client, "add_question", &question(&id, "Late", "range", ""))
        .await;
    assert_eq!(status, 400);

    let dashboard = ok(&client, &app, "load_dashboard", &[("tenant", "adatum")]).await;
    let row = dashboard["surveys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "apres-sales-survey")
        .unwrap()
        .clone();
    assert_eq!(row["state"], "Published");
    assert_eq!(row["days_left"], 28);
    // The demo's two published surveys and this one.
    assert_eq!(dashboard["active_surveys"], 3);

    // An answer arrives; closing stops further answers at once.
    let page = app
        .get("/s/adatum/apres-sales-survey")
        .await
        .text()
        .await
        .unwrap();
    let key = page
        .split("name=\"idempotency_key\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let stars = format!("q-{}", questions[0]["id"]);
    let shop = format!("q-{}", questions[1]["id"]);
    let comment = format!("q-{}", questions[2]["id"]);
    let body = crate::helpers::encode(&[
        ("idempotency_key", key.as_str()),
        (stars.as_str(), "4"),
        (shop.as_str(), "0"),
        (comment.as_str(), "Quick and friendly"),
    ]);
    assert_eq!(
        app.post_form("/s/adatum/apres-sales-survey", body)
            .await
            .status(),
        303
    );
    ok(
        &client,
        &app,
        "close_survey",
        &[("tenant", "adatum"), ("survey", &id)],
    )
    .await;
    assert_eq!(app.get("/s/adatum/apres-sales-survey").await.status(), 410);

    // Deleting a survey with answers needs a confirmation.
    let (status, error) = app
        .call_as(
            &client,
            "delete_survey",
            &[("tenant", "adatum"), ("survey", &id)],
        )
        .await;
    assert_eq!(status, 422);
    assert!(
        error["Invalid"][0]["message"]
            .as_str()
            .unwrap()
            .contains("1 responses")
    );
    ok(
        &client,
        &app,
        "delete_survey",
        &[("tenant", "adatum"), ("survey", &id), ("confirm", "yes")],
    )
    .await;
    let (status, _) = app
        .call_as(
            &client,
            "load_survey_editor",
            &[("tenant", "adatum"), ("slug", "apres-sales-survey")],
        )
        .await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_description_is_markdown_rendered_inert() {
    let app = spawn_app().await;
    let client = creator(&app).await;
    ok(
        &client,
        &app,
        "create_survey",
        &[("tenant", "adatum"), ("title", "Safe"), ("slug", "safe")],
    )
    .await;
    let editor = ok(
        &client,
        &app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", "safe")],
    )
    .await;
    let id = editor["id"].to_string();
    let attack = "**Welcome** <script>alert('x')</script> <img src=x onerror=alert(1)> [site](javascript:alert(1)) [ok](https://adatum.example)";
    ok(
        &client,
        &app,
        "save_survey_details",
        &[
            ("tenant", "adatum"),
            ("survey", &id),
            ("title", "Safe"),
            ("slug", "safe"),
            ("description", attack),
        ],
    )
    .await;
    ok(
        &client,
        &app,
        "add_question",
        &question(&id, "Rate", "range", ""),
    )
    .await;
    ok(
        &client,
        &app,
        "publish_survey",
        &[("tenant", "adatum"), ("survey", &id), ("confirm", "yes")],
    )
    .await;
    let html = app.get("/s/adatum/safe").await.text().await.unwrap();
    assert!(html.contains("<strong>Welcome</strong>"));
    assert!(html.contains("href=\"https://adatum.example\""));
    for bad in ["<script>alert", "onerror", "javascript:", "<img"] {
        assert!(!html.contains(bad), "{bad} in the public page");
    }
    // A slug another survey uses is refused on the field.
    ok(
        &client,
        &app,
        "create_survey",
        &[("tenant", "adatum"), ("title", "Other"), ("slug", "other")],
    )
    .await;
    let other = ok(
        &client,
        &app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", "other")],
    )
    .await;
    let (status, error) = app
        .call_as(
            &client,
            "save_survey_details",
            &[
                ("tenant", "adatum"),
                ("survey", &other["id"].to_string()),
                ("title", "Other"),
                ("slug", "customer-satisfaction"),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(error["Invalid"][0]["field"], "slug");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_titles_get_whole_word_addresses_and_publishing_needs_confirmation() {
    let app = spawn_app().await;
    let client = creator(&app).await;
    let title = "Quarterly customer satisfaction survey of our northern region stores";
    let create = [("tenant", "adatum"), ("title", title), ("slug", "")];
    let first = ok(&client, &app, "create_survey", &create).await;
    assert_eq!(
        first,
        "quarterly-customer-satisfaction-survey-of-our-northern"
    );
    // The same title again: numbered, still within the length limit.
    let second = ok(&client, &app, "create_survey", &create).await;
    assert_eq!(
        second,
        "quarterly-customer-satisfaction-survey-of-our-northern-2"
    );

    let slug = first.as_str().unwrap();
    let load = [("tenant", "adatum"), ("slug", slug)];
    let editor = ok(&client, &app, "load_survey_editor", &load).await;
    let id = editor["id"].to_string();
    ok(
        &client,
        &app,
        "add_question",
        &question(&id, "Rate the store", "range", ""),
    )
    .await;

    // Not confirmed: refused at the confirmation, and still a draft.
    let (status, body) = app
        .call_as(
            &client,
            "publish_survey",
            &[("tenant", "adatum"), ("survey", &id)],
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("confirm"), "{body}");
    let editor = ok(&client, &app, "load_survey_editor", &load).await;
    assert_eq!(editor["state"], "Draft");
    assert_eq!(app.get(&format!("/s/adatum/{slug}")).await.status(), 404);

    ok(
        &client,
        &app,
        "publish_survey",
        &[("tenant", "adatum"), ("survey", &id), ("confirm", "yes")],
    )
    .await;
    let editor = ok(&client, &app, "load_survey_editor", &load).await;
    assert_eq!(editor["state"], "Published");
    let public_url = editor["public_url"].as_str().unwrap();
    assert!(
        public_url.starts_with("http") && public_url.ends_with(&format!("/s/adatum/{slug}")),
        "{public_url}"
    );
    assert_eq!(app.get(&format!("/s/adatum/{slug}")).await.status(), 200);
}
