//! Pages and branching through the designer's server functions and the
//! respondent's plain form posts, on both engines: logic is built, refused
//! with a reason when it cannot work (changing nothing), published, and
//! answered page by page without JavaScript along two routes that store
//! different answers; answers to hidden questions are never stored.

use app::auth::{PublicSiteGrant, public_scope};
use app::domain::{AnswerValue, Slug, field_name};
use app::storage::submissions::list_submissions;
use app::storage::surveys::find_survey_by_slug;
use reqwest::Method;
use serde_json::Value;

use crate::helpers::{
    DEMO_PASSWORD, TestApp, encode, page_key, send, signed_in_as, spawn_app, spawn_postgres_app,
};

const SLUG: &str = "plan-check";
const PATH: &str = "/s/adatum/plan-check";

async fn ok<F: serde::Serialize + ?Sized>(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &F,
) -> Value {
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 200, "{function}: {body}");
    body
}

/// The refusal's messages; the logic must be as it was before.
async fn refused<F: serde::Serialize + ?Sized>(
    client: &reqwest::Client,
    app: &TestApp,
    function: &str,
    form: &F,
) -> String {
    let before = editor(client, app).await["logic"].clone();
    let (status, body) = app.call_as(client, function, form).await;
    assert_eq!(status, 422, "{function}: {body}");
    assert_eq!(
        editor(client, app).await["logic"],
        before,
        "a refusal changes nothing"
    );
    body.to_string()
}

async fn editor(client: &reqwest::Client, app: &TestApp) -> Value {
    ok(
        client,
        app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", SLUG)],
    )
    .await
}

fn question<'a>(
    survey: &'a str,
    text: &'a str,
    kind: &'a str,
    options: &'a str,
    required: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("tenant", "adatum"),
        ("survey", survey),
        ("question[text]", text),
        ("question[kind]", kind),
        ("question[max_length]", ""),
        ("question[options]", options),
    ];
    if required {
        form.push(("question[required]", "on"));
    }
    form
}

fn condition<'a>(
    survey: &'a str,
    owner: &'a str,
    tests: &[(&'a str, &'a str)],
) -> Vec<(String, &'a str)> {
    let mut form = vec![
        ("tenant".to_owned(), "adatum"),
        ("survey".to_owned(), survey),
        ("owner".to_owned(), owner),
        ("condition[combine]".to_owned(), "all"),
    ];
    for (n, (test, value)) in tests.iter().enumerate() {
        form.push((format!("condition[test{}]", n + 1), *test));
        form.push((format!("condition[value{}]", n + 1), *value));
    }
    form
}

/// Plan (Basic/Premium), seats (number), why so many (text, shown over 10
/// seats), NPS. Pages: [plan] [seats, why] [NPS]; Basic skips to page 3.
async fn design(app: &TestApp, client: &reqwest::Client) -> Vec<String> {
    ok(
        client,
        app,
        "create_survey",
        &[
            ("tenant", "adatum"),
            ("title", "Plan check"),
            ("slug", SLUG),
        ],
    )
    .await;
    let id = editor(client, app).await["id"].to_string();
    for form in [
        question(&id, "Which plan?", "choice", "Basic\nPremium", true),
        question(&id, "How many seats?", "number", "", true),
        question(&id, "Why so many?", "free_text", "", false),
        question(&id, "How likely are you to recommend us?", "nps", "", true),
    ] {
        ok(client, app, "add_question", &form).await;
    }
    let ids: Vec<String> = editor(client, app).await["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].to_string())
        .collect();
    for at in [&ids[1], &ids[3]] {
        let form = [
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("question", at.as_str()),
        ];
        ok(client, app, "add_page_break", &form).await;
    }
    let (owner1, owner2) = (
        format!("question-{}", ids[1]),
        format!("question-{}", ids[2]),
    );
    let owner3 = format!("question-{}", ids[3]);

    // Refusals say why and change nothing.
    let forward = condition(&id, &owner1, &[("3:answered", "")]);
    assert!(
        refused(client, app, "save_condition", &forward)
            .await
            .contains("does not come before it")
    );
    let misfit = condition(&id, &owner3, &[("2:greater", "5")]);
    assert!(
        refused(client, app, "save_condition", &misfit)
            .await
            .contains("cannot be tested")
    );
    let unknown = condition(&id, &owner1, &[("0:equals", "Gold")]);
    assert!(
        refused(client, app, "save_condition", &unknown)
            .await
            .contains("not one of the options")
    );
    let never = condition(&id, &owner2, &[("1:greater", "5"), ("1:less", "5")]);
    assert!(
        refused(client, app, "save_condition", &never)
            .await
            .contains("never hold")
    );
    let mut back = condition(&id, "", &[]);
    back.extend([("page".to_owned(), "1"), ("to".to_owned(), "page-0")]);
    assert!(
        refused(client, app, "add_skip_rule", &back)
            .await
            .contains("loop")
    );

    let why = condition(&id, &owner2, &[("1:greater", "10")]);
    ok(client, app, "save_condition", &why).await;
    let mut basic = condition(&id, "", &[("0:equals", "basic")]);
    basic.extend([("page".to_owned(), "0"), ("to".to_owned(), "page-2")]);
    ok(client, app, "add_skip_rule", &basic).await;
    ok(
        client,
        app,
        "save_page",
        &[
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("page", "1"),
            ("title", "Your team"),
            ("description", ""),
        ],
    )
    .await;

    // An edit that a condition no longer fits is refused.
    let mut edit = question(&id, "How many seats?", "free_text", "", true);
    edit.push(("id", ids[1].as_str()));
    assert!(
        refused(client, app, "update_question", &edit)
            .await
            .contains("does not fit the survey's logic")
    );
    // A tested question can neither go nor move after its test.
    let delete = [
        ("tenant", "adatum"),
        ("survey", id.as_str()),
        ("question", ids[0].as_str()),
    ];
    assert!(
        refused(client, app, "delete_question", &delete)
            .await
            .contains("Change that first")
    );
    let down = [
        ("tenant", "adatum"),
        ("survey", id.as_str()),
        ("question", ids[1].as_str()),
        ("direction", "down"),
    ];
    assert!(
        refused(client, app, "move_question", &down)
            .await
            .contains("cannot move there")
    );

    let logic = &editor(client, app).await["logic"];
    assert_eq!(logic["pages"].as_array().unwrap().len(), 3, "{logic}");
    assert_eq!(logic["pages"][1]["title"], "Your team");
    ok(
        client,
        app,
        "publish_survey",
        &[
            ("tenant", "adatum"),
            ("survey", id.as_str()),
            ("confirm", "yes"),
        ],
    )
    .await;
    ids
}

async fn answered(app: &TestApp) -> Vec<Vec<AnswerValue>> {
    let scope = public_scope(&app.db, "adatum", PublicSiteGrant::for_tests())
        .await
        .unwrap();
    let survey = find_survey_by_slug(&app.db, &scope, &Slug::parse(SLUG).unwrap())
        .await
        .unwrap()
        .unwrap();
    let mut all: Vec<_> = list_submissions(&app.db, &scope, survey.id, None, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.answers.into_iter().map(|a| a.value).collect::<Vec<_>>())
        .collect();
    all.sort_by_key(|a| a.len());
    all
}

/// One page's post without JavaScript.
async fn post(app: &TestApp, fields: &[(&str, &str)]) -> (u16, String) {
    let response = send(
        app.request(Method::POST, PATH)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encode(fields)),
    )
    .await;
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

async fn branching_survey_is_answered_without_javascript(app: TestApp) {
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let ids = design(&app, &client).await;
    let names: Vec<String> = ids
        .iter()
        .map(|id| field_name(app::domain::QuestionId(id.parse().unwrap())))
        .collect();
    let (plan, seats, why, nps) = (
        names[0].as_str(),
        names[1].as_str(),
        names[2].as_str(),
        names[3].as_str(),
    );

    let first = app.get(PATH).await.text().await.unwrap();
    assert!(first.contains("Page 1 of 3"), "{first}");
    let key = page_key(&first);
    let k = key.as_str();

    // Basic: page 1 leads straight to the last page, then sends.
    let (status, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "0"),
            ("page", "0"),
            ("go", "next"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("Page 2 of 2"), "{page}");
    let (status, _) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "0"),
            (seats, "99"),
            (nps, "9"),
            ("page", "2"),
            ("go", "send"),
        ],
    )
    .await;
    assert_eq!(status, 303, "sent");

    // Premium: seats are asked; going back keeps the answers.
    let key = page_key(&app.get(PATH).await.text().await.unwrap());
    let k = key.as_str();
    let (_, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            ("page", "0"),
            ("go", "next"),
        ],
    )
    .await;
    assert!(page.contains("Page 2 of 3"), "{page}");
    let (status, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            ("page", "1"),
            ("go", "next"),
        ],
    )
    .await;
    assert_eq!(status, 422, "seats are required on this route");
    assert!(page.contains("Please answer this question."));
    let (_, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "4"),
            ("page", "1"),
            ("go", "back"),
        ],
    )
    .await;
    assert!(
        page.contains("Page 1 of 3") && page.contains(r#"value="4""#),
        "{page}"
    );
    // Over ten seats brings up "why" on the same page: asked before moving on.
    let shown = ids[1].clone();
    let (status, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "20"),
            ("page", "1"),
            ("shown", &shown),
            ("go", "next"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("brought up more questions"), "{page}");
    let both = format!("{},{}", ids[1], ids[2]);
    let (_, page) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "20"),
            ("page", "1"),
            ("shown", &both),
            ("go", "next"),
        ],
    )
    .await;
    assert!(page.contains("Page 3 of 3"), "{page}");
    // "Why" was left for a stale answer: with 4 seats it is hidden, dropped.
    let (status, _) = post(
        &app,
        &[
            ("idempotency_key", k),
            (plan, "1"),
            (seats, "4"),
            (why, "stale"),
            (nps, "10"),
            ("page", "2"),
            ("go", "send"),
        ],
    )
    .await;
    assert_eq!(status, 303);

    let stored = answered(&app).await;
    assert_eq!(stored.len(), 2);
    assert_eq!(
        stored[0],
        [AnswerValue::Choice(0), AnswerValue::Score(9)],
        "Basic skips seats"
    );
    assert_eq!(
        stored[1].len(),
        3,
        "Premium stores plan, seats, NPS: {:?}",
        stored[1]
    );
    assert!(!stored[1].contains(&AnswerValue::Text("stale".into())));

    // The hydrated form's one post follows the same rules.
    let key = page_key(&app.get(PATH).await.text().await.unwrap());
    let fields = serde_json::json!({
        "tenant": "adatum", "slug": SLUG,
        "fields": [["idempotency_key", key], [plan, "0"], [nps, "3"], [seats, "7"]],
    });
    let reply = send(
        app.request(Method::POST, "/api/submit_answers")
            .json(&fields),
    )
    .await;
    assert_eq!(reply.status(), 200);
    assert_eq!(reply.text().await.unwrap(), r#""Accepted""#);
    let stored = answered(&app).await;
    assert_eq!(stored.len(), 3);
    assert!(
        stored.contains(&vec![AnswerValue::Choice(0), AnswerValue::Score(3)]),
        "the hidden seats answer is dropped: {stored:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_branching_survey_is_answered_without_javascript_on_sqlite() {
    branching_survey_is_answered_without_javascript(spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_branching_survey_is_answered_without_javascript_on_postgres() {
    if let Some(app) = spawn_postgres_app().await {
        branching_survey_is_answered_without_javascript(app).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copy_keeps_its_pages_and_logic() {
    let app = spawn_app().await;
    let client = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    design(&app, &client).await;
    let original = editor(&client, &app).await;
    let id = original["id"].to_string();
    let copy = ok(
        &client,
        &app,
        "duplicate_survey",
        &[("tenant", "adatum"), ("survey", id.as_str())],
    )
    .await;
    let copy = ok(
        &client,
        &app,
        "load_survey_editor",
        &[("tenant", "adatum"), ("slug", copy.as_str().unwrap())],
    )
    .await;
    assert_eq!(copy["logic"], original["logic"]);
}
